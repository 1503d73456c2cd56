import type { ReactNode } from 'react';
import { Icon } from './icon';
import { VisuallyHidden } from './visually-hidden';

/** The ids of a field's hint and error message, for aria-describedby. */
export function describedBy(id: string, hint?: ReactNode, error?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldHint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${id}-hint`} className="pal-field__hint">
      {children}
    </p>
  );
}

/** The error next to the field, in words that say how to fix it (repeated in the ErrorSummary). */
export function FieldError({
  id,
  prefix,
  children,
}: {
  id: string;
  /** Read before the message by screen readers, e.g. "Erreur :". */
  prefix?: string;
  children?: ReactNode;
}) {
  if (!children) return null;
  return (
    <p id={`${id}-error`} className="pal-field__error">
      <Icon name="alert" />
      <span>
        {prefix && <VisuallyHidden>{prefix} </VisuallyHidden>}
        {children}
      </span>
    </p>
  );
}

/** What every form field takes: a label above, a hint under it, an error under the hint. */
export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Visually hidden text read before the error, e.g. t('common.errorPrefix'). */
  errorPrefix?: string;
}
