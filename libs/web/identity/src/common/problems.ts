import { fieldProblemsOf } from '@palier/web-data-access';
import { FIELD_CODES } from '@palier/shared';

/**
 * What is wrong with a form, field by field: a field name (as the API names it) and a code. The
 * codes are the API's field codes, or a few of this library's own (e.g. `wrong_credentials`);
 * the text shown comes from the translations (`fields.<field>.<code>`, else `fieldErrors.<code>`).
 */
export type Problems = Readonly<Record<string, string>>;

export function hasProblems(problems: Problems): boolean {
  return Object.keys(problems).length > 0;
}

/**
 * The field problems sent by the API with a BAD_USER_INPUT error. A mutation that takes a bare
 * value (e.g. `requestPasswordReset(email)`) reports it as the field `input`: `inputField` names
 * the form's field instead.
 */
export function problemsFromError(error: unknown, inputField?: string): Problems {
  const problems: Record<string, string> = {};
  for (const { field, code } of fieldProblemsOf(error)) {
    const name = field === 'input' && inputField ? inputField : field;
    problems[name] ??= (FIELD_CODES as readonly string[]).includes(code) ? code : 'invalid_format';
  }
  return problems;
}

/** The number of minutes in a RATE_LIMITED message ("réessayez dans 15 minutes"), if any. */
export function minutesToWait(message: string | undefined): number | undefined {
  const match = message?.match(/(\d+)\s*minute/);
  return match ? Number.parseInt(match[1] ?? '', 10) : undefined;
}
