/**
 * Attacks on the production CMS's edges: a client spoofing X-Forwarded-For to reset the admin
 * login limiter, and the GraphQL schema asked for through every door while introspection is off.
 */
import { startTestCms, TEST_SECRETS, type TestCms } from '../helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

/** Strapi's admin login limiter: 5 attempts per email, path and client address, then 429. */
const ATTEMPTS_ALLOWED = 5;

describe('attack: the production CMS edges', () => {
  let cms: TestCms;
  beforeAll(async () => {
    cms = await startTestCms({ env: { NODE_ENV: 'production' } });
  });
  afterAll(async () => {
    await cms?.stop();
  });

  describe('X-Forwarded-For on the admin login', () => {
    /** A failed login as our one proxy forwards it: the client's own header, then the address it saw. */
    const failedLogin = async (email: string, forwardedFor: string): Promise<number> =>
      (
        await cms
          .request()
          .post('/admin/login')
          .set('X-Forwarded-For', forwardedFor)
          .send({ email, password: 'Not-The-Password-1' })
      ).status;

    it('keeps counting when the client rotates the leftmost address', async () => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < ATTEMPTS_ALLOWED + 3; attempt += 1) {
        statuses.push(await failedLogin('editor@example.org', `198.51.100.${attempt}, 203.0.113.7`));
      }
      expect(statuses).toEqual([...Array<number>(ATTEMPTS_ALLOWED).fill(400), ...Array<number>(3).fill(429)]);
      // Nor does a longer chain of made-up hops, nor none at all from the same client.
      expect(await failedLogin('editor@example.org', '10.0.0.1, 10.0.0.2, 10.0.0.3, 203.0.113.7')).toBe(429);
      expect(await failedLogin('Editor@Example.org', '203.0.113.7')).toBe(429);
    });

    it('limits the client our proxy saw, not everyone behind the proxy', async () => {
      for (let attempt = 0; attempt < ATTEMPTS_ALLOWED + 1; attempt += 1) {
        await failedLogin('author@example.org', '203.0.113.20');
      }
      expect(await failedLogin('author@example.org', '203.0.113.20')).toBe(429);
      // Another person, same account, same proxy: still allowed to try...
      expect(await failedLogin('author@example.org', '203.0.113.21')).toBe(400);
      // ...even one whose own header claims to be the limited address.
      expect(await failedLogin('author@example.org', '203.0.113.20, 203.0.113.22')).toBe(400);
    });
  });

  // Regression guards: introspection is off in production, whatever the route's spelling or the
  // query's shape; the API still answers the build.
  describe('GraphQL introspection', () => {
    const INTROSPECTIONS = [
      '{ __schema { queryType { name } } }',
      '{ s: __schema { types { name } } }',
      '{ __type(name: "Tribute") { fields { name } } }',
      'query { ...F } fragment F on Query { __type(name: "Article") { fields { name } } }',
      '{ articles { title } __schema { mutationType { fields { name } } } }',
    ];

    it.each(['/graphql', '/GRAPHQL', '/GraphQL', '/graphql/'])(
      'is refused at %s, by POST and GET',
      async (path) => {
        for (const query of INTROSPECTIONS) {
          for (const res of [
            await cms
              .request()
              .post(path)
              .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
              .send({ query }),
            await cms
              .request()
              .get(path)
              .query({ query })
              .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
              .set('Apollo-Require-Preflight', 'true'),
          ]) {
            expect([query, res.status]).toEqual([query, 400]);
            expect(res.text).toMatch(/introspection is not allowed/);
            expect(res.text).not.toMatch(/"fields"|"types"|"queryType"|"mutationType"/);
          }
        }
        const ok = await cms
          .request()
          .post(path)
          .set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`)
          .send({ query: '{ articles { title } }' });
        expect(ok.body).toEqual({ data: { articles: [] } });
      },
    );
  });
});
