import { checkSlug, suggestSlug } from './slug';

describe('community address', () => {
  it('suggests an address from the name, without accents or spaces', () => {
    expect(suggestSlug("Espace de vie sociale L'Étoile du Nord")).toBe(
      'espace-de-vie-sociale-l-etoile-du-nord',
    );
    expect(suggestSlug('  ')).toBe('');
  });

  it('checks the address as the API does', () => {
    expect(checkSlug('les-tilleuls')).toBeUndefined();
    expect(checkSlug('')).toBe('required');
    expect(checkSlug('a')).toBe('too_short');
    expect(checkSlug('les tilleuls')).toBe('invalid_format');
    expect(checkSlug('les--tilleuls')).toBe('invalid_format');
  });
});
