import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { NotificationsModule } from '@palier/server-notifications';
import { CommentThreads } from './comment-threads';
import { ModerationListeners } from './moderation.listeners';
import { ModerationPrivacy } from './moderation.privacy';
import { ModerationRegistry } from './moderation.registry';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [CommunityModule, NotificationsModule],
  providers: [
    ModerationRegistry,
    ModerationService,
    ModerationResolver,
    ModerationListeners,
    ModerationPrivacy,
    CommentThreads,
  ],
  exports: [ModerationRegistry, ModerationService, CommentThreads],
})
export class ModerationModule {}
