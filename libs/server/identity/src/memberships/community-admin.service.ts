import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Viewer } from '@palier/server-core';
import {
  CommunityService,
  type CommunityDto,
  type NewCommunityDocuments,
} from '@palier/server-community';
import { DataSource } from 'typeorm';
import { MembershipsService } from './memberships.service';

/** A server admin creates a community; they become its first admin, to hand over later. */
@Injectable()
export class CommunityAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly communities: CommunityService,
    private readonly memberships: MembershipsService,
  ) {}

  async create(
    creator: Pick<Viewer, 'accountId'>,
    input: unknown,
    documents?: NewCommunityDocuments,
  ): Promise<CommunityDto> {
    return this.db.transaction(async (manager) => {
      const community = await this.communities.create(input, creator.accountId, manager, documents);
      await this.memberships.admit(
        manager,
        community.id,
        creator.accountId,
        'admin',
        creator.accountId,
      );
      return community;
    });
  }
}
