import { Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import {
  AppError,
  CurrentViewer,
  MemberOf,
  PhotoUpload,
  Public,
  sendPhoto,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { PhotosService } from './photos.service';
import { UploadedPhotoDto } from './dto/post.dto';

@Controller('media')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /** Upload one photo (multipart field "photo"); attach it to a post with createPost. */
  @MemberOf()
  @Post('communities/:communityId/photos')
  @PhotoUpload()
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
    sendPhoto(res, bytes, isPublic);
  }
}
