import { lazyPage } from '@palier/web-ui';
import { RequireSignIn } from '@palier/web-session';
import { Fragment, Suspense, type ReactNode } from 'react';
import { Route } from 'react-router';
import { PageSkeleton } from './common/page-skeleton';
import { DocumentPage } from './sas/document-page';
import { SasPage } from './sas/sas-page';
import './identity.css';

/**
 * A page loaded when first opened: the sas stays light (it is what most people open, often on an
 * old phone), the other pages come in their own files.
 */
const JoinPage = lazyPage(() => import('./join/join-page').then((m) => m.JoinPage));
const LogInPage = lazyPage(() => import('./auth/log-in-page').then((m) => m.LogInPage));
const SignUpPage = lazyPage(() => import('./auth/sign-up-page').then((m) => m.SignUpPage));
const ForgotPasswordPage = lazyPage(() =>
  import('./auth/forgot-password-page').then((m) => m.ForgotPasswordPage),
);
const NewPasswordPage = lazyPage(() =>
  import('./auth/new-password-page').then((m) => m.NewPasswordPage),
);
const ActivatePage = lazyPage(() => import('./auth/activate-page').then((m) => m.ActivatePage));
const AccountPage = lazyPage(() => import('./account/account-page').then((m) => m.AccountPage));
const ProfilePage = lazyPage(() => import('./account/profile-page').then((m) => m.ProfilePage));
const PasswordPage = lazyPage(() => import('./account/password-page').then((m) => m.PasswordPage));
const HouseholdPage = lazyPage(() =>
  import('./household/household-page').then((m) => m.HouseholdPage),
);
const MyDetailsPage = lazyPage(() =>
  import('./household/my-details-page').then((m) => m.MyDetailsPage),
);
const HouseholdFormPage = lazyPage(() =>
  import('./household/household-form-page').then((m) => m.HouseholdFormPage),
);
const AddChildPage = lazyPage(() =>
  import('./household/add-child-page').then((m) => m.AddChildPage),
);
const OpenChildAccountPage = lazyPage(() =>
  import('./household/open-child-account-page').then((m) => m.OpenChildAccountPage),
);
const InvitePage = lazyPage(() => import('./household/invite-page').then((m) => m.InvitePage));
const MemberHomePage = lazyPage(() =>
  import('./member-home/member-home-page').then((m) => m.MemberHomePage),
);
const AcceptDocumentsPage = lazyPage(() =>
  import('./member-home/accept-documents-page').then((m) => m.AcceptDocumentsPage),
);

function Page({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const page = <Suspense fallback={<PageSkeleton />}>{children}</Suspense>;
  return signedIn ? <RequireSignIn>{page}</RequireSignIn> : page;
}

/** The routes of this feature, placed by the app inside its shell (children of the root route). */
export function identityRoutes() {
  return (
    <Fragment>
      <Route path="c/:slug" element={<SasPage />} />
      <Route path="c/:slug/charte" element={<DocumentPage kind="charter" />} />
      <Route
        path="c/:slug/rejoindre"
        element={
          <Page>
            <JoinPage />
          </Page>
        }
      />
      <Route
        path="c/:slug/espace"
        element={
          <Page signedIn>
            <MemberHomePage />
          </Page>
        }
      />
      <Route
        path="c/:slug/accepter"
        element={
          <Page signedIn>
            <AcceptDocumentsPage />
          </Page>
        }
      />
      <Route
        path="connexion"
        element={
          <Page>
            <LogInPage />
          </Page>
        }
      />
      <Route
        path="inscription"
        element={
          <Page>
            <SignUpPage />
          </Page>
        }
      />
      <Route
        path="mot-de-passe-oublie"
        element={
          <Page>
            <ForgotPasswordPage />
          </Page>
        }
      />
      <Route
        path="mot-de-passe/nouveau"
        element={
          <Page>
            <NewPasswordPage />
          </Page>
        }
      />
      <Route
        path="activer"
        element={
          <Page>
            <ActivatePage />
          </Page>
        }
      />
      <Route
        path="compte"
        element={
          <Page signedIn>
            <AccountPage />
          </Page>
        }
      />
      <Route
        path="compte/profil"
        element={
          <Page signedIn>
            <ProfilePage />
          </Page>
        }
      />
      <Route
        path="compte/mot-de-passe"
        element={
          <Page signedIn>
            <PasswordPage />
          </Page>
        }
      />
      <Route
        path="foyer"
        element={
          <Page signedIn>
            <HouseholdPage />
          </Page>
        }
      />
      <Route
        path="foyer/creer"
        element={
          <Page signedIn>
            <HouseholdFormPage mode="create" />
          </Page>
        }
      />
      <Route
        path="foyer/modifier"
        element={
          <Page signedIn>
            <HouseholdFormPage mode="edit" />
          </Page>
        }
      />
      <Route
        path="foyer/enfant"
        element={
          <Page signedIn>
            <AddChildPage />
          </Page>
        }
      />
      <Route
        path="foyer/enfant/:memberId/compte"
        element={
          <Page signedIn>
            <OpenChildAccountPage />
          </Page>
        }
      />
      <Route
        path="foyer/moi"
        element={
          <Page signedIn>
            <MyDetailsPage />
          </Page>
        }
      />
      <Route
        path="foyer/inviter"
        element={
          <Page signedIn>
            <InvitePage />
          </Page>
        }
      />
    </Fragment>
  );
}
