import { Controller, Get, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
import {
  AppError,
  CurrentViewer,
  EXPORT_TYPES,
  MemberOf,
  PhotoUpload,
  Public,
  sendPhoto,
  sendAttachment,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { ActivityPhotosService } from './activity-photos.service';
import { RegistrationsService } from './registrations.service';

const STAFF = ['staff', 'builder', 'admin'] as const;

/** An activity's photo: staff upload it (with its description); shown to who may see the activity. */
@Controller('media')
export class ActivityPhotosController {
  constructor(private readonly photos: ActivityPhotosService) {}

  @MemberOf(...STAFF)
  @Post('communities/:communityId/activities/:activityId/photo')
  @PhotoUpload()
  upload(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('activityId', UuidPipe) activityId: string,
    @Query('alt') alt: string | undefined,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<{ url: string; alt: string }> {
    return this.photos.set(communityId, activityId, file?.buffer, alt);
  }

  @Public()
  @Get('activities/:activityId/photo/:size')
  async photo(
    @CurrentViewer() viewer: Viewer | undefined,
    @Param('activityId', UuidPipe) activityId: string,
    @Param('size') size: string,
    @Res() res: Response,
  ): Promise<void> {
    if (size !== 'large' && size !== 'thumb') throw AppError.notFound();
    const { bytes, isPublic } = await this.photos.file(viewer, activityId, size);
    sendPhoto(res, bytes, isPublic);
  }
}

/** Files of registrations: the calendar file, and the staff's roster as CSV or ODS. */
@Controller('api/activities')
export class ActivitiesController {
  constructor(private readonly registrations: RegistrationsService) {}

  @SignedIn()
  @Get('registrations/:id.ics')
  async calendar(
    @CurrentViewer() viewer: Viewer,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileName, content } = await this.registrations.calendar(viewer, id);
    sendAttachment(res, { fileName, type: 'text/calendar; charset=utf-8', body: content });
  }

  /** Staff: the roster as a CSV or ODS file (`roster.csv`, `roster.ods`), with the page's filters. */
  @MemberOf(...STAFF)
  @Get('communities/:communityId/activities/:activityId/roster.:format')
  async roster(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('activityId', UuidPipe) activityId: string,
    @Param('format') format: string,
    @Query('sessionId') sessionId: string | undefined,
    @Query('status') status: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'csv' && format !== 'ods') throw AppError.notFound();
    const file = await this.registrations.rosterFile(
      communityId,
      activityId,
      sessionId ? new UuidPipe().transform(sessionId) : null,
      status ?? null,
      format,
    );
    sendAttachment(res, { fileName: file.fileName, type: EXPORT_TYPES[format], body: file.body });
  }
}
