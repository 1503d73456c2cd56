import { lazyPage } from '@palier/web-ui';
import { PageSkeleton } from '@palier/web-identity';
import { RequireSignIn } from '@palier/web-session';
import { Fragment, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';

const MyDataPage = lazyPage(() => import('./my-data/my-data-page').then((m) => m.MyDataPage));
const DeleteAccountPage = lazyPage(() =>
  import('./delete-account/delete-account-page').then((m) => m.DeleteAccountPage),
);
const PrivacyPage = lazyPage(() => import('./register/privacy-page').then((m) => m.PrivacyPage));
const PrivacyAdminPage = lazyPage(() =>
  import('./admin/privacy-admin-page').then((m) => m.PrivacyAdminPage),
);

function Page({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const page = <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
  return signedIn ? <RequireSignIn>{page}</RequireSignIn> : page;
}

/** The routes of the privacy centre, placed by the app inside its shell. */
export function privacyRoutes() {
  return (
    <Fragment>
      <Route
        path="compte/donnees"
        element={
          <Page signedIn>
            <MyDataPage />
          </Page>
        }
      />
      <Route
        path="compte/supprimer"
        element={
          <Page signedIn>
            <DeleteAccountPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/confidentialite"
        element={
          <Page>
            <PrivacyPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/confidentialite/gerer"
        element={
          <Page>
            <PrivacyAdminPage />
          </Page>
        }
      />
    </Fragment>
  );
}
