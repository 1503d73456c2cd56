import { ERROR_CODES } from '@palier/shared';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation file as [dotted key, value]. */
function flatten(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** The `{{variables}}` and `<tags>` of a text, which every translation must keep. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)\s*\/?>/g)]
    .map((m) => m[0].replace(/\s/g, ''))
    .sort();
}

const languages = { fr, en, ar } as Record<string, Tree>;
const reference = new Map(flatten(fr));

describe('interface texts', () => {
  it.each(Object.keys(languages))('%s has exactly the keys of the French file', (language) => {
    const keys = flatten(languages[language]!)
      .map(([key]) => key)
      .sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  it.each(Object.keys(languages))('%s has no empty text', (language) => {
    const empty = flatten(languages[language]!)
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(['en', 'ar'])('%s keeps the variables and tags of each French text', (language) => {
    const different = flatten(languages[language]!)
      .filter(([key, value]) => {
        const french = reference.get(key);
        return typeof french === 'string' && typeof value === 'string'
          ? placeholders(french).join() !== placeholders(value).join()
          : false;
      })
      .map(([key]) => key);
    expect(different).toEqual([]);
  });

  it('has no point médian in French (screen readers stumble on it)', () => {
    const withPointMedian = flatten(fr)
      .filter(([, value]) => typeof value === 'string' && /[·\u2027\u22C5]/.test(value))
      .map(([key]) => key);
    expect(withPointMedian).toEqual([]);
  });

  it('writes the error messages of every API code and of a lost connection', () => {
    for (const code of [...ERROR_CODES, 'NETWORK']) {
      expect(reference.get(`errors.${code}`)).toEqual(expect.any(String));
    }
  });
});
