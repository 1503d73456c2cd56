const preset = require('./jest.preset.cjs');

/** Unit tests: `*.spec.ts` beside the code, no database. */
module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'],
};
