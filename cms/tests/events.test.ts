/**
 * Events: an end before the start is refused however it is written (a create, an update of one
 * of the two times, a publish of a draft saved before the rule), the booking link takes only
 * https, and the build reads published events with their times in UTC, never a draft.
 */
import { EVENT_ENDS_BEFORE_START, httpsOnlyMessage } from '../src/validation/messages';
import { superAdminClient, type AdminClient } from './helpers/admin';
import { documents, minimalContent } from './helpers/content';
import { startTestCms, TEST_SECRETS, type TestCms } from './helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const CM = '/content-manager/collection-types';
const EVENT = 'api::event.event';

type FieldError = { path: string[]; message: string };
type Refusal = { status: number; body: { error?: { message?: string; details?: unknown } } };

describe('events', () => {
  let cms: TestCms;
  let editor: AdminClient;

  const expectRefusal = (res: Refusal, message: string, path: string[]) => {
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toBe(message);
    const errors = (res.body.error?.details as { errors?: FieldError[] } | undefined)?.errors ?? [];
    expect(errors).toContainEqual(expect.objectContaining({ path, message }));
  };
  const event = (key: string, fields: Record<string, unknown> = {}) => ({
    ...minimalContent[EVENT](key),
    ...fields,
  });
  const graphql = (query: string) =>
    cms
      .request()
      .post('/graphql')
      .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
      .send({ query });

  beforeAll(async () => {
    cms = await startTestCms();
    editor = await superAdminClient(cms, 'events-editor@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('an event cannot end before it starts', () => {
    it('refuses a new event that ends before it starts, beside the end field', async () => {
      const res = await editor.post(
        `${CM}/${EVENT}?locale=en`,
        event('backwards', { startsAt: '2030-06-01T15:00:00.000Z', endsAt: '2030-06-01T14:59:00.000Z' }),
      );
      expectRefusal(res, EVENT_ENDS_BEFORE_START, ['endsAt']);
      expect(await cms.strapi.db.query(EVENT).count({ where: { slug: 'event-backwards' } })).toBe(0);
    });

    it('accepts an event that ends as it starts, and a multi-day event', async () => {
      for (const [key, endsAt] of [
        ['instant', '2030-06-01T09:00:00.000Z'],
        ['two-days', '2030-06-02T16:00:00.000Z'],
      ] as const) {
        const res = await editor.post(`${CM}/${EVENT}?locale=en`, event(key, { endsAt }));
        expect([key, res.status]).toEqual([key, 201]);
      }
    });

    it('refuses an update of only the start that moves it after the saved end', async () => {
      const created = await editor.post(`${CM}/${EVENT}?locale=en`, event('move-start'));
      expect(created.status).toBe(201);
      const { documentId } = created.body.data as { documentId: string };
      const res = await editor.put(`${CM}/${EVENT}/${documentId}?locale=en`, {
        startsAt: '2030-06-02T09:00:00.000Z',
      });
      expectRefusal(res, EVENT_ENDS_BEFORE_START, ['endsAt']);
      // Nothing saved: the draft keeps its times.
      const draft = await editor.get(`${CM}/${EVENT}/${documentId}?locale=en`);
      expect(draft.body.data.startsAt).toBe('2030-06-01T09:00:00.000Z');
      // Moving both together is fine.
      const both = await editor.put(`${CM}/${EVENT}/${documentId}?locale=en`, {
        startsAt: '2030-06-02T09:00:00.000Z',
        endsAt: '2030-06-02T12:00:00.000Z',
      });
      expect(both.status).toBe(200);
    });

    it('refuses to publish a draft written past the check (a restore, the database)', async () => {
      const created = await editor.post(`${CM}/${EVENT}?locale=en`, event('sneaky'));
      const { documentId } = created.body.data as { documentId: string };
      await cms.strapi.db
        .query(EVENT)
        .update({ where: { documentId, publishedAt: null }, data: { endsAt: '2030-05-31T09:00:00.000Z' } });
      const res = await editor.post(`${CM}/${EVENT}/${documentId}/actions/publish?locale=en`, {});
      expectRefusal(res, EVENT_ENDS_BEFORE_START, ['endsAt']);
      expect(
        await cms.strapi.db.query(EVENT).count({ where: { documentId, publishedAt: { $notNull: true } } }),
      ).toBe(0);
    });

    it('refuses it through the document service too (seed scripts, plugins)', async () => {
      await expect(
        documents(cms.strapi, EVENT).create({
          locale: 'en',
          data: event('service', { endsAt: '2030-01-01T00:00:00.000Z' }),
        }),
      ).rejects.toThrow(EVENT_ENDS_BEFORE_START);
    });
  });

  describe('the booking link', () => {
    it.each([
      ['http://example.org/book'],
      ['javascript:alert(1)'],
      ['//evil.example/book'],
      ['https://user:pass@example.org/book'],
      ['https://example.org/bo ok'],
    ])('refuses %s', async (bookingUrl) => {
      const res = await editor.post(`${CM}/${EVENT}?locale=en`, event('bad-link', { bookingUrl }));
      expect(res.status).toBe(400);
      const errors = (res.body.error?.details as { errors?: FieldError[] } | undefined)?.errors ?? [];
      expect(errors.map((e) => e.path)).toContainEqual(['bookingUrl']);
      expect(errors.find((e) => e.path[0] === 'bookingUrl')?.message).toMatch(/^The booking link /);
    });

    it('takes an https address', async () => {
      const res = await editor.post(
        `${CM}/${EVENT}?locale=en`,
        event('good-link', { bookingUrl: 'https://example.org/book?event=1' }),
      );
      expect(res.status).toBe(201);
      expect(httpsOnlyMessage('api::event.event.bookingUrl')).toBe(
        'The booking link must start with https://',
      );
    });
  });

  it('the build reads published events in UTC, with their related resources, and never a draft', async () => {
    const resource = await documents(cms.strapi, 'api::resource.resource').create({
      locale: 'en',
      data: minimalContent['api::resource.resource']('for-event'),
      status: 'published',
    });
    const published = await documents(cms.strapi, EVENT).create({
      locale: 'en',
      data: event('published', {
        startsAt: '2030-07-01T09:30:00+01:00',
        endsAt: '2030-07-01T16:30:00+01:00',
        attendance: 'in_person',
        venueAddress: '356 Holloway Road, London N7 6PA',
        bookingUrl: 'https://example.org/book',
        cpd: true,
        relatedResources: [resource.documentId],
      }),
      status: 'published',
    });
    await documents(cms.strapi, EVENT).create({ locale: 'en', data: event('draft-only') });
    const res = await graphql(`
      {
        events(pagination: { limit: 100 }) {
          documentId
          slug
          startsAt
          endsAt
          cpd
          venueAddress
          relatedResources {
            slug
          }
        }
      }
    `);
    expect(res.status).toBe(200);
    const events = (res.body as { data: { events: Array<Record<string, unknown>> } }).data.events;
    expect(events.map((e) => e.slug)).not.toContain('event-draft-only');
    expect(events.find((e) => e.documentId === published.documentId)).toEqual({
      documentId: published.documentId,
      slug: 'event-published',
      startsAt: '2030-07-01T08:30:00.000Z',
      endsAt: '2030-07-01T15:30:00.000Z',
      cpd: true,
      venueAddress: '356 Holloway Road, London N7 6PA',
      relatedResources: [{ slug: 'resource-for-event' }],
    });
    const drafts = await graphql(`
      {
        events(status: DRAFT) {
          slug
        }
      }
    `);
    expect(JSON.stringify(drafts.body)).not.toContain('event-draft-only');
  });
});
