/**
 * The `?retour=` of the login page, accepted only as a path of this site: it starts with "/" but
 * not "//" (another site), holds no backslash (read as "/" by browsers) and no control character.
 */
export function safeReturnPath(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return undefined;
  // Control characters are exactly what this rule looks for.
  // eslint-disable-next-line no-control-regex
  if (value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return undefined;
  return value;
}

/** The URL parameter of the page to go back to after logging in. */
export const RETURN_PARAM = 'retour';

/** A path of this library's pages, with `?retour=` when there is a page to come back to. */
export function withReturn(path: string, returnTo: string | undefined): string {
  return returnTo ? `${path}?${RETURN_PARAM}=${encodeURIComponent(returnTo)}` : path;
}
