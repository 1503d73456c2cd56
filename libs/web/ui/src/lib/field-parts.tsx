import type { ReactNode } from 'react';
import { classNames } from './class-names';
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

/** The aria attributes that tie a control to its hint and error message. */
export function fieldAria(id: string, hint?: ReactNode, error?: ReactNode) {
  return {
    'aria-describedby': describedBy(id, hint, error),
    'aria-invalid': error ? true : undefined,
  };
}

/**
 * The frame every field shares: the label above, the hint under it, the error under the hint,
 * then the control itself (the children, which spread `fieldAria(...)`).
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  errorPrefix,
  className,
  children,
}: FieldProps & { className?: string; children: ReactNode }) {
  return (
    <div className={classNames('pal-field', error ? 'pal-field--error' : undefined, className)}>
      <label className="pal-field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} prefix={errorPrefix}>
        {error}
      </FieldError>
      {children}
    </div>
  );
}
