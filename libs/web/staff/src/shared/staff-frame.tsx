import { RequireRole, useDocumentTitle, type MyMembership, type Role } from '@palier/web-session';
import { classNames, PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { StaffNav } from './staff-nav';

/** A page of the community `:slug` for the given roles (the access-denied page otherwise). */
export function StaffArea({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (membership: MyMembership) => ReactNode;
}) {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={[...roles]}>
      {children}
    </RequireRole>
  );
}

export interface StaffFrameProps {
  membership: MyMembership;
  /** The page's h1, also the browser tab's title. */
  title: string;
  lead?: ReactNode;
  /** For a long page: the whole width of the screen. */
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

/** The frame of a team page: the team's menu, then the page's title and content. */
export function StaffFrame({
  membership,
  title,
  lead,
  wide,
  className,
  children,
}: StaffFrameProps) {
  useDocumentTitle(title);
  return (
    <div className={classNames('page', 'staff-page', wide && 'page--wide', className)}>
      <StaffNav membership={membership} />
      <PageLayout title={title} lead={lead}>
        {children}
      </PageLayout>
    </div>
  );
}
