/** News articles: one left as a never-published draft, so tests can prove drafts never leak. */
import { markdownToBlocks } from '../blocks';
import { ARTICLES } from '../content/articles';
import type { SeedContext } from '../context';
import { resolveDate } from '../dates';
import { resolveRefs, seedCollectionEntry } from '../documents';
import { imageComponent } from '../files';
import { localeVersions } from './locale-versions';
import { seoComponent } from './seo';

export const seedArticles = async (ctx: SeedContext): Promise<void> => {
  for (const article of ARTICLES) {
    const versions = localeVersions(article.text, (text, locale) => async () => ({
      title: text.title,
      summary: text.summary,
      body: markdownToBlocks(text.body),
      category: article.category,
      displayDate: resolveDate(ctx.today, article.displayDate),
      cover: (await imageComponent(ctx, article.cover, text.coverAlt)) ?? null,
      topics: await resolveRefs(ctx, 'topic', article.topics, locale),
      relatedResources: await resolveRefs(ctx, 'resource', article.relatedResources, locale),
      seo: seoComponent(text.seo),
    }));
    await seedCollectionEntry(ctx, { kind: 'article', slug: article.slug, draft: article.draft, versions });
  }
};
