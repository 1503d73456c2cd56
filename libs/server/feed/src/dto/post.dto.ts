import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PhotoDto } from '@palier/server-core';
import { PostVisibilityEnum, ReactionEnum } from '../feed.enums';

@ObjectType('FeedAuthor', {
  description: 'Who wrote a post or comment; a former member (erased account) has no id.',
})
export class AuthorDto {
  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field({ description: 'The display name, or "Ancien membre" in the reader’s language.' })
  displayName: string;

  @Field()
  formerMember: boolean;
}

@ObjectType('ReactionCount')
export class ReactionCountDto {
  @Field(() => ReactionEnum)
  reaction: ReactionEnum;

  @Field()
  emoji: string;

  @Field(() => Int)
  count: number;

  @Field({ description: 'Whether it is my reaction.' })
  mine: boolean;
}

@ObjectType('Post', { description: 'A post of the community feed.' })
export class PostDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  communityId: string;

  @Field(() => AuthorDto)
  author: AuthorDto;

  @Field({ description: 'Plain text with line breaks; links are shown as links by the app.' })
  body: string;

  @Field(() => String, { nullable: true })
  contentWarning: string | null;

  @Field(() => PostVisibilityEnum)
  visibility: PostVisibilityEnum;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the author edited it ("modifié").' })
  editedAt: Date | null;

  @Field()
  pinned: boolean;

  @Field()
  commentsLocked: boolean;

  @Field({ description: 'Hidden by moderation: only its author and the moderators see it.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was hidden (author, moderators).' })
  hiddenReason: string | null;

  @Field(() => [PhotoDto])
  photos: PhotoDto[];

  @Field(() => [ReactionCountDto], { description: 'Counts of each reaction given, most first.' })
  reactions: ReactionCountDto[];

  @Field({ description: 'I wrote it: I may edit and delete it.' })
  mine: boolean;

  @Field({ description: 'I may pin it, lock its comments or moderate it.' })
  mayModerate: boolean;

  @Field({ description: 'I may pin it on top of the feed.' })
  mayPin: boolean;
}

@ObjectType('PostEdge')
export class PostEdgeDto {
  @Field()
  cursor: string;

  @Field(() => PostDto)
  node: PostDto;
}

@ObjectType('PostPageInfo')
export class PostPageInfoDto {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('FeedPage', {
  description: 'The feed, newest first; pinned announcements apart, on the first page only.',
})
export class FeedPageDto {
  @Field(() => [PostDto])
  pinned: PostDto[];

  @Field(() => [PostEdgeDto])
  edges: PostEdgeDto[];

  @Field(() => PostPageInfoDto)
  pageInfo: PostPageInfoDto;
}

@ObjectType('Comment')
export class CommentDto {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one answers (one level).' })
  parentId: string | null;

  @Field(() => AuthorDto)
  author: AuthorDto;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field()
  hidden: boolean;

  @Field({ description: 'I wrote it: I may delete it.' })
  mine: boolean;
}

@ObjectType('Reactor', { description: 'Who reacted how (members only).' })
export class ReactorDto {
  @Field(() => ReactionEnum)
  reaction: ReactionEnum;

  @Field()
  emoji: string;

  @Field(() => AuthorDto)
  member: AuthorDto;
}

@ObjectType('UploadedPhoto')
export class UploadedPhotoDto {
  @Field(() => ID)
  id: string;

  @Field()
  thumbnailUrl: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;
}

@ObjectType('MemberName', { description: 'A member of the community, by name.' })
export class MemberNameDto {
  @Field(() => ID)
  accountId: string;

  @Field()
  displayName: string;
}

@ObjectType('FeedSettings', { description: 'How a community runs its feed and its moderation.' })
export class FeedSettingsDto {
  @Field(() => [String], { description: 'Roles that may publish on the public sas.' })
  publicPostRoles: string[];

  @Field({ description: 'Keep the comments of an erased member, as "Ancien membre".' })
  keepCommentsOfErasedMembers: boolean;

  @Field(() => Int, { description: 'Reports by this many members hide an item until review.' })
  reportHideThreshold: number;
}
