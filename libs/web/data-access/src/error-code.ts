import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode, type FieldProblem } from '@palier/shared';

/** What the web app can say went wrong: a stable API code, or no connection at all. */
export type WebErrorCode = ErrorCode | 'NETWORK';

/** Every code the web app has a message for (`errors.<CODE>` in the translations). */
export const WEB_ERROR_CODES: readonly WebErrorCode[] = [...ERROR_CODES, 'NETWORK'];

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function codeFromBody(bodyText: string): ErrorCode | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: { code?: unknown } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    return isErrorCode(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

function codeFromStatus(status: number): ErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 400) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

/**
 * Reads the stable error code of a failed operation: the `extensions.code` the API sends with
 * each GraphQL error; 'NETWORK' when the server could not be reached; 'INTERNAL' otherwise.
 * Returns undefined when there is no error.
 */
export function errorCodeOf(error: unknown): WebErrorCode | undefined {
  if (error === undefined || error === null) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors.map((e) => e.extensions?.['code']).find(isErrorCode);
    return code ?? 'INTERNAL';
  }
  if (ServerError.is(error)) {
    return codeFromBody(error.bodyText) ?? codeFromStatus(error.statusCode);
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'NETWORK';
  // fetch() rejects with a TypeError when the network is down or the server unreachable.
  if (error instanceof TypeError) return 'NETWORK';
  if (error instanceof Error && error.name === 'AbortError') return 'NETWORK';
  return 'INTERNAL';
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, code } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof code === 'string';
}

/**
 * The problems per field that the API sends with an error (`extensions.fields`), e.g.
 * `{ field: 'openingHours.0.closes', code: 'out_of_range' }`; empty for any other error.
 */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.['fields'];
    return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
  });
}

/** The sentence the API wrote with its first error (in French), if any. */
export function serverMessageOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors[0]?.message || undefined;
}
