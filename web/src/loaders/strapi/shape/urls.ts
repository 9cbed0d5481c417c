import { cmsUploadUrl } from '../../../lib/cms/safe-url';
import { EntryProblem } from './context';

/**
 * Media on Strapi's local provider have site-relative URLs (/uploads/...): made absolute on the
 * CMS. An address that leads anywhere else (a restored or edited database can hold anything) is
 * null: the build never downloads from, or links to, a place an entry chose.
 */
export const absoluteCmsUrl = (cmsUrl: string, url: string): string | null => cmsUploadUrl(cmsUrl, url);

/** The CMS address of a file the build must copy; the entry is left out when it has none. */
export const cmsFileUrl = (cmsUrl: string, media: { url: string; name: string }): string => {
  const url = absoluteCmsUrl(cmsUrl, media.url);
  if (url === null) {
    throw new EntryProblem(`Its file '${media.name}' is not stored in the CMS's media library.`);
  }
  return url;
};
