/**
 * Everything a backup must bring back, read from a running CMS in a form two instances can be
 * compared in: every document of every site content type (each locale, draft and published
 * version) with all its fields, components, relations (as documentIds) and media; every media
 * library record; the bytes of every file in the uploads folder; the locales; the seed's ledger.
 * Numeric ids are left out: they are the database's own and a restore may renumber rows.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { SITE_CONTENT_TYPES, SITE_LOCALES } from '../../src/content/site-content-types';

export type Snapshot = {
  /** `<uid> <documentId> <locale> <draft|published>` → the document. */
  documents: Record<string, unknown>;
  /** Database rows per site content type, to prove every row is in `documents`. */
  rows: Record<string, number>;
  /** Media library records by hash. */
  files: Record<string, unknown>;
  /** Path under the uploads folder → `<size> <sha256>`. */
  disk: Record<string, string>;
  locales: unknown;
  /** The demo seed's ledger, its file ids replaced by the hashes of the files they point to. */
  seedLedger: unknown;
};

type Attribute = { type: string; target?: string; component?: string; components?: string[] };
type Documents = { findMany: (params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>> };
type FileRow = Record<string, unknown> & { id: number; hash: string };

const STATUSES = ['draft', 'published'] as const;

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  (strapi as unknown as { getModel: (uid: string) => { attributes: Record<string, Attribute> } }).getModel(
    uid,
  ).attributes;

/** Deep populate for a content type or component: relations and media to the end of every branch. */
const populateOf = (strapi: Core.Strapi, uid: string): Record<string, unknown> => {
  const attributes = attributesOf(strapi, uid);
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation' && attribute.target) {
      // createdBy/updatedBy point at administrators, which Strapi never puts in an archive.
      if (attribute.target.startsWith('admin::')) continue;
      const localized = 'locale' in attributesOf(strapi, attribute.target);
      populate[name] = { fields: localized ? ['documentId', 'locale'] : ['documentId'] };
    } else if (attribute.type === 'media') {
      populate[name] = true;
    } else if (attribute.type === 'component' && attribute.component) {
      const inner = populateOf(strapi, attribute.component);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    } else if (attribute.type === 'dynamiczone' && attribute.components) {
      populate[name] = {
        on: Object.fromEntries(attribute.components.map((c) => [c, { populate: populateOf(strapi, c) }])),
      };
    }
  }
  return populate;
};

/** Drops every numeric `id`, at any depth (documents, components, relations, media, formats). */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, withoutIds(inner)]),
  );
};

/**
 * `localizations` is the set of a document's other languages: Strapi stores no order for it, and
 * PostgreSQL returns it in whatever order the rows were written. Every other relation keeps the
 * order editors gave it, and is compared in that order.
 */
const sortLocalizations = (doc: Record<string, unknown>): Record<string, unknown> =>
  Array.isArray(doc.localizations)
    ? {
        ...doc,
        localizations: [...(doc.localizations as Array<{ locale: string }>)].sort((a, b) =>
          a.locale.localeCompare(b.locale),
        ),
      }
    : doc;

const readDisk = (uploads: string): Record<string, string> => {
  const disk: Record<string, string> = {};
  for (const entry of readdirSync(uploads, { recursive: true, withFileTypes: true })) {
    // Strapi's import leaves a .gitkeep in the folder it recreates; it is not an upload.
    if (!entry.isFile() || entry.name === '.gitkeep') continue;
    const full = path.join(entry.parentPath, entry.name);
    const bytes = readFileSync(full);
    disk[path.relative(uploads, full)] =
      `${bytes.length} ${createHash('sha256').update(bytes).digest('hex')}`;
  }
  return disk;
};

export const takeSnapshot = async (strapi: Core.Strapi): Promise<Snapshot> => {
  const documents: Snapshot['documents'] = {};
  const rows: Snapshot['rows'] = {};
  for (const uid of SITE_CONTENT_TYPES) {
    const populate = populateOf(strapi, uid);
    const service = strapi.documents(uid as never) as unknown as Documents;
    for (const { code } of SITE_LOCALES) {
      for (const status of STATUSES) {
        for (const doc of await service.findMany({ locale: code, status, populate })) {
          documents[`${uid} ${String(doc.documentId)} ${code} ${status}`] = withoutIds(
            sortLocalizations(doc),
          );
        }
      }
    }
    rows[uid] = await strapi.db.query(uid as never).count();
  }

  const fileRows = (await strapi.db.query('plugin::upload.file').findMany({})) as FileRow[];
  const files = Object.fromEntries(fileRows.map((row) => [row.hash, withoutIds(row)]));
  const hashOfFileId = new Map(fileRows.map((row) => [row.id, row.hash]));

  const ledger = (await strapi.store({ type: 'core', name: 'demo-seed' }).get({ key: 'ledger' })) as Record<
    string,
    { fileId?: number }
  > | null;
  const seedLedger =
    ledger &&
    Object.fromEntries(
      Object.entries(ledger).map(([key, { fileId, ...entry }]) => [
        key,
        fileId === undefined
          ? entry
          : { ...entry, file: hashOfFileId.get(fileId) ?? `missing file ${fileId}` },
      ]),
    );

  const locales = (
    (await strapi.db.query('plugin::i18n.locale').findMany({})) as Array<{ code: string; name: string }>
  )
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const snapshot: Snapshot = {
    documents,
    rows,
    files,
    disk: readDisk(path.join(strapi.dirs.static.public, 'uploads')),
    locales,
    seedLedger,
  };
  // Plain JSON data of the test's own realm: what the database drivers return (dates, objects of
  // Node's realm under jest) would make equal values compare unequal, or the reverse.
  return JSON.parse(JSON.stringify(snapshot)) as Snapshot;
};

const short = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/** "title (\"A\" → \"B\"), topics ([…] → […])": which fields differ, and how. */
const fieldsThatDiffer = (a: unknown, b: unknown): string => {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return `value (${short(a)} → ${short(b)})`;
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !isDeepStrictEqual(before[k], after[k]))
    .map((k) => `${k} (${short(before[k])} → ${short(after[k])})`)
    .join(', ');
};

/** Every way `after` differs from `before`, one line each ([] when they are the same). */
export const snapshotDifferences = (before: Snapshot, after: Snapshot): string[] => {
  const lines: string[] = [];
  for (const part of ['documents', 'files', 'disk', 'rows'] as const) {
    const a = before[part] as Record<string, unknown>;
    const b = after[part] as Record<string, unknown>;
    for (const key of Object.keys(a)) {
      if (!(key in b)) lines.push(`${part}: ${key} is missing`);
      else if (!isDeepStrictEqual(a[key], b[key]))
        lines.push(`${part}: ${key} differs in ${fieldsThatDiffer(a[key], b[key])}`);
    }
    for (const key of Object.keys(b)) if (!(key in a)) lines.push(`${part}: ${key} is new`);
  }
  for (const part of ['locales', 'seedLedger'] as const) {
    if (!isDeepStrictEqual(before[part], after[part]))
      lines.push(`${part} differ in ${fieldsThatDiffer(before[part], after[part])}`);
  }
  return lines;
};
