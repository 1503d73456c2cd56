import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationsModule } from '@palier/server-notifications';
import { ActivitiesController, ActivityPhotosController } from './activities.controller';
import { ActivitiesPrivacy } from './activities.privacy';
import { ActivitiesResolver } from './activities.resolver';
import { ActivitiesService } from './activities.service';
import { ACTIVITY_ENTITIES } from './activity.entity';
import { ActivityPhotosService } from './activity-photos.service';
import { AttendanceService } from './attendance.service';
import { RegistrationsService } from './registrations.service';

@Module({
  imports: [
    CommunityModule,
    IdentityModule,
    NotificationsModule,
    TypeOrmModule.forFeature(ACTIVITY_ENTITIES),
  ],
  controllers: [ActivitiesController, ActivityPhotosController],
  providers: [
    ActivitiesService,
    RegistrationsService,
    AttendanceService,
    ActivitiesResolver,
    ActivitiesPrivacy,
    ActivityPhotosService,
  ],
  exports: [ActivitiesService, RegistrationsService],
})
export class ActivitiesModule {}
