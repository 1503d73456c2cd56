import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationsModule } from '@palier/server-notifications';
import { AccessLogService } from './access/access-log.service';
import { ConsentsService } from './consents/consents.service';
import { ErasureService } from './erasure/erasure.service';
import { DataExportController } from './export/data-export.controller';
import { DataExportService } from './export/data-export.service';
import { PrivacyCentrePrivacy } from './privacy.privacy';
import { PrivacyJobs } from './privacy.jobs';
import { PrivacyResolver } from './privacy.resolver';
import { RecordsService } from './records/records.service';
import { RetentionService } from './retention/retention.service';

/** The privacy centre (RGPD): consents, my data, erasure, retention, access log and records. */
@Module({
  imports: [CommunityModule, IdentityModule, NotificationsModule],
  controllers: [DataExportController],
  providers: [
    DataExportService,
    ErasureService,
    ConsentsService,
    AccessLogService,
    RetentionService,
    RecordsService,
    PrivacyCentrePrivacy,
    PrivacyJobs,
    PrivacyResolver,
  ],
  exports: [ErasureService],
})
export class PrivacyModule {}
