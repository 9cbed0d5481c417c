import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, SITE_LOCALES } from '../content/site-content-types';

type LocaleService = {
  find: (params?: unknown) => Promise<Array<{ code: string }>>;
  create: (locale: { code: string; name: string }) => Promise<unknown>;
  setDefaultLocale: (locale: { code: string }) => Promise<void>;
};

/** Makes sure every locale the site publishes in exists, with English as the default. */
export const ensureLocales = async (strapi: Core.Strapi): Promise<void> => {
  const locales = strapi.plugin('i18n').service('locales') as LocaleService;
  const existing = new Set((await locales.find()).map((l) => l.code));
  for (const locale of SITE_LOCALES) {
    if (existing.has(locale.code)) continue;
    await locales.create({ code: locale.code, name: locale.name });
    strapi.log.info(`[locales] added ${locale.name}`);
  }
  await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
};
