export { FederationModule } from './federation.module';
export { FederationHttp, INBOX_RATE, MAX_ACTIVITY_BYTES } from './federation.http';
export { FederationService } from './federation.service';
export { PostgresKvStore } from './store/postgres-kv-store';
export { PostgresMessageQueue } from './store/postgres-message-queue';
