import type { SelectHTMLAttributes } from 'react';
import { fieldAria, FieldFrame, type FieldProps } from './field-parts';

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
    options: readonly SelectOption[];
  };

/** A native drop-down list with its label above (prefer radios under about seven choices). */
export function Select({
  id,
  label,
  hint,
  error,
  errorPrefix,
  options,
  className,
  ...select
}: SelectProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      error={error}
      errorPrefix={errorPrefix}
      className={className}
    >
      <select id={id} className="pal-select" {...fieldAria(id, hint, error)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
