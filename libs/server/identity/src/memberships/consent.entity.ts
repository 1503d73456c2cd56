import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One grant (or withdrawal) of a consent, with the version of the text and the time. */
@Entity('consent')
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Column()
  kind: string;

  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ type: 'integer', nullable: true })
  version: number | null;

  @Column()
  granted: boolean;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'desk_action_id', type: 'uuid', nullable: true })
  deskActionId: string | null;
}
