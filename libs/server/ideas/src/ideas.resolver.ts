import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentMembership,
  CurrentViewer,
  MemberOf,
  UuidPipe,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import {
  IdeaCategoryDto,
  IdeaCategoryInputDto,
  IdeaCommentDto,
  IdeaCommentInputDto,
  IdeaDto,
  IdeaFilterDto,
  IdeaInputDto,
  IdeaOutcomeInputDto,
  IdeaPageDto,
  IdeaStatusChangeDto,
  IdeaStatusInputDto,
} from './dto/idea.dto';
import { IdeaCommentsService } from './idea-comments.service';
import type { IdeaReader } from './ideas.policy';
import { IdeasService } from './ideas.service';

const STAFF = ['staff', 'builder', 'admin'] as const;
const readerOf = (viewer: Viewer, membership: ViewerMembership): IdeaReader => ({
  accountId: viewer.accountId,
  role: membership.role,
  locale: viewer.locale,
});
const CommunityId = () => Args('communityId', { type: () => ID }, UuidPipe);
const IdeaId = () => Args('ideaId', { type: () => ID }, UuidPipe);

/** The idea box: members of the community only (ideas are never public). */
@Resolver()
export class IdeasResolver {
  constructor(
    private readonly service: IdeasService,
    private readonly comments: IdeaCommentsService,
  ) {}

  @MemberOf()
  @Query(() => [IdeaCategoryDto], { description: 'The community’s idea categories.' })
  ideaCategories(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
  ): Promise<IdeaCategoryDto[]> {
    return this.service.categories(readerOf(viewer, membership), communityId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => [IdeaCategoryDto], { description: 'Add (no id) or change an idea category.' })
  saveIdeaCategory(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId: string | null,
    @Args('input') input: IdeaCategoryInputDto,
  ): Promise<IdeaCategoryDto[]> {
    if (categoryId !== null && categoryId !== undefined) new UuidPipe().transform(categoryId);
    return this.service.saveCategory(
      readerOf(viewer, membership),
      communityId,
      categoryId ?? null,
      input,
    );
  }

  @MemberOf()
  @Query(() => IdeaPageDto, { description: 'Ideas of the community, filtered and sorted.' })
  ideas(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('filter', { type: () => IdeaFilterDto, nullable: true }) filter: IdeaFilterDto | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<IdeaPageDto> {
    return this.service.list(readerOf(viewer, membership), communityId, filter, first, after);
  }

  @MemberOf()
  @Query(() => IdeaDto, { description: 'One idea.' })
  idea(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
  ): Promise<IdeaDto> {
    return this.service.idea(readerOf(viewer, membership), communityId, ideaId);
  }

  @MemberOf()
  @Query(() => [IdeaStatusChangeDto], {
    description: 'The status history of an idea with the centre’s answers, oldest first.',
  })
  ideaHistory(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
  ): Promise<IdeaStatusChangeDto[]> {
    return this.service.history(readerOf(viewer, membership), communityId, ideaId);
  }

  @MemberOf()
  @Mutation(() => IdeaDto, { description: 'Submit an idea.' })
  submitIdea(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('input') input: IdeaInputDto,
  ): Promise<IdeaDto> {
    return this.service.submit(readerOf(viewer, membership), communityId, input);
  }

  @MemberOf()
  @Mutation(() => IdeaDto, { description: 'Support an idea (true) or withdraw my support.' })
  supportIdea(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
    @Args('supported') supported: boolean,
  ): Promise<IdeaDto> {
    return this.service.support(readerOf(viewer, membership), communityId, ideaId, supported);
  }

  @MemberOf(...STAFF)
  @Mutation(() => IdeaDto, { description: 'Move an idea to its next status, with an answer.' })
  changeIdeaStatus(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
    @Args('input') input: IdeaStatusInputDto,
  ): Promise<IdeaDto> {
    return this.service.changeStatus(readerOf(viewer, membership), communityId, ideaId, input);
  }

  @MemberOf(...STAFF)
  @Mutation(() => IdeaDto, {
    description:
      'Merge a duplicate into another idea (supports carried over); returns the kept one.',
  })
  mergeIdea(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
    @Args('intoId', { type: () => ID }, UuidPipe) intoId: string,
  ): Promise<IdeaDto> {
    return this.service.merge(readerOf(viewer, membership), communityId, ideaId, intoId);
  }

  @MemberOf(...STAFF)
  @Mutation(() => IdeaDto, {
    description: 'Record what an accepted idea became (an activity, a collective project).',
  })
  setIdeaOutcome(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
    @Args('input') input: IdeaOutcomeInputDto,
  ): Promise<IdeaDto> {
    return this.service.setOutcome(readerOf(viewer, membership), communityId, ideaId, input);
  }

  @MemberOf()
  @Query(() => [IdeaCommentDto], { description: 'The comments of an idea, oldest first.' })
  ideaComments(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
  ): Promise<IdeaCommentDto[]> {
    return this.comments.list(readerOf(viewer, membership), communityId, ideaId);
  }

  @MemberOf()
  @Mutation(() => [IdeaCommentDto], { description: 'Comment on an idea; returns its comments.' })
  addIdeaComment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @IdeaId() ideaId: string,
    @Args('input') input: IdeaCommentInputDto,
  ): Promise<IdeaCommentDto[]> {
    return this.comments.add(readerOf(viewer, membership), communityId, ideaId, input);
  }

  @MemberOf()
  @Mutation(() => Boolean, { description: 'Delete my comment on an idea (and its replies).' })
  deleteIdeaComment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('commentId', { type: () => ID }, UuidPipe) commentId: string,
  ): Promise<boolean> {
    return this.comments.delete(readerOf(viewer, membership), communityId, commentId);
  }
}
