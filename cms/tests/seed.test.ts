/**
 * The demo content seed against a real CMS (one boot): what it creates, that the files are
 * real PDFs, that the site can read it all with the build token, and that running it again
 * changes nothing, keeps an editor's edits and does not bring back what an editor deleted.
 *
 * The tests run in order and build on each other (seed, read, re-run, edit, re-run).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { SITE_CONTENT_TYPES } from '../src/content/site-content-types';
import { seedDemoContent, type SeedReport } from '../src/seed';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

type Doc = Record<string, unknown> & { documentId: string; locale: string; publishedAt: string | null };
type Documents = {
  findMany: (params: Record<string, unknown>) => Promise<Doc[]>;
  findFirst: (params: Record<string, unknown>) => Promise<Doc | null>;
  create: (params: Record<string, unknown>) => Promise<Doc>;
  update: (params: Record<string, unknown>) => Promise<Doc | null>;
  delete: (params: Record<string, unknown>) => Promise<unknown>;
  count: (params: Record<string, unknown>) => Promise<number>;
};
type FileRow = { id: number; url: string; mime: string; name: string };
type ResourceFile = { language: string; label: string | null; file: FileRow | null };

const ARTICLE = 'api::article.article';
const RESOURCE = 'api::resource.resource';
const GLOSSARY = 'api::glossary-term.glossary-term';

// The project-level testTimeout is not applied to hooks here: booting and seeding take longer than 5 s.
jest.setTimeout(120_000);

describe('demo content seed', () => {
  let cms: TestCms;
  let first: SeedReport;
  let failArticles = false;
  const docs = (uid: string) => cms.strapi.documents(uid as never) as unknown as Documents;
  const published = (uid: string, locale = 'en', extra: Record<string, unknown> = {}) =>
    docs(uid).findMany({ locale, status: 'published', limit: 100, ...extra });

  const graphql = async (query: string): Promise<Record<string, unknown>> => {
    const res = await cms
      .request()
      .post('/graphql')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
      .send({ query });
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
    return res.body.data as Record<string, unknown>;
  };

  /** The bytes of an upload, fetched from its public URL like the site build does. */
  const download = async (url: string): Promise<Buffer> => {
    const res = await cms
      .request()
      .get(url)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return res.body as Buffer;
  };

  /** Every row of every site content type and every upload: what a re-run must not change. */
  const snapshot = async () => {
    const rows: Record<string, unknown> = {};
    for (const uid of SITE_CONTENT_TYPES) {
      rows[uid] = await cms.strapi.db.query(uid as never).findMany({
        select: ['id', 'documentId', 'locale', 'publishedAt', 'updatedAt'],
        orderBy: { id: 'asc' },
      });
    }
    rows.files = await cms.strapi.db
      .query('plugin::upload.file')
      .findMany({ select: ['id', 'hash', 'updatedAt'], orderBy: { id: 'asc' } });
    rows.ledger = await cms.strapi.store({ type: 'core', name: 'demo-seed' }).get({ key: 'ledger' });
    return rows;
  };

  beforeAll(async () => {
    cms = await startTestCms();
    // An editor wrote their own "legal-aid" term before the seed ever ran.
    await docs(GLOSSARY).create({
      locale: 'en',
      status: 'published',
      data: { term: 'Legal aid', slug: 'legal-aid', definition: 'The editor’s own definition.' },
    });
    // Lets a test make the seed fail part-way, as a real error would.
    cms.strapi.documents.use(async (context, next) => {
      if (failArticles && context.uid === ARTICLE && context.action === 'create')
        throw new Error('simulated failure');
      return next();
    });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('leaves nothing behind when a run fails part-way: no entries, no files, no ledger', async () => {
    failArticles = true;
    await expect(seedDemoContent(cms.strapi)).rejects.toThrow('simulated failure');
    failArticles = false;
    // Topics, audiences and resources (with their PDFs) came before the failing articles.
    expect(await cms.strapi.db.query('api::topic.topic').count()).toBe(0);
    expect(await cms.strapi.db.query(RESOURCE).count()).toBe(0);
    expect(await cms.strapi.db.query(GLOSSARY).count()).toBe(2); // the editor's term: draft and published
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(0);
    expect(readdirSync(path.join(cms.strapi.dirs.static.public, 'uploads'))).toEqual([]);
    expect(await cms.strapi.store({ type: 'core', name: 'demo-seed' }).get({ key: 'ledger' })).toBeNull();
  });

  // How long it takes is the seed's own log line (and npm start's), not an assertion: timed tests
  // fail on a loaded machine and prove nothing about speed.
  it('creates the demo content in one run', async () => {
    first = await seedDemoContent(cms.strapi);
    expect(first.created.length).toBeGreaterThan(100);
    expect(first.uploads).toBeGreaterThanOrEqual(20);
    expect(first.alreadySeeded).toBe(0);
  });

  it('leaves alone an entry an editor made with a seed slug, and adds no translation to it', async () => {
    expect(first.leftAlone).toContain('glossary-term:en:legal-aid');
    expect(first.skipped).toContain('glossary-term:ar:legal-aid');
    const terms = await docs(GLOSSARY).findMany({ locale: 'en', filters: { slug: 'legal-aid' } });
    expect(terms).toHaveLength(1);
    expect(terms[0]?.definition).toBe('The editor’s own definition.');
    expect(await docs(GLOSSARY).count({ locale: 'en', status: 'published' })).toBeGreaterThanOrEqual(10);
  });

  it('publishes at least 6 articles over all 5 categories, with covers, topics and translations', async () => {
    const articles = await published(ARTICLE, 'en', {
      populate: { cover: { populate: ['image'] }, topics: true, seo: true },
    });
    expect(articles.length).toBeGreaterThanOrEqual(6);
    expect(new Set(articles.map((a) => a.category))).toEqual(
      new Set(['news', 'policy', 'litigation', 'training_event', 'statement']),
    );
    for (const article of articles) {
      const cover = article.cover as { alt: string; image: FileRow | null } | null;
      expect(cover?.alt.length).toBeGreaterThan(3);
      expect(cover?.image?.mime).toBe('image/jpeg');
      expect(Array.isArray(article.body) && article.body.length).toBeTruthy();
    }
    expect(articles.filter((a) => (a.topics as unknown[]).length > 0).length).toBeGreaterThanOrEqual(6);
    expect(articles.some((a) => a.seo)).toBe(true);
    const dates = articles.map((a) => Date.parse(String(a.displayDate)));
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(270 * 24 * 3600 * 1000);
    expect((await published(ARTICLE, 'ar')).length).toBeGreaterThanOrEqual(2);
    expect((await published(ARTICLE, 'fa')).length).toBeGreaterThanOrEqual(1);
  });

  it('leaves one article as a draft that was never published', async () => {
    const draft = await docs(ARTICLE).findFirst({
      locale: 'en',
      status: 'draft',
      filters: { slug: 'annual-review-draft' },
    });
    expect(draft).not.toBeNull();
    const publishedVersion = await docs(ARTICLE).findFirst({
      locale: 'en',
      status: 'published',
      filters: { slug: 'annual-review-draft' },
    });
    expect(publishedVersion).toBeNull();
  });

  it('seeds resources with real PDFs, one guide in English, Arabic and Farsi', async () => {
    const resources = await published(RESOURCE, 'en', {
      populate: { files: { populate: ['file'] }, audiences: true, topics: true, supersededBy: true },
    });
    expect(resources.length).toBeGreaterThanOrEqual(8);
    expect(new Set(resources.map((r) => r.type)).size).toBe(7);
    expect(resources.filter((r) => r.featured).length).toBeGreaterThanOrEqual(2);
    expect(resources.filter((r) => (r.files as unknown[]).length === 0 && r.externalUrl)).toHaveLength(1);
    const superseded = resources.find((r) => r.supersededBy);
    expect((superseded?.supersededBy as Doc | undefined)?.slug).toBe('age-disputes-fact-sheet');
    for (const r of resources) expect(r.lastReviewed && r.nextReview).toBeTruthy();

    const guide = resources.find((r) => r.slug === 'whos-who-the-professionals-you-will-meet');
    const files = (guide?.files ?? []) as ResourceFile[];
    expect(files.map((f) => f.language)).toEqual(['en', 'ar', 'fa']);
    for (const { language, file } of files) {
      expect(file?.mime).toBe('application/pdf');
      const bytes = await download(file!.url);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes);
      expect(pdf.getPageCount()).toBe(1);
      const edition = { en: 'English', ar: 'Arabic', fa: 'Farsi' }[language as 'en' | 'ar' | 'fa'];
      expect(pdf.getTitle()).toBe(`Who’s who: the professionals you will meet (${edition} edition)`);
    }

    // The Arabic translation shares the (non-localized) files.
    const arabic = await docs(RESOURCE).findFirst({
      locale: 'ar',
      status: 'published',
      filters: { slug: 'whos-who-the-professionals-you-will-meet' },
      populate: { files: { populate: ['file'] } },
    });
    expect((arabic?.files as ResourceFile[]).map((f) => f.file?.id)).toEqual(files.map((f) => f.file?.id));
    expect((await published(RESOURCE, 'ar')).length).toBeGreaterThanOrEqual(2);
  });

  it('seeds both partner projects, the tribute with its private consent record, and the pages', async () => {
    const projects = await published('api::partner-project.partner-project', 'en', {
      populate: ['partners', 'cover', 'relatedArticles', 'relatedResources'],
    });
    expect(projects.map((p) => p.slug).sort()).toEqual(['breaking-the-chains', 'kids-in-need-of-defense-uk']);
    for (const p of projects) {
      expect(p.projectStatus).toBe('active');
      expect(p.startDate).toBeTruthy();
      expect((p.partners as Array<{ url: string }>).every((o) => o.url.startsWith('https://'))).toBe(true);
      expect((p.relatedArticles as unknown[]).length).toBeGreaterThan(0);
      expect((p.relatedResources as unknown[]).length).toBeGreaterThan(0);
      expect(p.cover).toBeTruthy();
    }

    const [tribute] = await published('api::tribute.tribute', 'en', {
      populate: { portrait: { populate: ['image'] } },
    });
    expect(tribute?.name).toBe('Luljeta Nuzi');
    expect(tribute?.consentGiven).toBe(true);
    expect(tribute?.consentGivenBy).toBeTruthy();
    expect(tribute?.consentRecordedOn).toBeTruthy();
    expect(tribute?.consentNotes).toBeTruthy();
    expect((tribute?.portrait as { alt: string; image: FileRow }).image.mime).toBe('image/jpeg');

    const tracks = await docs('api::page.page').findMany({
      locale: '*',
      status: 'published',
      filters: { slug: 'cover-your-tracks' },
    });
    expect(tracks.map((p) => p.locale).sort()).toEqual(['ar', 'en', 'fa']);
    const pages = await published('api::page.page');
    expect(pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['accessibility-statement', 'privacy-notice', 'cover-your-tracks']),
    );
  });

  it('reads through GraphQL with the build token, in every seeded language', async () => {
    const data = await graphql(`
      {
        articles(pagination: { pageSize: 100 }) {
          slug
          category
        }
        arabic: articles(locale: "ar") {
          title
        }
        resources(filters: { slug: { eq: "turning-18-leaving-care-and-your-status" } }) {
          title
          files {
            language
            label
            file {
              url
              mime
            }
          }
        }
        topics(locale: "ar") {
          name
        }
        audiences(locale: "ar") {
          name
        }
        about(locale: "sq") {
          title
          mission
          vision
          method
        }
        aboutAr: about(locale: "ar") {
          title
        }
        siteSetting(locale: "ar") {
          organisationName
          charityNumber
          adviceLinePhone
          quickExitUrl
          emergencyNumbers {
            number
          }
        }
        homePage(locale: "ar") {
          heroTitle
          heroText
        }
        partnerProjects {
          name
          partners {
            name
            url
          }
        }
        tributes {
          name
          roleLine
          portrait {
            alt
            image {
              url
            }
          }
        }
        glossaryTerms(pagination: { pageSize: 100 }) {
          term
        }
        pages(locale: "fa") {
          slug
          title
        }
      }
    `);
    const articles = data.articles as Array<{ slug: string }>;
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.map((a) => a.slug)).not.toContain('annual-review-draft');
    expect((data.arabic as unknown[]).length).toBeGreaterThanOrEqual(2);
    const [resource] = data.resources as Array<{
      files: Array<{ language: string; file: { mime: string } }>;
    }>;
    expect(resource?.files.map((f) => f.language)).toEqual(['en', 'ar', 'fa']);
    expect(resource?.files.every((f) => f.file.mime === 'application/pdf')).toBe(true);
    expect((data.topics as unknown[]).length).toBe(8);
    expect((data.audiences as unknown[]).length).toBe(5);
    expect((data.about as { title: string }).title).toBe('Rreth nesh');
    expect((data.aboutAr as { title: string }).title).toBe('من نحن');
    const settings = data.siteSetting as {
      charityNumber: string;
      quickExitUrl: string;
      emergencyNumbers: unknown[];
    };
    // Not localized: set on the English version, copied to Arabic by Strapi.
    expect(settings.charityNumber).toBeTruthy();
    expect(settings.quickExitUrl).toBe('https://www.bbc.co.uk/weather');
    expect(settings.emergencyNumbers).toEqual([
      { number: '999' },
      { number: '111' },
      { number: '0800 1111' },
    ]);
    expect((data.homePage as { heroTitle: string }).heroTitle).toBeTruthy();
    expect((data.partnerProjects as unknown[]).length).toBe(2);
    expect((data.tributes as Array<{ portrait: { alt: string } }>)[0]?.portrait.alt).toBeTruthy();
    expect((data.glossaryTerms as unknown[]).length).toBeGreaterThanOrEqual(10);
    expect((data.pages as Array<{ slug: string }>).map((p) => p.slug)).toEqual(['cover-your-tracks']);
  });

  it('keeps the consent record out of the API', async () => {
    const res = await cms
      .request()
      .post('/graphql')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
      .send({ query: '{ tributes { name consentGiven consentNotes } }' });
    expect(JSON.stringify(res.body)).not.toContain('Demo record');
    expect(res.body.errors?.[0]?.message).toMatch(/Cannot query field "consentGiven"/);
  });

  it('seeds the directory: at least 25 services in the four nations, with organisations, some translated', async () => {
    const read = async (query: string) => {
      const res = await cms
        .request()
        .post('/graphql')
        .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
        .send({ query });
      expect(res.body.errors).toBeUndefined();
      return res.body.data as Record<string, Array<Record<string, unknown>>>;
    };
    const { services = [] } = await read(
      '{ services(pagination: { limit: 100 }) { slug organization { name } serviceAreas { nation } languages { code } } }',
    );
    expect(services.length).toBeGreaterThanOrEqual(25);
    expect(services.every((service) => service.organization !== null)).toBe(true);
    const nations = new Set(
      services.flatMap((service) => (service.serviceAreas as Array<{ nation: string }>).map((a) => a.nation)),
    );
    expect([...nations].sort()).toEqual(['england', 'northern_ireland', 'scotland', 'wales']);
    const arabic = await read(
      '{ services(locale: "ar", pagination: { limit: 100 }) { name organization { name } } }',
    );
    expect(arabic.services?.length).toBeGreaterThanOrEqual(3);
    // The organisation exists in each language a service is in, so the link holds there too.
    expect(arabic.services?.every((service) => service.organization !== null)).toBe(true);
  });

  it('changes nothing when run again: same rows, same updatedAt, no uploads', async () => {
    const before = await snapshot();
    const again = await seedDemoContent(cms.strapi);
    expect(again.created).toEqual([]);
    expect(again.uploads).toBe(0);
    expect(again.alreadySeeded).toBe(first.created.length);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps an editor’s edit and does not bring back what an editor deleted', async () => {
    const [article] = await docs(ARTICLE).findMany({
      locale: 'en',
      status: 'draft',
      filters: { slug: 'remembering-luljeta-nuzi' },
    });
    await docs(ARTICLE).update({
      documentId: article!.documentId,
      locale: 'en',
      status: 'published',
      data: { title: 'In memory of Luljeta Nuzi' },
    });
    const [asylum] = await docs(GLOSSARY).findMany({ locale: 'en', filters: { slug: 'asylum' } });
    await docs(GLOSSARY).delete({ documentId: asylum!.documentId, locale: '*' });
    const [oldSheet] = await docs(RESOURCE).findMany({
      locale: 'en',
      filters: { slug: 'age-disputes-fact-sheet-2023' },
    });
    await docs(RESOURCE).delete({ documentId: oldSheet!.documentId, locale: '*' });

    const before = await snapshot();
    const again = await seedDemoContent(cms.strapi);
    expect(again.created).toEqual([]);
    expect(await snapshot()).toEqual(before);

    const edited = await docs(ARTICLE).findFirst({
      locale: 'en',
      status: 'published',
      filters: { slug: 'remembering-luljeta-nuzi' },
    });
    expect(edited?.title).toBe('In memory of Luljeta Nuzi');
    expect(await docs(GLOSSARY).count({ locale: 'en', filters: { slug: 'asylum' } })).toBe(0);
    expect(await docs(GLOSSARY).count({ locale: 'ar', filters: { slug: 'asylum' } })).toBe(0);
    expect(
      await docs(RESOURCE).count({ locale: 'en', filters: { slug: 'age-disputes-fact-sheet-2023' } }),
    ).toBe(0);
  });
});
