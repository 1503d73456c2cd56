import { signUpInput } from '@palier/shared';
import { AppError } from '../errors/app-error';
import { parseInput } from './parse-input';

function problems(input: unknown) {
  try {
    parseInput(signUpInput, input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).fields.map((f) => [f.field, f.code]);
  }
  throw new Error('expected a validation error');
}

describe('parseInput with the sign-up rules', () => {
  it('accepts a good input, trimming and lower-casing the email', () => {
    expect(
      parseInput(signUpInput, {
        displayName: '  Amina  ',
        email: ' Amina@Exemple.FR ',
        password: 'une phrase de passe',
        locale: 'fr',
        over15: true,
      }),
    ).toEqual({
      displayName: 'Amina',
      email: 'amina@exemple.fr',
      password: 'une phrase de passe',
      locale: 'fr',
      over15: true,
    });
  });

  it('names every field with a problem, with a stable code', () => {
    expect(
      problems({
        displayName: '',
        email: 'pas-un-email',
        password: 'court',
        locale: 'de',
        over15: true,
      }),
    ).toEqual([
      ['displayName', 'required'],
      ['email', 'invalid_email'],
      ['password', 'too_short'],
      ['locale', 'invalid_format'],
    ]);
  });

  it('refuses a 10,000-character name and a name with a line break', () => {
    expect(
      problems({
        displayName: 'a'.repeat(10_000),
        email: 'a@b.fr',
        password: 'x'.repeat(12),
        locale: 'fr',
        over15: true,
      }),
    ).toEqual([['displayName', 'too_long']]);
    expect(
      problems({
        displayName: 'a\nb',
        email: 'a@b.fr',
        password: 'x'.repeat(12),
        locale: 'fr',
        over15: true,
      }),
    ).toEqual([['displayName', 'invalid_format']]);
  });

  it('says "required" for a missing field', () => {
    expect(
      problems({ email: 'a@b.fr', password: 'x'.repeat(12), locale: 'fr', over15: true }),
    ).toEqual([['displayName', 'required']]);
  });
});
