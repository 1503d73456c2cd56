import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';
import type { DatabaseEndpoint } from './database-endpoint';

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
 * TypeORM on PostgreSQL. `synchronize` is off for good: the schema only changes through the
 * migrations, which run at start (each in its own transaction).
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
      migrationsRun: true,
      migrationsTransactionMode: 'each',
      logging: ['error'],
    };
    return {
      module: DatabaseModule,
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
            return dataSource;
          },
        }),
      ],
    };
  }
}
