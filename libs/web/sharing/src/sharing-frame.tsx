import { RequireRole, useDocumentTitle, type MyMembership, type Role } from '@palier/web-session';
import { classNames, PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

export const TEAM_ROLES: Role[] = ['staff', 'builder', 'admin'];
export const LEADER_ROLES: Role[] = ['builder', 'admin'];

/** A sharing page of the community `:slug`, for its members (or only the given roles). */
export function SharingArea({
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

/** The frame of a members' sharing page: its title (also the tab's), a lead, the content. */
export function SharingFrame({
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
    <div className={classNames('page', 'sharing-page', className)}>
      <PageLayout title={title} lead={lead}>
        {children}
      </PageLayout>
    </div>
  );
}
