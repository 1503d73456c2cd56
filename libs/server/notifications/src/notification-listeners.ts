import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import { MembershipsService } from '@palier/server-identity';
import { NotificationsService } from './notifications.service';

/** Turns the other modules' domain events into notifications for the people concerned. */
@Injectable()
export class NotificationListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly memberships: MembershipsService,
    private readonly communities: CommunityService,
  ) {}

  onModuleInit(): void {
    this.events.on('membership.requested', async (e) => {
      const community = await this.communities.getById(e.communityId);
      await this.notifications.notify({
        accountIds: await this.memberships.accountsWithRoles(e.communityId, ['builder', 'admin']),
        communityId: e.communityId,
        kind: 'membership_requested',
        data: { name: e.displayName, community: community.name },
        link: `/c/${community.slug}/demandes`,
      });
    });
    this.events.on('membership.decided', async (e) => {
      const community = await this.communities.getById(e.communityId);
      await this.notifications.notify({
        accountIds: [e.accountId],
        communityId: e.communityId,
        kind: 'membership_decided',
        data: { community: community.name, admitted: String(e.admitted), message: e.message ?? '' },
        link: `/c/${community.slug}/espace`,
      });
    });
    this.events.on('household.invited', (e) =>
      this.notifications.notify({
        accountIds: [e.accountId],
        communityId: null,
        kind: 'household_invited',
        data: { household: e.householdName, invitedBy: e.invitedByName },
        link: '/foyer',
      }),
    );
  }
}
