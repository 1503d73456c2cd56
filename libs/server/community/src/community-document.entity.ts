import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DocumentKind = 'charter' | 'privacy_notice';

/** One version of the community's charter or privacy notice; a new version asks members again. */
@Entity('community_document')
export class CommunityDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'integer' })
  version: number;

  @Column()
  summary: string;

  @Column()
  body: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by_account_id', type: 'uuid', nullable: true })
  publishedByAccountId: string | null;
}
