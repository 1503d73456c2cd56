import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import { NotificationsService } from '@palier/server-notifications';

/**
 * After the commit: the author and the supporters of an idea are told of each change of status
 * (with the centre's answer), the authors of merged ideas of the merge — each as their
 * notification preferences say (in-app always, email per their channel).
 */
@Injectable()
export class IdeasListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly communities: CommunityService,
  ) {}

  onModuleInit(): void {
    this.events.on('ideas.status.changed', async (e) => {
      const community = await this.communities.getById(e.communityId);
      await this.notifications.notify({
        accountIds: e.recipientIds,
        communityId: e.communityId,
        kind: 'idea_status_changed',
        data: { title: e.title, status: e.status, answer: e.answer, community: community.name },
        link: `/c/${community.slug}/idees/${e.ideaId}`,
      });
    });
    this.events.on('ideas.merged', async (e) => {
      const community = await this.communities.getById(e.communityId);
      await this.notifications.notify({
        accountIds: e.recipientIds,
        communityId: e.communityId,
        kind: 'idea_merged',
        data: { title: e.duplicateTitle, into: e.intoTitle, community: community.name },
        link: `/c/${community.slug}/idees/${e.intoId}`,
      });
    });
  }
}
