export { strapiLoader, type StrapiLoaderOptions } from './loader';
export { SITE_COLLECTIONS, type SiteCollectionName } from './collections';
