import type { ResourceFileFields } from '../../../lib/cms/files/file-cache';

/**
 * Something wrong with one entry's content (not with the CMS or the build): the sync leaves that
 * entry out, says why in an editor's words, and builds everything else.
 */
export class EntryProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntryProblem';
  }
}

/** What a collection's mapper needs besides the GraphQL node. */
export type ShapeContext = {
  /** CMS base URL, to make media URLs absolute. */
  cmsUrl: string;
  /** Names the entry in warnings and errors, e.g. "news en/welcome". */
  entryLabel: string;
  warn: (message: string) => void;
  /** Copies a CMS file into the build (content-addressed) and describes it. */
  materialiseFile: (media: CmsMedia) => Promise<ResourceFileFields>;
};

/** The media fields every query asks for (fragment Media). */
export type CmsMedia = {
  url: string;
  name: string;
  ext: string | null;
  mime: string;
  size: number;
  hash: string;
  width: number | null;
  height: number | null;
  alternativeText: string | null;
  updatedAt: string | null;
};
