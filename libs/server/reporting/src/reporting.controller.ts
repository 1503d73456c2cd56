import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { AppError, EXPORT_TYPES, MemberOf, sendAttachment, UuidPipe } from '@palier/server-core';
import type { Response } from 'express';
import { REPORT_READERS } from './reporting.resolver';
import { ReportingService } from './reporting.service';

/**
 * The report tables as files: `…/reports/<table>.csv`, `…/reports/<table>.ods`, and every table
 * as the sheets of one file, `…/reports/all.ods`; `from` and `to` in the query string.
 */
@Controller('api/reporting/communities/:communityId/reports')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @MemberOf(...REPORT_READERS)
  @Get(':file')
  async download(
    @Param('communityId', UuidPipe) communityId: string,
    @Param('file') name: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^([a-zA-Z]{1,30})\.(csv|ods)$/.exec(name);
    if (!match) throw AppError.notFound();
    const format = match[2] as 'csv' | 'ods';
    const file = await this.reporting.file(communityId, match[1], format, from, to);
    sendAttachment(res, { fileName: file.fileName, type: EXPORT_TYPES[format], body: file.body });
  }
}
