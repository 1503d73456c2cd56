import { Injectable } from '@nestjs/common';
import { Transactions, type Viewer } from '@palier/server-core';
import {
  CommunityService,
  type CommunityDto,
  type NewCommunityDocuments,
} from '@palier/server-community';
import { MembershipsService } from './memberships.service';

/** A server admin creates a community; they become its first admin, to hand over later. */
@Injectable()
export class CommunityAdminService {
  constructor(
    private readonly tx: Transactions,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipsService,
  ) {}

  async create(
    creator: Pick<Viewer, 'accountId'>,
    input: unknown,
    documents?: NewCommunityDocuments,
  ): Promise<CommunityDto> {
    return this.tx.run(async (manager, emit) => {
      const community = await this.communities.create(input, creator.accountId, manager, documents);
      await this.memberships.admit(
        manager,
        community.id,
        creator.accountId,
        'admin',
        creator.accountId,
      );
      emit({ type: 'viewer.changed', payload: { accountIds: [creator.accountId] } });
      return community;
    });
  }
}
