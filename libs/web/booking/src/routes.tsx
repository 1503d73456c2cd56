import { lazyPage, lazyRoutes } from '@palier/web-ui';
import type { ComponentType } from 'react';

/** Each page is loaded when first opened, in its own file. */
const ServicesPage = lazyPage(() => import('./services-page').then((m) => m.ServicesPage));
const SlotPickerPage = lazyPage(() => import('./slot-picker-page').then((m) => m.SlotPickerPage));
const AppointmentPage = lazyPage(() => import('./appointment-page').then((m) => m.AppointmentPage));
const SlipPage = lazyPage(() => import('./slip-page').then((m) => m.SlipPage));
const AgendaPage = lazyPage(() => import('./agenda-page').then((m) => m.AgendaPage));
const BookingSettingsPage = lazyPage(() =>
  import('./booking-settings-page').then((m) => m.BookingSettingsPage),
);
const DeskBookingPage = lazyPage(() =>
  import('./desk-booking-page').then((m) => m.DeskBookingPage),
);

const PAGES: [string, ComponentType][] = [
  ['c/:slug/rendez-vous', ServicesPage],
  ['c/:slug/rendez-vous/service/:serviceId', SlotPickerPage],
  ['c/:slug/rendez-vous/:id', AppointmentPage],
  ['c/:slug/rendez-vous/:id/fiche', SlipPage],
  ['c/:slug/agenda', AgendaPage],
  ['c/:slug/agenda/reserver', DeskBookingPage],
  ['c/:slug/agenda/reglages', BookingSettingsPage],
];

/** The routes of appointments, placed by the app inside its shell (children of the root route). */
export function bookingRoutes() {
  return lazyRoutes(PAGES);
}
