import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn, UuidPipe, type Viewer } from '@palier/server-core';
import {
  NotificationConnectionDto,
  NotificationSettingsDto,
  QuietHoursInput,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationConnectionDto, { description: 'My notifications, newest first.' })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NotificationConnectionDto> {
    return this.service.list(viewer.accountId, first, after);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of my notifications are unread (the bell).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Mark one notification read; returns the new unread count.' })
  markNotificationRead(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<number> {
    return this.service.markRead(viewer.accountId, id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Mark all my notifications read; returns 0.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markRead(viewer.accountId, null);
  }

  @SignedIn()
  @Query(() => NotificationSettingsDto, { description: 'My email preferences and quiet hours.' })
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettingsDto> {
    return this.service.settings(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => NotificationSettingsDto, { description: 'Choose how I get emails of one kind.' })
  async setNotificationPreference(
    @CurrentViewer() viewer: Viewer,
    @Args('kind') kind: string,
    @Args('channel') channel: string,
  ): Promise<NotificationSettingsDto> {
    await this.service.setPreference(viewer.accountId, kind, channel);
    return this.service.settings(viewer.accountId);
  }

  @SignedIn()
  @Mutation(() => NotificationSettingsDto, {
    description: 'Set (or clear, with nulls) my quiet hours.',
  })
  async setQuietHours(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: QuietHoursInput,
  ): Promise<NotificationSettingsDto> {
    await this.service.setQuietHours(viewer.accountId, input.start, input.end);
    return this.service.settings(viewer.accountId);
  }

  @Public()
  @Mutation(() => String, {
    description: 'One-click unsubscribe from an email link; returns the kind stopped.',
  })
  unsubscribe(@Args('token') token: string): Promise<string> {
    return this.service.unsubscribe(token);
  }
}
