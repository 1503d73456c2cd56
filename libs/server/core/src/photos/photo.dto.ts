import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Photo', {
  description: 'A photo (of a post, an idea…), re-encoded and without any metadata.',
})
export class PhotoDto {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The photo, at most 1600 px on its longest side.' })
  url: string;

  @Field({ description: 'A thumbnail, at most 400 px.' })
  thumbnailUrl: string;

  @Field(() => Int)
  width: number;

  @Field(() => Int)
  height: number;

  @Field(() => Int)
  thumbnailWidth: number;

  @Field(() => Int)
  thumbnailHeight: number;

  @Field({ description: 'What the photo shows, for people who cannot see it (may be empty).' })
  alt: string;
}
