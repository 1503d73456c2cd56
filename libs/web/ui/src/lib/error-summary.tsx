import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Icon } from './icon';

export interface ErrorSummaryItem {
  /** Id of the field (or of the first choice of a group) to go to. */
  fieldId: string;
  message: ReactNode;
}

export interface ErrorSummaryProps {
  /** E.g. "Il y a un problème". */
  title: ReactNode;
  errors: readonly ErrorSummaryItem[];
}

function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  // Show the question too: the label above the field, or the legend of its group.
  const label =
    field.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: at the top of the form, focused when it appears (so it is read
 * first), one link per problem that takes the person to the field.
 */
export function ErrorSummary({ title, errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => error.fieldId).join('|');

  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="pal-error-summary" tabIndex={-1}>
      <h2 className="pal-error-summary__title">
        <Icon name="alert" />
        <span>{title}</span>
      </h2>
      <ul className="pal-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`} onClick={(event) => goToField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
