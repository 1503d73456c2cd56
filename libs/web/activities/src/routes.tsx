import { lazyPage, lazyRoutes } from '@palier/web-ui';
import type { ComponentType } from 'react';

/** Each page is loaded when first opened, in its own file. */
const ActivitiesPage = lazyPage(() => import('./activities-page').then((m) => m.ActivitiesPage));
const ActivityPage = lazyPage(() => import('./activity-page').then((m) => m.ActivityPage));
const ManagePage = lazyPage(() => import('./manage-page').then((m) => m.ManagePage));
const RosterPage = lazyPage(() => import('./roster-page').then((m) => m.RosterPage));
const CheckInPage = lazyPage(() => import('./check-in-page').then((m) => m.CheckInPage));
const DeskRegisterPage = lazyPage(() =>
  import('./desk-register-page').then((m) => m.DeskRegisterPage),
);

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
  return lazyRoutes(PAGES);
}
