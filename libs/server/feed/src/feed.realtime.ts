import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { RealtimeGateway } from '@palier/server-notifications';
import { rooms, type PostVisibility } from '@palier/shared';

/**
 * Live feed: the ids of new, changed and removed posts go to the community's members room; public
 * posts also to its public room (visitors of the sas). Never the content: clients read it through
 * the API, where the visibility rule applies.
 */
@Injectable()
export class FeedRealtime implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly gateway: RealtimeGateway,
  ) {}

  private roomsOf(communityId: string, visibility: PostVisibility): string[] {
    return visibility === 'public'
      ? [rooms.community(communityId), rooms.communityPublic(communityId)]
      : [rooms.community(communityId)];
  }

  onModuleInit(): void {
    this.events.on('feed.post.published', (e) => {
      this.gateway.server.to(this.roomsOf(e.communityId, e.visibility)).emit('feed:post-new', {
        communityId: e.communityId,
        postId: e.postId,
        authorId: e.authorId,
      });
    });
    this.events.on('feed.post.changed', (e) => {
      this.gateway.server.to(this.roomsOf(e.communityId, e.visibility)).emit('feed:post-changed', {
        communityId: e.communityId,
        postId: e.postId,
        authorId: e.authorId,
      });
    });
    this.events.on('feed.post.removed', (e) => {
      this.gateway.server.to(this.roomsOf(e.communityId, e.visibility)).emit('feed:post-removed', {
        communityId: e.communityId,
        postId: e.postId,
        authorId: e.authorId,
        deleted: e.deleted,
      });
    });
  }
}
