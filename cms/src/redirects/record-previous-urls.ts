/**
 * Remembers every address an entry was published under, so the site can answer an old link with
 * 301 to where the entry is now, or 410 once it is gone. A document-service middleware: before a
 * publish (which may change the slug), an unpublish or a delete, the slugs the entry is published
 * under right now are written down, in every locale, with the resource that replaces it
 * (supersededBy). Only published slugs: a draft's never reaches this record.
 *
 * Why a CMS record rather than comparing old releases of the site: releases are pruned (the
 * rebuild service keeps a few), a fresh server or a restored backup has none, and an old link
 * must keep working years later. The record lives with the content, in its database and backups.
 */
import type { Core, Modules } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../content/site-content-types';
import { isPagedType, type PagedType } from './site-addresses';
import { PREVIOUS_URL_UID } from './site-redirects-data';

const RECORDED_ACTIONS = new Set<string>(['publish', 'unpublish', 'delete']);
const RESOURCE_UID = 'api::resource.resource';

type PublishedRow = {
  locale: string | null;
  slug: string | null;
  supersededBy?: { documentId: string } | null;
};

/** Writes one address down once (the same address again is not a new row). */
const remember = async (
  strapi: Core.Strapi,
  row: {
    contentType: string;
    entryDocumentId: string;
    entryLocale: string;
    slug: string;
    replacedBy: string | null;
  },
): Promise<void> => {
  const records = strapi.documents(PREVIOUS_URL_UID as never);
  const { replacedBy, ...key } = row;
  const existing = (await records.findFirst({ filters: key, fields: ['replacedBy'] } as never)) as {
    documentId: string;
    replacedBy: string | null;
  } | null;
  if (!existing) {
    await records.create({ data: row } as never);
  } else if (replacedBy !== null && existing.replacedBy !== replacedBy) {
    await records.update({ documentId: existing.documentId, data: { replacedBy } } as never);
  }
};

export const recordPublishedAddresses = async (
  strapi: Core.Strapi,
  uid: PagedType,
  documentId: string,
): Promise<void> => {
  const rows = (await strapi.db.query(uid).findMany({
    select: ['locale', 'slug'],
    where: { documentId, publishedAt: { $notNull: true } },
    ...(uid === RESOURCE_UID ? { populate: { supersededBy: { select: ['documentId'] } } } : {}),
  })) as PublishedRow[];
  for (const row of rows) {
    if (!row.slug) continue;
    await remember(strapi, {
      contentType: uid,
      entryDocumentId: documentId,
      entryLocale: row.locale ?? DEFAULT_LOCALE,
      slug: row.slug,
      replacedBy: row.supersededBy?.documentId ?? null,
    });
  }
};

export const registerPreviousUrlRecord = (strapi: Core.Strapi): void => {
  const record: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
    if (RECORDED_ACTIONS.has(context.action) && isPagedType(context.uid) && typeof documentId === 'string') {
      await recordPublishedAddresses(strapi, context.uid, documentId);
    }
    return next();
  };
  strapi.documents.use(record);
};
