import { fieldProblem, AppError } from '@palier/server-core';
import * as argon2 from 'argon2';
import { isCommonPassword } from './common-passwords';

/** OWASP's argon2id baseline (19 MiB, 2 passes). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/**
 * Checks a password against a hash. Without a hash (unknown account) it still spends the same
 * time, so response times do not tell which accounts exist.
 */
export async function verifyPassword(
  hash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (!hash) {
    dummyHash ??= argon2.hash('palier-dummy-password', OPTIONS);
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

/** Refuses a password from the breached list, naming the field. */
export function refuseCommonPassword(password: string, field: string): void {
  if (isCommonPassword(password)) throw AppError.badInput([fieldProblem(field, 'common_password')]);
}
