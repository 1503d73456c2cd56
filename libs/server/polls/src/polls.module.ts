import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { ModerationModule } from '@palier/server-moderation';
import { NotificationsModule } from '@palier/server-notifications';
import { ReportingModule } from '@palier/server-reporting';
import { PollPhotosController } from './poll-photos.controller';
import { PollPhotosService } from './poll-photos.service';
import { PollsController } from './polls.controller';
import { PollsPrivacy } from './polls.privacy';
import { PollsReporting } from './polls.reporting';
import { PollsRealtime } from './polls.realtime';
import { PollsReportables } from './polls.reportables';
import { PollsResolver } from './polls.resolver';
import { PollsService } from './polls.service';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    NotificationsModule,
    ModerationModule,
    ReportingModule,
  ],
  controllers: [PollsController, PollPhotosController],
  providers: [
    PollsService,
    PollPhotosService,
    PollsResolver,
    PollsRealtime,
    PollsReportables,
    PollsPrivacy,
    PollsReporting,
  ],
  exports: [PollsService],
})
export class PollsModule {}
