import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  CurrentMembership,
  CurrentViewer,
  MemberOf,
  Public,
  UuidPipe,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import {
  CommentDto,
  FeedPageDto,
  FeedSettingsDto,
  MemberNameDto,
  PostDto,
  ReactorDto,
} from './dto/post.dto';
import { CommentInput, FeedSettingsInput, PostEditInput, PostInput } from './dto/post.inputs';
import { FeedSettingsService } from './feed-settings.service';
import { CommentsService } from './comments.service';
import { ReactionEnum } from './feed.enums';
import type { FeedReader } from './post-reader';
import { PostsService } from './posts.service';

const readerOf = (viewer?: Viewer, membership?: ViewerMembership): FeedReader => ({
  accountId: viewer?.accountId ?? null,
  role: membership?.role ?? null,
  locale: viewer?.locale ?? 'fr',
});

const CommunityId = () => Args('communityId', { type: () => ID }, UuidPipe);
const PostId = () => Args('postId', { type: () => ID }, UuidPipe);

@Resolver()
export class FeedResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly settings: FeedSettingsService,
  ) {}

  @MemberOf('builder', 'admin')
  @Query(() => FeedSettingsDto, { description: 'The community’s feed and moderation settings.' })
  feedSettings(@CommunityId() communityId: string): Promise<FeedSettingsDto> {
    return this.settings.get(communityId);
  }

  @MemberOf('admin')
  @Mutation(() => FeedSettingsDto, { description: 'Change the feed and moderation settings.' })
  updateFeedSettings(
    @CommunityId() communityId: string,
    @Args('input') input: FeedSettingsInput,
  ): Promise<FeedSettingsDto> {
    return this.settings.update(communityId, input);
  }

  @MemberOf()
  @Query(() => FeedPageDto, { description: 'The community feed, newest first.' })
  feed(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<FeedPageDto> {
    return this.posts.feed(readerOf(viewer, membership), communityId, first, after);
  }

  @Public()
  @Query(() => FeedPageDto, { description: 'The posts their authors made public on the sas.' })
  publicPosts(
    @CurrentViewer() viewer: Viewer | undefined,
    @CommunityId() communityId: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<FeedPageDto> {
    return this.posts.publicPosts(readerOf(viewer), communityId, first, after);
  }

  @Public()
  @Query(() => PostDto, {
    description: 'One post: members see their community’s, anyone sees a public one.',
  })
  async post(
    @CurrentViewer() viewer: Viewer | undefined,
    @CommunityId() communityId: string,
    @PostId() postId: string,
  ): Promise<PostDto> {
    return this.posts.post(await this.reader(viewer, communityId), communityId, postId);
  }

  @MemberOf()
  @Query(() => [CommentDto], { description: 'The comments of a post, oldest first.' })
  postComments(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
  ): Promise<CommentDto[]> {
    return this.comments.list(readerOf(viewer, membership), communityId, postId);
  }

  @MemberOf()
  @Query(() => [ReactorDto], { description: 'Who reacted to a post, and how.' })
  postReactors(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
  ): Promise<ReactorDto[]> {
    return this.posts.reactors(readerOf(viewer, membership), communityId, postId);
  }

  @MemberOf()
  @Query(() => [MemberNameDto], { description: 'The members I muted in this community.' })
  mutedMembers(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
  ): Promise<MemberNameDto[]> {
    return this.posts.muted(readerOf(viewer, membership), communityId);
  }

  @MemberOf()
  @Query(() => [MemberNameDto], {
    description: 'Members whose name contains these letters, to mention them (at most 8).',
  })
  mentionableMembers(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('search') search: string,
  ): Promise<MemberNameDto[]> {
    return this.posts.mentionable(readerOf(viewer, membership), communityId, search);
  }

  @MemberOf()
  @Mutation(() => PostDto)
  createPost(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('input') input: PostInput,
  ): Promise<PostDto> {
    return this.posts.create(readerOf(viewer, membership), communityId, input);
  }

  @MemberOf()
  @Mutation(() => PostDto, { description: 'Edit my post (it shows "modifié").' })
  editPost(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
    @Args('input') input: PostEditInput,
  ): Promise<PostDto> {
    return this.posts.edit(readerOf(viewer, membership), communityId, postId, input);
  }

  @MemberOf()
  @Mutation(() => Boolean, { description: 'Delete my post, its photos and comments.' })
  deletePost(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
  ): Promise<boolean> {
    return this.posts.delete(readerOf(viewer, membership), communityId, postId);
  }

  @MemberOf('staff', 'builder', 'admin')
  @Mutation(() => PostDto, { description: 'Pin a post on top of the feed (or unpin it).' })
  pinPost(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
    @Args('pinned') pinned: boolean,
  ): Promise<PostDto> {
    return this.posts.pin(readerOf(viewer, membership), communityId, postId, pinned);
  }

  @MemberOf('builder', 'admin')
  @Mutation(() => PostDto, { description: 'Close (or reopen) the comments of a post.' })
  lockComments(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
    @Args('locked') locked: boolean,
  ): Promise<PostDto> {
    return this.posts.lockComments(readerOf(viewer, membership), communityId, postId, locked);
  }

  @MemberOf()
  @Mutation(() => PostDto, { description: 'React to a post (null takes my reaction back).' })
  react(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
    @Args('reaction', { type: () => ReactionEnum, nullable: true }) reaction: ReactionEnum | null,
  ): Promise<PostDto> {
    return this.posts.react(readerOf(viewer, membership), communityId, postId, reaction);
  }

  @MemberOf()
  @Mutation(() => [CommentDto], { description: 'Comment on a post; returns its comments.' })
  addComment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @PostId() postId: string,
    @Args('input') input: CommentInput,
  ): Promise<CommentDto[]> {
    return this.comments.add(readerOf(viewer, membership), communityId, postId, input);
  }

  @MemberOf()
  @Mutation(() => Boolean, { description: 'Delete my comment.' })
  deleteComment(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('commentId', { type: () => ID }, UuidPipe) commentId: string,
  ): Promise<boolean> {
    return this.comments.delete(readerOf(viewer, membership), communityId, commentId);
  }

  @MemberOf()
  @Mutation(() => [MemberNameDto], { description: 'Mute (or unmute) a member in my feed.' })
  muteMember(
    @CurrentViewer() viewer: Viewer,
    @CurrentMembership() membership: ViewerMembership,
    @CommunityId() communityId: string,
    @Args('accountId', { type: () => ID }, UuidPipe) accountId: string,
    @Args('muted') muted: boolean,
  ): Promise<MemberNameDto[]> {
    return this.posts.mute(readerOf(viewer, membership), communityId, accountId, muted);
  }

  /** A @Public field still knows the viewer's role when they are a member. */
  private async reader(viewer: Viewer | undefined, communityId: string): Promise<FeedReader> {
    return readerOf(viewer, await this.posts.membershipOf(viewer, communityId));
  }
}
