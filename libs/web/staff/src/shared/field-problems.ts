import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldProblem } from '@palier/shared';

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { field, code } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof code === 'string';
}

/**
 * The problems per field that the API sends with BAD_USER_INPUT (`extensions.fields`), e.g.
 * `{ field: 'openingHours.0.closes', code: 'out_of_range' }`; empty for any other error.
 */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.['fields'];
    return Array.isArray(fields) ? fields.filter(isFieldProblem) : [];
  });
}

/** The sentence the API wrote for a CONFLICT ("Cette demande a déjà reçu une réponse."). */
export function conflictMessageOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const conflict = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  return conflict?.message || undefined;
}
