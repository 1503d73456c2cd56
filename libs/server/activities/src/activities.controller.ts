import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  CurrentViewer,
  EXPORT_TYPES,
  MemberOf,
  sendAttachment,
  SignedIn,
  UuidPipe,
  type ExportFormat,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { RegistrationsService } from './registrations.service';

const STAFF = ['staff', 'builder', 'admin'] as const;

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

  @MemberOf(...STAFF)
  @Get('communities/:communityId/activities/:activityId/roster.csv')
  csv(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('activityId', UuidPipe) activityId: string,
    @Query('sessionId') sessionId: string | undefined,
    @Query('status') status: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.roster(res, 'csv', communityId, activityId, sessionId, status);
  }

  @MemberOf(...STAFF)
  @Get('communities/:communityId/activities/:activityId/roster.ods')
  ods(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('activityId', UuidPipe) activityId: string,
    @Query('sessionId') sessionId: string | undefined,
    @Query('status') status: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    return this.roster(res, 'ods', communityId, activityId, sessionId, status);
  }

  private async roster(
    res: Response,
    format: ExportFormat,
    communityId: string,
    activityId: string,
    sessionId: string | undefined,
    status: string | undefined,
  ): Promise<void> {
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
