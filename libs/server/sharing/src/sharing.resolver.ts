import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, MemberOf, UuidPipe, type Viewer } from '@palier/server-core';
import {
  ClaimInputDto,
  DirectoryCommunityDto,
  MyClaimDto,
  OfferClaimDto,
  OfferInputDto,
  OfferUpdateInputDto,
  PartnerOfferDetailDto,
  PartnershipDto,
  SharedOfferDto,
  StaffOfferDetailDto,
  StaffOfferDto,
} from './dto/sharing.dto';
import { OffersService } from './offers.service';
import { PartnershipsService } from './partnerships.service';

/** Who speaks for a community in partnerships. */
const LEADERS = ['builder', 'admin'] as const;
/** Who publishes offers and hands them over. */
const TEAM = ['staff', 'builder', 'admin'] as const;

@Resolver()
export class SharingResolver {
  constructor(
    private readonly partnershipsService: PartnershipsService,
    private readonly offers: OffersService,
  ) {}

  // ——— Partnerships (admins and builders) ———

  @MemberOf(...LEADERS)
  @Query(() => [DirectoryCommunityDto], {
    description: 'The other communities of this server, with our partnership with each.',
  })
  sharingDirectory(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<DirectoryCommunityDto[]> {
    return this.partnershipsService.directory(communityId);
  }

  @MemberOf(...TEAM)
  @Query(() => [PartnershipDto], { description: 'Our partnerships: requests, active, past.' })
  partnerships(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<PartnershipDto[]> {
    return this.partnershipsService.list(communityId);
  }

  @MemberOf(...LEADERS)
  @Mutation(() => PartnershipDto, { description: 'Ask another community to become partners.' })
  requestPartnership(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('partnerCommunityId', { type: () => ID }) partnerCommunityId: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<PartnershipDto> {
    return this.partnershipsService.request(viewer, communityId, { partnerCommunityId, message });
  }

  @MemberOf(...LEADERS)
  @Mutation(() => PartnershipDto, { description: 'Accept or decline a request made to us.' })
  answerPartnership(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('partnershipId', { type: () => ID }, UuidPipe) partnershipId: string,
    @Args('accept') accept: boolean,
  ): Promise<PartnershipDto> {
    return this.partnershipsService.answer(viewer, communityId, partnershipId, accept);
  }

  @MemberOf(...LEADERS)
  @Mutation(() => PartnershipDto, { description: 'End a partnership (or withdraw our request).' })
  endPartnership(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('partnershipId', { type: () => ID }, UuidPipe) partnershipId: string,
  ): Promise<PartnershipDto> {
    return this.partnershipsService.end(communityId, partnershipId);
  }

  // ——— Members of a partner community ———

  @MemberOf()
  @Query(() => [SharedOfferDto], { description: '"Offres de nos partenaires": open offers.' })
  partnerOffers(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<SharedOfferDto[]> {
    return this.offers.partnerOffers(communityId);
  }

  @MemberOf()
  @Query(() => PartnerOfferDetailDto, { description: 'A partner’s offer and my claims on it.' })
  partnerOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('offerId', { type: () => ID }, UuidPipe) offerId: string,
  ): Promise<PartnerOfferDetailDto> {
    return this.offers.partnerOffer(viewer, communityId, offerId);
  }

  @MemberOf()
  @Query(() => [MyClaimDto], { description: 'My claims on partners’ offers.' })
  mySharingClaims(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<MyClaimDto[]> {
    return this.offers.myClaims(viewer, communityId);
  }

  @MemberOf()
  @Mutation(() => PartnerOfferDetailDto, {
    description: 'Claim units of a partner’s offer (my name and contact go to the partner).',
  })
  claimOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: ClaimInputDto,
  ): Promise<PartnerOfferDetailDto> {
    return this.offers.claim(viewer, communityId, input);
  }

  @MemberOf()
  @Mutation(() => MyClaimDto, { description: 'Cancel my claim before the hand-over.' })
  cancelMySharingClaim(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('claimId', { type: () => ID }, UuidPipe) claimId: string,
  ): Promise<MyClaimDto> {
    return this.offers.cancelMine(viewer, communityId, claimId);
  }

  // ——— The offering team ———

  @MemberOf(...TEAM)
  @Query(() => [StaffOfferDto], { description: 'The offers our community published.' })
  ourOffers(
    @Args('communityId', { type: () => ID }) communityId: string,
  ): Promise<StaffOfferDto[]> {
    return this.offers.staffOffers(communityId);
  }

  @MemberOf(...TEAM)
  @Query(() => StaffOfferDetailDto, { description: 'One of our offers and its claims.' })
  ourOffer(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('offerId', { type: () => ID }, UuidPipe) offerId: string,
  ): Promise<StaffOfferDetailDto> {
    return this.offers.staffOffer(communityId, offerId);
  }

  @MemberOf(...TEAM)
  @Mutation(() => StaffOfferDto, { description: 'Publish an offer to our partners.' })
  publishOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('input') input: OfferInputDto,
  ): Promise<StaffOfferDto> {
    return this.offers.publish(viewer, communityId, input);
  }

  @MemberOf(...TEAM)
  @Mutation(() => StaffOfferDto, {
    description:
      'Change one of our open offers (texts, end, quantity, limit per person); partners see it.',
  })
  updateOffer(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('offerId', { type: () => ID }, UuidPipe) offerId: string,
    @Args('input') input: OfferUpdateInputDto,
  ): Promise<StaffOfferDto> {
    return this.offers.update(communityId, offerId, input);
  }

  @MemberOf(...TEAM)
  @Mutation(() => StaffOfferDto, { description: 'Withdraw one of our offers.' })
  withdrawOffer(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('offerId', { type: () => ID }, UuidPipe) offerId: string,
  ): Promise<StaffOfferDto> {
    return this.offers.withdraw(communityId, offerId);
  }

  @MemberOf(...TEAM)
  @Mutation(() => OfferClaimDto, {
    description: 'Confirm the hand-over of a claim (a lending needs its due date, YYYY-MM-DD).',
  })
  handOverClaim(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('claimId', { type: () => ID }, UuidPipe) claimId: string,
    @Args('dueOn', { type: () => String, nullable: true }) dueOn: string | null,
  ): Promise<OfferClaimDto> {
    return this.offers.handOver(communityId, claimId, dueOn ?? null);
  }

  @MemberOf(...TEAM)
  @Mutation(() => OfferClaimDto, { description: 'Cancel a claim not handed over: units return.' })
  cancelOfferClaim(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('claimId', { type: () => ID }, UuidPipe) claimId: string,
  ): Promise<OfferClaimDto> {
    return this.offers.cancelClaim(communityId, claimId);
  }

  @MemberOf(...TEAM)
  @Mutation(() => OfferClaimDto, { description: 'A lent object came back.' })
  markClaimReturned(
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('claimId', { type: () => ID }, UuidPipe) claimId: string,
  ): Promise<OfferClaimDto> {
    return this.offers.markReturned(communityId, claimId);
  }
}
