import type { InputHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { fieldAria, FieldFrame, type FieldProps } from './field-parts';

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
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      className={className}
    >
      <input
        id={id}
        type={type}
        className={classNames('pal-input', width === 'short' && 'pal-input--short')}
        {...fieldAria(id, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}
