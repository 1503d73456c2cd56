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

/** ESM-only packages that Fedify's CommonJS build requires: compiled to CommonJS for Jest. */
const ESM_ONLY = ['ky', 'structured-field-values', 'url-template'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...server, swcrc: false }],
    '^.+\\.tsx$': ['@swc/jest', { ...web, swcrc: false }],
    '^.+\\.js$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
        module: { type: 'commonjs' },
        swcrc: false,
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: jestModuleNameMapper(),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
};
