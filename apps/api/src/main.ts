import {
  loadConfig,
  openDatabase,
  type AppConfig,
  type DatabaseEndpoint,
} from '@palier/server-core';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './bootstrap';
import { DEMO_COMMUNITIES, DEMO_PASSWORD, DEMO_SERVER_ADMIN } from './demo/demo-communities';
import { seedDemo } from './demo/seed-demo';
import { failStartup } from './startup-errors';

async function main(): Promise<void> {
  let config: AppConfig | undefined;
  let endpoint: DatabaseEndpoint | undefined;
  let app: INestApplication | undefined;
  const stop = async (signal: string) => {
    process.stdout.write(`\nPalier stops (${signal}).\n`);
    await app?.close().catch(() => undefined);
    await endpoint?.close().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    config = loadConfig();
    endpoint = await openDatabase(config);
    app = await createApp(config, endpoint);
    const created = config.demoContent ? await seedDemo(app) : [];
    await app.listen(config.port, config.host);
    const lines = [
      '',
      `Palier is running: ${config.publicUrl}`,
      `  database: ${endpoint.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server (DATABASE_URL)'}`,
      `  health:   ${config.publicUrl}/health`,
    ];
    if (config.demoContent) {
      lines.push(
        `  demo content: ${created.length ? `created ${created.join(', ')}` : 'already in place'}`,
        `  demo accounts (password ${DEMO_PASSWORD}):`,
        `    ${DEMO_SERVER_ADMIN.email.padEnd(40)} server administrator`,
        ...DEMO_COMMUNITIES.flatMap((community) =>
          community.accounts.map(
            (a) => `    ${a.email.padEnd(40)} ${a.role} — ${String(community.profile['name'])}`,
          ),
        ),
      );
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await endpoint?.close().catch(() => undefined);
    failStartup(error, config?.port);
  }
}

void main();
