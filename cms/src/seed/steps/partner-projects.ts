/** Partner projects, with their partner organisations, related news and resources. */
import { markdownToBlocks } from '../blocks';
import { PARTNER_PROJECTS } from '../content/partner-projects';
import type { SeedContext } from '../context';
import { resolveRefs, seedCollectionEntry } from '../documents';
import { imageComponent } from '../files';
import { localeVersions } from './locale-versions';
import { seoComponent } from './seo';

export const seedPartnerProjects = async (ctx: SeedContext): Promise<void> => {
  for (const project of PARTNER_PROJECTS) {
    const versions = localeVersions(project.text, (text, locale) => async () => ({
      name: text.name,
      summary: text.summary,
      body: markdownToBlocks(text.body),
      cover: (await imageComponent(ctx, project.cover, text.coverAlt)) ?? null,
      relatedArticles: await resolveRefs(ctx, 'article', project.relatedArticles, locale),
      relatedResources: await resolveRefs(ctx, 'resource', project.relatedResources, locale),
      seo: seoComponent(text.seo),
      // Not localized: set once, copied by Strapi to each translation.
      ...(locale === 'en'
        ? {
            partners: project.partners.map((p) => ({ name: p.name, url: p.url, description: p.description })),
            projectStatus: project.projectStatus,
            startDate: project.startDate,
            endDate: project.endDate ?? null,
          }
        : {}),
    }));
    await seedCollectionEntry(ctx, { kind: 'partner-project', slug: project.slug, versions });
  }
};
