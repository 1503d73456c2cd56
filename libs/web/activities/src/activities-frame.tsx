import { RequireRole, useDocumentTitle, type MyMembership, type Role } from '@palier/web-session';
import { classNames, PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';

export const TEAM_ROLES: Role[] = ['staff', 'builder', 'admin'];

/** An activities page of the community `:slug`: its title (also the tab's), a lead, the content. */
export function ActivitiesFrame({
  roles,
  title,
  lead,
  className,
  children,
}: {
  roles?: Role[];
  title: string;
  lead?: ReactNode;
  className?: string;
  children: (membership: MyMembership) => ReactNode;
}) {
  const { slug = '' } = useParams();
  useDocumentTitle(title);
  return (
    <RequireRole slug={slug} roles={roles}>
      {(membership) => (
        <div className={classNames('page', 'activities-page', className)}>
          <PageLayout title={title} lead={lead}>
            {children(membership)}
          </PageLayout>
        </div>
      )}
    </RequireRole>
  );
}
