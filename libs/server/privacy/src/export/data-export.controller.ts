import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  CurrentViewer,
  sendAttachment,
  SignedIn,
  UuidPipe,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { DataExportService } from './data-export.service';

/** The download of a prepared export: only for the member who asked, while it is kept. */
@Controller('api/privacy/exports')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @SignedIn()
  @Get(':id')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { fileName, archive } = await this.exports.download(viewer, id);
    sendAttachment(res, { fileName, type: 'application/zip', body: archive });
  }
}
