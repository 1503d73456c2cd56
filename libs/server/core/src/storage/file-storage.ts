/**
 * Where uploaded files (photos…) live. One interface, so that a centre can move its files to
 * another backend (an S3-compatible bucket…) without touching the features; the local disk under
 * STORAGE_DIR is the default. Keys are made by the features: lowercase letters, digits, `-`, `_`,
 * `.` and `/` only, never user input.
 */
export abstract class FileStorage {
  /** Stores the bytes under the key, replacing any previous content. */
  abstract put(key: string, content: Uint8Array): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Removes the key; removing a missing key is not an error (erasure runs twice safely). */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/;

/** Throws on a key that could escape the storage folder (`..`, absolute paths, odd characters). */
export function checkStorageKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((part) => part === '.' || part === '..'))
    throw new Error(`Invalid storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}
