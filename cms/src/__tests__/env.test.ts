import { EnvError, parseEnv, SECRET_NAMES } from '../env';

/** A production environment that passes validation; each test spoils one thing. */
const validProduction = (): Record<string, string | undefined> => ({
  NODE_ENV: 'production',
  APP_KEYS: 'k1-aaaaaaaaaaaaaaaa,k2-bbbbbbbbbbbbbbbb',
  API_TOKEN_SALT: 'salt-cccccccccccccccc',
  ADMIN_JWT_SECRET: 'admin-dddddddddddddddd',
  TRANSFER_TOKEN_SALT: 'transfer-eeeeeeeeeeeeeeee',
  JWT_SECRET: 'jwt-ffffffffffffffff',
  ENCRYPTION_KEY: 'encryption-gggggggggggggggg',
  BUILD_API_TOKEN: 'build-hhhhhhhhhhhhhhhhhhhhhhhh',
});

const problemsOf = (source: Record<string, string | undefined>): string[] => {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseEnv', () => {
  it('accepts a complete production environment', () => {
    const env = parseEnv(validProduction());
    expect(env.isProduction).toBe(true);
    expect(env.APP_KEYS).toEqual(['k1-aaaaaaaaaaaaaaaa', 'k2-bbbbbbbbbbbbbbbb']);
    expect(env.GRAPHQL_MAX_LIMIT).toBe(100);
  });

  it.each(SECRET_NAMES.map((name) => [name]))('refuses production without %s, naming it', (name) => {
    const source = { ...validProduction(), [name]: undefined };
    expect(problemsOf(source)).toEqual([`${name} is missing`]);
    expect(() => parseEnv(source)).toThrow(new RegExp(`^The CMS cannot start: ${name} is missing`));
  });

  it.each([
    ['ADMIN_JWT_SECRET', 'tobemodified'],
    ['JWT_SECRET', 'changeme-changeme-changeme'],
    ['ENCRYPTION_KEY', 'replace-with-a-real-key-please'],
    ['API_TOKEN_SALT', 'example-salt-value-123456'],
    ['APP_KEYS', 'k1-aaaaaaaaaaaaaaaa,toBeModified2'],
  ])('refuses a placeholder %s in production', (name, value) => {
    expect(problemsOf({ ...validProduction(), [name]: value })).toEqual([
      `${name} is still a placeholder value`,
    ]);
  });

  it('refuses a short secret in production', () => {
    expect(problemsOf({ ...validProduction(), TRANSFER_TOKEN_SALT: 'short' })).toEqual([
      'TRANSFER_TOKEN_SALT is too short (at least 16 characters)',
    ]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ ...validProduction(), JWT_SECRET: undefined, APP_KEYS: 'tobemodified' });
    expect(problems).toEqual(['APP_KEYS is still a placeholder value', 'JWT_SECRET is missing']);
  });

  it('needs a webhook secret in production when a webhook is configured', () => {
    expect(problemsOf({ ...validProduction(), WEBHOOK_URL: 'http://127.0.0.1:4000/rebuild' })).toEqual([
      'WEBHOOK_SECRET is missing',
    ]);
  });

  it('allows development values (but still needs the secrets) outside production', () => {
    const development = { ...validProduction(), NODE_ENV: 'development', JWT_SECRET: 'tobemodified' };
    expect(problemsOf(development)).toEqual([]);
    expect(problemsOf({ ...development, BUILD_API_TOKEN: undefined })).toEqual([]);
    expect(problemsOf({ ...development, ADMIN_JWT_SECRET: undefined })).toEqual([
      'ADMIN_JWT_SECRET is missing',
    ]);
  });

  it('refuses malformed settings by name', () => {
    expect(problemsOf({ ...validProduction(), PORT: 'not-a-port' })[0]).toMatch(/^PORT: /);
    expect(problemsOf({ ...validProduction(), DATABASE_CLIENT: 'mysql' })[0]).toMatch(/^DATABASE_CLIENT: /);
  });
});

describe('parseEnv: the draft preview', () => {
  const preview = { PREVIEW_URL: 'https://preview.example.org' };

  it('is off without PREVIEW_URL, and needs nothing then', () => {
    expect(problemsOf(validProduction())).toEqual([]);
  });

  it('needs its secret and token in production once PREVIEW_URL turns it on', () => {
    expect(problemsOf({ ...validProduction(), ...preview })).toEqual([
      'PREVIEW_SECRET is missing (the draft preview at PREVIEW_URL needs it)',
      'PREVIEW_API_TOKEN is missing (the draft preview at PREVIEW_URL needs it)',
    ]);
    expect(
      problemsOf({
        ...validProduction(),
        ...preview,
        PREVIEW_SECRET: 'preview-secret-iiiiiiiiiiiiii',
        PREVIEW_API_TOKEN: 'tobemodified',
      }),
    ).toEqual(['PREVIEW_API_TOKEN is still a placeholder value (the draft preview at PREVIEW_URL needs it)']);
  });

  it("refuses a preview on the admin's own origin, where a draft's scripts would run beside its session", () => {
    const complete = {
      ...validProduction(),
      PREVIEW_SECRET: 'preview-secret-iiiiiiiiiiiiii',
      PREVIEW_API_TOKEN: 'preview-token-jjjjjjjjjjjjjj',
    };
    const sameOrigin = 'PREVIEW_URL must be another origin than the admin (its own host name or port)';
    expect(
      problemsOf({
        ...complete,
        PUBLIC_URL: 'https://cms.example.org',
        PREVIEW_URL: 'https://cms.example.org/preview',
      }),
    ).toEqual([sameOrigin]);
    expect(problemsOf({ ...complete, PREVIEW_URL: 'http://127.0.0.1:1337' })).toEqual([sameOrigin]);
    expect(problemsOf({ ...complete, PREVIEW_URL: 'http://127.0.0.1:4323' })).toEqual([]);
    expect(problemsOf({ ...complete, PREVIEW_URL: 'javascript:alert(1)' })[0]).toMatch(
      /PREVIEW_URL must be an http\(s\) URL/,
    );
  });
});
