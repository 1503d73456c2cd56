import type { ReactNode } from 'react';

export interface PageLayoutProps {
  /** The page's one h1. */
  title: ReactNode;
  /** A short sentence under the title. */
  lead?: ReactNode;
  children?: ReactNode;
}

/** The frame of a page: its title, an optional lead sentence, then the content. */
export function PageLayout({ title, lead, children }: PageLayoutProps) {
  return (
    <div className="pal-page">
      <div className="pal-page__header">
        <h1 className="pal-page__title">{title}</h1>
        {lead && <div className="pal-page__lead">{lead}</div>}
      </div>
      <div className="pal-page__content">{children}</div>
    </div>
  );
}
