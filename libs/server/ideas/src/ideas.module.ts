import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { ModerationModule } from '@palier/server-moderation';
import { NotificationsModule } from '@palier/server-notifications';
import { ReportingModule } from '@palier/server-reporting';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeaPhotosController } from './idea-photos.controller';
import { IdeaPhotosService } from './idea-photos.service';
import { IdeasListeners } from './ideas.listeners';
import { IdeasPrivacy } from './ideas.privacy';
import { IdeasReporting } from './ideas.reporting';
import { IdeasRealtime } from './ideas.realtime';
import { IdeasReportables } from './ideas.reportables';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    NotificationsModule,
    ModerationModule,
    ReportingModule,
  ],
  controllers: [IdeaPhotosController],
  providers: [
    IdeasService,
    IdeaPhotosService,
    IdeaCommentsService,
    IdeasResolver,
    IdeasListeners,
    IdeasRealtime,
    IdeasReportables,
    IdeasPrivacy,
    IdeasReporting,
  ],
  exports: [IdeasService],
})
export class IdeasModule {}
