import { lazyPage, lazyRoutes } from '@palier/web-ui';
import type { ComponentType } from 'react';

/** Each page is loaded when first opened, in its own file. */
const PartnerOffersPage = lazyPage(() =>
  import('./partner-offers-page').then((m) => m.PartnerOffersPage),
);
const PartnerOfferPage = lazyPage(() =>
  import('./partner-offer-page').then((m) => m.PartnerOfferPage),
);
const OurOffersPage = lazyPage(() => import('./our-offers-page').then((m) => m.OurOffersPage));
const PublishOfferPage = lazyPage(() =>
  import('./publish-offer-page').then((m) => m.PublishOfferPage),
);
const EditOfferPage = lazyPage(() => import('./publish-offer-page').then((m) => m.EditOfferPage));
const OurOfferPage = lazyPage(() => import('./our-offer-page').then((m) => m.OurOfferPage));
const PartnershipsPage = lazyPage(() =>
  import('./partnerships-page').then((m) => m.PartnershipsPage),
);

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
  return lazyRoutes(PAGES);
}
