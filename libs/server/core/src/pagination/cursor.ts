import { AppError } from '../errors/app-error';

/** An opaque cursor for keyset pagination: the sort values of the last row of a page. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The sort values of a cursor made by {@link encodeCursor}; a forged or stale one is bad input. */
export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === length &&
      value.every((v) => typeof v === 'string')
    )
      return value;
  } catch {
    // fall through
  }
  throw new AppError('BAD_USER_INPUT', 'Ce lien de page n’est plus valable.');
}
