import { Module } from '@nestjs/common';
import { CommunityModule } from '@palier/server-community';
import { IdentityModule } from '@palier/server-identity';
import { NotificationsModule } from '@palier/server-notifications';
import { BookingGateway } from './booking.gateway';
import { BookingPrivacy } from './booking.privacy';
import { BookingResolver } from './booking.resolver';
import { BookingService } from './booking.service';
import { CalendarController } from './calendar.controller';
import { CatalogueService } from './catalogue.service';

@Module({
  imports: [CommunityModule, IdentityModule, NotificationsModule],
  controllers: [CalendarController],
  providers: [BookingService, CatalogueService, BookingResolver, BookingPrivacy, BookingGateway],
  exports: [BookingService, CatalogueService],
})
export class BookingModule {}
