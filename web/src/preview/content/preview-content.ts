/**
 * What one preview shows: the entry (draft or published version, as the editor chose) read with
 * the preview credential and shaped by the loader's own code (the collection's spec and zod
 * schema, as sync-collection.ts does), put in place of its published version in the published
 * site. An entry the site would leave out is not shown: the editor reads why, in the words of
 * the build's "left out" report.
 */
import { openFileCache } from '../../lib/cms/files/file-cache';
import { createCmsClient } from '../../loaders/strapi/client';
import { SITE_COLLECTIONS, type SiteCollectionName } from '../../loaders/strapi/collections';
import type { SyncContext } from '../../loaders/strapi/context';
import { parseProblem, shapeAndCheck } from '../../loaders/strapi/left-out';
import type { StrapiLoaderSettings } from '../../loaders/strapi/options';
import type { ShapeContext } from '../../loaders/strapi/shape/context';
import { cmsFileUrl } from '../../loaders/strapi/shape/urls';
import type { PreviewTarget } from '../request-target';
import type { PreviewCollections, PreviewEntry } from './astro-content';
import type { PublishedSite } from './published-site';
import { withStatus } from './status-client';

export type PreviewContent =
  | {
      ok: true;
      collection: SiteCollectionName;
      locale: string;
      documentId: string;
      collections: PreviewCollections;
    }
  | { ok: false; problem: string };

/** The site collection a CMS type is shown as (the loader's specs name their type). */
export const collectionOfType = (uid: string): SiteCollectionName | undefined =>
  (Object.keys(SITE_COLLECTIONS) as SiteCollectionName[]).find(
    (name) => SITE_COLLECTIONS[name].contentType === uid,
  );

type Data = { documentId: string; locale: string; slug?: string };

export const previewContent = async (
  target: PreviewTarget,
  {
    settings,
    filesCacheDir,
    published,
    logger,
    now = Date.now,
  }: {
    now?: () => number;
    settings: StrapiLoaderSettings;
    filesCacheDir: string;
    published: PublishedSite;
    logger: SyncContext['logger'];
  },
): Promise<PreviewContent> => {
  const collection = collectionOfType(target.uid);
  if (!collection) return { ok: false, problem: 'This kind of content has no page on the website.' };
  const spec = SITE_COLLECTIONS[collection];
  const { locale, documentId } = target;
  const client = withStatus(createCmsClient(settings), target.status === 'published' ? 'PUBLISHED' : 'DRAFT');
  const node =
    spec.kind === 'collection'
      ? (
          await spec.fetchPage(client, {
            locale,
            page: 1,
            pageSize: 1,
            filters: { documentId: { eq: documentId } },
          })
        )?.nodes[0]
      : await spec.fetch(client, locale);
  if (!node || node.documentId !== documentId) {
    return {
      ok: false,
      problem:
        target.status === 'published'
          ? 'This entry is not published in this language: the website does not show it.'
          : 'There is no draft of this entry in this language yet: save it first.',
    };
  }

  const files =
    spec.kind === 'collection' && spec.hasFiles ? await openFileCache({ cacheDir: filesCacheDir }) : null;
  const shapeContext: ShapeContext = {
    cmsUrl: settings.url,
    entryLabel: `${collection} ${locale} ${documentId}`,
    warn: (message) => logger.warn(message),
    materialiseFile: async (media) => {
      if (!files) throw new Error(`${collection} does not link files`);
      return files.materialise(media, cmsFileUrl(settings.url, media));
    },
  };
  const schema = spec.schema;
  const checked = await shapeAndCheck(schema, async () => ({
    ...(await spec.toData(node as never, shapeContext)),
    // A draft has no publication time; the site shows the time it is published: now, if now.
    ...(target.status === 'draft' ? { publishedAt: new Date(now()).toISOString() } : {}),
    locale,
    localizations: [],
  }));
  await files?.flush();
  if (!checked.ok) return { ok: false, problem: `The website would leave it out: ${checked.problem}` };

  // Everything else as published; the entry on preview in place of its published version.
  const stored = published.get(collection)?.store.values() ?? [];
  const others = stored.filter((entry) => {
    const data = entry.data as unknown as Data;
    return !(data.documentId === documentId && data.locale === locale);
  });
  const shaped = checked.data as unknown as Data;
  // Its other languages as the sync lists them: those the published site has.
  const localizations = others
    .map((entry) => entry.data as unknown as Data)
    .filter((data) => data.documentId === documentId)
    .map((data) =>
      spec.kind === 'collection' ? { locale: data.locale, slug: data.slug } : { locale: data.locale },
    )
    .sort((a, b) => a.locale.localeCompare(b.locale));
  const id = spec.kind === 'collection' ? `${locale}/${shaped.slug}` : locale;
  if (others.some((entry) => entry.id === id)) {
    return {
      ok: false,
      problem: `Another entry in the same language already uses its URL name '${shaped.slug}': the website keeps the other one.`,
    };
  }
  let data: Record<string, unknown>;
  try {
    data = (await schema.parseAsync({ ...checked.data, localizations })) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, problem: parseProblem(error) };
  }

  const collections = new Map<string, PreviewEntry[]>();
  for (const [name, context] of published) {
    collections.set(
      name,
      (name === collection ? others : context.store.values()).map((entry) => ({
        id: entry.id,
        collection: name,
        data: entry.data as Record<string, unknown>,
        ...(entry.digest === undefined ? {} : { digest: String(entry.digest) }),
      })),
    );
  }
  collections.get(collection)?.push({ id, collection, data, digest: `preview-${Date.now()}` });
  return { ok: true, collection, locale, documentId, collections };
};
