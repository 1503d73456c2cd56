// Shared Jest settings: TypeScript through SWC (with decorator metadata), path aliases mapped.
const { swcOptions, jestModuleNameMapper } = require('./tools/swc-options.cjs');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcOptions({ rewritePaths: true }), swcrc: false }],
  },
  moduleNameMapper: jestModuleNameMapper(),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
};
