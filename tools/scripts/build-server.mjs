// Compiles the server side (apps/api, libs/server/*, libs/shared) to dist/api with SWC, keeping
// the folder layout and rewriting the @palier/* path aliases to relative imports.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { transformFile } from '@swc/core';

const require = createRequire(import.meta.url);
const { swcOptions } = require('../swc-options.cjs');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// PALIER_BUILD_OUT: another folder (the integration tests build their own, dist/api-test).
const out = join(root, process.env.PALIER_BUILD_OUT ?? join('dist', 'api'));
const sources = ['apps/api/src', 'libs/server', 'libs/shared/src'];
const skip = /(\.spec\.ts|\.integration-spec\.ts|\.d\.ts)$|\/(test|testing)\//;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.ts') && !skip.test(path)) yield path;
  }
}

const started = Date.now();
await rm(out, { recursive: true, force: true });
const options = swcOptions({ rewritePaths: true });
let count = 0;
for (const source of sources) {
  for await (const file of walk(join(root, source))) {
    const rel = relative(root, file);
    const target = join(out, rel.replace(/\.ts$/, '.js'));
    const { code, map } = await transformFile(file, {
      ...options,
      filename: file,
      sourceFileName: relative(dirname(target), file),
      swcrc: false,
      configFile: false,
    });
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) await writeFile(`${target}.map`, map);
    count++;
  }
}
console.log(`Server built: ${count} files in ${Date.now() - started} ms → ${relative(root, out)}`);
