import { useDocumentTitle, type Role } from '@palier/web-session';
import { PageLayout } from '@palier/web-ui';
import type { ReactNode } from 'react';

export const TEAM_ROLES: Role[] = ['staff', 'builder', 'admin'];

/** The frame of a poll page: its title (also the tab's), an optional lead, the content. */
export function PollFrame({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="page polls-page">
      <PageLayout title={title} lead={lead}>
        {children}
      </PageLayout>
    </div>
  );
}
