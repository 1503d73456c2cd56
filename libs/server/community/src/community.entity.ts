import type { OpeningPeriod } from '@palier/shared';

export type CommunityKind = 'social_centre' | 'partner_organisation';
export type AdmissionMode = 'automatic' | 'approval';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A community hosted on this server: a social centre, or later a partner organisation. */
@Entity('community')
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  slug: string;

  @Column()
  name: string;

  @Column({ type: 'text', default: '' })
  presentation: string;

  @Column({ name: 'street_address' })
  streetAddress: string;

  @Column({ name: 'postal_code' })
  postalCode: string;

  @Column()
  city: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'time_zone', default: 'Europe/Paris' })
  timeZone: string;

  @Column({ name: 'opening_hours', type: 'jsonb', default: () => "'[]'::jsonb" })
  openingHours: OpeningPeriod[];

  @Column({ type: 'text', default: 'social_centre' })
  kind: CommunityKind;

  @Column({ type: 'text', name: 'admission_mode', default: 'approval' })
  admissionMode: AdmissionMode;

  @Column({ type: 'text', array: true, default: () => "'{fr}'" })
  languages: string[];

  @Column({ name: 'logo_url', type: 'text', nullable: true })
  logoUrl: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
