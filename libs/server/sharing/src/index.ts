export { SharingModule } from './sharing.module';
export { PartnershipsService } from './partnerships.service';
export { OffersService } from './offers.service';
