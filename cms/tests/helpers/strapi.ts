/**
 * Boots a real Strapi in-process on a throw-away database, following Strapi's documented
 * testing pattern: createStrapi().load(), mount the HTTP server, talk to it with supertest.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import supertest from 'supertest';
import { resetCmsEnv } from '../../src/env';
import { waitForIdleDatabase } from './database-idle';
import { CMS_DIR, testDistDir } from './paths';
import { createTestDatabase } from './test-database';

/** Secrets for tests only: long enough to pass validation, never used outside a test run. */
export const TEST_SECRETS = {
  APP_KEYS: 'test-app-key-0000000001,test-app-key-0000000002',
  API_TOKEN_SALT: 'test-api-token-salt-000000',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret-00000',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt-0',
  JWT_SECRET: 'test-users-jwt-secret-00000',
  ENCRYPTION_KEY: 'test-encryption-key-0000000',
  BUILD_API_TOKEN: 'test-build-token-0123456789abcdef0123456789abcdef',
  PREVIEW_API_TOKEN: 'test-preview-token-0123456789abcdef0123456789ab',
  PREVIEW_SECRET: 'test-preview-secret-0123456789abcdef',
} as const;

/** The draft preview is on in every test CMS, at an address nothing listens on. */
export const TEST_PREVIEW_URL = 'http://127.0.0.1:4399';

export type TestCms = {
  strapi: Core.Strapi;
  request: () => supertest.Agent;
  stop: () => Promise<void>;
};

export type StartOptions = {
  /** Extra environment for this instance (e.g. NODE_ENV=production). */
  env?: Record<string, string | undefined>;
};

const applyEnv = (vars: Record<string, string | undefined>): (() => void) => {
  const previous = new Map<string, string | undefined>();
  for (const [key, value] of Object.entries(vars)) {
    previous.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  return () => {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
};

/**
 * Forgets the validated environment, in this module's copy of src/env and in the compiled copy
 * Strapi's config files import: without the second, a second instance in one test file would
 * silently reuse the first one's settings (database folder, NODE_ENV, secrets).
 */
const resetEnvCaches = async (): Promise<void> => {
  resetCmsEnv();
  const compiled = path.join(testDistDir(), 'src', 'env.js');
  if (existsSync(compiled)) ((await import(compiled)) as { resetCmsEnv: () => void }).resetCmsEnv();
};

export const startTestCms = async (options: StartOptions = {}): Promise<TestCms> => {
  const database = await createTestDatabase();
  if (database.env.PUBLIC_DIR) mkdirSync(`${database.env.PUBLIC_DIR}/uploads`, { recursive: true });
  const restoreEnv = applyEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    CMS_LOG_LEVEL: 'error',
    ...TEST_SECRETS,
    PREVIEW_URL: TEST_PREVIEW_URL,
    ...database.env,
    ...options.env,
  });
  await resetEnvCaches();
  let app: Core.Strapi | undefined;
  try {
    // Inside the try: createStrapi itself throws when a config file refuses the environment.
    app = createStrapi({
      appDir: CMS_DIR,
      distDir: testDistDir(),
      autoReload: false,
      serveAdminPanel: false,
    });
    await app.load();
    await app.server.mount();
  } catch (error) {
    await app?.destroy().catch(() => undefined);
    restoreEnv();
    await resetEnvCaches();
    await database.drop();
    throw error;
  }
  let stopped = false;
  return {
    strapi: app,
    request: () => supertest.agent(app.server.httpServer),
    // Safe to call twice (a test that swaps instances, then its afterAll).
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // Strapi's entry events (a read of every entry created or published) run after the test's
      // own writes, unawaited: stopped under them, their reads fail after the suite has passed.
      await waitForIdleDatabase(app, { quietMs: 100, timeoutMs: 30_000 }).catch(() => undefined);
      await app.destroy();
      restoreEnv();
      await resetEnvCaches();
      await database.drop();
    },
  };
};

/** A content-API token allowed only `permissions` (e.g. `api::article.article.find`); its key. */
export const createCustomToken = async (
  strapi: Core.Strapi,
  name: string,
  permissions: string[],
): Promise<string> => {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as {
    create: (attributes: Record<string, unknown>) => Promise<{ accessKey: string }>;
  };
  const { accessKey } = await tokens.create({ name, type: 'custom', lifespan: null, permissions });
  return accessKey;
};
