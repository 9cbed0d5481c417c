/**
 * Credentialed CORS: a page on another origin must get nothing a browser would let it read, on
 * simple requests and preflights, on every part of the CMS; the admin's own origin still works.
 */
import type supertest from 'supertest';
import { createAdminUser, loginAdmin, SUPER_ADMIN_CODE } from '../helpers/admin';
import { startTestCms, TEST_SECRETS, type TestCms } from '../helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

const ADMIN_ORIGINS = ['http://127.0.0.1:1337', 'http://localhost:1337'];
const HOSTILE_ORIGINS = [
  'https://evil.example',
  'null',
  'http://127.0.0.1:1337.evil.example',
  'http://localhost:13370',
  'https://127.0.0.1:1337',
  'http://127.0.0.1',
  'HTTP://LOCALHOST:1337',
];

type Endpoint = {
  name: string;
  method: 'get' | 'post';
  path: string;
  body?: object;
  token?: 'build' | 'admin';
};
const ENDPOINTS: Endpoint[] = [
  { name: 'REST', method: 'get', path: '/api/articles', token: 'build' },
  { name: 'REST, another spelling', method: 'get', path: '/API/articles', token: 'build' },
  {
    name: 'GraphQL',
    method: 'post',
    path: '/graphql',
    body: { query: '{ articles { title } }' },
    token: 'build',
  },
  {
    name: 'admin login',
    method: 'post',
    path: '/admin/login',
    body: { email: 'x@example.org', password: 'x' },
  },
  { name: 'admin API', method: 'get', path: '/admin/users/me', token: 'admin' },
  {
    name: 'content manager',
    method: 'get',
    path: '/content-manager/collection-types/api::article.article',
    token: 'admin',
  },
  { name: 'media library (admin)', method: 'get', path: '/upload/files', token: 'admin' },
  { name: 'media library (content API)', method: 'get', path: '/api/upload/files', token: 'build' },
];

describe('attack: credentialed CORS', () => {
  let cms: TestCms;
  let adminToken: string;

  beforeAll(async () => {
    cms = await startTestCms();
    await createAdminUser(cms.strapi, { email: 'super@example.org', roleCodes: [SUPER_ADMIN_CODE] });
    adminToken = await loginAdmin(cms, 'super@example.org');
  });
  afterAll(async () => {
    await cms?.stop();
  });

  const simple = (endpoint: Endpoint, origin: string): supertest.Test => {
    const req = cms.request()[endpoint.method](endpoint.path).set('Origin', origin);
    if (endpoint.token === 'build') req.set('Authorization', `Bearer ${TEST_SECRETS.BUILD_API_TOKEN}`);
    if (endpoint.token === 'admin') req.set('Authorization', `Bearer ${adminToken}`);
    return endpoint.body ? req.send(endpoint.body) : req;
  };
  const preflight = (endpoint: Endpoint, origin: string): supertest.Test =>
    cms
      .request()
      .options(endpoint.path)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', endpoint.method.toUpperCase())
      .set('Access-Control-Request-Headers', 'authorization, content-type');

  const corsHeaders = (res: supertest.Response) => ({
    allowOrigin: res.headers['access-control-allow-origin'],
    allowCredentials: res.headers['access-control-allow-credentials'],
  });

  it('gives a hostile origin no CORS headers, on simple requests and preflights', async () => {
    const answered: string[] = [];
    for (const endpoint of ENDPOINTS) {
      for (const origin of HOSTILE_ORIGINS) {
        for (const [kind, res] of [
          ['simple', await simple(endpoint, origin)],
          ['preflight', await preflight(endpoint, origin)],
        ] as const) {
          const { allowOrigin, allowCredentials } = corsHeaders(res);
          if (allowOrigin || allowCredentials)
            answered.push(`${kind} ${endpoint.name} from ${origin}: ${allowOrigin} ${allowCredentials}`);
        }
      }
    }
    expect(answered).toEqual([]);
  });

  it("still answers the admin's own origin, with credentials", async () => {
    for (const endpoint of ENDPOINTS) {
      for (const origin of ADMIN_ORIGINS) {
        expect([endpoint.name, corsHeaders(await simple(endpoint, origin))]).toEqual([
          endpoint.name,
          { allowOrigin: origin, allowCredentials: 'true' },
        ]);
        const res = await preflight(endpoint, origin);
        expect([endpoint.name, res.status, corsHeaders(res)]).toEqual([
          endpoint.name,
          204,
          { allowOrigin: origin, allowCredentials: 'true' },
        ]);
        expect(res.headers['access-control-allow-methods']).toContain(endpoint.method.toUpperCase());
      }
    }
  });
});
