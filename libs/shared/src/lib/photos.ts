/** Limits of every uploaded photo (feed posts, ideas, activities, offers…), checked on both sides. */
export const PHOTO_LIMITS = {
  /** Largest photo upload, in bytes (a bigger body is cut off before it is read). */
  bytesMax: 15 * 1024 * 1024,
  /** Largest photo in pixels (width × height): beyond, it may be a decompression bomb. */
  pixelsMax: 50_000_000,
  /** Longest side of a photo in pixels. */
  sideMax: 12_000,
  /** Longest alternative text of a photo. */
  altMax: 500,
} as const;
