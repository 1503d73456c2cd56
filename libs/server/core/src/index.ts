export * from './config/app-config';
export { APP_CONFIG } from './config/config.module';
export * from './database/database-endpoint';
export { EmbeddedDatabaseLockedError, startEmbeddedPostgres } from './database/embedded-postgres';
export * from './errors/app-error';
export * from './access/access.decorators';
export type { GraphqlContext } from './graphql/graphql.module';
export * from './core.module';
