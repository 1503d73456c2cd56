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
import { OfferPhotosService } from './offer-photos.service';

@Controller('media')
export class OfferPhotosController {
  constructor(private readonly photos: OfferPhotosService) {}

  /** The offering team adds (or replaces) the photo of one of its offers (multipart "photo"). */
  @MemberOf('staff', 'builder', 'admin')
  @Post('communities/:communityId/sharing/offers/:offerId/photo')
  @PhotoUpload()
  upload(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('offerId', UuidPipe) offerId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<{ photoUrl: string; thumbnailUrl: string }> {
    return this.photos.upload(communityId, offerId, file?.buffer);
  }

  /** An offer's photo, for who may see the offer (never public). */
  @Public()
  @Get('sharing/offers/:offerId/photo/:size')
  async photo(
    @CurrentViewer() viewer: Viewer | undefined,
    @Param('offerId', UuidPipe) offerId: string,
    @Param('size') size: string,
    @Res() res: Response,
  ): Promise<void> {
    if (size !== 'large' && size !== 'thumb') throw AppError.notFound();
    sendPhoto(res, await this.photos.file(viewer, offerId, size), false);
  }
}
