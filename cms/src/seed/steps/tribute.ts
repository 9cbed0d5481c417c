/** The tribute, with its private consent record (never sent to the site). */
import { markdownToBlocks } from '../blocks';
import { TRIBUTES } from '../content/tribute';
import type { SeedContext } from '../context';
import { resolveDate } from '../dates';
import { seedCollectionEntry } from '../documents';
import { imageComponent } from '../files';
import { localeVersions } from './locale-versions';

export const seedTributes = async (ctx: SeedContext): Promise<void> => {
  for (const tribute of TRIBUTES) {
    const versions = localeVersions(tribute.text, (text, locale) => async () => ({
      name: text.name,
      roleLine: text.roleLine,
      body: markdownToBlocks(text.body),
      displayDate: resolveDate(ctx.today, tribute.displayDate),
      portrait: (await imageComponent(ctx, tribute.portrait, text.portraitAlt)) ?? null,
      ...(locale === 'en'
        ? {
            consentGiven: tribute.consent.given,
            consentGivenBy: tribute.consent.givenBy,
            consentRecordedOn: resolveDate(ctx.today, tribute.consent.recordedOn),
            consentNotes: tribute.consent.notes,
          }
        : {}),
    }));
    await seedCollectionEntry(ctx, { kind: 'tribute', slug: tribute.slug, versions });
  }
};
