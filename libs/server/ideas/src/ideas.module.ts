import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { ModerationModule } from '@palier/server-moderation';
import { NotificationsModule } from '@palier/server-notifications';
import { IdeaCommentsService } from './idea-comments.service';
import { IdeasListeners } from './ideas.listeners';
import { IdeasPrivacy } from './ideas.privacy';
import { IdeasRealtime } from './ideas.realtime';
import { IdeasReportables } from './ideas.reportables';
import { IdeasResolver } from './ideas.resolver';
import { IdeasService } from './ideas.service';

@Module({
  imports: [CommunityModule, NotificationsModule, ModerationModule],
  providers: [
    IdeasService,
    IdeaCommentsService,
    IdeasResolver,
    IdeasListeners,
    IdeasRealtime,
    IdeasReportables,
    IdeasPrivacy,
  ],
  exports: [IdeasService],
})
export class IdeasModule {}
