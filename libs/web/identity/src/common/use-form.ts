import type { ErrorSummaryItem } from '@palier/web-ui';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasProblems, problemsFromError, type Problems } from './problems';
import { useFieldMessage } from './use-field-message';

export interface SubmitOptions {
  /** The form's field for a problem the API reports on `input` (a mutation with a bare value). */
  inputField?: string;
  /** Turns an error into field problems of this form (e.g. wrong password → the password field). */
  problemsOf?: (error: unknown) => Problems | undefined;
}

/**
 * The state of a form that follows the GOV.UK pattern: problems by field (shown in the summary at
 * the top and next to each field), an error that belongs to no field, and a guard against
 * sending twice.
 */
export function useForm(formId: string, fieldOrder: readonly string[]) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** Counts the refused sendings: the summary is shown (and focused) again each time. */
  const [attempt, setAttempt] = useState(0);
  const sending = useRef(false);

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  /** What a field of the design system takes: its id, its error, the "Erreur :" prefix. */
  const field = (name: string) => {
    const code = problems[name];
    return {
      id: fieldId(name),
      error: code ? message(name, code) : undefined,
      errorPrefix: t('common.errorPrefix'),
    };
  };

  const known = fieldOrder.filter((name) => problems[name]);
  const unknown = Object.keys(problems).filter((name) => !fieldOrder.includes(name));
  const summary: ErrorSummaryItem[] = [
    ...known.map((name) => ({
      fieldId: fieldId(name),
      message: message(name, problems[name] ?? ''),
    })),
    // A problem on a field this form does not show: listed, and leads to the first field.
    ...unknown.map((name) => ({
      fieldId: fieldId(fieldOrder[0] ?? name),
      message: message(name, problems[name] ?? ''),
    })),
  ];

  /**
   * Shows the problems found in the browser, or runs the action and shows what the API answers.
   * Resolves to true when the action succeeded.
   */
  const submit = async (
    found: Problems,
    action: () => Promise<unknown>,
    options: SubmitOptions = {},
  ): Promise<boolean> => {
    if (sending.current) return false;
    setFailure(null);
    setProblems(found);
    if (hasProblems(found)) {
      setAttempt((n) => n + 1);
      return false;
    }
    sending.current = true;
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      const fromError = options.problemsOf?.(error) ?? problemsFromError(error, options.inputField);
      if (hasProblems(fromError)) setProblems(fromError);
      else setFailure(error);
      setAttempt((n) => n + 1);
      return false;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const reset = () => {
    setProblems({});
    setFailure(null);
  };

  return { field, fieldId, problems, summary, failure, busy, attempt, submit, reset };
}

export type FormState = ReturnType<typeof useForm>;
