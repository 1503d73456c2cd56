export { SharingModule } from './sharing.module';
export { PartnershipsService, livePartnershipConflict } from './partnerships.service';
export { OffersService } from './offers.service';
export { PartnershipDto } from './dto/sharing.dto';
