import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorCode } from '@palier/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError } from './app-error';

const INTERNAL_MESSAGE = 'Une erreur inattendue est survenue. Réessayez dans un instant.';

/** Errors Apollo raises itself for a malformed request: the caller's fault, said as such. */
const REQUEST_ERRORS: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
};

/**
 * The single mapping from thrown errors to what a GraphQL client sees: an {@link AppError} keeps
 * its code, message and field problems; request errors keep their message under a stable code;
 * anything else is logged and replaced by a generic message (never a stack trace).
 */
export function createGraphqlErrorFormatter(logger: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original.fields.length ? { fields: original.fields } : {}),
        },
      };
    }
    const apolloCode = String(formatted.extensions?.['code'] ?? '');
    const code = REQUEST_ERRORS[apolloCode];
    if (code) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    logger.error({ err: original }, 'Unexpected error in a GraphQL operation');
    return { ...base, message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL' } };
  };
}
