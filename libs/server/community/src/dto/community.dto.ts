import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommunityEntity } from '../community.entity';

@ObjectType('OpeningPeriod', { description: 'A weekly opening period, in the community time zone.' })
export class OpeningPeriodDto {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Opening time, "HH:MM".' })
  opens: string;

  @Field({ description: 'Closing time, "HH:MM".' })
  closes: string;
}

@ObjectType('Community', { description: 'A community hosted on this server (public profile).' })
export class CommunityDto {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

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
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field({ description: 'IANA time zone, e.g. Europe/Paris.' })
  timeZone: string;

  @Field(() => [OpeningPeriodDto])
  openingHours: OpeningPeriodDto[];

  @Field({ description: 'The community charter every member accepts (plain text).' })
  charter: string;
}

export function fromCommunityEntity(entity: CommunityEntity): CommunityDto {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    presentation: entity.presentation,
    streetAddress: entity.streetAddress,
    postalCode: entity.postalCode,
    city: entity.city,
    phone: entity.phone,
    email: entity.email,
    timeZone: entity.timeZone,
    openingHours: entity.openingHours.map((p) => ({ ...p })),
    charter: entity.charter,
  };
}
