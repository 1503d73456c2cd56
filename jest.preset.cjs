// Shared Jest settings: TypeScript through SWC (with decorator metadata), path aliases mapped.
const { swcOptions, jestModuleNameMapper } = require('./tools/swc-options.cjs');

const server = swcOptions({ rewritePaths: true });
/** Web specs may reach React components through a library's entry point. */
const web = {
  ...server,
  jsc: {
    ...server.jsc,
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
  },
};

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...server, swcrc: false }],
    '^.+\\.tsx$': ['@swc/jest', { ...web, swcrc: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: jestModuleNameMapper(),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
};
