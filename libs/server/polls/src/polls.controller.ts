import { Controller, Get, Param, Res } from '@nestjs/common';
import {
  CurrentViewer,
  sendAttachment,
  SignedIn,
  UuidPipe,
  ViewerSource,
  type Viewer,
} from '@palier/server-core';
import type { Response } from 'express';
import { PollsService } from './polls.service';

/** The results of a poll as a CSV file, for the team of its community. */
@Controller('api/polls')
export class PollsController {
  constructor(
    private readonly polls: PollsService,
    private readonly viewers: ViewerSource,
  ) {}

  @SignedIn()
  @Get(':communityId/:id/results.csv')
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('communityId', UuidPipe) communityId: string,
    @Param('id', UuidPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const membership = await this.viewers.membershipOf(viewer.accountId, communityId);
    const { fileName, content } = await this.polls.csv(viewer, membership, id);
    sendAttachment(res, { fileName, type: 'text/csv; charset=utf-8', body: content });
  }
}
