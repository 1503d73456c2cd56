import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The sentence the API wrote for a CONFLICT ("Cette demande a déjà reçu une réponse."). */
export function conflictMessageOf(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const conflict = error.errors.find((e) => e.extensions?.['code'] === 'CONFLICT');
  return conflict?.message || undefined;
}
