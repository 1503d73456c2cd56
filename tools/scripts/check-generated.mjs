// Fails when a generated file is stale: the GraphQL schema (apps/api/schema.gql) or the web's
// typed operations (libs/web/data-access/src/generated). Regenerates both, then asks git.
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

const GENERATED = ['apps/api/schema.gql', 'libs/web/data-access/src/generated'];

for (const script of ['schema', 'codegen']) {
  const r = spawnSync('npm', ['run', '-s', script], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const status = spawnSync('git', ['status', '--porcelain', '--', ...GENERATED], {
  cwd: root,
  encoding: 'utf8',
});
if (status.stdout.trim()) {
  process.stderr.write(
    `Generated files are stale:\n${status.stdout}Run \`npm run generate\` and commit the result.\n`,
  );
  spawnSync('git', ['--no-pager', 'diff', '--stat', '--', ...GENERATED], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(1);
}
console.log('Generated files are up to date (schema.gql, web GraphQL types).');
