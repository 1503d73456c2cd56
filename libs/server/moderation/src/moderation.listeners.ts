import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import { NotificationsService } from '@palier/server-notifications';

/** The member concerned by a decision is told why, with a link to appeal it. */
@Injectable()
export class ModerationListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly communities: CommunityService,
  ) {}

  onModuleInit(): void {
    this.events.on('moderation.decided', async (e) => {
      if (!e.subjectId || e.action === 'dismiss') return;
      const community = await this.communities.getById(e.communityId);
      await this.notifications.notify({
        accountIds: [e.subjectId],
        communityId: e.communityId,
        kind: 'moderation_decided',
        data: { community: community.name, reason: e.reason },
        link: `/c/${community.slug}/moderation/mes-decisions`,
      });
    });
  }
}
