// The server the e2e tests drive: the built app on PORT, a fresh embedded database, demo content.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const port = process.env.PORT ?? '4317';
const dataDir = join(root, 'tmp', `e2e-data-${port}`);
rmSync(dataDir, { recursive: true, force: true });
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // Development: the same code as production (log level and demo content are set below), plus
    // the development mailbox (/dev/mailbox) that journeys read their emails from.
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    DEMO_CONTENT: 'true',
    LOG_LEVEL: 'warn',
    // Every journey logs in from 127.0.0.1: the per-address limit would stop the suite.
    LOGIN_ATTEMPTS_PER_IP: '100000',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
