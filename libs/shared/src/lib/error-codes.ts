/**
 * Stable error codes shared by the API and the web app. The API sends the code with a
 * human message; the web app shows its own translation of the code (`errors.<CODE>`).
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one input field: `field` is the input path, `code` a validation code. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}
