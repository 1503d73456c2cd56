import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { Fragment, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

/** Each booking page is loaded when first opened, in its own file (light pages on old phones). */
function later(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

const ServicesPage = later(() => import('./services-page').then((m) => m.ServicesPage));
const SlotPickerPage = later(() => import('./slot-picker-page').then((m) => m.SlotPickerPage));
const AppointmentPage = later(() => import('./appointment-page').then((m) => m.AppointmentPage));
const SlipPage = later(() => import('./slip-page').then((m) => m.SlipPage));
const AgendaPage = later(() => import('./agenda-page').then((m) => m.AgendaPage));
const BookingSettingsPage = later(() =>
  import('./booking-settings-page').then((m) => m.BookingSettingsPage),
);
const DeskBookingPage = later(() => import('./desk-booking-page').then((m) => m.DeskBookingPage));

function Page({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <LoadingRegion label={t('common.loading')}>
          <Skeleton shape="heading" />
          <Skeleton lines={3} />
        </LoadingRegion>
      }
    >
      {children}
    </Suspense>
  );
}

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
  return (
    <Fragment>
      {PAGES.map(([path, Component]) => (
        <Route
          key={path}
          path={path}
          element={
            <Page>
              <Component />
            </Page>
          }
        />
      ))}
    </Fragment>
  );
}
