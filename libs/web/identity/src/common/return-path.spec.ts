import { safeReturnPath, withReturn } from './return-path';

describe('safeReturnPath', () => {
  it('accepts a path of this site, with its query and anchor', () => {
    expect(safeReturnPath('/c/la-passerelle/rejoindre')).toBe('/c/la-passerelle/rejoindre');
    expect(safeReturnPath('/foyer?x=1#enfants')).toBe('/foyer?x=1#enfants');
  });

  it('refuses another site, a script and anything that is not a path', () => {
    for (const value of [
      '//evil.example.org/',
      '/\\evil.example.org',
      'https://evil.example.org/',
      'javascript:alert(1)',
      'c/la-passerelle',
      '/c/\u0000x',
      '',
      null,
      undefined,
    ]) {
      expect(safeReturnPath(value)).toBeUndefined();
    }
  });
});

describe('withReturn', () => {
  it('adds the page to come back to, encoded', () => {
    expect(withReturn('/connexion', '/c/a b')).toBe('/connexion?retour=%2Fc%2Fa%20b');
    expect(withReturn('/connexion', undefined)).toBe('/connexion');
  });
});
