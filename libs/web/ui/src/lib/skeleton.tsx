import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { VisuallyHidden } from './visually-hidden';

export interface SkeletonProps {
  /** heading: a title bar; text: lines of text; block: a box (a card, a map). */
  shape?: 'heading' | 'text' | 'block';
  /** Number of text lines. */
  lines?: number;
  className?: string;
}

/** A grey placeholder in the shape of what is loading. Decorative: see LoadingRegion. */
export function Skeleton({ shape = 'text', lines = 3, className }: SkeletonProps) {
  if (shape === 'text') {
    return (
      <div className={classNames('pal-skeleton-lines', className)} aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <span key={i} className="pal-skeleton pal-skeleton--text" />
        ))}
      </div>
    );
  }
  return (
    <span
      className={classNames('pal-skeleton', `pal-skeleton--${shape}`, className)}
      aria-hidden="true"
    />
  );
}

/** Wraps skeletons and tells screen readers what is happening ("Chargement…"). */
export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="pal-loading" role="status" data-testid="loading">
      <VisuallyHidden>{label}</VisuallyHidden>
      <div aria-hidden="true">{children}</div>
    </div>
  );
}
