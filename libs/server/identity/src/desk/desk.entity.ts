import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A staff member acting for a resident at the desk: only with the resident present and agreeing
 * (both recorded, and enforced by the database).
 */
@Entity('desk_session')
export class DeskSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'staff_account_id', type: 'uuid', nullable: true })
  staffAccountId: string | null;

  @Column({ name: 'resident_account_id', type: 'uuid', nullable: true })
  residentAccountId: string | null;

  @Column({ name: 'resident_present' })
  residentPresent: boolean;

  @Column({ name: 'resident_agrees' })
  residentAgrees: boolean;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}

/** One thing done at the desk for a resident; shown in the resident's history. */
@Entity('desk_action')
export class DeskActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'desk_session_id', type: 'uuid' })
  deskSessionId: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'staff_account_id', type: 'uuid', nullable: true })
  staffAccountId: string | null;

  @Column({ name: 'resident_account_id', type: 'uuid' })
  residentAccountId: string;

  @Column()
  action: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
