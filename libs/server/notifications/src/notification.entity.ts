import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How a notification reaches the member by email: not at all, queued now, or in a digest. */
export type NotificationEmail = 'none' | 'queued' | 'digest' | 'sent_in_digest';

/** An in-app notification: what happened (kind + data), where to look (link), read or not. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'jsonb' })
  data: Record<string, string>;

  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'text', default: 'none' })
  email: NotificationEmail;
}

@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @Column({ name: 'account_id', type: 'uuid', primary: true })
  accountId: string;

  @Column({ type: 'text', primary: true })
  kind: string;

  @Column({ type: 'text' })
  channel: string;
}
