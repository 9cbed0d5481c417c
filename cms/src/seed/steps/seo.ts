import type { SeoText } from '../content/types';

/** The `shared.seo` component, or null to let the site use the title and summary. */
export const seoComponent = (seo: SeoText | undefined): SeoText | null =>
  seo ? { metaTitle: seo.metaTitle, metaDescription: seo.metaDescription } : null;
