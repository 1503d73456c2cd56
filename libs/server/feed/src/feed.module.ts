import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { ModerationModule } from '@palier/server-moderation';
import { NotificationsModule } from '@palier/server-notifications';
import { CommentsService } from './comments.service';
import { FeedListeners } from './feed.listeners';
import { FeedSettingsService } from './feed-settings.service';
import { FeedPrivacy } from './feed.privacy';
import { FeedRealtime } from './feed.realtime';
import { FeedReportables } from './feed.reportables';
import { FeedResolver } from './feed.resolver';
import { CommentEntity, MuteEntity, PhotoEntity, PostEntity, ReactionEntity } from './post.entity';
import { PhotosController } from './photos.controller';
import { PhotosService } from './photos.service';
import { PostsService } from './posts.service';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    NotificationsModule,
    ModerationModule,
    TypeOrmModule.forFeature([PostEntity, PhotoEntity, CommentEntity, ReactionEntity, MuteEntity]),
  ],
  controllers: [PhotosController],
  providers: [
    PostsService,
    CommentsService,
    PhotosService,
    FeedSettingsService,
    FeedResolver,
    FeedRealtime,
    FeedListeners,
    FeedReportables,
    FeedPrivacy,
  ],
})
export class FeedModule {}
