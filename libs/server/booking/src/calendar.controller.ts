import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  CurrentViewer,
  sendAttachment,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { BookingService } from './booking.service';

/** The calendar file of an appointment: for its resident, or the staff of its community. */
@Controller('api/booking/appointments')
export class CalendarController {
  constructor(private readonly booking: BookingService) {}

  @SignedIn()
  @Get(':id.ics')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileName, content } = await this.booking.calendar(viewer, id);
    sendAttachment(res, { fileName, type: 'text/calendar; charset=utf-8', body: content });
  }
}
