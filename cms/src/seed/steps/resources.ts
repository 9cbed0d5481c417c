/**
 * Resources: guides, fact sheets and toolkits, several holding the same guide in three
 * languages (a generated PDF each). Files, review dates and "featured" are not localized, so
 * they are set on the English version and Strapi copies them to each translation.
 */
import { markdownToBlocks } from '../blocks';
import { RESOURCES } from '../content/resources';
import type { SeedResource } from '../content/types';
import type { SeedContext } from '../context';
import { resolveDate } from '../dates';
import { resolveRef, resolveRefs, seedCollectionEntry } from '../documents';
import { LANGUAGE_NAMES_NATIVE, guidePdfFile } from '../files';
import { localeVersions } from './locale-versions';
import { seoComponent } from './seo';

type FileComponent = { language: string; label?: string; file: number };
type StoredFileComponent = { language: string; label: string | null; file: { id: number } | null };

/**
 * The files the document already has. A translation repeats them (unchanged) because the
 * CMS's publish check looks for a file in what is being published; Strapi would otherwise
 * copy this non-localized field by itself.
 */
const currentFiles = async (ctx: SeedContext, documentId: string | undefined): Promise<FileComponent[]> => {
  if (!documentId) return [];
  const draft = (await ctx.strapi.db.query('api::resource.resource').findOne({
    where: { documentId, publishedAt: null },
    populate: { files: { populate: { file: { select: ['id'] } } } },
  })) as { files?: StoredFileComponent[] } | null;
  return (draft?.files ?? []).flatMap((entry) =>
    entry.file
      ? [{ language: entry.language, file: entry.file.id, ...(entry.label ? { label: entry.label } : {}) }]
      : [],
  );
};

const resourceFiles = async (ctx: SeedContext, resource: SeedResource): Promise<FileComponent[]> => {
  const files: FileComponent[] = [];
  for (const language of resource.files) {
    const id = await ctx.media.fileId(guidePdfFile(resource.slug, resource.text.en.title, language));
    if (id !== undefined) files.push({ language, label: LANGUAGE_NAMES_NATIVE[language], file: id });
  }
  return files;
};

export const seedResources = async (ctx: SeedContext): Promise<void> => {
  for (const resource of RESOURCES) {
    const versions = localeVersions(resource.text, (text, locale) => async (target) => {
      const supersededBy = resource.supersededBy
        ? await resolveRef(ctx, 'resource', resource.supersededBy, locale)
        : undefined;
      return {
        title: text.title,
        summary: text.summary,
        description: text.description ? markdownToBlocks(text.description) : null,
        type: resource.type,
        externalUrl: resource.externalUrl ?? null,
        audiences: await resolveRefs(ctx, 'audience', resource.audiences, locale),
        topics: await resolveRefs(ctx, 'topic', resource.topics, locale),
        ...(supersededBy ? { supersededBy } : {}),
        seo: seoComponent(text.seo),
        ...(locale === 'en'
          ? {
              files: await resourceFiles(ctx, resource),
              featured: resource.featured,
              lastReviewed: resolveDate(ctx.today, resource.lastReviewed),
              nextReview: resolveDate(ctx.today, resource.nextReview),
            }
          : { files: await currentFiles(ctx, target.documentId) }),
      };
    });
    await seedCollectionEntry(ctx, { kind: 'resource', slug: resource.slug, versions });
  }
};
