/**
 * Admin-panel users for integration tests: created through Strapi's own admin services and
 * logged in through POST /admin/login, exactly as an editor's browser does.
 */
import type { Core } from '@strapi/strapi';
import type supertest from 'supertest';
import type { TestFile } from './files';
import type { TestCms } from './strapi';

type AdminUserService = { create: (attributes: Record<string, unknown>) => Promise<{ id: number }> };
type AdminRoleService = { getSuperAdmin: () => Promise<{ id: number } | null> };

export const TEST_ADMIN_PASSWORD = 'Test-Password-123';

/** Role ids by code; `strapi-super-admin` is the Super Admin. */
const roleIds = async (strapi: Core.Strapi, codes: readonly string[]): Promise<number[]> => {
  const rows = (await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: [...codes] } } })) as Array<{
    id: number;
    code: string;
  }>;
  const missing = codes.filter((code) => !rows.some((row) => row.code === code));
  if (missing.length > 0) throw new Error(`No admin role with code ${missing.join(', ')}`);
  return rows.map((row) => row.id);
};

export const createAdminUser = async (
  strapi: Core.Strapi,
  options: { email: string; roleCodes: readonly string[]; password?: string },
): Promise<{ id: number; email: string; password: string }> => {
  const password = options.password ?? TEST_ADMIN_PASSWORD;
  const user = await (strapi.service('admin::user') as unknown as AdminUserService).create({
    email: options.email,
    firstname: 'Test',
    lastname: options.email.split('@')[0],
    password,
    isActive: true,
    registrationToken: null,
    roles: await roleIds(strapi, options.roleCodes),
  });
  return { id: user.id, email: options.email, password };
};

export const SUPER_ADMIN_CODE = 'strapi-super-admin';

/** Logs in through the admin API and returns the bearer token the admin panel would use. */
export const loginAdmin = async (
  cms: TestCms,
  email: string,
  password = TEST_ADMIN_PASSWORD,
): Promise<string> => {
  const res = await cms.request().post('/admin/login').send({ email, password });
  const token = (res.body as { data?: { token?: string; accessToken?: string } }).data;
  const value = token?.token ?? token?.accessToken;
  if (res.status !== 200 || !value) {
    throw new Error(`Admin login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return value;
};

export type AdminClient = {
  get: (url: string) => supertest.Test;
  post: (url: string, body?: object) => supertest.Test;
  put: (url: string, body?: object) => supertest.Test;
  del: (url: string) => supertest.Test;
  /** A multipart POST of one file as `field`, and nothing else. */
  attach: (url: string, field: string, file: TestFile) => supertest.Test;
  /** A multipart upload to the admin's POST /upload (or `url`), as the media library sends it. */
  upload: (file: TestFile, url?: string) => supertest.Test;
};

/** Requests carrying an admin's token. */
export const adminClient = (cms: TestCms, token: string): AdminClient => {
  const auth = (test: supertest.Test) => test.set('Authorization', `Bearer ${token}`);
  const attach = (url: string, field: string, { content, filename, contentType, keepPath }: TestFile) =>
    auth(cms.request().post(url)).attach(field, content, {
      filename,
      contentType,
      ...(keepPath ? { filepath: filename } : {}),
    });
  return {
    get: (url) => auth(cms.request().get(url)),
    post: (url, body) => auth(cms.request().post(url)).send(body ?? {}),
    put: (url, body) => auth(cms.request().put(url)).send(body ?? {}),
    del: (url) => auth(cms.request().delete(url)),
    attach,
    upload: (file, url = '/upload') =>
      attach(url, 'files', file).field(
        'fileInfo',
        JSON.stringify({ name: file.filename, caption: null, alternativeText: null, folder: null }),
      ),
  };
};

/** A super admin, logged in. */
export const superAdminClient = async (cms: TestCms, email = 'super@example.org'): Promise<AdminClient> => {
  const superAdmin = await (cms.strapi.service('admin::role') as unknown as AdminRoleService).getSuperAdmin();
  if (!superAdmin) throw new Error('Super Admin role missing');
  await createAdminUser(cms.strapi, { email, roleCodes: [SUPER_ADMIN_CODE] });
  return adminClient(cms, await loginAdmin(cms, email));
};
