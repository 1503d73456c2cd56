import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentMembership,
  CurrentViewer,
  MemberOf,
  UuidPipe,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import {
  CreatePollInputDto,
  PollBallotInputDto,
  PollDto,
  PollSettingsDto,
  UpdatePollInputDto,
} from './dto/poll.dto';
import { PollsService } from './polls.service';

const STAFF = ['staff', 'builder', 'admin'] as const;
const CommunityId = () => Args('communityId', { type: () => ID }, UuidPipe);
const PollId = () => Args('pollId', { type: () => ID }, UuidPipe);

@Resolver()
export class PollsResolver {
  constructor(private readonly service: PollsService) {}

  @MemberOf()
  @Query(() => [PollDto], { description: 'The polls of a community: open ones first.' })
  polls(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
  ): Promise<PollDto[]> {
    return this.service.list(viewer, membership, communityId);
  }

  @MemberOf()
  @Query(() => PollDto, { description: 'One poll, with my ballot and the results I may see.' })
  poll(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PollId() pollId: string,
  ): Promise<PollDto> {
    return this.service.get(viewer, membership, communityId, pollId);
  }

  @MemberOf()
  @Query(() => PollSettingsDto, { description: 'Who may create polls in the community.' })
  pollSettings(@CommunityId() communityId: string): Promise<PollSettingsDto> {
    return this.service.settings(communityId);
  }

  @MemberOf('builder', 'admin')
  @Mutation(() => PollSettingsDto, { description: 'Builders: let residents create polls, or not.' })
  setResidentsMayCreatePolls(
    @CommunityId() communityId: string,
    @Args('allowed') allowed: boolean,
  ): Promise<PollSettingsDto> {
    return this.service.setResidentsMayCreate(communityId, allowed);
  }

  @MemberOf()
  @Mutation(() => PollDto, {
    description: 'Create a poll (the team; residents where the community allows it).',
  })
  createPoll(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('input') input: CreatePollInputDto,
  ): Promise<PollDto> {
    return this.service.create(viewer, membership, communityId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => PollDto, { description: 'Team: change a running poll’s settings.' })
  updatePoll(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PollId() pollId: string,
    @Args('input') input: UpdatePollInputDto,
  ): Promise<PollDto> {
    return this.service.update(viewer, membership, communityId, pollId, input);
  }

  @MemberOf()
  @Mutation(() => PollDto, { description: 'Vote (or change my ballot where the poll allows it).' })
  vote(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PollId() pollId: string,
    @Args('ballot') ballot: PollBallotInputDto,
  ): Promise<PollDto> {
    return this.service.vote(viewer, membership, communityId, pollId, ballot);
  }

  @MemberOf(...STAFF)
  @Mutation(() => PollDto, { description: 'Team: "Clore maintenant" — close the poll at once.' })
  closePoll(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PollId() pollId: string,
  ): Promise<PollDto> {
    return this.service.closeNow(viewer, membership, communityId, pollId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => PollDto, {
    description: 'Team: "Ce que nous en faisons", the centre’s statement on a closed poll.',
  })
  setPollOutcome(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PollId() pollId: string,
    @Args('outcome') outcome: string,
  ): Promise<PollDto> {
    return this.service.setOutcome(viewer, membership, communityId, pollId, outcome);
  }
}
