// SWC settings for the server code (API, server libs, shared lib): TypeScript with the legacy
// decorators and the type metadata NestJS and TypeORM read. Used by the build and by Jest.
const { resolve } = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

function swcOptions({ rewritePaths = false } = {}) {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      ...(rewritePaths ? { baseUrl: resolve(__dirname, '..'), paths: compilerOptions.paths } : {}),
    },
    module: { type: 'commonjs', strictMode: true },
    sourceMaps: true,
  };
}

/** Jest moduleNameMapper entries for the TypeScript path aliases of tsconfig.base.json. */
function jestModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    mapper[`^${alias.replace(/[/.]/g, (c) => '\\' + c)}$`] = `<rootDir>/${target}`;
  }
  return mapper;
}

module.exports = { swcOptions, jestModuleNameMapper };
