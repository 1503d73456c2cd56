import { Injectable, OnModuleInit } from '@nestjs/common';
import { Jobs } from '@palier/server-core';
import { ErasureService } from './erasure/erasure.service';
import { DataExportService } from './export/data-export.service';
import { RetentionService } from './retention/retention.service';

export const PRIVACY_REQUESTS_JOB = 'privacy-requests';
export const RETENTION_JOB = 'retention';

/** The privacy centre's background work: requests every half minute, retention every 6 hours. */
@Injectable()
export class PrivacyJobs implements OnModuleInit {
  constructor(
    private readonly jobs: Jobs,
    private readonly exports: DataExportService,
    private readonly erasure: ErasureService,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: PRIVACY_REQUESTS_JOB,
      everyMs: 30_000,
      run: async () => {
        const expired = await this.exports.expireOld();
        const ready = await this.exports.preparePending();
        const erased = await this.erasure.runDue();
        if (ready || erased || expired)
          return `${ready} export(s) ready, ${erased} erasure(s) done, ${expired} export(s) expired`;
      },
    });
    this.jobs.register({
      name: RETENTION_JOB,
      everyMs: 6 * 3_600_000,
      run: async () => JSON.stringify(await this.retention.purgeAll()),
    });
  }
}
