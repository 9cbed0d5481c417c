/**
 * The build's redirect map: for each old address (normalised, no trailing slash), a 301 to where
 * its entry is now or to its replacement, or a 410 in the removed entry's language; plus the
 * editors' redirects, checked again with the CMS's own rules (redirect-rules.ts). A bad redirect
 * never stops the build: it is left out and named, like a bad entry. A live page always wins over
 * a redirect, a redirect only ever goes to a page that exists, and chains are cut to one hop.
 */
import type { SiteRedirectsQuery } from '@platform/shared-types';
import { isLocale, type Locale } from '../../../i18n/locales';
import type { LeftOutEntry } from '../../../loaders/strapi/left-out';
import { routes } from '../urls';
import { checkRedirectTarget, normaliseSitePath, targetKey } from './redirect-rules';

export type RedirectRule = { status: 301; to: string; manual?: true } | { status: 410; locale: Locale };
export type RedirectMap = Record<string, RedirectRule>;
export type RedirectData = SiteRedirectsQuery['siteRedirects'];

export const REDIRECT_TYPE = 'api::redirect.redirect';

const ENTRY_ROUTES: Record<string, (locale: Locale, slug: string) => string> = {
  'api::article.article': routes.article,
  'api::resource.resource': routes.resource,
  'api::partner-project.partner-project': routes.project,
  'api::tribute.tribute': routes.tribute,
  'api::event.event': routes.event,
  'api::service.service': routes.service,
  'api::page.page': routes.page,
};

/** `/news/a/` → `/news/a`; the root stays `/`. */
export const pathKey = (href: string): string => (href.length > 1 ? href.replace(/\/+$/, '') : href);

export type MapOptions = {
  /** Whether the build made a page (or file) at this normalised path. */
  isLive: (key: string) => boolean;
  allowedHosts: ReadonlySet<string>;
};

const MAX_HOPS = 5;

export const buildRedirectMap = (
  data: RedirectData,
  { isLive, allowedHosts }: MapOptions,
): { rules: RedirectMap; leftOut: LeftOutEntry[] } => {
  const rules = new Map<string, RedirectRule>();
  const leftOut: LeftOutEntry[] = [];

  for (const entry of data.moved) {
    const route = ENTRY_ROUTES[entry.uid];
    if (!route || !isLocale(entry.locale)) continue;
    const from = pathKey(route(entry.locale, entry.slug));
    if (isLive(from)) continue;
    let to: string | undefined;
    if (entry.currentSlug) to = route(entry.locale, entry.currentSlug);
    else if (entry.replacementSlug && isLocale(entry.replacementLocale)) {
      to = route(entry.replacementLocale, entry.replacementSlug);
    }
    if (to !== undefined) {
      // Its entry is published but was left out of this build: no page to send anyone to.
      if (pathKey(to) === from || !isLive(pathKey(to))) continue;
      if (rules.get(from)?.status !== 301) rules.set(from, { status: 301, to });
    } else if (!rules.has(from)) {
      rules.set(from, { status: 410, locale: entry.locale });
    }
  }

  const refuse = (redirect: RedirectData['manual'][number], problem: string) =>
    leftOut.push({
      type: REDIRECT_TYPE,
      documentId: redirect.documentId,
      locale: '',
      title: redirect.fromPath,
      problem,
    });

  const manualFrom = new Map<string, RedirectData['manual'][number]>();
  for (const redirect of data.manual) {
    const from = normaliseSitePath(redirect.fromPath);
    const to = checkRedirectTarget(redirect.toPath, allowedHosts);
    if (!from.ok) refuse(redirect, `Its from-address: ${from.problem}`);
    else if (!to.ok) refuse(redirect, `Its target: ${to.problem}`);
    else if (isLive(from.value)) {
      refuse(redirect, 'A page of the website has this address now: the page is shown, not the redirect.');
    } else if (manualFrom.has(from.value)) {
      refuse(redirect, `Another redirect already starts at ${from.value}.`);
    } else {
      manualFrom.set(from.value, redirect);
      rules.set(from.value, { status: 301, to: to.value, manual: true });
    }
  }

  // One hop only: a target that itself redirects is replaced by where that leads (followed in
  // the map as it was, so every redirect of a loop goes, not just the first one met).
  const before = new Map(rules);
  for (const [from, rule] of before) {
    if (rule.status !== 301) continue;
    let to = rule.to;
    const seen = new Set([from]);
    let looped = false;
    for (;;) {
      const key = targetKey(to);
      const next = key === undefined ? undefined : before.get(key);
      if (key === undefined || next?.status !== 301) break;
      if (seen.has(key) || seen.size > MAX_HOPS) {
        looped = true;
        break;
      }
      seen.add(key);
      to = next.to;
    }
    if (looped || targetKey(to) === from) {
      rules.delete(from);
      const redirect = manualFrom.get(from);
      if (redirect) refuse(redirect, 'It leads back to itself through other redirects (a loop).');
      continue;
    }
    rules.set(from, { ...rule, to });
  }

  return { rules: Object.fromEntries(rules), leftOut };
};
