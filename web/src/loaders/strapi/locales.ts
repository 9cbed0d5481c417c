import { SiteLocalesDocument } from '@platform/shared-types';
import type { CmsClient } from './client';

/** Every locale the CMS has (content in a locale the site does not list yet is still read). */
export const fetchLocales = async (client: CmsClient): Promise<string[]> => {
  const result = await client.request(SiteLocalesDocument, {});
  const codes = result.i18NLocales.flatMap((locale) => (locale?.code ? [locale.code] : []));
  if (codes.length === 0) {
    throw new Error(
      `The CMS at ${client.url} lists no locales: the build token needs plugin::i18n.locales.listLocales`,
    );
  }
  return codes.sort();
};
