import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The log of role changes: who changed whose role, when, from what to what. */
@Entity('role_change')
export class RoleChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'from_role', type: 'text', nullable: true })
  fromRole: string | null;

  @Column({ name: 'to_role' })
  toRole: string;

  @Column({ name: 'changed_by_account_id', type: 'uuid', nullable: true })
  changedByAccountId: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
