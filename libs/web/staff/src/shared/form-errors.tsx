import { FIELD_CODES, type FieldCode, type FieldProblem } from '@palier/shared';
import { fieldProblemsOf } from '@palier/web-data-access';
import { ErrorSummary } from '@palier/web-ui';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem of a form: the field to go to (its id) and what to do, in words. */
export interface FormError {
  fieldId: string;
  message: string;
}

function byPageOrder(a: FormError, b: FormError): number {
  const first = document.getElementById(a.fieldId);
  const second = document.getElementById(b.fieldId);
  if (!first || !second || first === second) return 0;
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The errors of one form, and a counter so the summary is focused again at each attempt. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const show = useCallback((list: FormError[]) => {
    // The same field may fail on both sides: keep its first message only; then list the problems
    // in the order of the fields on the page.
    const unique = list.filter((e, i) => list.findIndex((o) => o.fieldId === e.fieldId) === i);
    setErrors(unique.sort(byPageOrder));
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrors([]), []);
  /** Shows the API's field problems of a failed mutation; false when it had none (another failure). */
  const showApiProblems = useCallback(
    (error: unknown, toErrors: (fields: FieldProblem[]) => FormError[]) => {
      const fields = fieldProblemsOf(error);
      if (fields.length) show(toErrors(fields));
      return fields.length > 0;
    },
    [show],
  );
  const errorOf = useCallback(
    (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message,
    [errors],
  );
  return useMemo(
    () => ({ errors, attempt, show, clear, errorOf, showApiProblems }),
    [errors, attempt, show, clear, errorOf, showApiProblems],
  );
}

export type FormErrors = ReturnType<typeof useFormErrors>;

/** The GOV.UK error summary of a form, focused anew at each failed attempt. */
export function FormErrorSummary({ form }: { form: FormErrors }) {
  const { t } = useTranslation('staff');
  return (
    <ErrorSummary key={form.attempt} title={t('form.errorSummaryTitle')} errors={form.errors} />
  );
}

export function asFieldCode(code: string): FieldCode {
  return (FIELD_CODES as readonly string[]).includes(code) ? (code as FieldCode) : 'invalid_format';
}

/**
 * The sentence for a problem with a field, naming the field by its label; a form may give its own
 * clearer sentence for some codes ("Tapez un code postal de 5 chiffres").
 */
export function useFieldErrorText() {
  const { t } = useTranslation('staff');
  return useCallback(
    (code: string, label: string, own?: Partial<Record<FieldCode, string>>) => {
      const known = asFieldCode(code);
      return own?.[known] ?? t(`fieldErrors.${known}`, { label });
    },
    [t],
  );
}
