/**
 * What an editor sees when the CMS refuses a publish, through the same content-manager API
 * the admin panel calls, and proof that nothing already saved is lost when it does.
 */
import {
  duplicateSlugMessage,
  HIDDEN_CHARACTERS_MESSAGE,
  httpsOnlyMessage,
  reservedPageSlugMessage,
  RESOURCE_NEEDS_FILE_OR_LINK,
  richTextLinkMessage,
  SLUG_RULE_MESSAGE,
  tooLongMessage,
} from '../src/validation/messages';
import { COLLECTION_TYPES } from '../src/content/site-content-types';
import { superAdminClient, type AdminClient } from './helpers/admin';
import { minimalContent, richText } from './helpers/content';
import { startTestCms, type TestCms } from './helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const CM = '/content-manager/collection-types';
const RESOURCE = 'api::resource.resource';
const ARTICLE = 'api::article.article';
const PROJECT = 'api::partner-project.partner-project';
const PARTNER_URL_MESSAGE = 'Partner website addresses must start with https://';

type FieldError = { path: string[]; message: string };
type Entry = Record<string, unknown> & { documentId: string; publishedAt: string | null };

describe('editor-friendly validation', () => {
  let cms: TestCms;
  let editor: AdminClient;

  /** The entry as the admin's edit view loads it (draft by default). */
  const load = async (uid: string, documentId: string, query = ''): Promise<Entry | undefined> => {
    const res = await editor.get(`${CM}/${uid}/${documentId}${query}`);
    return res.status === 200 ? (res.body.data as Entry) : undefined;
  };
  const createDraft = async (uid: string, data: Record<string, unknown>, locale = 'en'): Promise<Entry> => {
    const res = await editor.post(`${CM}/${uid}?locale=${locale}`, data);
    expect(res.status).toBe(201);
    return res.body.data as Entry;
  };
  const publish = (uid: string, documentId: string, data: Record<string, unknown> = {}, locale = 'en') =>
    editor.post(`${CM}/${uid}/${documentId}/actions/publish?locale=${locale}`, data);
  const publishedCount = (uid: string, documentId: string) =>
    cms.strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } });
  const comparable = (entry: Entry | undefined) => {
    if (!entry) return entry;
    const { updatedAt: _updatedAt, ...rest } = entry;
    return rest;
  };
  const expectRefusal = (
    res: { status: number; body: { error?: { message?: string; details?: unknown } } },
    message: string,
    path: string[],
  ) => {
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toBe(message);
    const errors = (res.body.error?.details as { errors?: FieldError[] } | undefined)?.errors ?? [];
    // The admin shows these beside the field the path names.
    expect(errors).toContainEqual(expect.objectContaining({ path, message }));
  };

  beforeAll(async () => {
    cms = await startTestCms();
    editor = await superAdminClient(cms, 'editor@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('a resource needs a file or an external link', () => {
    const withoutLink = () => {
      const { externalUrl: _externalUrl, ...data } = minimalContent[RESOURCE]('no-link');
      return data;
    };

    it('can be saved as a draft without either, but not published', async () => {
      const draft = await createDraft(RESOURCE, withoutLink());
      const saved = await load(RESOURCE, draft.documentId);
      const res = await publish(RESOURCE, draft.documentId);
      expectRefusal(res, RESOURCE_NEEDS_FILE_OR_LINK, ['files']);
      expect(comparable(await load(RESOURCE, draft.documentId))).toEqual(comparable(saved));
      expect(await publishedCount(RESOURCE, draft.documentId)).toBe(0);
    });

    it('cannot be created and published in one step without either', async () => {
      const before = await cms.strapi.db.query(RESOURCE).count();
      const res = await editor.post(`${CM}/${RESOURCE}/actions/publish?locale=en`, {
        ...withoutLink(),
        slug: 'resource-one-step',
      });
      expectRefusal(res, RESOURCE_NEEDS_FILE_OR_LINK, ['files']);
      expect(await cms.strapi.db.query(RESOURCE).count()).toBe(before);
    });

    it('is published once it has an external link', async () => {
      const draft = await createDraft(RESOURCE, { ...withoutLink(), slug: 'resource-later-link' });
      const res = await publish(RESOURCE, draft.documentId, {
        externalUrl: 'https://www.gov.uk/claim-asylum',
      });
      expect(res.status).toBe(200);
      expect(res.body.data.publishedAt).toBeTruthy();
    });

    it('is published once it has a file', async () => {
      const upload = await editor.upload({
        content: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
        filename: 'guide-en.pdf',
        contentType: 'application/pdf',
      });
      expect(upload.status).toBe(201);
      const draft = await createDraft(RESOURCE, { ...withoutLink(), slug: 'resource-with-file' });
      const res = await publish(RESOURCE, draft.documentId, {
        files: [{ language: 'en', file: upload.body[0].id, label: 'English' }],
      });
      expect(res.status).toBe(200);
      expect(res.body.data.publishedAt).toBeTruthy();
    });

    it('cannot lose its link when published again, and the live version stays as it was', async () => {
      const res = await editor.post(`${CM}/${RESOURCE}/actions/publish?locale=en`, {
        ...minimalContent[RESOURCE]('live'),
      });
      expect(res.status).toBe(200);
      const { documentId } = res.body.data as Entry;
      const liveBefore = await load(RESOURCE, documentId, '?status=published');
      const draftBefore = await load(RESOURCE, documentId);

      const refused = await publish(RESOURCE, documentId, { externalUrl: '' });
      expectRefusal(refused, RESOURCE_NEEDS_FILE_OR_LINK, ['files']);
      expect(comparable(await load(RESOURCE, documentId, '?status=published'))).toEqual(
        comparable(liveBefore),
      );
      expect(comparable(await load(RESOURCE, documentId))).toEqual(comparable(draftBefore));
    });
  });

  describe('a duplicate slug', () => {
    it('is explained in words, beside the slug field, and the draft is kept', async () => {
      const first = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=en`, {
        ...minimalContent[ARTICLE]('first'),
        slug: 'court-ruling',
      });
      expect(first.status).toBe(200);

      const second = await createDraft(ARTICLE, {
        ...minimalContent[ARTICLE]('second'),
        slug: 'court-ruling',
      });
      const saved = await load(ARTICLE, second.documentId);
      const res = await publish(ARTICLE, second.documentId);
      expectRefusal(res, duplicateSlugMessage('news article', 'court-ruling'), ['slug']);
      expect(res.body.error.message).toBe(
        "Another news article already uses the web address 'court-ruling'. Change the slug.",
      );
      expect(comparable(await load(ARTICLE, second.documentId))).toEqual(comparable(saved));
    });

    it('is allowed in another language', async () => {
      const res = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=sq`, {
        ...minimalContent[ARTICLE]('albanian'),
        slug: 'court-ruling',
      });
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ slug: 'court-ruling', locale: 'sq' });
    });
  });

  describe('a partner website address', () => {
    const projectWith = (url: string) => ({
      ...minimalContent[PROJECT]('partnered'),
      partners: [{ name: 'Partner organisation', url }],
    });

    it('must start with https:// to be saved or published', async () => {
      const saved = await editor.post(`${CM}/${PROJECT}?locale=en`, {
        ...projectWith('http://partner.example.org'),
        slug: 'project-http',
      });
      expectRefusal(saved, PARTNER_URL_MESSAGE, ['partners', '0', 'url']);
      const draft = await createDraft(PROJECT, {
        ...projectWith('https://partner.example.org'),
        slug: 'project-http',
      });
      const partners = [{ name: 'Partner organisation', url: 'http://partner.example.org' }];
      const res = await publish(PROJECT, draft.documentId, { partners });
      expectRefusal(res, PARTNER_URL_MESSAGE, ['partners', '0', 'url']);
      expect(httpsOnlyMessage('partners.organisation.url')).toBe(PARTNER_URL_MESSAGE);
    });

    it('refused in an edit leaves the live project and its saved draft unchanged', async () => {
      const created = await editor.post(`${CM}/${PROJECT}/actions/publish?locale=en`, {
        ...projectWith('https://partner.example.org'),
        slug: 'project-live',
      });
      expect(created.status).toBe(200);
      const { documentId } = created.body.data as Entry;
      const liveBefore = await load(PROJECT, documentId, '?status=published');
      const draftBefore = await load(PROJECT, documentId);
      const partners = (draftBefore?.partners as Array<Record<string, unknown>>).map((partner) => ({
        ...partner,
        url: 'http://partner.example.org',
      }));

      const res = await publish(PROJECT, documentId, { name: 'Renamed project', partners });
      expectRefusal(res, PARTNER_URL_MESSAGE, ['partners', '0', 'url']);
      expect(comparable(await load(PROJECT, documentId, '?status=published'))).toEqual(
        comparable(liveBefore),
      );
      expect(comparable(await load(PROJECT, documentId))).toEqual(comparable(draftBefore));
      expect(liveBefore?.partners).toEqual([expect.objectContaining({ url: 'https://partner.example.org' })]);
    });
  });

  describe('hostile URL names (slugs)', () => {
    const HOSTILE_SLUGS = [
      '..',
      '.',
      'Right To Stay',
      'right--to-stay',
      '-right',
      'right.to',
      '%2e%2e',
      'حق',
    ];

    it.each(HOSTILE_SLUGS)(
      'refuses %j for a news article, beside the slug field, and creates nothing',
      async (slug) => {
        const before = await cms.strapi.db.query(ARTICLE).count();
        const res = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=en`, {
          ...minimalContent[ARTICLE]('hostile-slug'),
          slug,
        });
        expectRefusal(res, SLUG_RULE_MESSAGE, ['slug']);
        expect(await cms.strapi.db.query(ARTICLE).count()).toBe(before);
      },
    );

    it('refuses ".." for every content type that has a slug, as a draft too', async () => {
      for (const uid of COLLECTION_TYPES) {
        const published = await editor.post(`${CM}/${uid}/actions/publish?locale=en`, {
          ...minimalContent[uid]('dots'),
          slug: '..',
        });
        expectRefusal(published, SLUG_RULE_MESSAGE, ['slug']);
        const draft = await editor.post(`${CM}/${uid}?locale=en`, {
          ...minimalContent[uid]('dots'),
          slug: '..',
        });
        expectRefusal(draft, SLUG_RULE_MESSAGE, ['slug']);
      }
    });

    it('refuses to publish a draft that got a bad slug past the editor (a restore, the database)', async () => {
      const draft = await createDraft(ARTICLE, minimalContent[ARTICLE]('restored'));
      await cms.strapi.db
        .query(ARTICLE)
        .updateMany({ where: { documentId: draft.documentId }, data: { slug: '..' } });
      const res = await publish(ARTICLE, draft.documentId);
      expectRefusal(res, SLUG_RULE_MESSAGE, ['slug']);
      expect(await publishedCount(ARTICLE, draft.documentId)).toBe(0);
    });

    it('keeps a page off the addresses the site uses itself', async () => {
      const res = await editor.post(`${CM}/api::page.page/actions/publish?locale=en`, {
        ...minimalContent['api::page.page']('news'),
        slug: 'news',
      });
      expectRefusal(res, reservedPageSlugMessage('news'), ['slug']);
    });
  });

  describe('hostile web addresses', () => {
    const SETTINGS = 'api::site-setting.site-setting';
    const HOSTILE_URLS = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example',
      '/\\evil.example',
      'https://user:pass@evil.example/',
    ];

    it.each(HOSTILE_URLS)('refuses %j as a partner website, beside the field', async (url) => {
      const res = await editor.post(`${CM}/${PROJECT}/actions/publish?locale=en`, {
        ...minimalContent[PROJECT]('hostile-url'),
        partners: [{ name: 'Partner', url }],
      });
      expect(res.status).toBe(400);
      const errors = (res.body.error?.details as { errors?: FieldError[] }).errors ?? [];
      expect(errors).toContainEqual(
        expect.objectContaining({
          path: ['partners', '0', 'url'],
          message: expect.stringMatching(
            /^Partner website addresses (must start with https:\/\/|cannot contain)/,
          ),
        }),
      );
    });

    it.each(HOSTILE_URLS)(
      'refuses %j as a link in rich text, which Strapi alone lets through',
      async (url) => {
        const body = [
          {
            type: 'paragraph',
            children: [{ type: 'link', url, children: [{ type: 'text', text: 'Read this' }] }],
          },
        ];
        const res = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=en`, {
          ...minimalContent[ARTICLE]('hostile-link'),
          body,
        });
        // Strapi's own link check (which lets `//evil.example` through) never gets to speak.
        expectRefusal(res, richTextLinkMessage(url), ['body']);
      },
    );

    it('refuses http:// and credentials in the site settings’ links, naming each', async () => {
      const res = await editor.put(
        `${CM.replace('collection-types', 'single-types')}/${SETTINGS}?locale=en`,
        {
          ...minimalContent[SETTINGS]('hostile'),
          donateUrl: 'http://donate.example.org',
          socialLinks: [{ platform: 'x', url: 'https://a:b@x.com/charity' }],
        },
      );
      expect(res.status).toBe(400);
      const errors = (res.body.error?.details as { errors?: FieldError[] }).errors ?? [];
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: ['donateUrl'],
            message: 'The donate link must start with https://',
          }),
          expect.objectContaining({
            path: ['socialLinks', '0', 'url'],
            message: 'Social media links cannot contain a user name or password.',
          }),
        ]),
      );
    });
  });

  describe('hostile text', () => {
    it('refuses a control character (which PostgreSQL cannot even store) with words, not a server error', async () => {
      for (const title of ['NUL \u0000 here', 'escape \u001b[31m red']) {
        const res = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
          ...minimalContent[ARTICLE]('nul'),
          title,
        });
        expectRefusal(res, HIDDEN_CHARACTERS_MESSAGE, ['title']);
      }
      const body = richText('text with \u0000 inside');
      const res = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
        ...minimalContent[ARTICLE]('nul-body'),
        body,
      });
      expectRefusal(res, HIDDEN_CHARACTERS_MESSAGE, ['body']);
    });

    it('refuses a 100 KB title or SEO title by its length, in plain words', async () => {
      const huge = 'A'.repeat(100_000);
      const title = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
        ...minimalContent[ARTICLE]('huge'),
        title: huge,
      });
      expectRefusal(title, tooLongMessage(160, 100_000), ['title']);
      const seo = await editor.post(`${CM}/${ARTICLE}?locale=en`, {
        ...minimalContent[ARTICLE]('huge-seo'),
        seo: { metaTitle: huge },
      });
      expectRefusal(seo, tooLongMessage(70, 100_000), ['seo', 'metaTitle']);
    });

    it('stores HTML, bidi overrides and emoji exactly as written (the site escapes and isolates them)', async () => {
      const title = '<script>alert(1)</script> "><svg onload=alert(1)> \u202egnp.exe 👩🏽‍⚖️';
      const res = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=en`, {
        ...minimalContent[ARTICLE]('kept-as-written'),
        title,
        seo: { metaTitle: '</title><img src=x onerror=alert(1)>' },
      });
      expect(res.status).toBe(200);
      const saved = await load(ARTICLE, (res.body.data as Entry).documentId, '?status=published');
      expect(saved?.title).toBe(title);
    });
  });

  it('leaves other validation messages as Strapi words them', async () => {
    const res = await editor.post(`${CM}/${ARTICLE}/actions/publish?locale=en`, { title: 'No slug or body' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).not.toMatch(/web address|https|file or an external link/);
  });
});
