import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AppError, CurrentViewer, MemberOf, type Viewer } from '@palier/server-core';
import { PartnershipDto, PartnershipsService } from '@palier/server-sharing';
import { FederationService } from './federation.service';

@Resolver()
export class FederationResolver {
  constructor(
    private readonly federation: FederationService,
    private readonly partnerships: PartnershipsService,
  ) {}

  @MemberOf('builder', 'admin')
  @Mutation(() => PartnershipDto, {
    description:
      'Ask a community of another Palier server (or ActivityPub server) to become partners, by its address `nom@serveur`.',
  })
  async requestRemotePartnership(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID }) communityId: string,
    @Args('address') address: string,
    @Args('message', { type: () => String, nullable: true }) message: string | null,
  ): Promise<PartnershipDto> {
    if (address.length > 300 || (message ?? '').length > 500)
      throw AppError.badInput([], 'Adresse ou message trop long.');
    const id = await this.federation.requestRemote(
      viewer.accountId,
      communityId,
      address,
      message ?? '',
    );
    const found = (await this.partnerships.list(communityId)).find((p) => p.id === id);
    if (!found) throw AppError.notFound();
    return found;
  }
}
