/**
 * The collection contract between the Strapi loader and the pages: one zod schema per site
 * collection. Field names are the CMS's (cms/src/api/<type>/content-types/<type>/schema.json);
 * relations are small refs in the same locale, images are CmsImage, rich text is Blocks.
 * Optional CMS fields are `null` when empty.
 */
import { z } from 'zod';
import { blocksSchema } from './blocks';
import { RESERVED_PAGE_SLUGS, reservedPageSlugProblem } from '../slug';
import {
  calendarDate,
  collectionEntryBase,
  linkUrlSchema,
  namedRefSchema,
  singleEntryBase,
  titledRefSchema,
} from './base';
import { imageSchema, resourceFileSchema, seoSchema } from './media';

export const ARTICLE_CATEGORIES = ['news', 'policy', 'litigation', 'training_event', 'statement'] as const;
export const RESOURCE_TYPES = [
  'guide',
  'fact_sheet',
  'toolkit',
  'briefing',
  'report',
  'directory',
  'training_material',
] as const;
export const PROJECT_STATUSES = ['active', 'completed'] as const;
export const SOCIAL_PLATFORMS = [
  'facebook',
  'x',
  'instagram',
  'linkedin',
  'youtube',
  'bluesky',
  'mastodon',
  'tiktok',
] as const;

/** `news`: api::article.article */
export const newsSchema = z.object({
  ...collectionEntryBase,
  title: z.string(),
  summary: z.string(),
  body: blocksSchema,
  cover: imageSchema.nullable(),
  category: z.enum(ARTICLE_CATEGORIES),
  topics: z.array(namedRefSchema),
  relatedResources: z.array(titledRefSchema),
  /** The date to show and sort by; when null use publishedAt. */
  displayDate: calendarDate.nullable(),
  seo: seoSchema.nullable(),
});

/** `resources`: api::resource.resource */
export const resourcesSchema = z.object({
  ...collectionEntryBase,
  title: z.string(),
  summary: z.string(),
  description: blocksSchema.nullable(),
  type: z.enum(RESOURCE_TYPES),
  audiences: z.array(namedRefSchema),
  topics: z.array(namedRefSchema),
  /** Every language file, in the editor's order, already copied into the build. */
  files: z.array(resourceFileSchema),
  externalUrl: linkUrlSchema.nullable(),
  lastReviewed: calendarDate.nullable(),
  nextReview: calendarDate.nullable(),
  /** The newer resource replacing this one (same locale; null if none or not translated). */
  supersededBy: titledRefSchema.nullable(),
  featured: z.boolean(),
  relatedArticles: z.array(titledRefSchema),
  seo: seoSchema.nullable(),
});

/** A partner organisation of a project (`partners.organisation`). */
export const partnerSchema = z.object({
  name: z.string(),
  url: linkUrlSchema,
  /** alt is the editor's logoAlt ('' when none: the name is next to it). */
  logo: imageSchema.nullable(),
  description: z.string().nullable(),
});

/** `projects`: api::partner-project.partner-project */
export const projectsSchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  summary: z.string(),
  body: blocksSchema,
  partners: z.array(partnerSchema),
  projectStatus: z.enum(PROJECT_STATUSES),
  startDate: calendarDate.nullable(),
  endDate: calendarDate.nullable(),
  cover: imageSchema.nullable(),
  relatedArticles: z.array(titledRefSchema),
  relatedResources: z.array(titledRefSchema),
  seo: seoSchema.nullable(),
});

/** `tributes`: api::tribute.tribute (consent fields are private in the CMS and never reach the site). */
export const tributesSchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  roleLine: z.string().nullable(),
  dates: z.string().nullable(),
  portrait: imageSchema.nullable(),
  body: blocksSchema,
  displayDate: calendarDate.nullable(),
  seo: seoSchema.nullable(),
});

/** `topics`: api::topic.topic (which news/resources use a topic: filter those collections by ref). */
export const topicsSchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  description: z.string().nullable(),
});

/** `audiences`: api::audience.audience */
export const audiencesSchema = z.object({
  ...collectionEntryBase,
  name: z.string(),
  description: z.string().nullable(),
});

/** `glossary`: api::glossary-term.glossary-term */
export const glossarySchema = z.object({
  ...collectionEntryBase,
  term: z.string(),
  definition: z.string(),
});

/** `pages`: api::page.page (accessibility-statement, privacy-notice, cover-your-tracks...) */
export const pagesSchema = z.object({
  ...collectionEntryBase,
  // A page lives at /<slug>/, beside the site's own sections and languages.
  slug: collectionEntryBase.slug.refine((slug) => !RESERVED_PAGE_SLUGS.includes(slug), {
    error: (issue) => reservedPageSlugProblem(String(issue.input)),
  }),
  title: z.string(),
  summary: z.string().nullable(),
  body: blocksSchema,
  seo: seoSchema.nullable(),
});

/** `settings`: api::site-setting.site-setting, one entry per locale (id = locale). */
export const settingsSchema = z.object({
  ...singleEntryBase,
  organisationName: z.string(),
  tagline: z.string().nullable(),
  charityNumber: z.string().nullable(),
  adviceLinePhone: z.string().nullable(),
  adviceLineEmail: z.string().nullable(),
  openingHours: z.string().nullable(),
  emergencyNotice: z.string(),
  emergencyNumbers: z.array(z.object({ label: z.string(), number: z.string() })),
  donateUrl: linkUrlSchema.nullable(),
  newsletterUrl: linkUrlSchema.nullable(),
  socialLinks: z.array(z.object({ platform: z.enum(SOCIAL_PLATFORMS), url: linkUrlSchema })),
  quickExitUrl: linkUrlSchema,
});

/** `home`: api::home-page.home-page, one entry per locale (id = locale). */
export const homeSchema = z.object({
  ...singleEntryBase,
  heroTitle: z.string(),
  heroText: z.string(),
  adviceTitle: z.string().nullable(),
  adviceText: z.string().nullable(),
  seo: seoSchema.nullable(),
});

/** `about`: api::about.about, one entry per locale (id = locale). */
export const aboutSchema = z.object({
  ...singleEntryBase,
  title: z.string(),
  intro: z.string().nullable(),
  mission: z.string(),
  vision: blocksSchema,
  method: blocksSchema,
  seo: seoSchema.nullable(),
});

export type NewsData = z.infer<typeof newsSchema>;
export type ResourceData = z.infer<typeof resourcesSchema>;
export type ProjectData = z.infer<typeof projectsSchema>;
export type Partner = z.infer<typeof partnerSchema>;
export type TributeData = z.infer<typeof tributesSchema>;
export type TopicData = z.infer<typeof topicsSchema>;
export type AudienceData = z.infer<typeof audiencesSchema>;
export type GlossaryData = z.infer<typeof glossarySchema>;
export type PageData = z.infer<typeof pagesSchema>;
export type SettingsData = z.infer<typeof settingsSchema>;
export type HomeData = z.infer<typeof homeSchema>;
export type AboutData = z.infer<typeof aboutSchema>;
