import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { describedBy, FieldError, FieldHint } from './field-parts';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface ChoiceGroupBase {
  /** Id of the group; the first choice's input gets it too, so an ErrorSummary link lands there. */
  id: string;
  name: string;
  legend: ReactNode;
  /** One question per page: the legend is the page's heading (h1). */
  legendAsPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  options: readonly ChoiceOption[];
  disabled?: boolean;
}

/** The fieldset shared by RadioGroup and CheckboxGroup (not exported from the library). */
export function ChoiceGroup({
  type,
  id,
  name,
  legend,
  legendAsPageHeading,
  hint,
  error,
  errorPrefix,
  options,
  disabled,
  isChecked,
  onToggle,
}: ChoiceGroupBase & {
  type: 'radio' | 'checkbox';
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
}) {
  return (
    <fieldset
      className={classNames('pal-field', 'pal-fieldset', error ? 'pal-field--error' : undefined)}
      aria-describedby={describedBy(id, hint, error)}
      disabled={disabled}
    >
      <legend
        className={classNames(
          'pal-fieldset__legend',
          legendAsPageHeading && 'pal-fieldset__legend--page',
        )}
      >
        {legendAsPageHeading ? <h1>{legend}</h1> : legend}
      </legend>
      <FieldHint id={id}>{hint}</FieldHint>
      <FieldError id={id} prefix={errorPrefix}>
        {error}
      </FieldError>
      <div className={`pal-choices pal-choices--${type}`}>
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${index + 1}`;
          return (
            <div className="pal-choice" key={option.value}>
              <input
                id={inputId}
                className="pal-choice__input"
                type={type}
                name={name}
                value={option.value}
                checked={isChecked(option.value)}
                onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
                aria-describedby={option.hint ? `${inputId}-hint` : undefined}
              />
              <label className="pal-choice__label" htmlFor={inputId}>
                {option.label}
              </label>
              {option.hint && (
                <p id={`${inputId}-hint`} className="pal-choice__hint">
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
