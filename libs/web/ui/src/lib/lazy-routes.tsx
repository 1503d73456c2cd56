import { Fragment, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';
import { LoadingRegion, Skeleton } from './skeleton';

/** A page loaded when first opened, in its own file: `lazyPage(() => import('./x').then((m) => m.XPage))`. */
export function lazyPage<P extends object = object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/** While a page's file loads: a polite "Chargement…" region with the page's outline. */
function PageLoading({ children }: { children: ReactNode }) {
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

/**
 * The routes of a feature's lazily loaded pages (path → page), placed by the app inside its
 * shell as children of the root route.
 */
export function lazyRoutes(pages: [path: string, page: ComponentType][]) {
  return (
    <Fragment>
      {pages.map(([path, Page]) => (
        <Route
          key={path}
          path={path}
          element={
            <PageLoading>
              <Page />
            </PageLoading>
          }
        />
      ))}
    </Fragment>
  );
}
