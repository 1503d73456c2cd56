/** "Centre social Les Tilleuls" → "centre-social-les-tilleuls": a first idea of the address. */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** What is wrong with an address, with the API's codes; undefined when it is fine. */
export function checkSlug(
  slug: string,
): 'required' | 'too_short' | 'too_long' | 'invalid_format' | undefined {
  const value = slug.trim().toLowerCase();
  if (!value) return 'required';
  if (value.length < 2) return 'too_short';
  if (value.length > 60) return 'too_long';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)) return 'invalid_format';
  return undefined;
}
