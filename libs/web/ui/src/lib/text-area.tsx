import type { TextareaHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldError, FieldHint, type FieldProps } from './field-parts';

export type TextAreaProps = FieldProps &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-describedby' | 'aria-invalid'>;

/**
 * A labelled box for a longer text (a message, a presentation, a charter): label above, hint
 * under the label, error message linked to the box. It grows with the person's text size.
 */
export function TextArea({
  id,
  label,
  hint,
  error,
  errorPrefix,
  rows = 5,
  className,
  ...textarea
}: TextAreaProps) {
  return (
    <div className={classNames('pal-field', error ? 'pal-field--error' : undefined, className)}>
      <label className="pal-field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} prefix={errorPrefix}>
        {error}
      </FieldError>
      <textarea
        id={id}
        rows={rows}
        className="pal-input pal-textarea"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
}
