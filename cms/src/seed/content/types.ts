/**
 * The shape of the demo content as written in the content modules: plain data, one object per
 * entry, with its words per locale. The steps in ../steps turn it into Strapi documents.
 */
import type { SiteLocale } from '../../content/site-content-types';
import type { DateShift } from '../dates';
import type { ImageDesign } from '../generate/image';

export type TranslatedLocale = Exclude<SiteLocale, 'en'>;
/** English always; other site locales where the entry has been translated. */
export type Translations<T> = { en: T } & Partial<Record<TranslatedLocale, T>>;

export const TOPIC_SLUGS = [
  'asylum',
  'age-disputes',
  'trafficking-and-modern-slavery',
  'family-reunion',
  'leaving-care',
  'citizenship-and-status',
  'detention',
  'education',
] as const;
export type TopicSlug = (typeof TOPIC_SLUGS)[number];

export const AUDIENCE_SLUGS = [
  'young-people',
  'lawyers',
  'social-workers-and-professionals',
  'teachers-and-schools',
  'foster-carers',
] as const;
export type AudienceSlug = (typeof AUDIENCE_SLUGS)[number];

export const RESOURCE_SLUGS = [
  'whos-who-the-professionals-you-will-meet',
  'your-asylum-interview-what-to-expect',
  'representing-young-albanian-asylum-seekers',
  'age-disputes-fact-sheet',
  'age-disputes-fact-sheet-2023',
  'border-security-bill-childrens-briefing',
  'without-papers-undocumented-children-report',
  'directory-of-support-services',
  'supporting-refugee-and-migrant-pupils-training-pack',
  'immigration-basics-for-foster-carers',
  'turning-18-leaving-care-and-your-status',
] as const;
export type ResourceSlug = (typeof RESOURCE_SLUGS)[number];

export const ARTICLE_SLUGS = [
  'breaking-the-chains-partnership-with-shpresa-programme',
  'kids-in-need-of-defense-uk-launch',
  'remembering-luljeta-nuzi',
  'why-we-are-calling-for-the-repeal-of-section-59',
  'border-security-asylum-and-immigration-bill-and-children',
  'supporting-a-challenge-to-unfair-age-assessments',
  'free-training-supporting-separated-children',
  'new-guide-the-professionals-you-will-meet',
  'annual-review-draft',
] as const;
export type ArticleSlug = (typeof ARTICLE_SLUGS)[number];

export type SeoText = { metaTitle: string; metaDescription: string };

/** A generated abstract image, uploaded once and used as covers and portraits. */
export type SeedImage = {
  design: ImageDesign;
  seed: number;
  width?: number;
  height?: number;
  /** File name in the media library. */
  name: string;
  /** Alt text stored on the file; each use also has its own alt text. */
  alternativeText: string;
};

export type NamedTerm = { name: string; description?: string };
export type SeedTopic = { slug: TopicSlug; text: Translations<NamedTerm> };
export type SeedAudience = { slug: AudienceSlug; text: Translations<NamedTerm> };

export type ArticleCategory = 'news' | 'policy' | 'litigation' | 'training_event' | 'statement';
export type ArticleText = {
  title: string;
  summary: string;
  /** Markdown-like text, see ../blocks.ts. */
  body: string;
  coverAlt: string;
  seo?: SeoText;
};
export type SeedArticle<ImageKey extends string = string> = {
  slug: ArticleSlug;
  category: ArticleCategory;
  displayDate: DateShift;
  topics: TopicSlug[];
  relatedResources: ResourceSlug[];
  cover: ImageKey;
  /** Never published: proves drafts do not reach the site. */
  draft?: true;
  text: Translations<ArticleText>;
};

export type ResourceType =
  'guide' | 'fact_sheet' | 'toolkit' | 'briefing' | 'report' | 'directory' | 'training_material';
/** Languages a resource file can be in (the `resources.file` component's enumeration). */
export type FileLanguage = SiteLocale;
export type ResourceText = { title: string; summary: string; description?: string; seo?: SeoText };
export type SeedResource = {
  slug: ResourceSlug;
  type: ResourceType;
  audiences: AudienceSlug[];
  topics: TopicSlug[];
  /** One generated PDF per language; empty for a resource that only links elsewhere. */
  files: FileLanguage[];
  externalUrl?: string;
  featured: boolean;
  lastReviewed: DateShift;
  nextReview: DateShift;
  supersededBy?: ResourceSlug;
  text: Translations<ResourceText>;
};

export type PartnerOrganisation = { name: string; url: string; description: string };
export type ProjectText = { name: string; summary: string; body: string; coverAlt: string; seo?: SeoText };
export type SeedPartnerProject<ImageKey extends string = string> = {
  slug: string;
  projectStatus: 'active' | 'completed';
  startDate: string;
  endDate?: string;
  partners: PartnerOrganisation[];
  cover: ImageKey;
  relatedArticles: ArticleSlug[];
  relatedResources: ResourceSlug[];
  text: Translations<ProjectText>;
};

export type TributeText = { name: string; roleLine: string; body: string; portraitAlt: string };
export type SeedTribute<ImageKey extends string = string> = {
  slug: string;
  displayDate: DateShift;
  portrait: ImageKey;
  /** Private: stays in the CMS, never sent to the site. */
  consent: { given: boolean; givenBy: string; recordedOn: DateShift; notes: string };
  text: Translations<TributeText>;
};

export type SeedGlossaryTerm = { slug: string; text: Translations<{ term: string; definition: string }> };
export type SeedPage = {
  slug: string;
  text: Translations<{ title: string; summary: string; body: string; seo?: SeoText }>;
};

export type AboutText = {
  title: string;
  intro: string;
  mission: string;
  vision: string;
  method: string;
  seo?: SeoText;
};

export type SiteSettingsText = {
  organisationName: string;
  tagline: string;
  openingHours: string;
  emergencyNotice: string;
  emergencyNumbers: Array<{ label: string; number: string }>;
};
export type SocialPlatform =
  'facebook' | 'x' | 'instagram' | 'linkedin' | 'youtube' | 'bluesky' | 'mastodon' | 'tiktok';
export type SiteSettingsShared = {
  charityNumber: string;
  adviceLinePhone: string;
  adviceLineEmail: string;
  donateUrl: string;
  newsletterUrl: string;
  quickExitUrl: string;
  socialLinks: Array<{ platform: SocialPlatform; url: string }>;
};

export type HomePageText = { heroTitle: string; heroText: string; adviceTitle: string; adviceText: string };
