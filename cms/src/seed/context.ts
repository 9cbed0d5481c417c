/** What every seed step shares: Strapi, the ledger, the media library, the report and "today". */
import type { Core, UID } from '@strapi/strapi';
import type { Ledger } from './ledger';
import type { MediaLibrary } from './media';
import type { SeedReport } from './report';

export type SeedContext = {
  strapi: Core.Strapi;
  ledger: Ledger;
  media: MediaLibrary;
  report: SeedReport;
  /** The day relative dates are counted from. */
  today: Date;
  /** documentId of each slug resolved in this run, by `${uid}|${slug}` (null: none). */
  resolved: Map<string, string | null>;
};

export type SeedUid = UID.ContentType;
