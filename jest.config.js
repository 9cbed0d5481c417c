/**
 * Test tiers: `unit` tests sit beside the code in __tests__/; `integration` tests boot a real
 * Strapi in-process (cms/tests/) on SQLite or PostgreSQL, chosen by DATABASE_CLIENT.
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2023' },
    module: { type: 'commonjs' },
  },
];
// Upload type detection (cms/src/uploads) uses file-type, which is ESM only and whose package
// exports offer nothing jest's require can resolve: map it to its entry, and let swc compile it
// and its ESM dependencies like our own code.
const esmOnlyPackages = [
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];
const esmOnly = {
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
};
const ignore = [
  '/node_modules/',
  '<rootDir>/cms/\\.tmp/',
  '<rootDir>/cms/dist/',
  '<rootDir>/web/dist/',
  '<rootDir>/\\.tools/',
];

/** @type {import('jest').Config} */
module.exports = {
  // Read only at the top level: boots of a real CMS under load take longer than jest's 5 s.
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      ...esmOnly,
      testMatch: ['<rootDir>/{cms,web,scripts,shared-types}/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      ...esmOnly,
      testMatch: ['<rootDir>/cms/tests/**/*.test.ts', '<rootDir>/web/tests/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
      globalSetup: '<rootDir>/cms/tests/setup/global-setup.ts',
      globalTeardown: '<rootDir>/cms/tests/setup/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      // Browser tests: one CMS boot and site build for the run, served by the production site handler.
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      ...esmOnly,
      testMatch: ['<rootDir>/e2e/**/*.test.ts'],
      // The publishing, production and drill tests run whole systems themselves: own projects below.
      testPathIgnorePatterns: [
        ...ignore,
        '<rootDir>/e2e/publishing/',
        '<rootDir>/e2e/production/',
        '<rootDir>/e2e/drills/',
      ],
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
    {
      // Publishing end to end: the whole system (CMS child process, rebuild service, admin UI in Chromium).
      displayName: 'e2e-publishing',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      testMatch: ['<rootDir>/e2e/publishing/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
    },
    {
      // Production topology as plain processes (CMS in production on PostgreSQL, rebuild worker,
      // Debian's nginx) and the deployment files (compose, Dockerfiles, nginx config).
      displayName: 'production',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      testMatch: ['<rootDir>/e2e/production/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
      slowTestThreshold: 60,
    },
    {
      // Bad-day drills: the CMS stopped mid-build, PostgreSQL restarted, an unwritable release dir.
      displayName: 'drills',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j|mj)sx?$': swc },
      testMatch: ['<rootDir>/e2e/drills/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/cms/dist/', '<rootDir>/cms/\\.tmp/'],
      slowTestThreshold: 60,
    },
  ],
};
