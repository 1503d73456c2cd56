import type { SelectHTMLAttributes } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldError, FieldHint, type FieldProps } from './field-parts';

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
    <div className={classNames('pal-field', error ? 'pal-field--error' : undefined, className)}>
      <label className="pal-field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} prefix={errorPrefix}>
        {error}
      </FieldError>
      <select
        id={id}
        className="pal-select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
