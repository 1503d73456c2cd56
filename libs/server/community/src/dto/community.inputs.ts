import { Field, InputType, Int } from '@nestjs/graphql';
import { AdmissionModeEnum, CommunityKindEnum } from '../community.enums';

@InputType('OpeningPeriodInput')
export class OpeningPeriodInput {
  @Field(() => Int)
  weekday: number;

  @Field()
  opens: string;

  @Field()
  closes: string;
}

@InputType('CommunityProfileInput')
export class CommunityProfileInput {
  @Field()
  name: string;

  @Field()
  presentation: string;

  @Field()
  streetAddress: string;

  @Field()
  postalCode: string;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field({ defaultValue: 'Europe/Paris' })
  timeZone: string;

  @Field(() => [OpeningPeriodInput])
  openingHours: OpeningPeriodInput[];

  @Field(() => AdmissionModeEnum)
  admissionMode: AdmissionModeEnum;

  @Field(() => [String], { defaultValue: ['fr'] })
  languages: string[];

  @Field(() => String, { nullable: true })
  logoUrl?: string | null;
}

@InputType('NewCommunityInput')
export class NewCommunityInput extends CommunityProfileInput {
  @Field()
  slug: string;

  @Field(() => CommunityKindEnum, { defaultValue: CommunityKindEnum.social_centre })
  kind: CommunityKindEnum;
}

@InputType('ClosureInput')
export class ClosureInput {
  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD' })
  endsOn: string;

  @Field()
  label: string;
}

@InputType('DocumentInput')
export class DocumentInput {
  @Field()
  summary: string;

  @Field()
  body: string;
}

@InputType('NewsInput')
export class NewsInput {
  @Field()
  title: string;

  @Field()
  body: string;
}
