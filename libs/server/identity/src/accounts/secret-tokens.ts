import { createHash, randomBytes, randomInt } from 'node:crypto';

/** SHA-256 of a secret: what the database keeps of session tokens and one-time codes. */
export function sha256(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

/** A long random secret for cookies and links (256 bits, URL-safe). */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** An activation code to print: three groups of four, e.g. "K7PQ-4XQM-9MZA" (about 59 bits). */
export function activationCode(): string {
  const groups = Array.from({ length: 3 }, () =>
    Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}

/** The canonical form of a typed code: upper case, without spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
