import { ERROR_CODES } from '@palier/shared';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';
import { flattenTranslations, translationProblems } from './translation-problems';

describe('interface texts', () => {
  it('are complete in every language, with the variables of the French texts, without point médian', () => {
    expect(translationProblems({ fr, en, ar })).toEqual([]);
  });

  it('notices a missing key, an empty text, a lost variable and a point médian', () => {
    const problems = translationProblems({
      fr: { a: 'Bonjour {{name}}', b: 'x·y' },
      en: { a: 'Hello' },
      ar: { a: '', b: 'z', c: 'w' },
    });
    expect(problems.sort()).toEqual(
      [
        'ar: a does not keep the variables of the French text',
        'ar: empty a',
        'ar: extra c',
        'en: a does not keep the variables of the French text',
        'en: missing b',
        'fr: point médian in b',
      ].sort(),
    );
  });

  it('writes the error messages of every API code and of a lost connection', () => {
    const reference = new Map(flattenTranslations(fr));
    for (const code of [...ERROR_CODES, 'NETWORK']) {
      expect(reference.get(`errors.${code}`)).toEqual(expect.any(String));
    }
  });
});
