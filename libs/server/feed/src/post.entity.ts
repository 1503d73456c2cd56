import type { PostVisibility, Reaction } from '@palier/shared';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A post of a community's feed. */
@Entity('feed_post')
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  /** Null once the author's account is erased ("Ancien membre"). */
  @Column({ name: 'author_account_id', type: 'uuid', nullable: true })
  authorAccountId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'content_warning', type: 'text', nullable: true })
  contentWarning: string | null;

  @Column({ type: 'text' })
  visibility: PostVisibility;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'pinned_at', type: 'timestamptz', nullable: true })
  pinnedAt: Date | null;

  @Column({ name: 'comments_locked', type: 'boolean' })
  commentsLocked: boolean;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}

/** A photo: uploaded first (post_id null), then attached to a post with its alt text. */
@Entity('feed_photo')
export class PhotoEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'uploader_account_id', type: 'uuid', nullable: true })
  uploaderAccountId: string | null;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'smallint', nullable: true })
  position: number | null;

  @Column({ type: 'text' })
  alt: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ name: 'thumb_width', type: 'integer' })
  thumbWidth: number;

  @Column({ name: 'thumb_height', type: 'integer' })
  thumbHeight: number;

  @Column({ name: 'byte_size', type: 'integer' })
  byteSize: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('feed_comment')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ name: 'author_account_id', type: 'uuid', nullable: true })
  authorAccountId: string | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}

@Entity('feed_reaction')
export class ReactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId: string | null;

  @Column({ type: 'text' })
  reaction: Reaction;
}

@Entity('feed_mute')
export class MuteEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @PrimaryColumn({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @PrimaryColumn({ name: 'muted_account_id', type: 'uuid' })
  mutedAccountId: string;
}
