import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommunityEntity } from '../community.entity';
import { AdmissionModeEnum, CommunityKindEnum } from '../community.enums';

@ObjectType('OpeningPeriod', {
  description: 'A weekly opening period, in the community time zone.',
})
export class OpeningPeriodDto {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Opening time, "HH:MM".' })
  opens: string;

  @Field({ description: 'Closing time, "HH:MM".' })
  closes: string;
}

@ObjectType('Community', {
  description: 'A community hosted on this server (its public profile, shown on the sas).',
})
export class CommunityDto {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => CommunityKindEnum)
  kind: CommunityKindEnum;

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

  @Field(() => AdmissionModeEnum)
  admissionMode: AdmissionModeEnum;

  @Field(() => [String], { description: 'Languages the community uses (fr, en, ar).' })
  languages: string[];

  @Field(() => String, { nullable: true, description: 'Logo image address.' })
  logoUrl: string | null;
}

export function fromCommunityEntity(entity: CommunityEntity): CommunityDto {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    kind: entity.kind as CommunityKindEnum,
    presentation: entity.presentation,
    streetAddress: entity.streetAddress,
    postalCode: entity.postalCode,
    city: entity.city,
    phone: entity.phone,
    email: entity.email,
    timeZone: entity.timeZone,
    openingHours: entity.openingHours.map((p) => ({ ...p })),
    admissionMode: entity.admissionMode as AdmissionModeEnum,
    languages: [...entity.languages],
    logoUrl: entity.logoUrl,
  };
}
