import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pagesSchema, newsSchema } from '../schemas';
import {
  isValidSlug,
  RESERVED_PAGE_SLUGS,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  SLUG_RULE_MESSAGE,
  slugProblem,
} from '../slug';
// The CMS's copy of the rule: the CMS and the site must agree on what is publishable.
import * as cmsRule from '../../../../../cms/src/validation/slug-rule';
import { SLUG_RULE_MESSAGE as CMS_SLUG_RULE_MESSAGE } from '../../../../../cms/src/validation/messages';

describe('the slug rule', () => {
  it.each([
    'right-to-stay',
    'a',
    '2026',
    'age-disputes-fact-sheet',
    'welcome-ar',
    'x'.repeat(SLUG_MAX_LENGTH),
  ])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    '..',
    '.',
    '',
    '-',
    '-leading',
    'trailing-',
    'double--hyphen',
    'Right-To-Stay',
    'right to stay',
    'right_to_stay',
    'right.to.stay',
    'a/b',
    'a\\b',
    '%2e%2e',
    'حق-البقاء',
    'café',
    'emoji-😀',
    'nul\u0000',
    'bidi\u202e',
    '<script>',
    'x'.repeat(SLUG_MAX_LENGTH + 1),
  ])('refuses %j', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });

  it('explains itself in an editor’s words', () => {
    expect(slugProblem('..')).toBe(
      "Its URL name '..' cannot be used. The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.",
    );
    expect(slugProblem('x'.repeat(5000))).toBe('Its URL name is longer than 100 characters.');
  });

  it('is part of every collection entry’s schema, and keeps pages off the site’s own addresses', () => {
    const base = {
      documentId: 'd',
      locale: 'en',
      updatedAt: new Date(),
      publishedAt: new Date(),
      localizations: [],
    };
    const article = {
      ...base,
      title: 'T',
      summary: 'S',
      body: [],
      cover: null,
      category: 'news',
      topics: [],
    };
    const withSlug = (slug: string) => ({
      ...article,
      relatedResources: [],
      displayDate: null,
      seo: null,
      slug,
    });
    expect(newsSchema.safeParse(withSlug('fine')).success).toBe(true);
    expect(newsSchema.safeParse(withSlug('..')).success).toBe(false);
    // The news section itself lives at /news/: an article may be called "news", a page may not.
    expect(newsSchema.safeParse(withSlug('news')).success).toBe(true);
    const page = (slug: string) => ({ ...base, title: 'T', summary: null, body: [], seo: null, slug });
    expect(pagesSchema.safeParse(page('privacy-notice')).success).toBe(true);
    for (const slug of ['news', 'resources', 'ar', 'get-help', 'search', 'files']) {
      expect(RESERVED_PAGE_SLUGS).toContain(slug);
      expect(pagesSchema.safeParse(page(slug)).error?.issues[0]?.message).toBe(
        `Its URL name '${slug}' is already used by the website for its own pages. Choose another URL name.`,
      );
    }
  });

  it('reserves every address the site’s own routes and files take', () => {
    const src = path.resolve(__dirname, '..', '..', '..');
    const topLevel = [
      ...readdirSync(path.join(src, 'pages', '[...lang]')),
      ...readdirSync(path.join(src, 'pages')),
      ...readdirSync(path.resolve(src, '..', 'public')),
    ]
      .map((name) => name.replace(/\.astro$/, ''))
      .filter((name) => isValidSlug(name) && name !== 'index');
    expect(topLevel.length).toBeGreaterThan(5);
    expect(topLevel.filter((name) => !RESERVED_PAGE_SLUGS.includes(name))).toEqual([]);
  });

  it('is the CMS’s rule too', () => {
    expect(SLUG_PATTERN.source).toBe(cmsRule.SLUG_PATTERN.source);
    expect(SLUG_MAX_LENGTH).toBe(cmsRule.SLUG_MAX_LENGTH);
    expect([...RESERVED_PAGE_SLUGS].sort()).toEqual([...cmsRule.RESERVED_PAGE_SLUGS].sort());
    expect(SLUG_RULE_MESSAGE).toBe(CMS_SLUG_RULE_MESSAGE);
  });
});
