/** The single types: site settings, home page and about, each in the locales written for it. */
import { markdownToBlocks } from '../blocks';
import { ABOUT } from '../content/about';
import { HOME_PAGE } from '../content/home-page';
import { SITE_SETTINGS_SHARED, SITE_SETTINGS_TEXT } from '../content/site-settings';
import type { SeedContext } from '../context';
import { seedSingleType } from '../documents';
import { localeVersions } from './locale-versions';
import { seoComponent } from './seo';

export const seedSiteSettings = (ctx: SeedContext): Promise<void> =>
  seedSingleType(
    ctx,
    'site-setting',
    localeVersions(SITE_SETTINGS_TEXT, (text, locale) => async () => ({
      organisationName: text.organisationName,
      tagline: text.tagline,
      openingHours: text.openingHours,
      emergencyNotice: text.emergencyNotice,
      emergencyNumbers: text.emergencyNumbers.map((n) => ({ label: n.label, number: n.number })),
      // Not localized: set with the first locale, copied by Strapi to the others.
      ...(locale === 'en'
        ? { ...SITE_SETTINGS_SHARED, socialLinks: SITE_SETTINGS_SHARED.socialLinks.map((l) => ({ ...l })) }
        : {}),
    })),
  );

export const seedHomePage = (ctx: SeedContext): Promise<void> =>
  seedSingleType(
    ctx,
    'home-page',
    localeVersions(HOME_PAGE, (text) => async () => ({ ...text })),
  );

export const seedAbout = (ctx: SeedContext): Promise<void> =>
  seedSingleType(
    ctx,
    'about',
    localeVersions(ABOUT, (text) => async () => ({
      title: text.title,
      intro: text.intro,
      mission: text.mission,
      vision: markdownToBlocks(text.vision),
      method: markdownToBlocks(text.method),
      seo: seoComponent(text.seo),
    })),
  );
