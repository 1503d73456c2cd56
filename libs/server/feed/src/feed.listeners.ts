import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import { NotificationsService } from '@palier/server-notifications';

/** Members mentioned in a post or a comment get a notification. */
@Injectable()
export class FeedListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly communities: CommunityService,
  ) {}

  onModuleInit(): void {
    const mentioned =
      (where: 'post' | 'comment') =>
      async (e: {
        communityId: string;
        postId: string;
        authorName: string;
        mentionedIds: string[];
      }) => {
        if (!e.mentionedIds.length) return;
        const community = await this.communities.getById(e.communityId);
        await this.notifications.notify({
          accountIds: e.mentionedIds,
          communityId: e.communityId,
          kind: 'feed_mentioned',
          data: { name: e.authorName, community: community.name, in: where },
          link: `/c/${community.slug}/fil/${e.postId}`,
        });
      };
    this.events.on('feed.post.published', mentioned('post'));
    this.events.on('feed.comment.added', mentioned('comment'));
  }
}
