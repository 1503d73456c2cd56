const preset = require('./jest.preset.cjs');

/**
 * Integration tests: the real Nest app, GraphQL over HTTP, a real PostgreSQL — a fresh database
 * on the server of DATABASE_URL, or else a fresh embedded one (see apps/api/test/global-setup.ts).
 */
module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
  setupFiles: ['<rootDir>/apps/api/test/setup-file.ts'],
  testTimeout: 30_000,
};
