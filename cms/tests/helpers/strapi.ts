/**
 * Boots a real Strapi in-process on a throw-away database, following Strapi's documented
 * testing pattern: createStrapi().load(), mount the HTTP server, talk to it with supertest.
 */
import { mkdirSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import supertest from 'supertest';
import { resetCmsEnv } from '../../src/env';
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
} as const;

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

export const startTestCms = async (options: StartOptions = {}): Promise<TestCms> => {
  const database = await createTestDatabase();
  if (database.env.PUBLIC_DIR) mkdirSync(`${database.env.PUBLIC_DIR}/uploads`, { recursive: true });
  const restoreEnv = applyEnv({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    CMS_LOG_LEVEL: 'error',
    SEED_DEMO_CONTENT: 'false',
    ...TEST_SECRETS,
    ...database.env,
    ...options.env,
  });
  resetCmsEnv();
  const app = createStrapi({
    appDir: CMS_DIR,
    distDir: testDistDir(),
    autoReload: false,
    serveAdminPanel: false,
  });
  try {
    await app.load();
    await app.server.mount();
  } catch (error) {
    await app.destroy().catch(() => undefined);
    restoreEnv();
    resetCmsEnv();
    await database.drop();
    throw error;
  }
  return {
    strapi: app,
    request: () => supertest.agent(app.server.httpServer),
    stop: async () => {
      await app.destroy();
      restoreEnv();
      resetCmsEnv();
      await database.drop();
    },
  };
};
