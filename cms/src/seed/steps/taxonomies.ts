/** Topics and audiences: names (and descriptions) in every language they are written in. */
import { AUDIENCES } from '../content/audiences';
import { TOPICS } from '../content/topics';
import type { NamedTerm, Translations } from '../content/types';
import type { SeedContext } from '../context';
import { seedCollectionEntry, type LocaleVersion } from '../documents';
import type { CollectionKind } from '../kinds';
import { localeVersions } from './locale-versions';

const seedNamedTerms = async (
  ctx: SeedContext,
  kind: CollectionKind,
  entries: ReadonlyArray<{ slug: string; text: Translations<NamedTerm> }>,
): Promise<void> => {
  for (const entry of entries) {
    const versions = localeVersions(entry.text, (text): LocaleVersion['build'] => async () => ({
      name: text.name,
      description: text.description ?? null,
    }));
    await seedCollectionEntry(ctx, { kind, slug: entry.slug, versions });
  }
};

export const seedTopics = (ctx: SeedContext): Promise<void> => seedNamedTerms(ctx, 'topic', TOPICS);
export const seedAudiences = (ctx: SeedContext): Promise<void> => seedNamedTerms(ctx, 'audience', AUDIENCES);
