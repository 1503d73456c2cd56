import type { ReactNode } from 'react';
import type { To } from 'react-router';
import { classNames } from './class-names';
import { Icon, type IconName } from './icon';
import { Link } from './link';

export interface TileListProps {
  /** Names the list for screen readers when no heading is right above it. */
  label?: string;
  children: ReactNode;
  className?: string;
}

/** Big shortcut tiles, one per line on a phone, side by side on a wide screen. */
export function TileList({ label, children, className }: TileListProps) {
  return (
    <ul className={classNames('pal-tiles', className)} aria-label={label}>
      {children}
    </ul>
  );
}

export type TileLinkProps = {
  icon: IconName;
  /** What the tile leads to, in a few words: the link's name. */
  title: ReactNode;
  /** One sentence under the title. */
  description?: ReactNode;
  className?: string;
  'data-testid'?: string;
} & ({ to: To; href?: never } | { href: string; to?: never });

/**
 * One tile: a pictogram, a title that is the link, and a sentence. The whole tile is a big
 * target; the link's name stays the title alone.
 */
export function TileLink({
  icon,
  title,
  description,
  className,
  'data-testid': testId,
  ...target
}: TileLinkProps) {
  return (
    <li className={classNames('pal-tile', className)} data-testid={testId}>
      <Icon name={icon} className="pal-tile__icon" />
      <div className="pal-tile__body">
        <p className="pal-tile__title">
          <Link className="pal-tile__link" {...target}>
            {title}
          </Link>
        </p>
        {description && <p className="pal-tile__description">{description}</p>}
      </div>
    </li>
  );
}
