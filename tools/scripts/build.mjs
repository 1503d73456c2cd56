// Builds what `npm start` and the e2e tests serve: the API (SWC) and the web app (Vite).
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

for (const script of ['build-server.mjs']) {
  const r = spawnSync(process.execPath, [`tools/scripts/${script}`], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const vite = spawnSync(
  process.execPath,
  [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'apps/web/vite.config.mts',
    '--logLevel',
    'warn',
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);
console.log('Web app built → dist/web');
