/**
 * The directory of services in the CMS: what an editor is told when a contact field is wrong (through
 * the content manager, as the admin calls it), the build token reading published services and their
 * organisations over GraphQL, and drafts refused to it. The drafts attack suite covers both types at
 * every path spelling (attacks/drafts.test.ts iterates over every site content type).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AGE_RANGE_MESSAGE,
  EMAIL_MESSAGE,
  PHONE_MESSAGE,
  SLUG_RULE_MESSAGE,
} from '../src/validation/messages';
import { superAdminClient, type AdminClient } from './helpers/admin';
import { createPublished, documents, minimalContent } from './helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

jest.setTimeout(120_000);

const CM = '/content-manager/collection-types';
const SERVICE = 'api::service.service';
const ORGANIZATION = 'api::organization.organization';

type FieldError = { path: string[]; message: string };

const GRAPHQL_DIR = path.resolve(__dirname, '..', '..', 'web', 'src', 'loaders', 'strapi', 'graphql');
/** The site's own directory query, as the loader sends it (with the fragments it uses). */
const DIRECTORY_QUERY = `${readFileSync(path.join(GRAPHQL_DIR, 'directory.graphql'), 'utf8').replace(
  /query OrganizationsPage[\s\S]*$/,
  '',
)}\nfragment PageInfo on Pagination { page pageSize pageCount total }`;
const SERVICES = 60;

describe('directory of services', () => {
  let cms: TestCms;
  let editor: AdminClient;

  const graphql = (query: string, token: string = TEST_SECRETS.BUILD_API_TOKEN) =>
    cms.request().post('/graphql').set('Authorization', `Bearer ${token}`).send({ query });

  const expectFieldError = (
    res: { status: number; body: { error?: { details?: unknown } } },
    path: string[],
    message: string,
  ) => {
    expect(res.status).toBe(400);
    const errors = (res.body.error?.details as { errors?: FieldError[] } | undefined)?.errors ?? [];
    expect(errors).toContainEqual(expect.objectContaining({ path, message }));
  };

  beforeAll(async () => {
    cms = await startTestCms();
    editor = await superAdminClient(cms, 'directory-editor@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('contact fields an editor types', () => {
    const create = (uid: string, data: Record<string, unknown>, key: string) =>
      editor.post(`${CM}/${uid}?locale=en`, { ...minimalContent[uid as typeof SERVICE](key), ...data });

    it.each([
      ['a letter', '020 7946 O000'],
      ['a formula', '=1+1'],
      ['a link', 'tel:020 7946 0000'],
      ['too few digits', '12'],
      ['a trailing hyphen', '020 7946 0000-'],
    ])('refuses a phone number with %s, beside the field', async (_, phone) => {
      expectFieldError(await create(SERVICE, { phone }, `phone-${phone.length}`), ['phone'], PHONE_MESSAGE);
      expectFieldError(
        await create(ORGANIZATION, { phone }, `phone-${phone.length}`),
        ['phone'],
        PHONE_MESSAGE,
      );
    });

    it.each([
      ['advice at example.org'],
      ['advice@example'],
      ['a dvice@example.org'],
      ['<advice@example.org>'],
    ])('refuses the email address %s', async (email) => {
      expectFieldError(await create(SERVICE, { email }, 'bad-email'), ['email'], EMAIL_MESSAGE);
    });

    it.each([
      ['http://example.org'],
      ['javascript:alert(1)'],
      ['//example.org'],
      ['https://user:pw@example.org'],
    ])('refuses the website %s', async (url) => {
      const res = await create(SERVICE, { url }, 'bad-url');
      expect(res.status).toBe(400);
      const errors = (res.body.error?.details as { errors?: FieldError[] }).errors ?? [];
      expect(errors).toContainEqual(
        expect.objectContaining({
          path: ['url'],
          message: expect.stringMatching(/^Service website addresses /),
        }),
      );
    });

    it('refuses a maximum age below the minimum, and a slug off the rule', async () => {
      expectFieldError(
        await create(SERVICE, { minimumAge: 18, maximumAge: 11 }, 'ages'),
        ['maximumAge'],
        AGE_RANGE_MESSAGE,
      );
      expectFieldError(await create(SERVICE, { slug: 'Bad Slug' }, 'slug'), ['slug'], SLUG_RULE_MESSAGE);
    });

    it('keeps a draft without an area served, but refuses to publish it', async () => {
      const res = await create(SERVICE, { serviceAreas: [] }, 'no-area');
      expect(res.status).toBe(201);
      const { documentId } = res.body.data as { documentId: string };
      const published = await editor.post(`${CM}/${SERVICE}/${documentId}/actions/publish?locale=en`, {});
      expect(published.status).toBe(400);
    });

    it('control: accepts numbers, addresses and websites as people write them', async () => {
      const res = await create(
        SERVICE,
        {
          phone: '+44 (0)20 7946-0000',
          email: 'advice@law-centre.example.org.uk',
          url: 'https://example.org/advice?lang=ar',
          minimumAge: 11,
          maximumAge: 25,
        },
        'good-contact',
      );
      expect(res.status).toBe(201);
      const org = await create(ORGANIZATION, { phone: '0808 157 0000', email: 'hello@example.org' }, 'good');
      expect(org.status).toBe(201);
    });
  });

  describe('the build token', () => {
    let published: string;
    let draftOnly: string;

    beforeAll(async () => {
      const organization = await createPublished(cms.strapi, ORGANIZATION, {
        ...minimalContent[ORGANIZATION]('runs-it'),
        name: 'Runs It Ltd',
      });
      published = await createPublished(cms.strapi, SERVICE, {
        ...minimalContent[SERVICE]('published'),
        organization,
        languages: [{ code: 'ar' }, { code: 'cy' }],
        serviceAreas: [{ nation: 'northern_ireland', localAuthority: 'Belfast' }],
        schedules: [{ byDay: 'monday', opensAt: '09:30:00.000', closesAt: '17:00:00.000' }],
      });
      const draft = await documents(cms.strapi, SERVICE).create({
        locale: 'en',
        data: { ...minimalContent[SERVICE]('draft-only'), name: 'Draft service never shown' },
      });
      draftOnly = draft.documentId;
    });

    it('reads published services with their organisation, areas, languages and opening times', async () => {
      const res = await graphql(`
        {
          services(pagination: { limit: 100 }) {
            documentId
            name
            organization {
              name
            }
            serviceAreas {
              nation
              localAuthority
            }
            languages {
              code
            }
            schedules {
              byDay
              opensAt
              closesAt
            }
          }
        }
      `);
      expect(res.body.errors).toBeUndefined();
      const service = (res.body.data.services as Array<Record<string, unknown>>).find(
        (s) => s.documentId === published,
      );
      expect(service).toEqual(
        expect.objectContaining({
          organization: { name: 'Runs It Ltd' },
          serviceAreas: [{ nation: 'northern_ireland', localAuthority: 'Belfast' }],
          languages: [{ code: 'ar' }, { code: 'cy' }],
          schedules: [expect.objectContaining({ byDay: 'monday', opensAt: expect.stringMatching(/^09:30/) })],
        }),
      );
      expect(JSON.stringify(res.body)).not.toContain('Draft service never shown');
    });

    it('is refused drafts of services', async () => {
      const res = await graphql(`
        {
          services(status: DRAFT) {
            documentId
            name
          }
        }
      `);
      expect(JSON.stringify(res.body)).not.toContain('Draft service never shown');
      expect(res.body.errors?.[0]?.message).toMatch(/Drafts cannot be read through the content API/);
      const one = await graphql(`{ service(documentId: "${draftOnly}") { name } }`);
      expect(one.body.data?.service ?? null).toBeNull();
      const rest = await cms
        .request()
        .get(`/api/services/${draftOnly}?status=draft`)
        .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
      expect(rest.text).not.toContain('Draft service never shown');
    });
  });

  describe('the list query (batched relations)', () => {
    beforeAll(async () => {
      const organizations: string[] = [];
      for (let n = 0; n < 3; n += 1) {
        organizations.push(
          await createPublished(cms.strapi, ORGANIZATION, minimalContent[ORGANIZATION](`batch-${n}`)),
        );
      }
      for (let n = 0; n < SERVICES; n += 1) {
        await createPublished(cms.strapi, SERVICE, {
          ...minimalContent[SERVICE](`batch-${n}`),
          organization: organizations[n % 3],
          languages: [{ code: 'en' }, { code: n % 2 ? 'ar' : 'fa' }],
          immigrationSituations: [{ situation: 'refugee' }],
          schedules: [{ byDay: 'friday', opensAt: '10:00:00.000', closesAt: '12:00:00.000' }],
          serviceAreas: [{ nation: 'england', region: 'London', localAuthority: `Borough ${n}` }],
          locations: n % 4 ? [] : [{ name: `Hall ${n}`, city: 'London' }],
        });
      }
    });

    it("answers the site's directory query for a page of 100 in a handful of database queries, as Strapi would", async () => {
      let queries = 0;
      const onQuery = () => {
        queries += 1;
      };
      const connection = cms.strapi.db.connection as unknown as {
        on: (event: string, fn: () => void) => void;
        off: (event: string, fn: () => void) => void;
      };
      connection.on('query', onQuery);
      let body: { data?: Record<string, unknown>; errors?: unknown[] } = {};
      try {
        body = (
          await cms
            .request()
            .post('/graphql')
            .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
            .send({ query: DIRECTORY_QUERY, variables: { locale: 'en', page: 1, pageSize: 100 } })
        ).body as typeof body;
      } finally {
        connection.off('query', onQuery);
      }
      expect(body.errors).toBeUndefined();
      const nodes = (body.data?.services_connection as { nodes: Array<Record<string, unknown>> }).nodes;
      expect(nodes.length).toBeGreaterThanOrEqual(SERVICES);
      process.stdout.write(`directory: ${nodes.length} services in ${queries} database queries\n`);
      // Strapi's own resolvers: one or more per entry and field (organisation, six components).
      expect(queries).toBeLessThan(40);
      // Each listed service is what Strapi's single-entry resolvers answer for it.
      for (const node of nodes.slice(0, 8)) {
        const one = await graphql(`{ service(documentId: "${node.documentId as string}", locale: "en") {
          organization { documentId slug name updatedAt }
          languages(pagination: { limit: 100 }) { code }
          schedules(pagination: { limit: 100 }) { byDay opensAt closesAt }
          serviceAreas(pagination: { limit: 100 }) { nation region localAuthority }
          locations(pagination: { limit: 100 }) { name address1 city postalCode }
        } }`);
        expect(one.body.errors).toBeUndefined();
        const single = one.body.data.service as Record<string, unknown>;
        for (const field of Object.keys(single)) expect([field, node[field]]).toEqual([field, single[field]]);
      }
    });
  });
});
