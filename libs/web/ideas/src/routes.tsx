import { LoadingRegion, Skeleton } from '@palier/web-ui';
import { Fragment, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

/** Each idea box page is loaded when first opened, in its own file (light pages on old phones). */
function later(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

const IdeasPage = later(() => import('./ideas-page').then((m) => m.IdeasPage));
const IdeaFormPage = later(() => import('./idea-form-page').then((m) => m.IdeaFormPage));
const IdeaPage = later(() => import('./idea-page').then((m) => m.IdeaPage));
const CategoriesPage = later(() => import('./categories-page').then((m) => m.CategoriesPage));

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
  ['c/:slug/idees', IdeasPage],
  ['c/:slug/idees/nouvelle', IdeaFormPage],
  ['c/:slug/idees/categories', CategoriesPage],
  ['c/:slug/idees/:ideaId', IdeaPage],
];

/** The routes of the idea box, placed by the app inside its shell. */
export function ideasRoutes() {
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
