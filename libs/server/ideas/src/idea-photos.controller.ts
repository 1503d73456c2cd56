import { Controller, Get, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
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
import { IdeaPhotosService } from './idea-photos.service';

@Controller('media')
export class IdeaPhotosController {
  constructor(private readonly photos: IdeaPhotosService) {}

  /** The author sends the photo of their idea (multipart field "photo"; its description in `alt`). */
  @MemberOf()
  @Post('communities/:communityId/ideas/:ideaId/photo')
  @PhotoUpload()
  attach(
    @CurrentViewer() viewer: Viewer,
    @Param('communityId', UuidPipe) communityId: string,
    @Param('ideaId', UuidPipe) ideaId: string,
    @Query('alt') alt: unknown,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<{ id: string }> {
    return this.photos.attach(viewer, communityId, ideaId, file?.buffer, alt);
  }

  /** The photo of an idea, for the members who may see the idea (checked inside). */
  @Public()
  @Get('idea-photos/:photoId/:size')
  async photo(
    @CurrentViewer() viewer: Viewer | undefined,
    @Param('photoId', UuidPipe) photoId: string,
    @Param('size') size: string,
    @Res() res: Response,
  ): Promise<void> {
    if (size !== 'large' && size !== 'thumb') throw AppError.notFound();
    sendPhoto(res, await this.photos.file(viewer, photoId, size), false);
  }
}
