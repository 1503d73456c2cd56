import type { InputHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldError, FieldHint, type FieldProps } from './field-parts';

export type TextFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
    /** Narrower box for short answers (postcode, code, age). */
    width?: 'short' | 'full';
  };

/** A labelled text input: label above, hint under the label, error message linked to the input. */
export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  width = 'full',
  type = 'text',
  className,
  ...input
}: TextFieldProps) {
  return (
    <div className={classNames('pal-field', error ? 'pal-field--error' : undefined, className)}>
      <label className="pal-field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} prefix={errorPrefix}>
        {error}
      </FieldError>
      <input
        id={id}
        type={type}
        className={classNames('pal-input', width === 'short' && 'pal-input--short')}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
