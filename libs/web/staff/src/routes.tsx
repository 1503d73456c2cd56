import { LoadingRegion, Skeleton, lazyPage } from '@palier/web-ui';
import { Fragment, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route } from 'react-router';

/**
 * A team page is loaded when first opened, in its own file: residents, often on an old phone,
 * never download the team's pages.
 */
const RequestsPage = lazyPage(() => import('./requests/requests-page').then((m) => m.RequestsPage));
const DeskPage = lazyPage(() => import('./desk/desk-page').then((m) => m.DeskPage));
const ActivationSheetPage = lazyPage(() =>
  import('./desk/activation-sheet-page').then((m) => m.ActivationSheetPage),
);
const ResidentFilePage = lazyPage(() =>
  import('./desk/resident-file-page').then((m) => m.ResidentFilePage),
);
const NewsPage = lazyPage(() => import('./news/news-page').then((m) => m.NewsPage));
const SettingsPage = lazyPage(() => import('./settings/settings-page').then((m) => m.SettingsPage));
const CreateCommunityPage = lazyPage(() =>
  import('./server-admin/create-community-page').then((m) => m.CreateCommunityPage),
);

function Loading() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton shape="heading" />
      <Skeleton lines={3} />
    </LoadingRegion>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** The routes of this feature, placed by the app inside its shell (children of the root route). */
export function staffRoutes() {
  return (
    <Fragment>
      <Route
        path="c/:slug/demandes"
        element={
          <Page>
            <RequestsPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/guichet"
        element={
          <Page>
            <DeskPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/guichet/fiche"
        element={
          <Page>
            <ActivationSheetPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/guichet/personne/:accountId"
        element={
          <Page>
            <ResidentFilePage />
          </Page>
        }
      />
      <Route
        path="c/:slug/annonces"
        element={
          <Page>
            <NewsPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/reglages"
        element={
          <Page>
            <SettingsPage />
          </Page>
        }
      />
      <Route
        path="admin/communautes"
        element={
          <Page>
            <CreateCommunityPage />
          </Page>
        }
      />
    </Fragment>
  );
}
