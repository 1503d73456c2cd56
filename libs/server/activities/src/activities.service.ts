import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput } from '@palier/server-core';
import { CommunityService } from '@palier/server-community';
import {
  activityInput,
  DEFAULT_ACTIVITY_CATEGORIES,
  seriesInput,
  sessionInput,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ActivityCategoryDto,
  ActivityDto,
  ActivitySessionDto,
  ActivityVisibilityEnum,
  CapacityModeEnum,
} from './dto/activities.dto';
import { activityPhotoUrl } from './photo-url';
import { expandSeries, localInstant } from './sessions/expand-series';

export const ACTIVITY_NOT_FOUND = 'Nous n’avons pas trouvé cette activité.';
export const SESSION_NOT_FOUND = 'Nous n’avons pas trouvé cette séance.';

interface ActivityRow {
  id: string;
  community_id: string;
  title: string;
  description: string;
  category_id: string;
  category_name: string;
  place: string;
  age_min: number | null;
  age_max: number | null;
  price_note: string;
  visibility: string;
  capacity_mode: string;
  series_capacity: number | null;
  cancel_cutoff_hours: number;
  offer_hours: number;
  photo_key: string | null;
  photo_alt: string;
  cancelled_at: Date | null;
  series_taken: number;
  series_waiting: number;
}

const ACTIVITY_SELECT = `
  SELECT a.*, c.name AS category_name,
         (SELECT count(*)::int FROM activity_registration r
           WHERE r.activity_id = a.id AND r.session_id IS NULL AND r.status IN ('confirmed', 'offered')) AS series_taken,
         (SELECT count(*)::int FROM activity_registration r
           WHERE r.activity_id = a.id AND r.session_id IS NULL AND r.status = 'waiting') AS series_waiting
    FROM activity a JOIN activity_category c ON c.id = a.category_id`;

interface SessionRow {
  id: string;
  activity_id: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  taken: number;
  waiting: number;
}

const SESSION_SELECT = `
  SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.capacity, s.cancelled_at, s.cancel_reason,
         (SELECT count(*)::int FROM activity_registration r
           WHERE r.session_id = s.id AND r.status IN ('confirmed', 'offered')) AS taken,
         (SELECT count(*)::int FROM activity_registration r
           WHERE r.session_id = s.id AND r.status = 'waiting') AS waiting
    FROM activity_session s`;

export function toSessionDto(s: SessionRow): ActivitySessionDto {
  return {
    id: s.id,
    startsAt: new Date(s.starts_at),
    endsAt: new Date(s.ends_at),
    capacity: s.capacity,
    taken: s.taken,
    waiting: s.waiting,
    cancelled: s.cancelled_at !== null,
    cancelReason: s.cancel_reason,
  };
}

/** Activities, their categories and sessions (single dates and weekly series). */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly communities: CommunityService,
  ) {}

  /** The community's categories; the default list is created the first time. */
  async categories(communityId: string): Promise<ActivityCategoryDto[]> {
    await this.db.query(
      `INSERT INTO activity_category (community_id, name, position)
       SELECT $1, name, ord FROM unnest($2::text[]) WITH ORDINALITY AS d(name, ord)
        WHERE NOT EXISTS (SELECT 1 FROM activity_category WHERE community_id = $1)
       ON CONFLICT DO NOTHING`,
      [communityId, [...DEFAULT_ACTIVITY_CATEGORIES]],
    );
    return this.db.query(
      `SELECT id, name FROM activity_category WHERE community_id = $1 ORDER BY position, name`,
      [communityId],
    );
  }

  async addCategory(communityId: string, name: string): Promise<ActivityCategoryDto> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 40)
      throw AppError.badInput([fieldProblem('name', trimmed ? 'too_long' : 'required')]);
    const [row] = await this.db.query(
      `INSERT INTO activity_category (community_id, name, position)
       VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM activity_category WHERE community_id = $1))
       ON CONFLICT (community_id, name) DO UPDATE SET name = EXCLUDED.name
       RETURNING id, name`,
      [communityId, trimmed],
    );
    return row;
  }

  /** Activities not cancelled, with their sessions from today on; `publicOnly` for the sas. */
  async list(communityId: string, publicOnly: boolean, now = new Date()): Promise<ActivityDto[]> {
    const rows: ActivityRow[] = await this.db.query(
      `${ACTIVITY_SELECT} WHERE a.community_id = $1 AND a.cancelled_at IS NULL AND a.published
          ${publicOnly ? `AND a.visibility = 'public'` : ''}
        ORDER BY c.position, a.title`,
      [communityId],
    );
    return this.withSessions(rows, now);
  }

  async get(
    communityId: string,
    id: string,
    canSeeMembersOnly: boolean,
    now = new Date(),
  ): Promise<ActivityDto> {
    const [row]: ActivityRow[] = await this.db.query(
      `${ACTIVITY_SELECT} WHERE a.community_id = $1 AND a.id = $2`,
      [communityId, id],
    );
    if (!row || (!canSeeMembersOnly && row.visibility !== 'public'))
      throw AppError.notFound(ACTIVITY_NOT_FOUND);
    const [dto] = await this.withSessions([row], now);
    return dto;
  }

  private async withSessions(rows: ActivityRow[], now: Date): Promise<ActivityDto[]> {
    if (!rows.length) return [];
    const sessions: SessionRow[] = await this.db.query(
      `${SESSION_SELECT} WHERE s.activity_id = ANY($1::uuid[]) AND s.ends_at >= $2 ORDER BY s.starts_at`,
      [rows.map((r) => r.id), now],
    );
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      category: { id: r.category_id, name: r.category_name },
      place: r.place,
      ageMin: r.age_min,
      ageMax: r.age_max,
      priceNote: r.price_note,
      visibility: r.visibility as ActivityVisibilityEnum,
      capacityMode: r.capacity_mode as CapacityModeEnum,
      seriesCapacity: r.series_capacity,
      seriesTaken: r.series_taken,
      seriesWaiting: r.series_waiting,
      cancelCutoffHours: r.cancel_cutoff_hours,
      offerHours: r.offer_hours,
      photoUrl: r.photo_key ? activityPhotoUrl(r.id, r.photo_key, 'large') : null,
      photoAlt: r.photo_alt,
      cancelled: r.cancelled_at !== null,
      sessions: sessions.filter((s) => s.activity_id === r.id).map(toSessionDto),
    }));
  }

  /** Creates (no id) or updates an activity. */
  async save(
    communityId: string,
    id: string | null,
    input: unknown,
    byAccountId: string,
  ): Promise<string> {
    const a = parseInput(activityInput, input);
    const [category] = await this.db.query(
      `SELECT 1 FROM activity_category WHERE community_id = $1 AND id = $2`,
      [communityId, a.categoryId],
    );
    if (!category) throw AppError.badInput([fieldProblem('categoryId', 'invalid_format')]);
    const values = [
      communityId,
      a.categoryId,
      a.title,
      a.description,
      a.place,
      a.ageMin ?? null,
      a.ageMax ?? null,
      a.priceNote,
      a.visibility,
      a.capacityMode,
      a.seriesCapacity ?? null,
      a.cancelCutoffHours,
      a.offerHours,
    ];
    if (!id) {
      const [row] = await this.db.query(
        `INSERT INTO activity (community_id, category_id, title, description, place, age_min, age_max, price_note,
           visibility, capacity_mode, series_capacity, cancel_cutoff_hours, offer_hours, created_by_account_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [...values, byAccountId],
      );
      return row.id;
    }
    const [existing]: { capacity_mode: string; registrations: number }[] = await this.db.query(
      `SELECT capacity_mode, (SELECT count(*)::int FROM activity_registration WHERE activity_id = a.id) AS registrations
         FROM activity a WHERE community_id = $1 AND id = $2`,
      [communityId, id],
    );
    if (!existing) throw AppError.notFound(ACTIVITY_NOT_FOUND);
    if (existing.capacity_mode !== a.capacityMode && existing.registrations > 0)
      throw AppError.badInput(
        [fieldProblem('capacityMode', 'out_of_range')],
        'Des personnes sont déjà inscrites : on ne peut plus changer la façon de compter les places.',
      );
    await this.db.query(
      `UPDATE activity SET category_id = $2, title = $3, description = $4, place = $5, age_min = $6, age_max = $7,
         price_note = $8, visibility = $9, capacity_mode = $10, series_capacity = $11, cancel_cutoff_hours = $12,
         offer_hours = $13, updated_at = now()
       WHERE community_id = $1 AND id = $14`,
      [...values, id],
    );
    return id;
  }

  /** The activity as a row, checked to belong to the community. */
  async row(manager: EntityManager, communityId: string, id: string): Promise<ActivityRow> {
    const [row]: ActivityRow[] = await manager.query(
      `${ACTIVITY_SELECT} WHERE a.community_id = $1 AND a.id = $2`,
      [communityId, id],
    );
    if (!row) throw AppError.notFound(ACTIVITY_NOT_FOUND);
    return row;
  }

  async addSession(communityId: string, activityId: string, input: unknown): Promise<string> {
    const s = parseInput(sessionInput, input);
    await this.row(this.db.manager, communityId, activityId);
    const zone = (await this.communities.getById(communityId)).timeZone;
    const [row] = await this.db.query(
      `INSERT INTO activity_session (community_id, activity_id, starts_at, ends_at, capacity)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (activity_id, starts_at) DO NOTHING RETURNING id`,
      [
        communityId,
        activityId,
        localInstant(s.date, s.starts, zone),
        localInstant(s.date, s.ends, zone),
        s.capacity ?? null,
      ],
    );
    if (!row)
      throw AppError.badInput(
        [fieldProblem('starts', 'taken')],
        'Il y a déjà une séance de cette activité à cette heure-là.',
      );
    return row.id;
  }

  /** A weekly series: its sessions are created at once (dates left out are not created). */
  async addSeries(communityId: string, activityId: string, input: unknown): Promise<number> {
    const s = parseInput(seriesInput, input);
    await this.row(this.db.manager, communityId, activityId);
    const zone = (await this.communities.getById(communityId)).timeZone;
    const sessions = expandSeries(s, zone);
    return this.db.transaction(async (manager) => {
      const [series] = await manager.query(
        `INSERT INTO activity_series (community_id, activity_id, weekday, starts, ends, first_date, last_date, skipped_dates, session_capacity)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date[], $9) RETURNING id`,
        [
          communityId,
          activityId,
          s.weekday,
          s.starts,
          s.ends,
          s.firstDate,
          s.lastDate,
          s.skippedDates,
          s.sessionCapacity ?? null,
        ],
      );
      const created: { id: string }[] = await manager.query(
        `INSERT INTO activity_session (community_id, activity_id, series_id, starts_at, ends_at, capacity)
         SELECT $1, $2, $3, starts_at, ends_at, $6 FROM unnest($4::timestamptz[], $5::timestamptz[]) AS t(starts_at, ends_at)
         ON CONFLICT (activity_id, starts_at) DO NOTHING RETURNING id`,
        [
          communityId,
          activityId,
          series.id,
          sessions.map((x) => x.startsAt),
          sessions.map((x) => x.endsAt),
          s.sessionCapacity ?? null,
        ],
      );
      return created.length;
    });
  }

  /** Staff: cancels a session (kept, shown as cancelled); gives its activity's id. */
  async cancelSession(communityId: string, sessionId: string, reason: string): Promise<string> {
    const [[row]] = await this.db.query(
      `UPDATE activity_session SET cancelled_at = COALESCE(cancelled_at, now()), cancel_reason = $3
        WHERE community_id = $1 AND id = $2 RETURNING activity_id`,
      [communityId, sessionId, reason.trim().slice(0, 500) || null],
    );
    if (!row) throw AppError.notFound(SESSION_NOT_FOUND);
    return row.activity_id;
  }
}
