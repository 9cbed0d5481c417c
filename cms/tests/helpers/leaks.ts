/**
 * For the attack tests: content that exists only in drafts, marked so a leak is easy to see, and
 * the check that a response carries none of it. Every marker starts with LEAK_MARKER (lowercase,
 * so it also fits a slug); a response that contains it in any form has leaked a draft.
 */
import type { Core } from '@strapi/strapi';
import {
  COLLECTION_TYPES,
  SITE_CONTENT_TYPES,
  type SiteContentType,
} from '../../src/content/site-content-types';
import { createDraft, createPublished, documents, minimalContent } from './content';

export const LEAK_MARKER = 'leakmark';

export type PlantedDrafts = {
  /** uid → the documentId of a published document whose newer draft carries the marker. */
  editedPublished: Record<SiteContentType, string>;
  /** uid → the documentId of a never-published document carrying the marker (collection types). */
  draftOnly: Partial<Record<SiteContentType, string>>;
};

/**
 * For every site content type: a published document, then a draft edit of it that carries the
 * marker; and for every collection type a draft-only document carrying it. `extra(uid)` adds
 * fields to the published version (relations to draft-only documents, media).
 */
export const plantDrafts = async (
  strapi: Core.Strapi,
  extra: (
    uid: SiteContentType,
    draftOnly: PlantedDrafts['draftOnly'],
  ) => Record<string, unknown> = () => ({}),
): Promise<PlantedDrafts> => {
  const draftOnly: PlantedDrafts['draftOnly'] = {};
  for (const uid of COLLECTION_TYPES) {
    draftOnly[uid] = await createDraft(strapi, uid, minimalContent[uid](`${LEAK_MARKER}-draft-only`));
  }
  const editedPublished = {} as PlantedDrafts['editedPublished'];
  for (const uid of SITE_CONTENT_TYPES) {
    const documentId = await createPublished(strapi, uid, {
      ...minimalContent[uid]('published'),
      ...extra(uid, draftOnly),
    });
    await documents(strapi, uid).update({
      documentId,
      data: minimalContent[uid](`${LEAK_MARKER}-newer-draft`),
    });
    editedPublished[uid] = documentId;
  }
  return { editedPublished, draftOnly };
};

/** The response text in every spelling a leak could take (raw, and URL- or JSON-decoded). */
const responseText = (res: { text?: string; body?: unknown }): string => {
  const raw = `${res.text ?? ''}${JSON.stringify(res.body ?? null)}`;
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // not URL-encoded text
  }
  return `${raw}\n${decoded}`.toLowerCase();
};

/** Fails, naming the request, when a response carries any draft marker. */
export const expectNoLeak = (label: string, res: { status: number; text?: string; body?: unknown }): void => {
  const leaked = responseText(res).includes(LEAK_MARKER);
  expect({ request: label, status: res.status, leaked }).toEqual({
    request: label,
    status: res.status,
    leaked: false,
  });
};

/** A text field of every site type that carries the marker (what a GraphQL query selects). */
export const MARKED_FIELD: Record<SiteContentType, string> = {
  'api::article.article': 'title',
  'api::resource.resource': 'title',
  'api::partner-project.partner-project': 'name',
  'api::tribute.tribute': 'name',
  'api::topic.topic': 'name',
  'api::audience.audience': 'name',
  'api::glossary-term.glossary-term': 'term',
  'api::page.page': 'title',
  'api::organization.organization': 'name',
  'api::service.service': 'name',
  'api::event.event': 'title',
  'api::site-setting.site-setting': 'organisationName',
  'api::home-page.home-page': 'heroTitle',
  'api::about.about': 'title',
};
