// `npm start`: builds the API and the web app, then starts Palier. Without DATABASE_URL it uses
// the embedded PostgreSQL in DATA_DIR (./data) and puts the demo content in place.
import { spawn, spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

const build = spawnSync(process.execPath, ['tools/scripts/build.mjs'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
