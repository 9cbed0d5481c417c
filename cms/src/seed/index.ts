/**
 * Loads the demo content: realistic news, resources (with generated PDFs in several
 * languages), partner projects, a tribute, glossary, pages and the single types.
 *
 * Idempotent by design: every entry and upload is recorded in a ledger in Strapi's core store,
 * and nothing recorded there is ever touched again. A second run creates and updates nothing,
 * an editor's change is never overwritten, and what an editor deleted is not brought back.
 */
import type { Core } from '@strapi/strapi';
import type { SeedContext } from './context';
import { ledgerStoreOf, openLedger } from './ledger';
import { openMediaLibrary } from './media';
import { emptyReport, summariseReport, type SeedReport } from './report';
import { seedArticles } from './steps/articles';
import { seedDirectory } from './steps/directory';
import { seedEvents } from './steps/events';
import { seedGlossary } from './steps/glossary';
import { seedPages } from './steps/pages';
import { seedPartnerProjects } from './steps/partner-projects';
import { seedResources } from './steps/resources';
import { seedAbout, seedHomePage, seedSiteSettings } from './steps/single-types';
import { seedAudiences, seedTopics } from './steps/taxonomies';
import { seedTributes } from './steps/tribute';

export type { SeedReport } from './report';
export { summariseReport } from './report';

export type SeedOptions = {
  /** The day relative dates count from (default: now). */
  today?: Date;
};

/** In dependency order: what an entry links to is seeded before it. */
const STEPS: ReadonlyArray<(ctx: SeedContext) => Promise<void>> = [
  seedTopics,
  seedAudiences,
  seedResources,
  seedArticles,
  seedPartnerProjects,
  seedEvents,
  seedTributes,
  seedGlossary,
  seedPages,
  seedDirectory,
  seedSiteSettings,
  seedHomePage,
  seedAbout,
];

export const seedDemoContent = async (
  strapi: Core.Strapi,
  options: SeedOptions = {},
): Promise<SeedReport> => {
  const started = performance.now();
  const report = emptyReport();
  const ledger = await openLedger(ledgerStoreOf(strapi));
  const media = openMediaLibrary(strapi, ledger, report);
  const ctx: SeedContext = {
    strapi,
    ledger,
    media,
    report,
    today: options.today ?? new Date(),
    resolved: new Map(),
  };
  try {
    // One transaction: a failed run leaves no half-seeded content, and SQLite commits once.
    await strapi.db.transaction(async () => {
      for (const step of STEPS) {
        const stepStarted = performance.now();
        await step(ctx);
        report.stepDurationsMs[step.name] = Math.round(performance.now() - stepStarted);
      }
      await ledger.save();
    });
  } catch (error) {
    // The transaction rolled back every entry and the ledger; take the stored files back too.
    await media.discardUploads();
    throw error;
  } finally {
    await media.close();
  }
  report.durationMs = Math.round(performance.now() - started);
  strapi.log.info(`[seed] ${summariseReport(report)}`);
  if (report.leftAlone.length > 0) {
    strapi.log.info(`[seed] left alone (editors' content): ${report.leftAlone.join(', ')}`);
  }
  return report;
};
