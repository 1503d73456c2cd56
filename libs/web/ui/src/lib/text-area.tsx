import type { TextareaHTMLAttributes } from 'react';
import { fieldAria, FieldFrame, type FieldProps } from './field-parts';

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
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      className={className}
    >
      <textarea
        id={id}
        rows={rows}
        className="pal-input pal-textarea"
        {...fieldAria(id, hint, error)}
        {...textarea}
      />
    </FieldFrame>
  );
}
