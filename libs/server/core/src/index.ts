export * from './config/app-config';
export { APP_CONFIG } from './config/config.module';
export * from './database/database-endpoint';
export { EmbeddedDatabaseLockedError, startEmbeddedPostgres } from './database/embedded-postgres';
export * from './errors/app-error';
export * from './access/access.decorators';
export type { GraphqlContext } from './graphql/graphql.module';
export * from './core.module';
export * from './access/viewer';
export { CurrentViewer, CurrentMembership } from './access/request-context';
export * from './privacy/privacy-registry';
export * from './privacy/access-log';
export * from './validation/parse-input';
export * from './rate-limit/rate-limits';
export { Outbox, type OutgoingEmail } from './email/outbox';
export { EmailDelivery } from './email/email-delivery';
export { EmailOutboxEntity } from './email/email-outbox.entity';
export { sameOriginOnly } from './http/same-origin';
export { FileStorage } from './storage/file-storage';
export * from './validation/uuid.pipe';
export { DomainEvents, type DomainEvent, type DomainEventType } from './events/domain-events';
export { ClusterMessages } from './cluster/cluster-messages';

/**
 * The typed map of domain events. It is declared here, in the library's entry point, so that each
 * feature module can add its events by declaration merging:
 * `declare module '@palier/server-core' { interface DomainEventMap { 'x.happened': {…} } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface DomainEventMap {}
export * from './events/transactions';
export { Jobs, type Job } from './jobs/jobs';
export { DATABASE_ENDPOINT } from './database/database.module';
export { encodeCursor, decodeCursor } from './pagination/cursor';
export * from './http/send-attachment';
export { calendarFile, type CalendarEvent, type CalendarFacts } from './calendar/calendar-file';
export * from './export/table-export';
export * from './photos/photo-processing';
export * from './photos/photo-upload';
export { PhotoDto } from './photos/photo.dto';
export { preparedQuery } from './database/prepared-query';
