/**
 * The demo content checked without booting Strapi: coverage the brief asks for, references
 * that resolve, and every value within the content model's limits (so a seed never fails on
 * a too-long title halfway through).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ABOUT } from '../content/about';
import { ARTICLES } from '../content/articles';
import { AUDIENCES } from '../content/audiences';
import { GLOSSARY } from '../content/glossary';
import { HOME_PAGE } from '../content/home-page';
import { IMAGES } from '../content/images';
import { PAGES } from '../content/pages';
import { PARTNER_PROJECTS } from '../content/partner-projects';
import { RESOURCES } from '../content/resources';
import { SITE_SETTINGS_SHARED, SITE_SETTINGS_TEXT } from '../content/site-settings';
import { TOPICS } from '../content/topics';
import { TRIBUTES } from '../content/tribute';
import {
  ARTICLE_SLUGS,
  AUDIENCE_SLUGS,
  RESOURCE_SLUGS,
  TOPIC_SLUGS,
  type Translations,
} from '../content/types';
import { markdownToBlocks, type BlockNode, type InlineNode } from '../blocks';

type Attribute = { maxLength?: number; minLength?: number; regex?: string; enum?: string[] };
type Schema = { attributes: Record<string, Attribute> };

const SRC = path.resolve(__dirname, '..', '..');
const schemaOf = (name: string): Schema =>
  JSON.parse(
    readFileSync(path.join(SRC, 'api', name, 'content-types', name, 'schema.json'), 'utf8'),
  ) as Schema;
const componentOf = (category: string, name: string): Schema =>
  JSON.parse(readFileSync(path.join(SRC, 'components', category, `${name}.json`), 'utf8')) as Schema;

/** Every problem found, so one run lists them all. */
const problems: string[] = [];
const check = (schema: Schema, field: string, value: string | undefined, where: string): void => {
  const attribute = schema.attributes[field];
  if (!attribute) throw new Error(`no attribute ${field} (${where})`);
  if (value === undefined) return;
  if (attribute.maxLength !== undefined && value.length > attribute.maxLength)
    problems.push(`${where}.${field} is ${value.length} characters (max ${attribute.maxLength})`);
  if (attribute.minLength !== undefined && value.length < attribute.minLength)
    problems.push(`${where}.${field} is too short`);
  if (attribute.regex && !new RegExp(attribute.regex).test(value))
    problems.push(`${where}.${field} does not match ${attribute.regex}`);
};
const eachLocale = <T>(text: Translations<T>, fn: (value: T, locale: string) => void): void => {
  for (const [locale, value] of Object.entries(text)) if (value) fn(value as T, locale);
};

const seo = componentOf('shared', 'seo');
const image = componentOf('shared', 'image');
const checkSeo = (value: { metaTitle: string; metaDescription: string } | undefined, where: string) => {
  check(seo, 'metaTitle', value?.metaTitle, where);
  check(seo, 'metaDescription', value?.metaDescription, where);
};

const inlineLinks = (nodes: InlineNode[]): string[] =>
  nodes.flatMap((n) => (n.type === 'link' ? [n.url] : []));
const blockLinks = (blocks: BlockNode[]): string[] =>
  blocks.flatMap((b) =>
    b.type === 'list' ? b.children.flatMap((i) => inlineLinks(i.children)) : inlineLinks(b.children),
  );

describe('demo content', () => {
  beforeAll(() => {
    const article = schemaOf('article');
    for (const a of ARTICLES) {
      eachLocale(a.text, (t, l) => {
        const where = `article ${a.slug} [${l}]`;
        check(article, 'title', t.title, where);
        check(article, 'summary', t.summary, where);
        check(image, 'alt', t.coverAlt, where);
        checkSeo(t.seo, where);
      });
    }
    const resource = schemaOf('resource');
    for (const r of RESOURCES) {
      check(resource, 'externalUrl', r.externalUrl, `resource ${r.slug}`);
      eachLocale(r.text, (t, l) => {
        check(resource, 'title', t.title, `resource ${r.slug} [${l}]`);
        check(resource, 'summary', t.summary, `resource ${r.slug} [${l}]`);
        checkSeo(t.seo, `resource ${r.slug} [${l}]`);
      });
    }
    const project = schemaOf('partner-project');
    const organisation = componentOf('partners', 'organisation');
    for (const p of PARTNER_PROJECTS) {
      for (const o of p.partners) {
        check(organisation, 'name', o.name, `partner of ${p.slug}`);
        check(organisation, 'url', o.url, `partner of ${p.slug}`);
        check(organisation, 'description', o.description, `partner of ${p.slug}`);
      }
      eachLocale(p.text, (t, l) => {
        check(project, 'name', t.name, `project ${p.slug} [${l}]`);
        check(project, 'summary', t.summary, `project ${p.slug} [${l}]`);
        check(image, 'alt', t.coverAlt, `project ${p.slug} [${l}]`);
        checkSeo(t.seo, `project ${p.slug} [${l}]`);
      });
    }
    const tribute = schemaOf('tribute');
    for (const tr of TRIBUTES) {
      check(tribute, 'consentGivenBy', tr.consent.givenBy, `tribute ${tr.slug}`);
      eachLocale(tr.text, (t, l) => {
        check(tribute, 'name', t.name, `tribute ${tr.slug} [${l}]`);
        check(tribute, 'roleLine', t.roleLine, `tribute ${tr.slug} [${l}]`);
        check(image, 'alt', t.portraitAlt, `tribute ${tr.slug} [${l}]`);
      });
    }
    const glossary = schemaOf('glossary-term');
    for (const g of GLOSSARY)
      eachLocale(g.text, (t, l) => {
        check(glossary, 'term', t.term, `glossary ${g.slug} [${l}]`);
        check(glossary, 'definition', t.definition, `glossary ${g.slug} [${l}]`);
      });
    const page = schemaOf('page');
    for (const p of PAGES)
      eachLocale(p.text, (t, l) => {
        check(page, 'title', t.title, `page ${p.slug} [${l}]`);
        check(page, 'summary', t.summary, `page ${p.slug} [${l}]`);
        checkSeo(t.seo, `page ${p.slug} [${l}]`);
      });
    for (const [name, entries] of [
      ['topic', TOPICS],
      ['audience', AUDIENCES],
    ] as const) {
      const schema = schemaOf(name);
      for (const e of entries)
        eachLocale(e.text, (t, l) => {
          check(schema, 'name', t.name, `${name} ${e.slug} [${l}]`);
          check(schema, 'description', t.description, `${name} ${e.slug} [${l}]`);
        });
    }
    const about = schemaOf('about');
    eachLocale(ABOUT, (t, l) => {
      for (const field of ['title', 'intro', 'mission'] as const)
        check(about, field, t[field], `about [${l}]`);
      checkSeo(t.seo, `about [${l}]`);
    });
    const home = schemaOf('home-page');
    eachLocale(HOME_PAGE, (t, l) => {
      for (const field of ['heroTitle', 'heroText', 'adviceTitle', 'adviceText'] as const)
        check(home, field, t[field], `home [${l}]`);
    });
    const settings = schemaOf('site-setting');
    const emergency = componentOf('settings', 'emergency-number');
    const social = componentOf('settings', 'social-link');
    for (const field of [
      'charityNumber',
      'adviceLinePhone',
      'donateUrl',
      'newsletterUrl',
      'quickExitUrl',
    ] as const)
      check(settings, field, SITE_SETTINGS_SHARED[field], 'site settings');
    for (const link of SITE_SETTINGS_SHARED.socialLinks) check(social, 'url', link.url, 'social link');
    eachLocale(SITE_SETTINGS_TEXT, (t, l) => {
      for (const field of ['organisationName', 'tagline', 'openingHours', 'emergencyNotice'] as const)
        check(settings, field, t[field], `site settings [${l}]`);
      for (const n of t.emergencyNumbers) {
        check(emergency, 'label', n.label, `emergency number [${l}]`);
        check(emergency, 'number', n.number, `emergency number [${l}]`);
      }
    });
  });

  it('fits the content model: lengths, https-only links and alt text', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 6 published articles over every category, and exactly one draft', () => {
    const published = ARTICLES.filter((a) => !a.draft);
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(new Set(published.map((a) => a.category))).toEqual(
      new Set(schemaOf('article').attributes.category?.enum),
    );
    expect(ARTICLES.filter((a) => a.draft)).toHaveLength(1);
    expect(ARTICLES.filter((a) => a.draft && Object.keys(a.text).length > 1)).toEqual([]);
  });

  it('dates articles across the past year', () => {
    const ages = ARTICLES.map((a) => ('daysAgo' in a.displayDate ? a.displayDate.daysAgo : -1));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(365);
    expect(Math.max(...ages) - Math.min(...ages)).toBeGreaterThan(270);
  });

  it('translates at least two articles into Arabic and one into Farsi', () => {
    expect(ARTICLES.filter((a) => a.text.ar).length).toBeGreaterThanOrEqual(2);
    expect(ARTICLES.filter((a) => a.text.fa).length).toBeGreaterThanOrEqual(1);
  });

  it('covers every resource type, audience and file language', () => {
    const resource = schemaOf('resource');
    expect(RESOURCES.length).toBeGreaterThanOrEqual(8);
    expect(new Set(RESOURCES.map((r) => r.type))).toEqual(new Set(resource.attributes.type?.enum));
    expect(new Set(RESOURCES.flatMap((r) => r.audiences))).toEqual(new Set(AUDIENCE_SLUGS));
    expect(new Set(RESOURCES.flatMap((r) => r.files))).toEqual(new Set(['en', 'sq', 'ar', 'fa', 'ro']));
  });

  it('has guides in three languages, a link-only resource, a superseded one and featured ones', () => {
    const threeLanguages = RESOURCES.filter((r) =>
      ['en', 'ar', 'fa'].every((l) => r.files.includes(l as never)),
    );
    expect(threeLanguages.length).toBeGreaterThanOrEqual(2);
    expect(
      RESOURCES.filter((r) => r.files.length === 0 && r.externalUrl?.startsWith('https://')),
    ).toHaveLength(1);
    const superseded = RESOURCES.filter((r) => r.supersededBy);
    expect(superseded).toHaveLength(1);
    // The newer resource comes first, so it exists when the older one links to it.
    const order = RESOURCES.map((r) => r.slug);
    for (const r of superseded) expect(order.indexOf(r.supersededBy!)).toBeLessThan(order.indexOf(r.slug));
    expect(RESOURCES.some((r) => r.featured)).toBe(true);
    expect(RESOURCES.filter((r) => r.text.ar).length).toBeGreaterThanOrEqual(2);
    // Every resource a visitor can reach has a file or a link.
    for (const r of RESOURCES) expect(r.files.length > 0 || Boolean(r.externalUrl)).toBe(true);
  });

  it('declares exactly the slugs it uses, each once', () => {
    const same = (declared: readonly string[], used: string[]) => {
      expect(new Set(used).size).toBe(used.length);
      expect([...used].sort()).toEqual([...declared].sort());
    };
    same(
      TOPIC_SLUGS,
      TOPICS.map((t) => t.slug),
    );
    same(
      AUDIENCE_SLUGS,
      AUDIENCES.map((a) => a.slug),
    );
    same(
      RESOURCE_SLUGS,
      RESOURCES.map((r) => r.slug),
    );
    same(
      ARTICLE_SLUGS,
      ARTICLES.map((a) => a.slug),
    );
    for (const list of [GLOSSARY, PAGES, PARTNER_PROJECTS, TRIBUTES]) {
      const slugs = list.map((e) => e.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('names topics and audiences in Arabic, and has the rest of the required translations', () => {
    for (const entry of [...TOPICS, ...AUDIENCES]) expect(entry.text.ar?.name).toBeTruthy();
    expect(Object.keys(ABOUT)).toEqual(expect.arrayContaining(['en', 'sq', 'ar']));
    expect(Object.keys(SITE_SETTINGS_TEXT)).toEqual(expect.arrayContaining(['en', 'ar']));
    expect(Object.keys(HOME_PAGE)).toEqual(expect.arrayContaining(['en', 'ar']));
    const tracks = PAGES.find((p) => p.slug === 'cover-your-tracks');
    expect(Object.keys(tracks?.text ?? {})).toEqual(expect.arrayContaining(['en', 'ar', 'fa']));
    expect(PAGES.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['accessibility-statement', 'privacy-notice', 'cover-your-tracks']),
    );
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(10);
  });

  it('uses images that exist, and only https, mailto or tel links in bodies', () => {
    for (const a of ARTICLES) expect(IMAGES).toHaveProperty(a.cover);
    const bodies = [
      ...ARTICLES.flatMap((a) => Object.values(a.text).map((t) => t.body)),
      ...PAGES.flatMap((p) => Object.values(p.text).map((t) => t.body)),
      ...PARTNER_PROJECTS.flatMap((p) => Object.values(p.text).map((t) => t.body)),
      ...RESOURCES.flatMap((r) =>
        Object.values(r.text).flatMap((t) => (t.description ? [t.description] : [])),
      ),
    ];
    const links = bodies.flatMap((body) => blockLinks(markdownToBlocks(body)));
    expect(links.length).toBeGreaterThan(5);
    for (const url of links) expect(url).toMatch(/^(https:\/\/|mailto:|tel:)/);
  });

  it('keeps the tribute consent record filled in', () => {
    for (const t of TRIBUTES) {
      expect(t.consent.given).toBe(true);
      expect(t.consent.givenBy).toBeTruthy();
      expect(t.consent.notes).toBeTruthy();
    }
  });
});
