/** Media on Strapi's local provider have site-relative URLs (/uploads/...): make them absolute. */
export const absoluteCmsUrl = (cmsUrl: string, url: string): string => new URL(url, `${cmsUrl}/`).toString();
