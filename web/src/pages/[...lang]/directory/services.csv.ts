/** The directory as a spreadsheet per language (/directory/services.csv), built with the site. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { directoryCsv } from '../../../lib/directory/csv-rows';
import { servicesIn } from '../../../lib/directory/listing';
import { localePaths, type LocaleProps } from '../../../lib/site/paths';

export const getStaticPaths = (() => localePaths('directory')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as LocaleProps;
  return new Response(directoryCsv(await servicesIn(locale), locale, site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
