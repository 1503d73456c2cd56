import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { Fragment, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

/** Each activities page is loaded when first opened, in its own file. */
function later(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

const ActivitiesPage = later(() => import('./activities-page').then((m) => m.ActivitiesPage));
const ActivityPage = later(() => import('./activity-page').then((m) => m.ActivityPage));
const ManagePage = later(() => import('./manage-page').then((m) => m.ManagePage));
const RosterPage = later(() => import('./roster-page').then((m) => m.RosterPage));
const CheckInPage = later(() => import('./check-in-page').then((m) => m.CheckInPage));
const DeskRegisterPage = later(() =>
  import('./desk-register-page').then((m) => m.DeskRegisterPage),
);

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
  ['c/:slug/activites', ActivitiesPage],
  ['c/:slug/activites/gestion', ManagePage],
  ['c/:slug/activites/:id', ActivityPage],
  ['c/:slug/activites/:id/inscrits', RosterPage],
  ['c/:slug/activites/:id/accueil', DeskRegisterPage],
  ['c/:slug/activites/seance/:sessionId/appel', CheckInPage],
];

/** The routes of activities, placed by the app inside its shell (children of the root route). */
export function activitiesRoutes() {
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
