/**
 * Creates seeded documents with Strapi's document service, under the ledger's rules:
 * - a key in the ledger is never touched again (the editor may have changed or deleted it);
 * - a key not in the ledger whose slug (or locale) already exists was made by an editor: left alone;
 * - a translation is only added to a document this seed created and that still exists.
 */
import type { SiteLocale } from '../content/site-content-types';
import type { SeedContext } from './context';
import {
  COLLECTION_KINDS,
  SINGLE_KINDS,
  entryKey,
  singleKey,
  type CollectionKind,
  type SingleKind,
} from './kinds';

export type DocumentData = Record<string, unknown>;
type DocumentRef = { documentId: string };
type Status = 'draft' | 'published';

/** The part of Strapi's document service the seed uses, typed loosely (no generated types). */
type DocumentApi = {
  findFirst: (params: {
    locale: string;
    status: Status;
    filters: Record<string, unknown>;
    fields: string[];
  }) => Promise<DocumentRef | null>;
  create: (params: { locale: string; data: DocumentData; status?: 'published' }) => Promise<DocumentRef>;
  update: (params: {
    documentId: string;
    locale: string;
    data: DocumentData;
    status: 'published';
  }) => Promise<DocumentRef | null>;
};

const documentsOf = (ctx: SeedContext, uid: string): DocumentApi =>
  ctx.strapi.documents(uid as Parameters<SeedContext['strapi']['documents']>[0]) as unknown as DocumentApi;

/** Every document has a draft row per locale (published or not), so drafts are what we look up. */
const findInLocale = async (
  ctx: SeedContext,
  uid: string,
  locale: string,
  filters: Record<string, unknown>,
): Promise<string | undefined> => {
  const found = await documentsOf(ctx, uid).findFirst({
    locale,
    status: 'draft',
    filters,
    fields: ['documentId'],
  });
  return found?.documentId;
};

const documentExists = async (ctx: SeedContext, uid: string, documentId: string): Promise<boolean> =>
  (await ctx.strapi.db.query(uid as Parameters<SeedContext['strapi']['db']['query']>[0]).findOne({
    where: { documentId },
    select: ['id'],
  })) !== null;

/**
 * The documentId of a seeded entry (by kind and English slug) that has a version in `locale`,
 * or undefined: used to connect relations, which Strapi links locale to locale.
 */
export const resolveRef = async (
  ctx: SeedContext,
  kind: CollectionKind,
  slug: string,
  locale: SiteLocale,
): Promise<string | undefined> => {
  const uid = COLLECTION_KINDS[kind];
  const cacheKey = `${uid}|${slug}|${locale}`;
  if (!ctx.resolved.has(cacheKey)) {
    let documentId: string | undefined;
    const ledgered = ctx.ledger.get(entryKey(kind, 'en', slug))?.documentId;
    if (ledgered) {
      documentId = (await documentExists(ctx, uid, ledgered)) ? ledgered : undefined;
    } else {
      // Not ours: an editor's entry with the same slug is a fine thing to link to.
      documentId = await findInLocale(ctx, uid, 'en', { slug });
    }
    if (documentId && locale !== 'en') {
      documentId = await findInLocale(ctx, uid, locale, { documentId });
    }
    ctx.resolved.set(cacheKey, documentId ?? null);
  }
  return ctx.resolved.get(cacheKey) ?? undefined;
};

/** documentIds of the entries that exist in `locale`, in the order given. */
export const resolveRefs = async (
  ctx: SeedContext,
  kind: CollectionKind,
  slugs: readonly string[],
  locale: SiteLocale,
): Promise<string[]> => {
  const ids: string[] = [];
  for (const slug of slugs) {
    const id = await resolveRef(ctx, kind, slug, locale);
    if (id) ids.push(id);
  }
  return ids;
};

/** Where a version is being written: the document it joins when it is a translation. */
export type VersionTarget = { documentId?: string };
export type LocaleVersion = { locale: SiteLocale; build: (target: VersionTarget) => Promise<DocumentData> };

export type CollectionEntry = {
  kind: CollectionKind;
  /** English slug: the entry's seed key, and its slug in every locale. */
  slug: string;
  /** Create only a draft, never published. */
  draft?: boolean;
  /** The English version first, then translations. */
  versions: [LocaleVersion, ...LocaleVersion[]];
};

/** The English version's document, and whether this run created it (so it has no other locale). */
type BaseDocument = { documentId?: string; createdNow: boolean };

const createBase = async (
  ctx: SeedContext,
  entry: CollectionEntry,
  version: LocaleVersion,
): Promise<BaseDocument> => {
  const uid = COLLECTION_KINDS[entry.kind];
  const key = entryKey(entry.kind, version.locale, entry.slug);
  const ledgered = ctx.ledger.get(key);
  if (ledgered) {
    ctx.report.alreadySeeded += 1;
    return { documentId: ledgered.documentId, createdNow: false };
  }
  if (await findInLocale(ctx, uid, version.locale, { slug: entry.slug })) {
    ctx.report.leftAlone.push(key);
    return { createdNow: false };
  }
  const data = { ...(await version.build({})), slug: entry.slug };
  const created = await documentsOf(ctx, uid).create({
    locale: version.locale,
    data,
    ...(entry.draft ? {} : { status: 'published' as const }),
  });
  ctx.ledger.record(key, { documentId: created.documentId });
  ctx.report.created.push(key);
  ctx.resolved.set(`${uid}|${entry.slug}|${version.locale}`, created.documentId);
  return { documentId: created.documentId, createdNow: true };
};

const addTranslation = async (
  ctx: SeedContext,
  entry: CollectionEntry,
  base: BaseDocument,
  version: LocaleVersion,
): Promise<void> => {
  const uid = COLLECTION_KINDS[entry.kind];
  const key = entryKey(entry.kind, version.locale, entry.slug);
  if (ctx.ledger.has(key)) {
    ctx.report.alreadySeeded += 1;
    return;
  }
  const { documentId, createdNow } = base;
  // The English entry is an editor's, or was deleted: its translations are not ours to add.
  if (!documentId || (!createdNow && !(await documentExists(ctx, uid, documentId)))) {
    ctx.report.skipped.push(key);
    return;
  }
  // An editor already translated it, or gave another entry this slug in this language.
  if (
    (!createdNow && (await findInLocale(ctx, uid, version.locale, { documentId }))) ||
    (await findInLocale(ctx, uid, version.locale, { slug: entry.slug }))
  ) {
    ctx.report.leftAlone.push(key);
    return;
  }
  const data = { ...(await version.build({ documentId })), slug: entry.slug };
  await documentsOf(ctx, uid).update({ documentId, locale: version.locale, data, status: 'published' });
  ctx.ledger.record(key, { documentId });
  ctx.report.created.push(key);
  ctx.resolved.set(`${uid}|${entry.slug}|${version.locale}`, documentId);
};

/** Seeds one collection entry: its English version, then each translation. */
export const seedCollectionEntry = async (ctx: SeedContext, entry: CollectionEntry): Promise<void> => {
  const [base, ...translations] = entry.versions;
  const baseDocument = await createBase(ctx, entry, base);
  for (const version of translations) await addTranslation(ctx, entry, baseDocument, version);
};

/** Seeds a single type, one locale at a time; a locale an editor already filled in is left alone. */
export const seedSingleType = async (
  ctx: SeedContext,
  kind: SingleKind,
  versions: readonly LocaleVersion[],
): Promise<void> => {
  const uid = SINGLE_KINDS[kind];
  const documents = documentsOf(ctx, uid);
  for (const version of versions) {
    const key = singleKey(kind, version.locale);
    if (ctx.ledger.has(key)) {
      ctx.report.alreadySeeded += 1;
      continue;
    }
    if (await findInLocale(ctx, uid, version.locale, {})) {
      ctx.report.leftAlone.push(key);
      continue;
    }
    const data = await version.build({});
    // A single type is one document: later locales are added to it.
    const existing = await ctx.strapi.db
      .query(uid as Parameters<SeedContext['strapi']['db']['query']>[0])
      .findOne({ select: ['documentId'] });
    const documentId = (existing as DocumentRef | null)?.documentId;
    const saved = documentId
      ? await documents.update({ documentId, locale: version.locale, data, status: 'published' })
      : await documents.create({ locale: version.locale, data, status: 'published' });
    ctx.ledger.record(key, { documentId: saved?.documentId ?? documentId });
    ctx.report.created.push(key);
  }
};
