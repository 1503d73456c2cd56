import {
  applyDecorators,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { PHOTO_LIMITS } from '@palier/shared';
import type { Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import type { FileStorage } from '../storage/file-storage';
import {
  processPhoto,
  PhotoRefused,
  type PhotoProblem,
  type ProcessedPhoto,
} from './photo-processing';

/** Why a photo is refused, in plain French (the web shows its own translation by code). */
export const PHOTO_PROBLEMS = {
  not_an_image: 'Ce fichier n’est pas une photo que nous savons lire (JPEG, PNG, WebP).',
  format: 'Ce format n’est pas accepté : envoyez une photo JPEG, PNG ou WebP.',
  too_large: 'Cette photo est trop grande (en pixels) : réduisez-la puis réessayez.',
  heic_unreadable:
    'Cette photo HEIC ne peut pas être lue ici : sur iPhone, choisissez « Le plus compatible » dans Réglages > Appareil photo > Formats, ou envoyez-la en JPEG.',
  too_heavy: 'Cette photo pèse trop lourd (15 Mo au plus).',
  missing: 'Choisissez une photo à envoyer.',
} as const satisfies Record<PhotoProblem | 'too_heavy' | 'missing', string>;

/** The error for a refused photo, on the field "photo". */
export function photoRefusal(problem: keyof typeof PHOTO_PROBLEMS): AppError {
  return new AppError('BAD_USER_INPUT', PHOTO_PROBLEMS[problem], [
    {
      field: 'photo',
      code: problem === 'too_heavy' ? 'too_long' : 'invalid_format',
      message: PHOTO_PROBLEMS[problem],
    },
  ]);
}

/**
 * Checks and re-encodes an uploaded photo (see `processPhoto`): a missing, too heavy or refused
 * photo becomes a clear BAD_USER_INPUT error.
 */
export async function readUploadedPhoto(bytes: Buffer | undefined): Promise<ProcessedPhoto> {
  if (!bytes?.length) throw photoRefusal('missing');
  if (bytes.length > PHOTO_LIMITS.bytesMax) throw photoRefusal('too_heavy');
  try {
    return await processPhoto(bytes);
  } catch (error) {
    if (error instanceof PhotoRefused) throw photoRefusal(error.problem);
    throw error;
  }
}

/** Room for the multipart envelope around the photo. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Refuses a body announced larger than a photo may be before a byte of it is read, and closes
 * the connection so the client stops sending (multer's own limit covers bodies sent without a
 * length).
 */
class RefuseLargeBodies implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const req = context.switchToHttp().getRequest<Request>();
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > PHOTO_LIMITS.bytesMax + ENVELOPE_BYTES) {
      context.switchToHttp().getResponse<Response>().setHeader('Connection', 'close');
      throw photoRefusal('too_heavy');
    }
    return next.handle();
  }
}

/**
 * On a controller route: takes one photo from the multipart field "photo", kept in memory (at
 * most `PHOTO_LIMITS.bytesMax` bytes); read it with `@UploadedFile()` then `readUploadedPhoto`.
 */
export const PhotoUpload = () =>
  applyDecorators(
    UseInterceptors(
      RefuseLargeBodies,
      FileInterceptor('photo', {
        // No `dest`: multer keeps the file in memory, at most `fileSize` bytes.
        limits: { fileSize: PHOTO_LIMITS.bytesMax, files: 1, fields: 0, parts: 1 },
      }),
    ),
  );

/** Sends a stored (WebP) photo: cached publicly only when anyone may see it. */
export function sendPhoto(res: Response, bytes: Buffer, isPublic: boolean): void {
  res.setHeader('Content-Type', 'image/webp');
  res.setHeader('Content-Disposition', 'inline');
  res.setHeader('Cache-Control', isPublic ? 'public, max-age=600' : 'private, max-age=3600');
  if (!isPublic) res.setHeader('Vary', 'Cookie');
  res.send(bytes);
}

/**
 * Stores a processed photo's two files under `[largeKey, thumbKey]`, then runs `record` (the
 * row that points to them); if recording fails, the files are removed again and the error goes on.
 */
export async function storePhoto<T>(
  storage: FileStorage,
  [largeKey, thumbKey]: readonly string[],
  photo: ProcessedPhoto,
  record: () => Promise<T>,
): Promise<T> {
  await storage.put(largeKey, photo.large.bytes);
  await storage.put(thumbKey, photo.thumb.bytes);
  try {
    return await record();
  } catch (error) {
    await Promise.all([storage.delete(largeKey), storage.delete(thumbKey)]);
    throw error;
  }
}
