import { Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import {
  AppError,
  CurrentViewer,
  MemberOf,
  PhotoUpload,
  sendPhoto,
  SignedIn,
  UuidPipe,
  ViewerSource,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { PollPhotosService, type UploadedPollPhoto } from './poll-photos.service';
import { PollsService } from './polls.service';

@Controller('media')
export class PollPhotosController {
  constructor(
    private readonly photos: PollPhotosService,
    private readonly polls: PollsService,
    private readonly viewers: ViewerSource,
  ) {}

  /** Upload the photo of a poll's answer (multipart field "photo"); attach it with createPoll. */
  @MemberOf()
  @Post('communities/:communityId/poll-photos')
  @PhotoUpload()
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('communityId', UuidPipe) communityId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<UploadedPollPhoto> {
    await this.polls.assertMayCreate(
      await this.viewers.membershipOf(viewer.accountId, communityId),
      communityId,
    );
    return this.photos.upload(viewer.accountId, communityId, file?.buffer);
  }

  /** The photo of a poll's answer, for the members of its community. */
  @SignedIn()
  @Get('poll-photos/:photoId/:size')
  async photo(
    @CurrentViewer() viewer: Viewer,
    @Param('photoId', UuidPipe) photoId: string,
    @Param('size') size: string,
    @Res() res: Response,
  ): Promise<void> {
    if (size !== 'large' && size !== 'thumb') throw AppError.notFound();
    sendPhoto(res, await this.photos.file(viewer, photoId, size), false);
  }
}
