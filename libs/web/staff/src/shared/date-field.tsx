import { Icon } from '@palier/web-ui';
import { useTranslation } from 'react-i18next';
import type { DateParts } from './date-parts';

export interface DateFieldProps {
  /** Id of the day box (where the error summary leads); the others get `-month`, `-year`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
}

/**
 * A date in three boxes — day, month, year — as in the GOV.UK and DSFR patterns: no calendar
 * widget whose format depends on the browser (no month/day confusion), easy with a keyboard.
 */
export function DateField({
  id,
  legend,
  hint,
  error,
  errorPrefix,
  value,
  onChange,
}: DateFieldProps) {
  const { t } = useTranslation('staff');
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const parts = [
    { key: 'day', inputId: id, label: t('dateField.day'), size: 2 },
    { key: 'month', inputId: `${id}-month`, label: t('dateField.month'), size: 2 },
    { key: 'year', inputId: `${id}-year`, label: t('dateField.year'), size: 4 },
  ] as const;
  return (
    <fieldset
      className={error ? 'pal-field pal-fieldset pal-field--error' : 'pal-field pal-fieldset'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="pal-fieldset__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="pal-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pal-field__error">
          <Icon name="alert" />
          <span>
            {errorPrefix && <span className="pal-visually-hidden">{errorPrefix} </span>}
            {error}
          </span>
        </p>
      )}
      <div className="staff-date">
        {parts.map((part) => (
          <div key={part.key} className={`staff-date__part staff-date__part--${part.key}`}>
            <label className="pal-field__label" htmlFor={part.inputId}>
              {part.label}
            </label>
            <input
              id={part.inputId}
              className="pal-input"
              inputMode="numeric"
              autoComplete="off"
              maxLength={part.size}
              aria-invalid={error ? true : undefined}
              value={value[part.key]}
              onChange={(event) => onChange({ ...value, [part.key]: event.currentTarget.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
