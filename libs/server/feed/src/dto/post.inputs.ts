import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PostVisibilityEnum } from '../feed.enums';

@InputType('PostPhotoInput')
export class PostPhotoInput {
  @Field(() => ID, { description: 'The id returned by the photo upload.' })
  id: string;

  @Field({ defaultValue: '', description: 'What the photo shows, for people who cannot see it.' })
  alt: string;
}

/** What a post says and who may read it, as written and as edited. */
@InputType({ isAbstract: true })
abstract class PostTextInput {
  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  contentWarning?: string | null;

  @Field(() => PostVisibilityEnum, { defaultValue: PostVisibilityEnum.members })
  visibility: PostVisibilityEnum;
}

@InputType('PostInput')
export class PostInput extends PostTextInput {
  @Field(() => [PostPhotoInput], { defaultValue: [] })
  photos: PostPhotoInput[];

  @Field(() => [ID], { nullable: true, description: 'Accounts mentioned (they are notified).' })
  mentionIds?: string[] | null;
}

@InputType('PostEditInput')
export class PostEditInput extends PostTextInput {
  @Field(() => [PostPhotoInput], { defaultValue: [], description: 'New alt texts of its photos.' })
  photoAlts: PostPhotoInput[];
}

@InputType('CommentInput')
export class CommentInput {
  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'Answer this comment (one level of replies).' })
  parentId?: string | null;

  @Field(() => [ID], { nullable: true })
  mentionIds?: string[] | null;
}

@InputType('FeedSettingsInput')
export class FeedSettingsInput {
  @Field(() => [String])
  publicPostRoles: string[];

  @Field()
  keepCommentsOfErasedMembers: boolean;

  @Field(() => Int)
  reportHideThreshold: number;
}
