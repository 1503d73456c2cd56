import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule, DatabaseEndpoint } from '@palier/server-core';
import { ActivitiesModule } from '@palier/server-activities';
import { BookingModule } from '@palier/server-booking';
import { SharingModule } from '@palier/server-sharing';
import { FederationModule } from '@palier/server-federation';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationsModule } from '@palier/server-notifications';
import { PrivacyModule } from '@palier/server-privacy';
import { FeedModule } from '@palier/server-feed';
import { ModerationModule } from '@palier/server-moderation';
import { IdeasModule } from '@palier/server-ideas';
import { PollsModule } from '@palier/server-polls';
import { ReportingModule } from '@palier/server-reporting';
import { MIGRATIONS } from './migrations';

/** The feature modules that make up Palier, in one list (also read by the schema printer). */
export const FEATURE_MODULES = [
  CommunityModule,
  IdentityModule,
  NotificationsModule,
  PrivacyModule,
  ModerationModule,
  FeedModule,
  BookingModule,
  SharingModule,
  IdeasModule,
  ActivitiesModule,
  PollsModule,
  ReportingModule,
  FederationModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, endpoint: DatabaseEndpoint): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, endpoint, migrations: MIGRATIONS }),
        ...FEATURE_MODULES,
      ],
    };
  }
}
