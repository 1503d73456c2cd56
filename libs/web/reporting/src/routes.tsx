import { lazyPage, lazyRoutes } from '@palier/web-ui';

const ReportingPage = lazyPage(() => import('./reporting-page').then((m) => m.ReportingPage));

/** The reporting page, placed by the app inside its shell (a child of the root route). */
export function reportingRoutes() {
  return lazyRoutes([['c/:slug/bilan', ReportingPage]]);
}
