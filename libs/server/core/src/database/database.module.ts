import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { MixedList } from 'typeorm';
import type { DatabaseEndpoint } from './database-endpoint';

export interface DatabaseModuleOptions {
  endpoint: DatabaseEndpoint;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/**
 * TypeORM on PostgreSQL. `synchronize` is off for good: the schema only changes through the
 * migrations, which run at start (each in its own transaction).
 */
@Module({})
export class DatabaseModule {
  static forRoot({ endpoint, migrations }: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: endpoint.url,
          extra: { max: endpoint.poolSize, connectionTimeoutMillis: 10_000 },
          autoLoadEntities: true,
          synchronize: false,
          migrations,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          retryAttempts: 2,
          retryDelay: 1000,
          logging: ['error'],
        }),
      ],
    };
  }
}
