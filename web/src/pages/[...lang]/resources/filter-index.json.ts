import type { APIRoute, GetStaticPaths } from 'astro';
import type { LocaleProps } from '../../../lib/site/paths';
import { localePaths } from '../../../lib/site/paths';
import { libraryIndexOf } from '../../../lib/site/resource-library';

/** The library's filter index (library-index.ts), fetched by the filter script only to combine filters. */
export const getStaticPaths = (() => localePaths('resources')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await libraryIndexOf((props as LocaleProps).locale)), {
    headers: { 'Content-Type': 'application/json' },
  });
