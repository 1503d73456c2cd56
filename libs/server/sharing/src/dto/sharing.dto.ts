import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum OfferKindEnum {
  tickets = 'tickets',
  activity_places = 'activity_places',
  lending = 'lending',
  service = 'service',
}
registerEnumType(OfferKindEnum, {
  name: 'OfferKind',
  description: 'Tickets or places, places in an activity, the lending of an object, a service.',
});

export enum PartnershipStatusEnum {
  requested = 'requested',
  active = 'active',
  declined = 'declined',
  ended = 'ended',
}
registerEnumType(PartnershipStatusEnum, { name: 'PartnershipStatus' });

export enum ClaimStatusEnum {
  pending = 'pending',
  granted = 'granted',
  refused = 'refused',
  handed_over = 'handed_over',
  returned = 'returned',
  cancelled = 'cancelled',
}
registerEnumType(ClaimStatusEnum, {
  name: 'ClaimStatus',
  description:
    'pending (sent to a partner on another server, waiting for its answer), granted (units kept), refused (by the partner on another server), handed_over, returned (a lending), cancelled (units back).',
});

@ObjectType('PartnerCommunity', {
  description: 'The other side of a partnership: a community of this server (later: remote).',
})
export class PartnerCommunityDto {
  @Field(() => ID, { nullable: true, description: 'Null for a community on another server.' })
  id: string | null;
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  slug: string | null;
  @Field({ description: 'social_centre or partner_organisation.' })
  kind: string;
  @Field()
  city: string;
}

@ObjectType('Partnership')
export class PartnershipDto {
  @Field(() => ID)
  id: string;
  @Field(() => PartnerCommunityDto)
  partner: PartnerCommunityDto;
  @Field(() => PartnershipStatusEnum)
  status: PartnershipStatusEnum;
  @Field({ description: 'True when my community asked for it.' })
  requestedByUs: boolean;
  @Field()
  message: string;
  @Field()
  requestedAt: Date;
  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
  @Field(() => Date, { nullable: true })
  endedAt: Date | null;
}

@ObjectType('DirectoryCommunity', {
  description: 'A community of this server, with our partnership with it if there is one.',
})
export class DirectoryCommunityDto {
  @Field(() => PartnerCommunityDto)
  community: PartnerCommunityDto;
  @Field(() => PartnershipDto, { nullable: true })
  partnership: PartnershipDto | null;
}

@ObjectType('SharedOffer', { description: 'What a community offers to its partners.' })
export class SharedOfferDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Null for a partner on another server (its name is offeringCommunityName).',
  })
  offeringCommunityId: string | null;
  @Field()
  offeringCommunityName: string;
  @Field()
  title: string;
  @Field()
  description: string;
  @Field()
  conditions: string;
  @Field(() => OfferKindEnum)
  kind: OfferKindEnum;
  @Field(() => Int)
  quantity: number;
  @Field(() => Int)
  remaining: number;
  @Field(() => Int)
  perMemberLimit: number;
  @Field()
  expiresAt: Date;
  @Field({ description: 'Addressed to every partner (or to chosen ones).' })
  allPartners: boolean;
  @Field(() => String, { nullable: true, description: 'The photo’s address, if any.' })
  photoUrl: string | null;
  @Field(() => String, { nullable: true, description: 'A small copy of the photo, for lists.' })
  thumbnailUrl: string | null;
  @Field({ description: 'Withdrawn by its community, expired, or hidden: claims are closed.' })
  closed: boolean;
  @Field()
  withdrawn: boolean;
  @Field()
  hidden: boolean;
  @Field()
  createdAt: Date;
}

@ObjectType('StaffOffer', { description: 'An offer of my community, with who it goes to.' })
export class StaffOfferDto extends SharedOfferDto {
  @Field(() => [PartnerCommunityDto])
  audience: PartnerCommunityDto[];
  @Field(() => Int, { description: 'Units claimed and not yet handed over.' })
  toHandOver: number;
}

@ObjectType('MyClaim', { description: 'One of my claims on a partner’s offer.' })
export class MyClaimDto {
  @Field(() => ID)
  id: string;
  @Field(() => ID)
  offerId: string;
  @Field()
  offerTitle: string;
  @Field()
  offeringCommunityName: string;
  @Field(() => Int)
  quantity: number;
  @Field(() => ClaimStatusEnum)
  status: ClaimStatusEnum;
  @Field(() => String, { nullable: true, description: 'Lending: YYYY-MM-DD.' })
  dueOn: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why a partner on another server refused the claim (in French).',
  })
  refusedReason: string | null;
  @Field()
  createdAt: Date;
}

@ObjectType('OfferClaim', {
  description:
    'A claim as the offering team sees it: only the name and contact the person agreed to share, and their community.',
})
export class OfferClaimDto {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true, description: 'Null once the person’s data is erased.' })
  claimantName: string | null;
  @Field(() => String, { nullable: true })
  claimantContact: string | null;
  @Field()
  claimantCommunityName: string;
  @Field(() => Int)
  quantity: number;
  @Field(() => ClaimStatusEnum)
  status: ClaimStatusEnum;
  @Field(() => String, { nullable: true })
  dueOn: string | null;
  @Field()
  createdAt: Date;
  @Field(() => Date, { nullable: true })
  handedOverAt: Date | null;
  @Field(() => Date, { nullable: true })
  returnedAt: Date | null;
}

@ObjectType('PartnerOfferDetail', { description: 'A partner’s offer and my claims on it.' })
export class PartnerOfferDetailDto {
  @Field(() => SharedOfferDto)
  offer: SharedOfferDto;
  @Field(() => [MyClaimDto])
  myClaims: MyClaimDto[];
  @Field(() => Int, { description: 'How many more units I may claim now.' })
  canClaim: number;
}

@ObjectType('StaffOfferDetail')
export class StaffOfferDetailDto {
  @Field(() => StaffOfferDto)
  offer: StaffOfferDto;
  @Field(() => [OfferClaimDto])
  claims: OfferClaimDto[];
}

@InputType('OfferUpdateInput', {
  description: 'What the team may change of a published offer (not its kind nor its audience).',
})
export class OfferUpdateInputDto {
  @Field()
  title: string;
  @Field({ defaultValue: '' })
  description: string;
  @Field({ defaultValue: '' })
  conditions: string;
  @Field(() => Int, {
    description: 'Units offered (when changed: at least those already claimed).',
  })
  quantity: number;
  @Field(() => Int)
  perMemberLimit: number;
  @Field({ description: 'ISO date-time with offset.' })
  expiresAt: string;
}

@InputType('OfferInput')
export class OfferInputDto extends OfferUpdateInputDto {
  @Field(() => OfferKindEnum)
  kind: OfferKindEnum;
  @Field(() => [ID], { nullable: true, description: 'Chosen partnerships; null: all partners.' })
  partnershipIds?: string[] | null;
}

@InputType('ClaimInput')
export class ClaimInputDto {
  @Field(() => ID)
  offerId: string;
  @Field(() => Int)
  quantity: number;
  @Field({ description: 'I agree that my name and contact go to the offering community.' })
  shareConsent: boolean;
}
