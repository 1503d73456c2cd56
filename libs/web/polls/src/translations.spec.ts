import { translationProblems } from '@palier/web-i18n';
import ar from './i18n/ar.json';
import en from './i18n/en.json';
import fr from './i18n/fr.json';

it('the poll texts are complete in every language', () => {
  expect(translationProblems({ fr, en, ar })).toEqual([]);
});
