export { BookingModule } from './booking.module';
export { BookingService } from './booking.service';
export { CatalogueService } from './catalogue.service';
