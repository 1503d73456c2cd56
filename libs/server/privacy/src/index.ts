export { PrivacyModule } from './privacy.module';
export { ErasureService } from './erasure/erasure.service';
export { PRIVACY_REQUESTS_JOB, RETENTION_JOB } from './privacy.jobs';
export { RetentionService } from './retention/retention.service';
