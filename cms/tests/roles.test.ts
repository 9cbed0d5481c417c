/**
 * The editorial roles, proved through the admin API an editor's browser calls: each can do its
 * job (create, edit, publish, delete, upload) and is refused everything else.
 */
import { removeStrapiDefaultRoles } from '../src/bootstrap/default-roles';
import { EDITORIAL_ROLES, ensureEditorialRoles, type EditorialRole } from '../src/bootstrap/editorial-roles';
import { SITE_LOCALES, type SiteContentType } from '../src/content/site-content-types';
import {
  adminClient,
  createAdminUser,
  loginAdmin,
  superAdminClient,
  type AdminClient,
} from './helpers/admin';
import { createPublished, minimalContent } from './helpers/content';
import { pdfFile, pngFile } from './helpers/files';
import { startTestCms, type TestCms } from './helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const CM = '/content-manager/collection-types';
const COMMUNICATIONS = 'charity-communications';
const RESOURCE_EDITOR = 'charity-resource-editor';

type PermissionRow = {
  id: number;
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
};

/** Admin endpoints neither editorial role may use: users, roles, settings, tokens, webhooks. */
const ADMINISTRATION: ReadonlyArray<[method: 'get' | 'post', path: string]> = [
  ['get', '/admin/users'],
  ['post', '/admin/users'],
  ['get', '/admin/roles'],
  ['post', '/admin/roles'],
  ['get', '/admin/api-tokens'],
  ['post', '/admin/api-tokens'],
  ['get', '/admin/transfer/tokens'],
  ['get', '/admin/webhooks'],
  ['post', '/admin/webhooks'],
  ['get', '/users-permissions/roles'],
  ['get', '/upload/settings'],
  ['get', '/email/settings'],
  ['post', '/i18n/locales'],
];

describe('editorial roles', () => {
  let cms: TestCms;
  let communications: AdminClient;
  let resourceEditor: AdminClient;
  let resourceId: string;
  let articleId: string;

  const roleRows = () =>
    cms.strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $in: [COMMUNICATIONS, RESOURCE_EDITOR] } } });
  const permissionsOf = async (code: string): Promise<PermissionRow[]> =>
    (await cms.strapi.db
      .query('admin::permission')
      .findMany({ where: { role: { code } } })) as PermissionRow[];

  /** Creates, publishes and deletes a document through the content manager as `client`. */
  const manage = async (client: AdminClient, uid: SiteContentType, key: string) => {
    const created = await client.post(`${CM}/${uid}?locale=en`, minimalContent[uid](key));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data as { documentId: string };
    const edited = await client.put(`${CM}/${uid}/${documentId}?locale=en`, {
      ...minimalContent[uid](`${key}-edited`),
    });
    expect(edited.status).toBe(200);
    const published = await client.post(`${CM}/${uid}/${documentId}/actions/publish?locale=en`, {});
    expect(published.status).toBe(200);
    expect(published.body.data.publishedAt).toBeTruthy();
    const deleted = await client.del(`${CM}/${uid}/${documentId}?locale=en`);
    expect(deleted.status).toBe(200);
  };

  /** Reads work; every write is refused and changes nothing. */
  const expectReadOnly = async (client: AdminClient, uid: SiteContentType, documentId: string) => {
    expect((await client.get(`${CM}/${uid}?locale=en`)).status).toBe(200);
    expect((await client.get(`${CM}/${uid}/${documentId}?locale=en`)).status).toBe(200);
    const before = await cms.strapi.db.query(uid).count();
    const attempts = [
      client.post(`${CM}/${uid}?locale=en`, minimalContent[uid]('not-allowed')),
      client.put(`${CM}/${uid}/${documentId}?locale=en`, { ...minimalContent[uid]('changed') }),
      client.post(`${CM}/${uid}/${documentId}/actions/publish?locale=en`, {}),
      client.post(`${CM}/${uid}/${documentId}/actions/unpublish?locale=en`, {}),
      client.del(`${CM}/${uid}/${documentId}?locale=en`),
    ];
    for (const attempt of attempts) expect((await attempt).status).toBe(403);
    expect(await cms.strapi.db.query(uid).count()).toBe(before);
  };

  const expectNoAdministration = async (client: AdminClient) => {
    for (const [method, path] of ADMINISTRATION) {
      const res = await (method === 'get' ? client.get(path) : client.post(path, {}));
      expect([path, res.status]).toEqual([path, 403]);
    }
  };

  beforeAll(async () => {
    cms = await startTestCms();
    const { strapi } = cms;
    resourceId = await createPublished(
      strapi,
      'api::resource.resource',
      minimalContent['api::resource.resource']('existing'),
    );
    articleId = await createPublished(
      strapi,
      'api::article.article',
      minimalContent['api::article.article']('existing'),
    );
    await createAdminUser(strapi, { email: 'comms@example.org', roleCodes: [COMMUNICATIONS] });
    await createAdminUser(strapi, { email: 'resources@example.org', roleCodes: [RESOURCE_EDITOR] });
    communications = adminClient(cms, await loginAdmin(cms, 'comms@example.org'));
    resourceEditor = adminClient(cms, await loginAdmin(cms, 'resources@example.org'));
  });
  afterAll(async () => {
    await cms?.stop();
  });

  it('control: a super admin reaches the administration endpoints the editors are refused', async () => {
    const superAdmin = await superAdminClient(cms);
    for (const [, path] of ADMINISTRATION.filter(([method]) => method === 'get')) {
      const res = await superAdmin.get(path);
      expect([path, res.status]).toEqual([path, 200]);
    }
  });

  describe('only ours and Super Admin', () => {
    const allRoles = async () =>
      ((await cms.strapi.db.query('admin::role').findMany({})) as Array<{ name: string; code: string }>)
        .map(({ name, code }) => `${name} (${code})`)
        .sort();

    it('a fresh instance has no Strapi default Editor or Author', async () => {
      expect(await allRoles()).toEqual([
        'Communications (charity-communications)',
        'Resource editor (charity-resource-editor)',
        'Super Admin (strapi-super-admin)',
      ]);
    });

    it('keeps a default role someone still has, naming it, and removes it once nobody has it', async () => {
      const author = (await cms.strapi.db.query('admin::role').create({
        data: { name: 'Author', code: 'strapi-author', description: 'Strapi default' },
      })) as { id: number };
      await cms.strapi.db.query('admin::role').create({
        data: { name: 'Editor', code: 'strapi-editor', description: 'Strapi default' },
      });
      const person = await createAdminUser(cms.strapi, {
        email: 'old-author@example.org',
        roleCodes: ['strapi-author'],
      });
      const warn = jest.spyOn(cms.strapi.log, 'warn');
      try {
        await removeStrapiDefaultRoles(cms.strapi);
        await removeStrapiDefaultRoles(cms.strapi);
        expect(await allRoles()).toContain('Author (strapi-author)');
        expect(await allRoles()).not.toContain('Editor (strapi-editor)');
        expect(warn).toHaveBeenCalledWith(
          expect.stringContaining('kept Strapi\'s default "Author" role: 1 administrator(s)'),
        );
        // The person can still sign in and work until someone gives them one of our roles.
        await loginAdmin(cms, 'old-author@example.org');
      } finally {
        warn.mockRestore();
      }
      const communications = (await cms.strapi.db
        .query('admin::role')
        .findOne({ where: { code: COMMUNICATIONS } })) as { id: number };
      await cms.strapi.db
        .query('admin::user')
        .update({ where: { id: person.id }, data: { roles: [communications.id] } });
      await removeStrapiDefaultRoles(cms.strapi);
      expect(await cms.strapi.db.query('admin::role').count({ where: { id: author.id } })).toBe(0);
    });
  });

  describe('as code', () => {
    it('exist once each, and a restart changes nothing', async () => {
      const rolesBefore = await roleRows();
      expect(rolesBefore.map((role: { name: string }) => role.name).sort()).toEqual([
        'Communications',
        'Resource editor',
      ]);
      const before = await permissionsOf(COMMUNICATIONS);
      expect(before.length).toBeGreaterThan(0);

      await ensureEditorialRoles(cms.strapi);
      await ensureEditorialRoles(cms.strapi);
      expect(await roleRows()).toEqual(rolesBefore);
      expect(await permissionsOf(COMMUNICATIONS)).toEqual(before);
    });

    it('follow the code when it changes, and drop permissions added by hand', async () => {
      const role = (await cms.strapi.db
        .query('admin::role')
        .findOne({ where: { code: COMMUNICATIONS } })) as { id: number };
      await cms.strapi.db.query('admin::permission').create({
        data: { action: 'admin::users.read', subject: null, properties: {}, conditions: [], role: role.id },
      });
      const withoutGlossary: EditorialRole[] = EDITORIAL_ROLES.map((definition) =>
        definition.code !== COMMUNICATIONS
          ? definition
          : {
              ...definition,
              content: definition.content.map((group) => ({
                ...group,
                types: group.types.filter((type) => type !== 'api::glossary-term.glossary-term'),
              })),
            },
      );
      await ensureEditorialRoles(cms.strapi, withoutGlossary);
      let actions = (await permissionsOf(COMMUNICATIONS)).map((p) => `${p.action} ${p.subject}`);
      expect(actions.some((action) => action.includes('glossary-term'))).toBe(false);
      expect(actions.some((action) => action.startsWith('admin::users'))).toBe(false);

      await ensureEditorialRoles(cms.strapi);
      actions = (await permissionsOf(COMMUNICATIONS)).map((p) => `${p.action} ${p.subject}`);
      expect(actions).toContain('plugin::content-manager.explorer.publish api::glossary-term.glossary-term');
    });

    it('cover every field of each type, in every site locale', async () => {
      const permissions = await permissionsOf(RESOURCE_EDITOR);
      const update = permissions.find(
        (p) =>
          p.action === 'plugin::content-manager.explorer.update' && p.subject === 'api::resource.resource',
      );
      const fields = update?.properties.fields as string[];
      const attributes = Object.keys(cms.strapi.contentType('api::resource.resource').attributes).filter(
        (name) =>
          ![
            'createdAt',
            'updatedAt',
            'publishedAt',
            'createdBy',
            'updatedBy',
            'locale',
            'localizations',
          ].includes(name),
      );
      for (const attribute of attributes) {
        expect(fields.some((field) => field === attribute || field.startsWith(`${attribute}.`))).toBe(true);
      }
      expect(fields).toContain('files.file'); // nested component fields too
      expect([...(update?.properties.locales as string[])].sort()).toEqual(
        SITE_LOCALES.map((l) => l.code).sort(),
      );
    });
  });

  describe('Communications', () => {
    it.each([
      ['api::article.article'],
      ['api::tribute.tribute'],
      ['api::partner-project.partner-project'],
      ['api::page.page'],
      ['api::glossary-term.glossary-term'],
      ['api::event.event'],
    ] as Array<[SiteContentType]>)('creates, edits, publishes and deletes %s', async (uid) => {
      await manage(communications, uid, 'comms');
    });

    it('writes news in every site language', async () => {
      for (const { code } of SITE_LOCALES) {
        const res = await communications.post(`${CM}/api::article.article?locale=${code}`, {
          ...minimalContent['api::article.article'](`in-${code}`),
        });
        expect([code, res.status]).toEqual([code, 201]);
        expect(res.body.data.locale).toBe(code);
      }
    });

    it('reads resources (and topics and audiences, to link them) but cannot change them', async () => {
      await expectReadOnly(communications, 'api::resource.resource', resourceId);
      expect((await communications.get(`${CM}/api::topic.topic?locale=en`)).status).toBe(200);
      expect((await communications.get(`${CM}/api::audience.audience?locale=en`)).status).toBe(200);
      expect(
        (
          await communications.post(
            `${CM}/api::topic.topic?locale=en`,
            minimalContent['api::topic.topic']('c'),
          )
        ).status,
      ).toBe(403);
    });

    it('uploads images, but cannot delete from the media library', async () => {
      const upload = await communications.upload(pngFile('news-photo.png'));
      expect(upload.status).toBe(201);
      expect((await communications.get('/upload/files')).status).toBe(200);
      expect((await communications.del(`/upload/files/${upload.body[0].id}`)).status).toBe(403);
      expect(
        await cms.strapi.db.query('plugin::upload.file').count({ where: { id: upload.body[0].id } }),
      ).toBe(1);
    });

    it('cannot open the directory of services', async () => {
      for (const uid of ['api::service.service', 'api::organization.organization']) {
        expect([uid, (await communications.get(`${CM}/${uid}?locale=en`)).status]).toEqual([uid, 403]);
        expect([uid, (await communications.post(`${CM}/${uid}?locale=en`, {})).status]).toEqual([uid, 403]);
      }
    });

    it('cannot manage users, roles, settings, API tokens or webhooks', async () => {
      await expectNoAdministration(communications);
    });
  });

  describe('Resource editor', () => {
    it.each([
      ['api::resource.resource'],
      ['api::topic.topic'],
      ['api::audience.audience'],
      ['api::organization.organization'],
      ['api::service.service'],
    ] as Array<[SiteContentType]>)('creates, edits, publishes and deletes %s', async (uid) => {
      await manage(resourceEditor, uid, 'resources');
    });

    it('reads news but cannot change it', async () => {
      await expectReadOnly(resourceEditor, 'api::article.article', articleId);
    });

    it('cannot open tributes, partner projects, pages, events or the glossary', async () => {
      for (const uid of [
        'api::tribute.tribute',
        'api::event.event',
        'api::partner-project.partner-project',
        'api::page.page',
        'api::glossary-term.glossary-term',
      ]) {
        expect([uid, (await resourceEditor.get(`${CM}/${uid}?locale=en`)).status]).toEqual([uid, 403]);
      }
    });

    it('manages the media library: upload, edit details, delete', async () => {
      const upload = await resourceEditor.upload(pdfFile('fact-sheet-ar.pdf'));
      expect(upload.status).toBe(201);
      const id = upload.body[0].id as number;
      const renamed = await resourceEditor.put(`/upload/files/${id}`, {
        fileInfo: { name: 'Fact sheet (Arabic).pdf' },
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body.name).toBe('Fact sheet (Arabic).pdf');
      expect((await resourceEditor.del(`/upload/files/${id}`)).status).toBe(200);
      expect(await cms.strapi.db.query('plugin::upload.file').count({ where: { id } })).toBe(0);
    });

    it('cannot manage users, roles, settings, API tokens or webhooks', async () => {
      await expectNoAdministration(resourceEditor);
    });
  });
});
