import type { APIRoute, GetStaticPaths } from 'astro';
import { directoryIndexOf } from '../../../lib/directory/directory-pages';
import type { LocaleProps } from '../../../lib/site/paths';
import { localePaths } from '../../../lib/site/paths';

/** The directory's filter index (directory-pages.ts), fetched by the filter script only to filter in place. */
export const getStaticPaths = (() => localePaths('directory')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await directoryIndexOf((props as LocaleProps).locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
