import { useDocumentTitle, type Role } from '@palier/web-session';
import { classNames, PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';

/** Who sees a page: every member, the team, or those who speak for the community. */
export const MEMBER_ROLES: Role[] = ['resident', 'staff', 'builder', 'admin'];
export const TEAM_ROLES: Role[] = ['staff', 'builder', 'admin'];
export const LEADER_ROLES: Role[] = ['builder', 'admin'];

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
