import { Injectable } from '@nestjs/common';
import { ViewerSource, type Viewer, type ViewerMembership } from '@palier/server-core';
import type { Request } from 'express';
import { MembershipsService } from '../memberships/memberships.service';
import { SessionsService } from './sessions.service';

/** Tells the core access guard who is calling (session cookie) and their membership. */
@Injectable()
export class IdentityViewerSource extends ViewerSource {
  constructor(
    private readonly sessions: SessionsService,
    private readonly memberships: MembershipsService,
  ) {
    super();
  }

  viewerOf(request: unknown): Promise<Viewer | undefined> {
    return this.sessions.viewerOf(request as Request);
  }

  signedInOf(
    request: unknown,
  ): Promise<{ viewer: Viewer; memberships: ViewerMembership[] } | undefined> {
    return this.sessions.signedInOf(request as Request);
  }

  membershipOf(accountId: string, communityId: string): Promise<ViewerMembership | undefined> {
    return this.memberships.activeMembership(accountId, communityId);
  }
}
