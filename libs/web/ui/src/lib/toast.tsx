import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { Icon } from './icon';

export interface ToastProps {
  /** The message; null or undefined shows nothing (the live region stays, ready to announce). */
  message?: ReactNode;
  tone?: 'info' | 'success';
  /** Shows a close button; the toast never disappears by itself (people read at their pace). */
  onDismiss?: () => void;
  dismissLabel?: string;
}

/**
 * A short confirmation at the bottom of the screen ("Votre rendez-vous est réservé"). Keep it
 * mounted: the polite live region must exist before the message arrives to be read aloud.
 */
export function Toast({ message, tone = 'success', onDismiss, dismissLabel }: ToastProps) {
  return (
    <div className="pal-toast-region" role="status" aria-live="polite">
      {message && (
        <div className={classNames('pal-toast', `pal-toast--${tone}`)}>
          <Icon name={tone === 'success' ? 'check' : 'info'} />
          <p className="pal-toast__message">{message}</p>
          {onDismiss && dismissLabel && (
            <button type="button" className="pal-toast__dismiss" onClick={onDismiss}>
              <Icon name="close" />
              <span>{dismissLabel}</span>
            </button>
          )}
        </div>
      )}
    </div>
  );
}
