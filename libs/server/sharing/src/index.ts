export { SharingModule } from './sharing.module';
export { PartnershipsService, livePartnershipConflict } from './partnerships.service';
export { OffersService, type ClaimRow, type RemoteClaim } from './offers.service';
export { RemoteOffersService, type MirroredOffer } from './remote-offers.service';
export { isClosed } from './offers.service';
export { ADDRESSED_PARTNERSHIPS, type OfferRow } from './sharing.sql';
export { PartnershipDto } from './dto/sharing.dto';
