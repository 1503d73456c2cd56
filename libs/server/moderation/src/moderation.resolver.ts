import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, MemberOf, UuidPipe, type Viewer } from '@palier/server-core';
import {
  ModerationAppealDto,
  ModerationCaseDto,
  ModerationDecisionDto,
  ModerationDecisionInput,
  ModerationLogPageDto,
  MyModerationDecisionDto,
  ReportInput,
} from './dto/moderation.dto';
import { ModerationService } from './moderation.service';

@Resolver()
export class ModerationResolver {
  constructor(private readonly service: ModerationService) {}

  @MemberOf()
  @Mutation(() => Boolean, {
    description: 'Report a post, a comment or a member to the community’s builders.',
  })
  report(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('input') input: ReportInput,
  ): Promise<boolean> {
    return this.service.report(communityId, viewer.accountId, input);
  }

  @MemberOf('builder', 'admin')
  @Query(() => [ModerationCaseDto], { description: 'Open reports, grouped by item.' })
  moderationQueue(
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
  ): Promise<ModerationCaseDto[]> {
    return this.service.queue(communityId);
  }

  @MemberOf('builder', 'admin')
  @Mutation(() => ModerationDecisionDto, {
    description: 'Decide on a reported item or member.',
  })
  moderate(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('input') input: ModerationDecisionInput,
  ): Promise<ModerationDecisionDto> {
    return this.service.decide(communityId, viewer.accountId, input);
  }

  @MemberOf('builder', 'admin')
  @Query(() => ModerationLogPageDto, { description: 'Every decision: who, when, why.' })
  moderationLog(
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ModerationLogPageDto> {
    return this.service.log(communityId, first, after);
  }

  @MemberOf('builder', 'admin')
  @Query(() => [ModerationAppealDto], { description: 'Appeals waiting for an answer.' })
  moderationAppeals(
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
  ): Promise<ModerationAppealDto[]> {
    return this.service.appeals(communityId);
  }

  @MemberOf('builder', 'admin')
  @Mutation(() => Boolean, { description: 'Answer an appeal (upheld: the member was right).' })
  answerAppeal(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('appealId', { type: () => ID }, UuidPipe) appealId: string,
    @Args('upheld') upheld: boolean,
    @Args('reason') reason: string,
  ): Promise<boolean> {
    return this.service.answerAppeal(communityId, viewer.accountId, appealId, upheld, reason);
  }

  @MemberOf()
  @Query(() => [MyModerationDecisionDto], { description: 'Decisions of the team about me.' })
  myModerationDecisions(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
  ): Promise<MyModerationDecisionDto[]> {
    return this.service.mine(communityId, viewer.accountId);
  }

  @MemberOf()
  @Mutation(() => [MyModerationDecisionDto], { description: 'Appeal a decision about me, once.' })
  appealModerationDecision(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }, UuidPipe) communityId: string,
    @Args('decisionId', { type: () => ID }, UuidPipe) decisionId: string,
    @Args('message') message: string,
  ): Promise<MyModerationDecisionDto[]> {
    return this.service.appeal(communityId, viewer.accountId, decisionId, { message });
  }
}
