import { LIMITS } from '@palier/shared';
import depthLimit from 'graphql-depth-limit';
import type { ValidationRule } from 'graphql';

/** Validation rules added to GraphQL's own: a maximum selection depth (introspection excepted). */
export function graphqlValidationRules(): ValidationRule[] {
  return [depthLimit(LIMITS.graphqlMaxDepth)];
}
