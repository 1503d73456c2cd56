import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { FederationService } from './federation.service';

/**
 * After the commit: a partnership answered or ended here is told to the remote community, and
 * the public posts of a community are pushed to its fediverse followers.
 */
@Injectable()
export class FederationListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly federation: FederationService,
  ) {}

  onModuleInit(): void {
    this.events.on(
      'sharing.partnership.changed',
      async ({ partnershipId, byCommunityId, state }) => {
        // Only what our side decided: the remote side's own moves (by its actor URI) came from it.
        if (!byCommunityId.includes(':'))
          await this.federation.partnershipChanged(partnershipId, state);
      },
    );
    const followers = this.federation.followers;
    this.events.on('feed.post.published', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.postChanged(postId);
    });
    this.events.on('feed.post.changed', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.postChanged(postId);
    });
    this.events.on('feed.post.removed', async ({ postId, visibility }) => {
      if (visibility === 'public') await followers.retract(postId);
    });
  }
}
