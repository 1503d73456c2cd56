import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationsModule } from '@palier/server-notifications';
import { ACTIVITY_ENTITIES } from './activity.entity';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    NotificationsModule,
    TypeOrmModule.forFeature(ACTIVITY_ENTITIES),
  ],
  providers: [],
})
export class ActivitiesModule {}
