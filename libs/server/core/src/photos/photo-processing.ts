import { PHOTO_LIMITS } from '@palier/shared';
import sharp from 'sharp';

/** Formats a photo may come in, read from the decoded image (never from its name or MIME type). */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);

/**
 * Markers of active content (HTML, script, SVG, PHP). A photo that carries them anywhere — after
 * its end, in a comment — is a polyglot made to be opened as something else: refused. Phones'
 * "motion photos" (a video after the JPEG) carry none of them and stay accepted.
 */
const ACTIVE_CONTENT = /<(?:script|html|svg|iframe|object|embed|body|meta)\b|<\?php|javascript:/i;

export const LARGE_SIDE = 1600;
export const THUMB_SIDE = 400;

export type PhotoProblem = 'not_an_image' | 'format' | 'too_large' | 'heic_unreadable';

export class PhotoRefused extends Error {
  override name = 'PhotoRefused';
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

export interface ProcessedPhoto {
  large: { bytes: Buffer; width: number; height: number };
  thumb: { bytes: Buffer; width: number; height: number };
}

/**
 * Re-encodes an uploaded photo into a large WebP (1600 px) and a thumbnail (400 px), turned the
 * right way up, with **no metadata at all** (no GPS, camera, ICC profile nor comments: sharp
 * writes none unless asked with `withMetadata`, which we never do). Before decoding, the header
 * alone is read: a file carrying HTML or script (a polyglot), a format outside the allow-list (SVG, GIF, TIFF…) or a picture too large in
 * pixels (a decompression bomb) is refused without spending memory on it; `limitInputPixels`
 * stays as a second lock during decoding.
 */
export async function processPhoto(input: Buffer): Promise<ProcessedPhoto> {
  const options = {
    limitInputPixels: PHOTO_LIMITS.pixelsMax,
    failOn: 'error' as const,
    sequentialRead: true,
  };
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, options).metadata();
  } catch (error) {
    throw new PhotoRefused(tooManyPixels(error) ? 'too_large' : 'not_an_image');
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) throw new PhotoRefused('format');
  if (ACTIVE_CONTENT.test(input.toString('latin1'))) throw new PhotoRefused('not_an_image');
  // An animated WebP or a multi-page file is not a photo.
  if ((meta.pages ?? 1) > 1) throw new PhotoRefused('format');
  const { width = 0, height = 0 } = meta;
  if (
    !width ||
    !height ||
    width > PHOTO_LIMITS.sideMax ||
    height > PHOTO_LIMITS.sideMax ||
    width * height > PHOTO_LIMITS.pixelsMax
  )
    throw new PhotoRefused(width && height ? 'too_large' : 'not_an_image');

  const encode = async (side: number) => {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: side === LARGE_SIDE ? 80 : 70 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  };
  try {
    return { large: await encode(LARGE_SIDE), thumb: await encode(THUMB_SIDE) };
  } catch (error) {
    if (meta.format === 'heif') throw new PhotoRefused('heic_unreadable');
    if (tooManyPixels(error)) throw new PhotoRefused('too_large');
    throw new PhotoRefused('not_an_image');
  }
}

const tooManyPixels = (error: unknown) => /pixel limit/i.test(String((error as Error)?.message));
