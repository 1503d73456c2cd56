import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A public announcement shown on the sas. */
@Entity('community_news')
export class CommunityNewsEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column()
  title: string;

  @Column()
  body: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'author_account_id', type: 'uuid', nullable: true })
  authorAccountId: string | null;
}
