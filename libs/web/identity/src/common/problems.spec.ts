import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { serverMessageOf } from '@palier/web-data-access';
import { minutesToWait, problemsFromError } from './problems';

function apiError(
  extensions: Record<string, unknown>,
  message = 'Certaines informations sont à corriger.',
) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

describe('problemsFromError', () => {
  it('reads the field problems of a BAD_USER_INPUT error', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', code: 'taken', message: 'Cette valeur est déjà utilisée.' },
        { field: 'password', code: 'too_short', message: 'Ce texte est trop court.' },
      ],
    });
    expect(problemsFromError(error)).toEqual({ email: 'taken', password: 'too_short' });
  });

  it('names the form field of a bare value, and never passes on an unknown code', () => {
    const error = apiError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input', code: 'something_new', message: '…' }],
    });
    expect(problemsFromError(error, 'email')).toEqual({ email: 'invalid_format' });
  });

  it('finds nothing in an error without fields, or in a network error', () => {
    expect(problemsFromError(apiError({ code: 'CONFLICT' }))).toEqual({});
    expect(problemsFromError(new TypeError('Failed to fetch'))).toEqual({});
  });
});

describe('the rate limit message', () => {
  it('is read from the server, with its minutes', () => {
    const error = apiError(
      { code: 'RATE_LIMITED' },
      'Trop d’essais. Pour votre sécurité, réessayez dans 15 minutes.',
    );
    expect(serverMessageOf(error)).toContain('15 minutes');
    expect(minutesToWait(serverMessageOf(error))).toBe(15);
    expect(minutesToWait(undefined)).toBeUndefined();
  });
});
