import { Module } from '@nestjs/common';
import { ModerationModule } from '@palier/server-moderation';
import { NotificationsModule } from '@palier/server-notifications';
import { OfferPhotosController } from './offer-photos.controller';
import { OfferPhotosService } from './offer-photos.service';
import { OffersService } from './offers.service';
import { PartnershipsService } from './partnerships.service';
import { RemoteOffersService } from './remote-offers.service';
import { SharingGateway } from './sharing.gateway';
import { SharingListeners } from './sharing.listeners';
import { SharingPrivacy } from './sharing.privacy';
import { SharingReportables } from './sharing.reportables';
import { SharingResolver } from './sharing.resolver';

@Module({
  imports: [NotificationsModule, ModerationModule],
  controllers: [OfferPhotosController],
  providers: [
    OfferPhotosService,
    PartnershipsService,
    OffersService,
    RemoteOffersService,
    SharingResolver,
    SharingListeners,
    SharingGateway,
    SharingPrivacy,
    SharingReportables,
  ],
  exports: [PartnershipsService, OffersService, RemoteOffersService],
})
export class SharingModule {}
