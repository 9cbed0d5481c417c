import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { componentPopulate, fieldProblems } from '../field-problems';
import {
  HIDDEN_CHARACTERS_MESSAGE,
  reservedPageSlugMessage,
  SLUG_RULE_MESSAGE,
  SLUG_TOO_LONG_MESSAGE,
  URL_FIELD_SUBJECTS,
} from '../messages';
import { HTTPS_ONLY, linkProblem, RICH_TEXT_LINKS } from '../safe-url';
import { SLUG_MAX_LENGTH } from '../slug-rule';

const SRC = path.resolve(__dirname, '..', '..');
type Schema = { attributes: Record<string, { type: string; component?: string }> };
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Schema & { info: unknown };

/** Every content type and component as Strapi loads them, from their schema files. */
const models: Record<string, Schema & { uid: string }> = {};
for (const api of readdirSync(path.join(SRC, 'api'))) {
  for (const type of readdirSync(path.join(SRC, 'api', api, 'content-types'))) {
    const uid = `api::${api}.${type}`;
    models[uid] = { uid, ...readJson(path.join(SRC, 'api', api, 'content-types', type, 'schema.json')) };
  }
}
const components: Record<string, Schema & { uid: string }> = {};
for (const category of readdirSync(path.join(SRC, 'components'))) {
  for (const file of readdirSync(path.join(SRC, 'components', category))) {
    const uid = `${category}.${file.replace(/\.json$/, '')}`;
    components[uid] = { uid, ...readJson(path.join(SRC, 'components', category, file)) };
  }
}
const strapi = { getModel: (uid: string) => models[uid], components } as unknown as Core.Strapi;

const ARTICLE = 'api::article.article';
const PAGE = 'api::page.page';
const PROJECT = 'api::partner-project.partner-project';
const SETTINGS = 'api::site-setting.site-setting';
const messagesOf = (uid: string, data: unknown) => fieldProblems(strapi, uid, data).map((p) => p.message);
const paragraphWith = (children: unknown[]) => [{ type: 'paragraph', children }];

describe('the URL name rule', () => {
  it.each([
    '..',
    '.',
    '-',
    'Right-To-Stay',
    'right to stay',
    'a--b',
    'a_b',
    'a.b',
    '%2e%2e',
    'حق',
    '<b>',
    'x\u202e',
  ])('refuses %j beside the slug field, in plain words', (slug) => {
    expect(fieldProblems(strapi, ARTICLE, { slug })).toEqual([
      { path: ['slug'], message: SLUG_RULE_MESSAGE, name: 'ValidationError', value: slug },
    ]);
    expect(SLUG_RULE_MESSAGE).toBe(
      "The URL name can only use lowercase letters, numbers and single hyphens, like 'right-to-stay'.",
    );
  });

  it('accepts a good slug, and leaves an empty one to Strapi (drafts, required)', () => {
    expect(messagesOf(ARTICLE, { slug: 'right-to-stay' })).toEqual([]);
    expect(messagesOf(ARTICLE, { slug: '' })).toEqual([]);
    expect(messagesOf(ARTICLE, { slug: 'x'.repeat(SLUG_MAX_LENGTH + 1) })).toEqual([SLUG_TOO_LONG_MESSAGE]);
  });

  it('keeps pages off the addresses the site uses itself, and only pages', () => {
    expect(messagesOf(PAGE, { slug: 'news' })).toEqual([reservedPageSlugMessage('news')]);
    expect(messagesOf(PAGE, { slug: 'ar' })).toEqual([reservedPageSlugMessage('ar')]);
    expect(messagesOf(ARTICLE, { slug: 'news' })).toEqual([]);
  });

  it('applies to every content type that has a slug, and every slug has a length limit', () => {
    const withSlug = Object.values(models).filter((model) =>
      Object.values(model.attributes).some((attribute) => attribute.type === 'uid'),
    );
    expect(withSlug.length).toBeGreaterThanOrEqual(8);
    for (const model of withSlug) {
      expect(messagesOf(model.uid, { slug: '..' })).toEqual([SLUG_RULE_MESSAGE]);
      expect((model.attributes.slug as { maxLength?: number }).maxLength).toBe(SLUG_MAX_LENGTH);
    }
  });
});

describe('web addresses', () => {
  const HOSTILE = [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/\\evil.example',
    'https://user:pass@evil.example/',
    'https:evil.example',
    'https://evil.example/\u202e',
  ];

  it('finds every plain web address field by its name, in every type and component', () => {
    const urlFields = [...Object.values(models), ...Object.values(components)].flatMap((schema) =>
      Object.keys(schema.attributes)
        .filter((name) => /url$/i.test(name))
        .map((name) => `${schema.uid}.${name}`),
    );
    expect(urlFields.sort()).toEqual(Object.keys(URL_FIELD_SUBJECTS).sort());
  });

  it.each(HOSTILE)('refuses %j in a partner website, beside the partner’s field', (url) => {
    const [problem] = fieldProblems(strapi, PROJECT, {
      partners: [
        { name: 'ok', url: 'https://ok.example' },
        { name: 'p', url },
      ],
    });
    expect(problem?.path).toEqual(['partners', '1', 'url']);
    expect(problem?.message).toMatch(
      /^Partner website addresses (must start with https:\/\/|cannot contain)/,
    );
  });

  it('refuses http:// in https-only fields and says which field', () => {
    expect(messagesOf(SETTINGS, { donateUrl: 'http://example.org' })).toEqual([
      'The donate link must start with https://',
    ]);
    expect(
      messagesOf(SETTINGS, { socialLinks: [{ platform: 'x', url: 'https://a:b@x.com/charity' }] }),
    ).toEqual(['Social media links cannot contain a user name or password.']);
    expect(messagesOf(SETTINGS, { quickExitUrl: 'https://www.bbc.co.uk/weather', donateUrl: '' })).toEqual(
      [],
    );
  });

  it.each(HOSTILE)('refuses %j as a rich-text link, beside the text field', (url) => {
    const body = paragraphWith([
      { type: 'text', text: 'Read ' },
      { type: 'link', url, children: [{ type: 'text', text: 'this' }] },
    ]);
    const [problem] = fieldProblems(strapi, ARTICLE, { body });
    expect(problem?.path).toEqual(['body']);
    expect(problem?.message).toMatch(
      /^The link '.*' in this text is not one the website can use: links must start with https:\/\/, http:\/\/, mailto:, tel: or \/\.$/,
    );
  });

  it('keeps the links the site allows in rich text, relative ones included', () => {
    for (const url of [
      'https://www.gov.uk/',
      'http://example.org',
      'mailto:a@b.org',
      'tel:+44123',
      '/resources/',
      '#top',
    ]) {
      expect(messagesOf(ARTICLE, { body: paragraphWith([{ type: 'link', url, children: [] }]) })).toEqual([]);
    }
  });

  it('refuses every hostile address in either kind of field', () => {
    for (const url of HOSTILE) {
      expect(linkProblem(url, RICH_TEXT_LINKS)).toBeDefined();
      expect(linkProblem(url, HTTPS_ONLY)).toBeDefined();
    }
    expect(linkProblem('https://www.gov.uk/', HTTPS_ONLY)).toBeUndefined();
  });
});

describe('hostile text', () => {
  it.each(['\u0000', '\u0001', '\u001b[31m', '\u007f', '\u0085', 'a\u0000b'])(
    'refuses the control character in %j, in any text field and in rich text',
    (text) => {
      expect(messagesOf(ARTICLE, { title: `Title ${text}` })).toEqual([HIDDEN_CHARACTERS_MESSAGE]);
      expect(messagesOf(PROJECT, { partners: [{ name: text, url: 'https://ok.example' }] })).toEqual([
        HIDDEN_CHARACTERS_MESSAGE,
      ]);
      expect(messagesOf(ARTICLE, { body: paragraphWith([{ type: 'text', text }]) })).toEqual([
        HIDDEN_CHARACTERS_MESSAGE,
      ]);
      expect(messagesOf(ARTICLE, { seo: { metaTitle: text } })).toEqual([HIDDEN_CHARACTERS_MESSAGE]);
    },
  );

  it('stores HTML, right-to-left marks, emoji, tabs and line breaks as written (the site escapes and isolates them)', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '</title><script>alert(1)</script>',
      '"><svg onload=alert(1)>',
      'gnp.exe\u202eTXT',
      'مرحبا \u2067world\u2069',
      '👩🏽‍⚖️ Rights 🇬🇧',
      'line one\nline two\ttabbed\r\n',
    ]) {
      expect(messagesOf(ARTICLE, { title: text, summary: text, seo: { metaTitle: text } })).toEqual([]);
    }
  });

  it('reads every component of a saved draft when checking a publish', () => {
    expect(componentPopulate(strapi, PROJECT)).toEqual({ partners: true, cover: true, seo: true });
    expect(componentPopulate(strapi, SETTINGS)).toEqual({ emergencyNumbers: true, socialLinks: true });
  });
});
