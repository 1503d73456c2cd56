import type {
  ActivityVisibility,
  AttendanceStatus,
  CapacityMode,
  RegistrationStatus,
} from '@palier/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The tables of activities (migration 1763960000000-activities, which documents the rules).
 * Reporting reads them: sessions give the dates, attendance marks the counts.
 */

/** One of a community's categories (famille, jeunesse, seniors, numérique, sorties…). */
@Entity('activity_category')
export class ActivityCategoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  position: number;
}

@Entity('activity')
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'category_id', type: 'uuid' })
  categoryId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  place: string;

  @Column({ name: 'age_min', type: 'integer', nullable: true })
  ageMin: number | null;

  @Column({ name: 'age_max', type: 'integer', nullable: true })
  ageMax: number | null;

  @Column({ name: 'price_note', type: 'text' })
  priceNote: string;

  @Column({ type: 'text' })
  visibility: ActivityVisibility;

  @Column({ name: 'capacity_mode', type: 'text' })
  capacityMode: CapacityMode;

  /** The places of the whole series, when `capacityMode` is 'series'. */
  @Column({ name: 'series_capacity', type: 'integer', nullable: true })
  seriesCapacity: number | null;

  @Column({ name: 'cancel_cutoff_hours', type: 'integer' })
  cancelCutoffHours: number;

  /** Hours a person offered a freed place has to confirm it before it passes on. */
  @Column({ name: 'offer_hours', type: 'integer' })
  offerHours: number;

  @Column({ name: 'photo_key', type: 'text', nullable: true })
  photoKey: string | null;

  @Column({ name: 'photo_alt', type: 'text' })
  photoAlt: string;

  @Column({ name: 'photo_width', type: 'integer', nullable: true })
  photoWidth: number | null;

  @Column({ name: 'photo_height', type: 'integer', nullable: true })
  photoHeight: number | null;

  @Column({ type: 'boolean' })
  published: boolean;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A weekly recurrence; local times in the community's zone; its sessions are rows below. */
@Entity('activity_series')
export class ActivitySeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  /** ISO weekday, 1 = Monday. */
  @Column({ type: 'integer' })
  weekday: number;

  /** 'HH:MM' local time. */
  @Column({ type: 'text' })
  starts: string;

  @Column({ type: 'text' })
  ends: string;

  /** 'YYYY-MM-DD' (a date column is read as a string). */
  @Column({ name: 'first_date', type: 'date' })
  firstDate: string;

  @Column({ name: 'last_date', type: 'date' })
  lastDate: string;

  @Column({ name: 'skipped_dates', type: 'date', array: true })
  skippedDates: string[];

  @Column({ name: 'session_capacity', type: 'integer', nullable: true })
  sessionCapacity: number | null;
}

@Entity('activity_session')
export class ActivitySessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The places of this session, when the activity counts per session. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One person's registration for one session (`sessionId`) or for the whole series (`sessionId`
 * null). The person is an account (`participantAccountId`) or a household member without an
 * account, such as a child (`participantMemberId`); `participantKey` is whichever is set.
 */
@Entity('activity_registration')
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'participant_key', type: 'uuid' })
  participantKey: string;

  @Column({ name: 'participant_account_id', type: 'uuid', nullable: true })
  participantAccountId: string | null;

  @Column({ name: 'participant_member_id', type: 'uuid', nullable: true })
  participantMemberId: string | null;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @Column({ name: 'registered_by_account_id', type: 'uuid', nullable: true })
  registeredByAccountId: string | null;

  @Column({ name: 'at_desk', type: 'boolean' })
  atDesk: boolean;

  /** Shared by the people registered in one step (a household registering together). */
  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  /** The group accepts that only some of its members get a freed place. */
  @Column({ name: 'accepts_partial', type: 'boolean' })
  acceptsPartial: boolean;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  /** Waiting-list order (lowest first); a sequence at arrival, changed by staff moves. */
  @Column({ name: 'queue_rank', type: 'double precision' })
  queueRank: number;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'offered_at', type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true })
  offerExpiresAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}

/** One mark per person per session; walk-ins included. */
@Entity('activity_attendance')
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** Distinct per person; replaced by a fresh random id when the person is erased. */
  @Column({ name: 'participant_key', type: 'uuid' })
  participantKey: string;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;

  @Column({ name: 'participant_account_id', type: 'uuid', nullable: true })
  participantAccountId: string | null;

  @Column({ name: 'participant_member_id', type: 'uuid', nullable: true })
  participantMemberId: string | null;

  @Column({ name: 'walk_in', type: 'boolean' })
  walkIn: boolean;

  @Column({ name: 'walk_in_name', type: 'text', nullable: true })
  walkInName: string | null;

  @Column({ type: 'text' })
  status: AttendanceStatus;

  /** Copied when marked, for counts by age band after erasure. */
  @Column({ name: 'birth_year', type: 'integer', nullable: true })
  birthYear: number | null;

  /** The household's postal code when marked, for counts by area. */
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ name: 'client_mark_id', type: 'uuid', nullable: true })
  clientMarkId: string | null;

  @Column({ name: 'marked_by_account_id', type: 'uuid', nullable: true })
  markedByAccountId: string | null;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}

export const ACTIVITY_ENTITIES = [
  ActivityCategoryEntity,
  ActivityEntity,
  ActivitySeriesEntity,
  ActivitySessionEntity,
  RegistrationEntity,
  AttendanceEntity,
];
