/**
 * In production the CMS refuses to start with a missing or placeholder secret, and says which
 * one, instead of starting with a guessable key.
 */
import { startTestCms, type TestCms } from './helpers/strapi';

// Jest 30 ignores a project's testTimeout; a Strapi boot on a busy machine can take over 5 s.
jest.setTimeout(120_000);

describe('production start-up', () => {
  it.each([
    ['APP_KEYS', undefined, 'APP_KEYS is missing'],
    ['ADMIN_JWT_SECRET', 'tobemodified', 'ADMIN_JWT_SECRET is still a placeholder value'],
    ['JWT_SECRET', 'changeme-changeme-changeme', 'JWT_SECRET is still a placeholder value'],
    ['ENCRYPTION_KEY', undefined, 'ENCRYPTION_KEY is missing'],
    ['BUILD_API_TOKEN', undefined, 'BUILD_API_TOKEN is missing'],
    ['API_TOKEN_SALT', 'short', 'API_TOKEN_SALT is too short'],
  ])('is refused when %s is %s', async (name, value, problem) => {
    const start = startTestCms({ env: { NODE_ENV: 'production', [name]: value } });
    await expect(start).rejects.toThrow(problem);
    await expect(start).rejects.toThrow(/The CMS cannot start: /);
    // The failed attempt leaves nothing behind for the next test.
    expect(process.env.NODE_ENV).toBe('test');
  });

  describe('with every secret set', () => {
    let cms: TestCms;
    beforeAll(async () => {
      cms = await startTestCms({ env: { NODE_ENV: 'production' } });
    });
    afterAll(async () => {
      await cms?.stop();
    });

    it('starts and answers its health check', async () => {
      await cms.request().get('/_health').expect(204);
      expect(cms.strapi.config.get('environment')).toBe('production');
    });
  });
});
