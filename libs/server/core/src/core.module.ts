import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { AppErrorFilter } from './errors/app-error.filter';
import { ClusterModule } from './cluster/cluster.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule, DatabaseModuleOptions } from './database/database.module';
import { GraphqlModule } from './graphql/graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { PrivacyRegistryModule } from './privacy/privacy.module';
import { EmailModule } from './email/email.module';
import { EventsModule } from './events/events.module';
import { JobsModule } from './jobs/jobs.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { StorageModule } from './storage/storage.module';

export interface CoreModuleOptions extends DatabaseModuleOptions {
  config: AppConfig;
}

/** What every Palier process needs: configuration, logs, database, GraphQL, health, access guard. */
@Module({})
export class CoreModule {
  static forRoot({ config, endpoint, migrations }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule.forRoot({ endpoint, migrations }),
        GraphqlModule,
        HealthModule,
        PrivacyRegistryModule,
        EmailModule,
        EventsModule,
        ClusterModule,
        JobsModule,
        RateLimitModule,
        StorageModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
