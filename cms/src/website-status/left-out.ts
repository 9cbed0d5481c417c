/**
 * The entries a build left out of the website (scripts/rebuild/left-out.ts), as the Website
 * panel names them: the content type's name, the entry, what is wrong, and a link to its edit view.
 */
import { type RebuildHistoryRecord, type RebuildLeftOutEntry, type RebuildReport } from './rebuild-report';
import { type LeftOutEntry } from './website-status';

/** What the CMS knows of a content type: its name for editors and whether it is a single type. */
export type DescribeType = (
  uid: string,
) => { name: string; kind: 'collectionType' | 'singleType' } | undefined;

type BuildRecord = Extract<RebuildHistoryRecord, { kind: 'build'; finishedAt: string }>;

const isBuild = (record: RebuildHistoryRecord): record is BuildRecord =>
  record.kind === 'build' && 'finishedAt' in record && 'result' in record;

// Only the shapes the CMS itself makes: anything else gets no link rather than a crafted one.
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/i;
const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The admin's edit view of one locale of an entry (Strapi 5 content manager). */
export const editPath = (
  uid: string,
  kind: 'collectionType' | 'singleType',
  documentId: string,
  locale: string,
) => {
  // No locale: a type that is not translated (an editor's redirect).
  if (locale !== '' && !LOCALE.test(locale)) return null;
  const query = locale === '' ? '' : `?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
  if (kind === 'singleType') return `/content-manager/single-types/${uid}${query}`;
  if (!DOCUMENT_ID.test(documentId)) return null;
  return `/content-manager/collection-types/${uid}/${documentId}${query}`;
};

const toEntry = (entry: RebuildLeftOutEntry, describeType: DescribeType): LeftOutEntry => {
  const type = describeType(entry.type);
  return {
    typeName: type?.name ?? entry.type,
    title: entry.title,
    locale: entry.locale,
    problem: entry.problem,
    editPath: type ? editPath(entry.type, type.kind, entry.documentId, entry.locale) : null,
  };
};

/**
 * The newest finished update, if it failed naming entries (they may be why), else the update the
 * live version came from: what is missing from the website now.
 */
export const leftOutOf = (
  report: RebuildReport,
  describeType: DescribeType,
): { leftOut: LeftOutEntry[]; leftOutCount: number } => {
  const builds = report.history.filter(isBuild);
  const newest = builds.find((record) => record.result !== 'interrupted');
  const liveRelease = report.live?.release;
  const source =
    newest?.result === 'failed' && (newest.leftOut?.length ?? 0) > 0
      ? newest
      : builds.find((record) => record.live === true && record.release === liveRelease);
  const entries = source?.leftOut ?? [];
  return {
    leftOut: entries.map((entry) => toEntry(entry, describeType)),
    leftOutCount: Math.max(source?.leftOutCount ?? 0, entries.length),
  };
};
