import { LoadingRegion, Skeleton } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { AccessDenied } from './access-denied';
import { useMe, useMembership, type MyMembership, type Role } from './use-me';

function Loading() {
  const { t } = useTranslation();
  return (
    <LoadingRegion label={t('common.loading')}>
      <Skeleton shape="heading" />
      <Skeleton lines={3} />
    </LoadingRegion>
  );
}

/** The login page, coming back here afterwards. */
export function loginPath(returnTo: string): string {
  return `/connexion?retour=${encodeURIComponent(returnTo)}`;
}

/** Shows the children to a logged-in person; sends a visitor to the login page (and back). */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { me, loading } = useMe();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <>{children}</>;
}

/**
 * Shows the children to an active member of the community `slug` holding one of the roles (any
 * role when none is given); the render function receives the membership.
 */
export function RequireRole({
  slug,
  roles,
  children,
}: {
  slug: string;
  roles?: Role[];
  children: (membership: MyMembership) => ReactNode;
}) {
  const { me, membership, loading } = useMembership(slug);
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (
    !membership ||
    membership.status !== 'active' ||
    (roles && !roles.includes(membership.role))
  ) {
    return <AccessDenied slug={slug} />;
  }
  return <>{children(membership)}</>;
}
