import { FIELD_CODES } from '@palier/shared';
import { flattenTranslations, translationProblems } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

describe('the identity texts', () => {
  it('are complete in every language, with the variables of the French texts, without point médian', () => {
    expect(translationProblems({ fr, en, ar })).toEqual([]);
  });

  it('say every field problem the API can send in words, never as a code', () => {
    const keys = new Map(flattenTranslations(fr));
    for (const code of FIELD_CODES) {
      expect(keys.get(`fieldErrors.${code}`)).toEqual(expect.any(String));
    }
  });
});
