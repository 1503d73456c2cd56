import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('OptionalConsent', { description: 'An optional consent and where I stand on it.' })
export class OptionalConsentDto {
  @Field({ description: 'photo_public or newsletter' })
  kind: string;

  @Field()
  granted: boolean;

  @Field(() => Date, { nullable: true, description: 'When I last said yes or no.' })
  recordedAt: Date | null;
}

@ObjectType('CommunityConsents', { description: 'My consents in one community.' })
export class CommunityConsentsDto {
  @Field()
  communityId: string;

  @Field()
  communityName: string;

  @Field(() => Int, { nullable: true, description: 'Version of the charter I accepted.' })
  charterVersion: number | null;

  @Field(() => Int, { nullable: true, description: 'Version of the privacy notice I accepted.' })
  privacyNoticeVersion: number | null;

  @Field(() => [OptionalConsentDto])
  optional: OptionalConsentDto[];
}

@ObjectType('ConsentRecord', {
  description: 'One yes or no I gave, with the version and the time.',
})
export class ConsentRecordDto {
  @Field(() => String, { nullable: true })
  communityName: string | null;

  @Field({ description: 'charter, privacy_notice, photo_public, newsletter…' })
  kind: string;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field()
  granted: boolean;

  @Field()
  recordedAt: Date;

  @Field({ description: 'True when it was recorded at the desk, with me present.' })
  atDesk: boolean;
}
