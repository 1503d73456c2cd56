import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationEntity, NotificationPreferenceEntity } from './notification.entity';
import { NotificationListeners } from './notification-listeners';
import { NotificationsPrivacy } from './notifications.privacy';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity]),
  ],
  providers: [
    NotificationsService,
    NotificationListeners,
    NotificationsResolver,
    NotificationsPrivacy,
    RealtimeGateway,
  ],
  exports: [NotificationsService, RealtimeGateway],
})
export class NotificationsModule {}
