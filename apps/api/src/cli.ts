import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { Jobs, loadConfig, openDatabase } from '@palier/server-core';
import { AppModule } from './app.module';
import { createAdmin, createCommunity, UsageError } from './cli/admin-commands';
import { printSchema } from './cli/print-schema';
import { seedDemo } from './demo/seed-demo';
import { failStartup } from './startup-errors';

const USAGE = `Usage: palier <command>
  migrate             apply the database migrations
  seed                put the demo communities in place (idempotent)
  schema [file]       print the GraphQL schema (to a file when given)
  run-job <name>      run a background job now (deliver-emails, send-digests)
  create-admin --email … --name …
                      make a server administrator (prints a password for a new account)
  create-community --slug … --name … --address … --postal-code … --city … --admin-email …
                      create a community with its first admin`;

async function withApp(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<void>,
) {
  // A command does its one thing: the scheduler stays off, whatever RUN_JOBS says.
  const config = loadConfig({ ...process.env, RUN_JOBS: 'false' });
  const endpoint = await openDatabase(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, endpoint), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    await work(app);
  } finally {
    await app.close();
    await endpoint.close();
  }
}

async function run(command: string | undefined, args: string[]): Promise<void> {
  switch (command) {
    case 'migrate':
      // Migrations run when the application context opens the database.
      return withApp(async () => {
        process.stdout.write('Migrations applied.\n');
      });
    case 'seed':
      return withApp(async (app) => {
        const created = await seedDemo(app);
        process.stdout.write(
          created.length ? `Created: ${created.join(', ')}\n` : 'Demo content already in place.\n',
        );
      });
    case 'run-job':
      return withApp(async (app) => {
        const jobs = app.get(Jobs);
        if (!args[0] || !jobs.names().includes(args[0])) {
          throw new UsageError(
            `Usage: run-job <name>, with a name among: ${jobs.names().join(', ')}`,
          );
        }
        const result = await jobs.runNow(args[0]);
        process.stdout.write(`${args[0]}: ${result ?? 'nothing to do'}\n`);
      });
    case 'create-admin':
      return withApp(async (app) => {
        process.stdout.write(`${await createAdmin(app, args)}\n`);
      });
    case 'create-community':
      return withApp(async (app) => {
        process.stdout.write(`${await createCommunity(app, args)}\n`);
      });
    case 'schema': {
      const schema = await printSchema();
      if (args[0]) writeFileSync(args[0], schema);
      else process.stdout.write(schema);
      return;
    }
    default:
      process.stdout.write(`${USAGE}\n`);
      if (command && command !== 'help') process.exitCode = 2;
  }
}

run(process.argv[2], process.argv.slice(3)).catch((error) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  failStartup(error);
});
