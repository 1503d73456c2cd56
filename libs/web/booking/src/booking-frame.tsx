import { RequireRole, useDocumentTitle, type MyMembership, type Role } from '@palier/web-session';
import { classNames, PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

export const TEAM_ROLES: Role[] = ['staff', 'builder', 'admin'];

/** A booking page of the community `:slug`, for its members (or only the given roles). */
export function BookingArea({
  roles,
  children,
}: {
  roles?: Role[];
  children: (membership: MyMembership) => ReactNode;
}) {
  const { slug = '' } = useParams();
  return (
    <RequireRole slug={slug} roles={roles}>
      {children}
    </RequireRole>
  );
}

/** The frame of a booking page: its title (also the tab's), an optional lead, the content. */
export function BookingFrame({
  title,
  lead,
  className,
  children,
}: {
  title: string;
  lead?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className={classNames('page', 'booking-page', className)}>
      <PageLayout title={title} lead={lead}>
        {children}
      </PageLayout>
    </div>
  );
}
