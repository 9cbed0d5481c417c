/**
 * Writes the redirect map into the built site, where the servers find it and visitors do not
 * (`.site/` is a dot-directory: neither the rebuild service's site handler nor nginx serves it):
 * - `.site/redirects.json` for the rebuild service's site handler (`npm start`, tests);
 * - `.site/redirects.nginx.map` and `.site/gone.nginx.map`, the bodies of two nginx `map`s
 *   (deploy/nginx/nginx.conf.template includes them; nginx is reloaded when a release goes live);
 * - for plain static hosts, a page at each moved address (meta refresh, canonical link, a visible
 *   link, noindex) and a copy of the 410 page at each removed one. The servers answer 301 and 410
 *   before looking at files, so these pages only ever show where no server rule does.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, uiStrings, type Locale } from '../../../i18n';
import { escapeXml } from '../rss';
import { localePath } from '../urls';
import type { RedirectMap } from './redirect-map';

export const SITE_META_DIR = '.site';
export const REDIRECTS_JSON = 'redirects.json';

/** Whether the build made a page or file at this normalised path. */
export const builtPathExists = (outDir: string, key: string): boolean => {
  const target = path.join(outDir, ...key.split('/').filter(Boolean));
  if (existsSync(path.join(target, 'index.html'))) return true;
  return key !== '/' && existsSync(target) && statSync(target).isFile();
};

/** The language an address is in: its first segment when that is a locale, else English. */
export const localeOfPath = (key: string): Locale => {
  const first = key.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
};

/** The 410 page of a language, as a site path (web/src/pages/[...lang]/410.astro). */
export const gonePagePath = (locale: Locale): string => localePath(locale, '410');

/** A value nginx takes literally inside double quotes: `$` would start a variable. */
const nginxQuoted = (value: string): string => `"${value.replace(/\$/g, '%24').replace(/["\\]/g, '')}"`;

const movedPage = (from: string, to: string, site: URL | undefined): string => {
  const locale = localeOfPath(from);
  const strings = uiStrings(locale);
  const href = escapeXml(to);
  const canonical = escapeXml(site && to.startsWith('/') ? new URL(to, site).href : to);
  return [
    '<!doctype html>',
    `<html lang="${locale}" dir="${LOCALE_INFO[locale].dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(strings.moved.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${canonical}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    '<body>',
    `<h1>${escapeXml(strings.moved.title)}</h1>`,
    `<p><a href="${href}">${escapeXml(strings.moved.link)}</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

export const writeRedirects = (outDir: string, rules: RedirectMap, site: URL | undefined): void => {
  const metaDir = path.join(outDir, SITE_META_DIR);
  mkdirSync(metaDir, { recursive: true });
  writeFileSync(path.join(metaDir, REDIRECTS_JSON), `${JSON.stringify({ version: 1, rules })}\n`);

  const redirectLines: string[] = [];
  const goneLines: string[] = [];
  for (const [from, rule] of Object.entries(rules)) {
    const keys = from === '/' ? [from] : [from, `${from}/`];
    if (rule.status === 301) {
      for (const key of keys) redirectLines.push(`${nginxQuoted(key)} ${nginxQuoted(rule.to)};`);
    } else {
      for (const key of keys)
        goneLines.push(`${nginxQuoted(key)} ${nginxQuoted(gonePagePath(rule.locale))};`);
    }
  }
  writeFileSync(path.join(metaDir, 'redirects.nginx.map'), `${redirectLines.join('\n')}\n`);
  writeFileSync(path.join(metaDir, 'gone.nginx.map'), `${goneLines.join('\n')}\n`);

  for (const [from, rule] of Object.entries(rules)) {
    // A file-like address (`/old.pdf`) gets no page: a static host would serve it as that type.
    if (from === '/' || /\.[A-Za-z0-9]+$/.test(from)) continue;
    const dir = path.join(outDir, ...from.split('/').filter(Boolean));
    const file = path.join(dir, 'index.html');
    if (existsSync(file)) continue;
    let html: string;
    if (rule.status === 301) html = movedPage(from, rule.to, site);
    else {
      const gone = path.join(outDir, ...gonePagePath(rule.locale).split('/').filter(Boolean), 'index.html');
      if (!existsSync(gone)) continue;
      html = readFileSync(gone, 'utf8');
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, html);
  }
};
