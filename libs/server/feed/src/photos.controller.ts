import {
  Controller,
  Get,
  Param,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  AppError,
  CurrentViewer,
  MemberOf,
  Public,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import { FEED_LIMITS } from '@palier/shared';
import type { Request, Response } from 'express';
import { PHOTO_PROBLEMS } from './feed-texts';
import { PhotosService } from './photos.service';
import { UploadedPhotoDto } from './dto/post.dto';

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
    if (length > FEED_LIMITS.photoBytesMax + ENVELOPE_BYTES) {
      context.switchToHttp().getResponse<Response>().setHeader('Connection', 'close');
      throw new AppError('BAD_USER_INPUT', PHOTO_PROBLEMS.too_heavy, [
        { field: 'photo', code: 'too_long', message: PHOTO_PROBLEMS.too_heavy },
      ]);
    }
    return next.handle();
  }
}

@Controller('media')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /** Upload one photo (multipart field "photo"); attach it to a post with createPost. */
  @MemberOf()
  @Post('communities/:communityId/photos')
  @UseInterceptors(
    RefuseLargeBodies,
    FileInterceptor('photo', {
      // No `dest`: multer keeps the file in memory, at most `fileSize` bytes.
      limits: { fileSize: FEED_LIMITS.photoBytesMax, files: 1, fields: 0, parts: 1 },
    }),
  )
  upload(
    @CurrentViewer() viewer: Viewer,
    @Param('communityId', UuidPipe) communityId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<UploadedPhotoDto> {
    return this.photos.upload(viewer.accountId, communityId, file?.buffer);
  }

  /** A photo, for who may see its post (public on the sas, or members only). */
  @Public()
  @Get('photos/:photoId/:size')
  async photo(
    @CurrentViewer() viewer: Viewer | undefined,
    @Param('photoId', UuidPipe) photoId: string,
    @Param('size') size: string,
    @Res() res: Response,
  ): Promise<void> {
    if (size !== 'large' && size !== 'thumb') throw AppError.notFound();
    const { bytes, isPublic } = await this.photos.file(viewer, photoId, size);
    res.setHeader('Content-Type', 'image/webp');
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=600' : 'private, max-age=3600');
    if (!isPublic) res.setHeader('Vary', 'Cookie');
    res.send(bytes);
  }
}
