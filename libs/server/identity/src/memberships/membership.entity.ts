import type { CommunityRole } from '@palier/server-core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MembershipStatus = 'pending' | 'active' | 'declined' | 'suspended';

/** A person in a community, with one role there. */
@Entity('membership')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'text', default: 'resident' })
  role: CommunityRole;

  @Column({ type: 'text', default: 'pending' })
  status: MembershipStatus;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage: string | null;
}
