import { registerEnumType } from '@nestjs/graphql';

export enum PostVisibilityEnum {
  members = 'members',
  public = 'public',
}
export enum ReactionEnum {
  thumbs_up = 'thumbs_up',
  heart = 'heart',
  laugh = 'laugh',
  surprised = 'surprised',
  thanks = 'thanks',
}

registerEnumType(PostVisibilityEnum, {
  name: 'PostVisibility',
  description: 'members: the members of the community (default); public: anyone, on the sas.',
});
registerEnumType(ReactionEnum, {
  name: 'Reaction',
  description: 'The small fixed set of reactions (one per member per post).',
});
