import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  CurrentViewer,
  sendAttachment,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { RegistrationsService } from './registrations.service';

/** Files of registrations: the calendar file, for the household or the community's staff. */
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
}
