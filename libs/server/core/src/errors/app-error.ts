import type { ErrorCode, FieldProblem } from '@palier/shared';

/**
 * The one error type of Palier's services: a stable code, a message a resident can read, and,
 * for bad input, the problem of each field. Mapped once to GraphQL errors (format-graphql-error.ts).
 */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }

  static notFound(message = 'Nous n’avons pas trouvé ce que vous cherchez.'): AppError {
    return new AppError('NOT_FOUND', message);
  }

  static forbidden(message = 'Vous n’avez pas le droit de faire cette action.'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Connectez-vous pour continuer.'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static badInput(
    fields: FieldProblem[],
    message = 'Certaines informations sont à corriger.',
  ): AppError {
    return new AppError('BAD_USER_INPUT', message, fields);
  }
}
