import type { ResourceFileFields } from '../../../lib/cms/files/file-cache';

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
