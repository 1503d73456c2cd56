import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AccountStatus = 'active' | 'pending_activation' | 'disabled';

/** A person's account. Email is optional: an account made at the desk has a login instead. */
@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'citext', nullable: true })
  login: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'display_name' })
  displayName: string;

  @Column()
  locale: string;

  @Column({ name: 'is_server_admin', default: false })
  isServerAdmin: boolean;

  @Column({ type: 'text', default: 'active' })
  status: AccountStatus;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Kept for children's accounts only (under 15, opened by a parent). */
  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  /** The parent who opened this child's account and answers for it. */
  @Column({ name: 'guardian_account_id', type: 'uuid', nullable: true })
  guardianAccountId: string | null;
}
