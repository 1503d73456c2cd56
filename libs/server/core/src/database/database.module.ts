import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseEndpoint } from './database-endpoint';

/** Injection token of the {@link DatabaseEndpoint} the process uses. */
export const DATABASE_ENDPOINT = Symbol('DATABASE_ENDPOINT');

export interface DatabaseModuleOptions {
  endpoint: DatabaseEndpoint;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/**
 * The embedded PostgreSQL has one session shared by every connection made to it over time, so
 * what a connection leaves behind (named prepared statements, settings) would still be there for
 * the next one. Each new connection therefore starts with DISCARD ALL, as a fresh server session.
 */
async function startCleanSessions(dataSource: DataSource): Promise<void> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  pool.on('connect', (client: PoolClient) => {
    client.query('DISCARD ALL').catch(() => undefined);
  });
  await dataSource.query('DISCARD ALL');
}

/**
 * Applies the pending migrations. On a PostgreSQL server several API processes may start at
 * once: an advisory lock makes them take turns, so each migration runs exactly once.
 */
async function migrate(dataSource: DataSource, endpoint: DatabaseEndpoint): Promise<void> {
  if (endpoint.embedded) {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('palier:migrations'))`);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext('palier:migrations'))`);
    }
  } finally {
    await runner.release();
  }
}

/**
 * TypeORM on PostgreSQL. `synchronize` is off for good: the schema only changes through the
 * migrations, which run at start (each in its own transaction), see `migrate`.
 */
@Module({})
export class DatabaseModule {
  static forRoot({ endpoint, migrations }: DatabaseModuleOptions): DynamicModule {
    const options: DataSourceOptions = {
      type: 'postgres',
      url: endpoint.url,
      extra: { max: endpoint.poolSize, connectionTimeoutMillis: 10_000 },
      synchronize: false,
      migrations,
      migrationsTransactionMode: 'each',
      logging: ['error'],
    };
    return {
      module: DatabaseModule,
      global: true,
      providers: [{ provide: DATABASE_ENDPOINT, useValue: endpoint }],
      exports: [DATABASE_ENDPOINT],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...options,
            autoLoadEntities: true,
            retryAttempts: 2,
            retryDelay: 1000,
          }),
          dataSourceFactory: async (resolved) => {
            const dataSource = await new DataSource(resolved as DataSourceOptions).initialize();
            if (endpoint.embedded) await startCleanSessions(dataSource);
            await migrate(dataSource, endpoint);
            return dataSource;
          },
        }),
      ],
    };
  }
}
