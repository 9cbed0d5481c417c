/** Glossary terms in plain language. */
import { GLOSSARY } from '../content/glossary';
import type { SeedContext } from '../context';
import { seedCollectionEntry } from '../documents';
import { localeVersions } from './locale-versions';

export const seedGlossary = async (ctx: SeedContext): Promise<void> => {
  for (const term of GLOSSARY) {
    const versions = localeVersions(term.text, (text) => async () => ({
      term: text.term,
      definition: text.definition,
    }));
    await seedCollectionEntry(ctx, { kind: 'glossary-term', slug: term.slug, versions });
  }
};
