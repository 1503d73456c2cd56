import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { Icon, type IconName } from './icon';

export type AlertTone = 'info' | 'success' | 'error';

const ICONS: Record<AlertTone, IconName> = { info: 'info', success: 'check', error: 'alert' };

export interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** A way forward: a "Réessayer" button, a link. */
  action?: ReactNode;
  className?: string;
}

/**
 * A message in a box, with a pictogram and a title (never colour alone). Errors are announced at
 * once (role="alert"); other messages politely (role="status").
 */
export function Alert({ tone = 'info', title, children, action, className }: AlertProps) {
  return (
    <div
      className={classNames('pal-alert', `pal-alert--${tone}`, className)}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <Icon name={ICONS[tone]} className="pal-alert__icon" />
      <div className="pal-alert__content">
        {title && <p className="pal-alert__title">{title}</p>}
        {children && <div className="pal-alert__text">{children}</div>}
        {action && <div className="pal-alert__action">{action}</div>}
      </div>
    </div>
  );
}
