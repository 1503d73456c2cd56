import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { createGraphqlErrorFormatter } from './format-graphql-error';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['field'] });
}

describe('GraphQL error formatting', () => {
  const logged: unknown[] = [];
  const format = createGraphqlErrorFormatter({
    error: (...args: unknown[]) => logged.push(args),
  } as never);

  it('keeps the code, message and field problems of an AppError', () => {
    const error = AppError.badInput([
      { field: 'name', code: 'too_long', message: 'Le nom est trop long.' },
    ]);
    const formatted = format({ message: error.message, path: ['field'] }, resolverError(error));
    expect(formatted).toEqual({
      message: 'Certaines informations sont à corriger.',
      path: ['field'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'name', code: 'too_long', message: 'Le nom est trop long.' }],
      },
    });
  });

  it('hides an unexpected error behind a generic message, and logs it', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const formatted = format(
      { message: bug.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      resolverError(bug),
    );
    expect(formatted.message).toBe(
      'Une erreur inattendue est survenue. Réessayez dans un instant.',
    );
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
    expect(logged).toHaveLength(1);
  });

  it('gives request errors from Apollo a stable code', () => {
    const formatted = format(
      { message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error: Expected Name'),
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
