/** Standalone pages: accessibility statement, privacy notice, covering your tracks online. */
import { markdownToBlocks } from '../blocks';
import { PAGES } from '../content/pages';
import type { SeedContext } from '../context';
import { seedCollectionEntry } from '../documents';
import { localeVersions } from './locale-versions';
import { seoComponent } from './seo';

export const seedPages = async (ctx: SeedContext): Promise<void> => {
  for (const page of PAGES) {
    const versions = localeVersions(page.text, (text) => async () => ({
      title: text.title,
      summary: text.summary,
      body: markdownToBlocks(text.body),
      seo: seoComponent(text.seo),
    }));
    await seedCollectionEntry(ctx, { kind: 'page', slug: page.slug, versions });
  }
};
