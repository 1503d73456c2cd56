import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { MemberOf } from '@palier/server-core';
import { ReportingDashboardDto } from './dto/reporting.dto';
import { ReportingService } from './reporting.service';

/** Who reads the reports: the centre's staff, its community builders and its admins. */
export const REPORT_READERS = ['staff', 'builder', 'admin'] as const;

@Resolver()
export class ReportingResolver {
  constructor(private readonly reporting: ReportingService) {}

  @MemberOf(...REPORT_READERS)
  @Query(() => ReportingDashboardDto, {
    description: 'Staff: the community’s figures between two dates (YYYY-MM-DD, both included).',
  })
  reportingDashboard(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<ReportingDashboardDto> {
    return this.reporting.dashboard(communityId, from, to) as Promise<ReportingDashboardDto>;
  }
}
