import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { Fragment, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

/** Each sharing page is loaded when first opened, in its own file. */
function later(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

const PartnerOffersPage = later(() =>
  import('./partner-offers-page').then((m) => m.PartnerOffersPage),
);
const PartnerOfferPage = later(() =>
  import('./partner-offer-page').then((m) => m.PartnerOfferPage),
);
const OurOffersPage = later(() => import('./our-offers-page').then((m) => m.OurOffersPage));
const PublishOfferPage = later(() =>
  import('./publish-offer-page').then((m) => m.PublishOfferPage),
);
const EditOfferPage = later(() => import('./publish-offer-page').then((m) => m.EditOfferPage));
const OurOfferPage = later(() => import('./our-offer-page').then((m) => m.OurOfferPage));
const PartnershipsPage = later(() => import('./partnerships-page').then((m) => m.PartnershipsPage));

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
  ['c/:slug/partenaires', PartnerOffersPage],
  ['c/:slug/partenaires/:offerId', PartnerOfferPage],
  ['c/:slug/offres', OurOffersPage],
  ['c/:slug/offres/nouvelle', PublishOfferPage],
  ['c/:slug/offres/:offerId', OurOfferPage],
  ['c/:slug/offres/:offerId/modifier', EditOfferPage],
  ['c/:slug/partenariats', PartnershipsPage],
];

/** The routes of sharing between communities, placed by the app inside its shell. */
export function sharingRoutes() {
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
