import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  calendarFile,
  exportTable,
  fieldProblem,
  Jobs,
  parseInput,
  ViewerSource,
  type AppConfig,
  type ExportFormat,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { CommunityService, type CommunityDto } from '@palier/server-community';
import { deskConsentProblems, DeskService } from '@palier/server-identity';
import { NotificationsService } from '@palier/server-notifications';
import {
  appointmentDateInWords,
  registrationInput,
  REGISTRATION_STATUSES,
  reorderReasonRule,
  type NotificationKind,
} from '@palier/shared';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { ActivitiesService, SESSION_NOT_FOUND } from './activities.service';
import type {
  RegistrationDto,
  RegistrationOutcomeDto,
  RegistrationStatusEnum,
  RosterEntryDto,
} from './dto/activities.dto';
import { ageInYear, fitsAgeRange } from './sessions/expand-series';

const STAFF_ROLES = ['staff', 'builder', 'admin'];
export const isStaff = (membership?: ViewerMembership) =>
  !!membership && STAFF_ROLES.includes(membership.role);
const REGISTRATION_NOT_FOUND = 'Nous n’avons pas trouvé cette inscription.';
const STATUS_WORDS: Record<string, string> = {
  confirmed: 'confirmée',
  waiting: 'liste d’attente',
  offered: 'place proposée',
  cancelled: 'annulée',
};

/** A person to register: an account (an adult), or a household member without one (a child). */
interface Participant {
  key: string;
  accountId: string | null;
  memberId: string | null;
  householdId: string | null;
  name: string;
  birthYear: number | null;
  child: boolean;
}

/** What a registration is for: one session, or the whole series (session null). */
interface Target {
  activityId: string;
  sessionId: string | null;
}

interface RegistrationRow {
  id: string;
  community_id: string;
  activity_id: string;
  activity_title: string;
  session_id: string | null;
  starts_at: Date | null;
  participant_name: string | null;
  participant_account_id: string | null;
  participant_member_id: string | null;
  household_id: string | null;
  registered_by_account_id: string | null;
  status: string;
  queue_rank: number;
  requested_at: Date;
  offer_expires_at: Date | null;
  at_desk: boolean;
  cancel_cutoff_hours: number;
  waiting_position: number | null;
  email: string | null;
  household_name: string | null;
  birth_year: number | null;
  child: boolean;
}

/** The start of a registration's session, or of the next session of its series. */
const REGISTRATION_SELECT = `
  SELECT r.id, r.community_id, r.activity_id, a.title AS activity_title, r.session_id,
         COALESCE(s.starts_at, (SELECT min(x.starts_at) FROM activity_session x
                                 WHERE x.activity_id = r.activity_id AND x.cancelled_at IS NULL AND x.ends_at >= now())) AS starts_at,
         COALESCE(acc.display_name, hm.first_name) AS participant_name,
         r.participant_account_id, r.participant_member_id, r.household_id, r.registered_by_account_id,
         r.status, r.queue_rank, r.requested_at, r.offer_expires_at, r.at_desk, a.cancel_cutoff_hours,
         CASE WHEN r.status = 'waiting' THEN (
           SELECT count(*)::int FROM activity_registration w
            WHERE w.activity_id = r.activity_id AND w.session_id IS NOT DISTINCT FROM r.session_id
              AND w.status = 'waiting' AND (w.queue_rank, w.requested_at) <= (r.queue_rank, r.requested_at)) END AS waiting_position,
         acc.email::text AS email, h.name AS household_name, COALESCE(hm.birth_year, ahm.birth_year) AS birth_year,
         (hm.kind = 'child') IS TRUE AS child
    FROM activity_registration r
    JOIN activity a ON a.id = r.activity_id
    LEFT JOIN activity_session s ON s.id = r.session_id
    LEFT JOIN account acc ON acc.id = r.participant_account_id
    LEFT JOIN household_member hm ON hm.id = r.participant_member_id
    LEFT JOIN household_member ahm ON ahm.account_id = r.participant_account_id
    LEFT JOIN household h ON h.id = r.household_id`;

/**
 * Registrations: for oneself and one's household in one step, the waiting list (arrival order,
 * freed places offered automatically with a window to confirm), cancelling with a cut-off, desk
 * registrations, staff moves on the waiting list, the staff's roster.
 *
 * Capacity is never exceeded: every change of who holds a place runs in a transaction that first
 * locks the capacity row (the session, or the activity for a series) FOR UPDATE, then counts.
 */
@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly activities: ActivitiesService,
    private readonly communities: CommunityService,
    private readonly notifications: NotificationsService,
    private readonly desk: DeskService,
    private readonly viewers: ViewerSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'activity-offers-expiry',
      everyMs: 5 * 60_000,
      run: async () => {
        const expired = await this.expireOffers();
        const filled = await this.fillFreePlaces();
        return expired || filled
          ? `${expired} offers expired, ${filled} places offered`
          : undefined;
      },
    });
  }

  // ——— Registering ———

  /** Registers oneself and/or members of one's household, in one step. */
  register(viewer: Viewer, communityId: string, input: unknown): Promise<RegistrationOutcomeDto> {
    return this.registerFor(viewer, communityId, viewer.accountId, input, false);
  }

  /** Desk: staff registers a resident (and their household) who is here and agrees. */
  async registerAtDesk(
    staff: Viewer,
    communityId: string,
    residentAccountId: string,
    input: unknown,
    consent: { residentPresent: boolean; residentAgrees: boolean },
  ): Promise<RegistrationOutcomeDto> {
    const problems = deskConsentProblems(consent);
    if (problems.length)
      throw AppError.badInput(
        problems,
        'Cochez les deux cases : la personne est là (ou au téléphone) et elle est d’accord.',
      );
    const resident = await this.viewers.membershipOf(residentAccountId, communityId);
    if (!resident) throw AppError.notFound('Cette personne n’est pas membre de cette communauté.');
    return this.registerFor(staff, communityId, residentAccountId, input, true);
  }

  private async registerFor(
    by: Viewer,
    communityId: string,
    forAccountId: string,
    input: unknown,
    atDesk: boolean,
    now = new Date(),
  ): Promise<RegistrationOutcomeDto> {
    const r = parseInput(registrationInput, input);
    const community = await this.communities.getById(communityId);
    const activity = await this.activities.row(this.db.manager, communityId, r.activityId);
    if (activity.cancelled_at)
      throw AppError.badInput(
        [fieldProblem('activityId', 'out_of_range')],
        'Cette activité est annulée.',
      );
    const target: Target = { activityId: activity.id, sessionId: r.sessionId ?? null };
    if (activity.capacity_mode === 'series' && target.sessionId)
      throw AppError.badInput(
        [fieldProblem('sessionId', 'out_of_range')],
        'On s’inscrit à cette activité pour toutes ses séances à la fois.',
      );
    if (activity.capacity_mode === 'session' && !target.sessionId)
      throw AppError.badInput(
        [fieldProblem('sessionId', 'required')],
        'Choisissez la séance à laquelle vous inscrire.',
      );
    const participants = await this.participants(forAccountId, r.includeSelf, r.memberIds);
    const firstStart = await this.checkTarget(target, now);
    for (const p of participants) {
      if (p.birthYear === null && activity.age_min === null && activity.age_max === null) continue;
      // An adult who gave no birth year counts as 18 or more.
      const age =
        p.birthYear === null ? 18 : ageInYear(p.birthYear, firstStart, community.timeZone);
      const fits =
        p.birthYear === null
          ? activity.age_max === null || activity.age_max >= 18
          : fitsAgeRange(age, activity.age_min, activity.age_max);
      if (!fits)
        throw AppError.badInput(
          [fieldProblem('memberIds', 'out_of_range')],
          `${p.name} n’a pas l’âge de cette activité (${ageRangeWords(activity.age_min, activity.age_max)}).`,
        );
    }
    const groupId = randomUUID();
    const ids = await this.db.transaction(async (manager) => {
      await this.lockCapacity(manager, target);
      const already: { name: string }[] = await manager.query(
        `SELECT COALESCE(acc.display_name, hm.first_name) AS name FROM activity_registration r
           LEFT JOIN account acc ON acc.id = r.participant_account_id
           LEFT JOIN household_member hm ON hm.id = r.participant_member_id
          WHERE r.activity_id = $1 AND r.session_id IS NOT DISTINCT FROM $2 AND r.status <> 'cancelled'
            AND r.participant_key = ANY($3::uuid[])`,
        [target.activityId, target.sessionId, participants.map((p) => p.key)],
      );
      if (already.length)
        throw AppError.badInput(
          [fieldProblem('memberIds', 'taken')],
          `Déjà inscrit à ${target.sessionId ? 'cette séance' : 'cette activité'} : ${already.map((a) => a.name).join(', ')}.`,
        );
      const inserted: string[] = [];
      for (const p of participants) {
        const [row] = await manager.query(
          `INSERT INTO activity_registration (community_id, activity_id, session_id, participant_key, participant_account_id,
             participant_member_id, household_id, registered_by_account_id, at_desk, group_id, accepts_partial, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'waiting') RETURNING id`,
          [
            communityId,
            target.activityId,
            target.sessionId,
            p.key,
            p.accountId,
            p.memberId,
            p.householdId,
            by.accountId,
            atDesk,
            groupId,
            r.acceptsPartial,
          ],
        );
        inserted.push(row.id);
        await this.event(manager, row.id, communityId, 'registered', by.accountId, atDesk);
      }
      const allocated = await this.allocate(manager, community, target, groupId, now);
      if (atDesk)
        await this.desk.recordAction(
          manager,
          by,
          communityId,
          forAccountId,
          'activity_registered',
          { activity: target.activityId, people: participants.length },
          `Inscription à « ${activity.title} » faite à l’accueil, avec la personne présente et d’accord`,
        );
      return { inserted, offered: allocated.offered };
    });
    await this.notifyOffers(ids.offered);
    const registrations = await this.load(ids.inserted);
    await this.notifyRegistered(registrations.filter((x) => x.status === 'confirmed'));
    return { registrations, message: outcomeMessage(registrations, community.timeZone) };
  }

  /** The people to register, each checked to be the account or one of its household. */
  private async participants(
    accountId: string,
    includeSelf: boolean,
    memberIds: string[],
  ): Promise<Participant[]> {
    const rows: {
      member_id: string | null;
      household_id: string | null;
      account_id: string | null;
      kind: string | null;
      name: string;
      birth_year: number | null;
    }[] = await this.db.query(
      `SELECT hm.id AS member_id, hm.household_id, hm.account_id, hm.kind, COALESCE(a.display_name, hm.first_name) AS name, hm.birth_year
         FROM household_member hm LEFT JOIN account a ON a.id = hm.account_id
        WHERE hm.household_id = (SELECT household_id FROM household_member WHERE account_id = $1)
       UNION ALL
       SELECT NULL, NULL, a.id, NULL, a.display_name, NULL FROM account a
        WHERE a.id = $1 AND NOT EXISTS (SELECT 1 FROM household_member WHERE account_id = $1)`,
      [accountId],
    );
    const toParticipant = (m: (typeof rows)[number]): Participant => {
      const child = m.kind === 'child';
      const key = (child || !m.account_id ? m.member_id : m.account_id) ?? '';
      return {
        key,
        accountId: child ? null : m.account_id,
        memberId: child ? m.member_id : null,
        householdId: m.household_id,
        name: m.name,
        birthYear: m.birth_year,
        child,
      };
    };
    const chosen: Participant[] = [];
    const self = rows.find((m) => m.account_id === accountId);
    if (includeSelf && self) chosen.push(toParticipant(self));
    for (const id of new Set(memberIds)) {
      const member = rows.find((m) => m.member_id === id);
      if (!member)
        throw AppError.badInput(
          [fieldProblem('memberIds', 'out_of_range')],
          'Cette personne ne fait pas partie de votre foyer : seul son foyer peut l’inscrire.',
        );
      const p = toParticipant(member);
      if (!chosen.some((c) => c.key === p.key)) chosen.push(p);
    }
    return chosen;
  }

  /** Refuses a cancelled or past session (or a series that is over); gives the first start. */
  private async checkTarget(target: Target, now: Date): Promise<Date> {
    if (target.sessionId) {
      const [s]: { starts_at: Date; cancelled_at: Date | null }[] = await this.db.query(
        `SELECT starts_at, cancelled_at FROM activity_session WHERE id = $1 AND activity_id = $2`,
        [target.sessionId, target.activityId],
      );
      if (!s) throw AppError.notFound(SESSION_NOT_FOUND);
      if (s.cancelled_at)
        throw AppError.badInput(
          [fieldProblem('sessionId', 'out_of_range')],
          'Cette séance est annulée : choisissez-en une autre.',
        );
      if (new Date(s.starts_at) <= now)
        throw AppError.badInput(
          [fieldProblem('sessionId', 'out_of_range')],
          'Cette séance a déjà commencé : choisissez-en une autre.',
        );
      return new Date(s.starts_at);
    }
    const [s]: { starts_at: Date | null }[] = await this.db.query(
      `SELECT min(starts_at) AS starts_at FROM activity_session
        WHERE activity_id = $1 AND cancelled_at IS NULL AND ends_at > $2`,
      [target.activityId, now],
    );
    if (!s?.starts_at)
      throw AppError.badInput(
        [fieldProblem('activityId', 'out_of_range')],
        'Cette activité n’a plus de séance à venir.',
      );
    return new Date(s.starts_at);
  }

  /** Locks the capacity row of a target; gives its capacity (null: no limit). */
  private async lockCapacity(manager: EntityManager, target: Target): Promise<number | null> {
    const [row]: { capacity: number | null }[] = target.sessionId
      ? await manager.query(`SELECT capacity FROM activity_session WHERE id = $1 FOR UPDATE`, [
          target.sessionId,
        ])
      : await manager.query(
          `SELECT series_capacity AS capacity FROM activity WHERE id = $1 FOR UPDATE`,
          [target.activityId],
        );
    if (!row) throw AppError.notFound(SESSION_NOT_FOUND);
    return row.capacity;
  }

  /**
   * Gives free places to the waiting list in order, under the capacity lock: the first group (people
   * registered together) that fits gets its places — all of them, or as many as are free when it
   * accepted a partial offer; a group that does not fit is passed over for now. The group being
   * registered (`freshGroupId`) is confirmed at once; older waiting people are offered the place,
   * with `offer_hours` to confirm. People no longer in the age range are passed over, and so is
   * `passOverGroupId` (a household that let its offer expire: the place goes to the next one).
   */
  private async allocate(
    manager: EntityManager,
    community: CommunityDto,
    target: Target,
    freshGroupId: string | null,
    now: Date,
    passOverGroupId: string | null = null,
  ): Promise<{ confirmed: string[]; offered: string[] }> {
    const capacity = await this.lockCapacity(manager, target);
    const [{ taken }]: { taken: number }[] = await manager.query(
      `SELECT count(*)::int AS taken FROM activity_registration
        WHERE activity_id = $1 AND session_id IS NOT DISTINCT FROM $2 AND status IN ('confirmed', 'offered')`,
      [target.activityId, target.sessionId],
    );
    let free = capacity === null ? Number.POSITIVE_INFINITY : capacity - taken;
    const result = { confirmed: [] as string[], offered: [] as string[] };
    if (free <= 0) return result;
    const waiting: {
      id: string;
      group_id: string;
      accepts_partial: boolean;
      birth_year: number | null;
      age_min: number | null;
      age_max: number | null;
      offer_hours: number;
      first_start: Date | null;
    }[] = await manager.query(
      `SELECT r.id, r.group_id, r.accepts_partial, COALESCE(hm.birth_year, ahm.birth_year) AS birth_year,
              a.age_min, a.age_max, a.offer_hours,
              COALESCE(s.starts_at, (SELECT min(x.starts_at) FROM activity_session x
                WHERE x.activity_id = a.id AND x.cancelled_at IS NULL AND x.ends_at > $3)) AS first_start
         FROM activity_registration r
         JOIN activity a ON a.id = r.activity_id
         LEFT JOIN activity_session s ON s.id = r.session_id
         LEFT JOIN household_member hm ON hm.id = r.participant_member_id
         LEFT JOIN household_member ahm ON ahm.account_id = r.participant_account_id
        WHERE r.activity_id = $1 AND r.session_id IS NOT DISTINCT FROM $2 AND r.status = 'waiting'
        ORDER BY r.queue_rank, r.requested_at`,
      [target.activityId, target.sessionId, now],
    );
    const groups = new Map<string, typeof waiting>();
    for (const w of waiting) {
      const fits =
        w.birth_year === null ||
        !w.first_start ||
        fitsAgeRange(
          ageInYear(w.birth_year, new Date(w.first_start), community.timeZone),
          w.age_min,
          w.age_max,
        );
      if (!fits || w.group_id === passOverGroupId) continue;
      groups.set(w.group_id, [...(groups.get(w.group_id) ?? []), w]);
    }
    for (const [groupId, members] of groups) {
      if (free <= 0) break;
      const chosen =
        members.length <= free ? members : members[0].accepts_partial ? members.slice(0, free) : [];
      if (!chosen.length) continue;
      free -= chosen.length;
      const ids = chosen.map((c) => c.id);
      if (groupId === freshGroupId) {
        await manager.query(
          `UPDATE activity_registration SET status = 'confirmed', confirmed_at = $2 WHERE id = ANY($1::uuid[])`,
          [ids, now],
        );
        result.confirmed.push(...ids);
      } else {
        const expires = new Date(now.getTime() + chosen[0].offer_hours * 3_600_000);
        await manager.query(
          `UPDATE activity_registration SET status = 'offered', offered_at = $2, offer_expires_at = $3 WHERE id = ANY($1::uuid[])`,
          [ids, now, expires],
        );
        for (const id of ids)
          await this.event(manager, id, community.id, 'offered', null, false, {
            expires: expires.toISOString(),
          });
        result.offered.push(...ids);
      }
    }
    return result;
  }

  private async event(
    manager: EntityManager,
    registrationId: string,
    communityId: string,
    action: string,
    byAccountId: string | null,
    atDesk: boolean,
    details: Record<string, string | number> = {},
  ): Promise<void> {
    await manager.query(
      `INSERT INTO activity_registration_event (registration_id, community_id, action, by_account_id, at_desk, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [registrationId, communityId, action, byAccountId, atDesk, JSON.stringify(details)],
    );
  }

  // ——— Changing a registration ———

  /** Loads a registration the viewer may act on: their household's, or any for staff. */
  private async actionable(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    id: string,
  ): Promise<RegistrationRow> {
    const [row]: RegistrationRow[] = await this.db.query(
      `${REGISTRATION_SELECT} WHERE r.community_id = $1 AND r.id = $2`,
      [communityId, id],
    );
    if (!row) throw AppError.notFound(REGISTRATION_NOT_FOUND);
    if (isStaff(membership)) return row;
    const [mine] = await this.db.query(
      `SELECT 1 FROM household_member me
        WHERE me.account_id = $1 AND me.household_id = $2`,
      [viewer.accountId, row.household_id],
    );
    if (row.participant_account_id !== viewer.accountId && !mine)
      throw AppError.notFound(REGISTRATION_NOT_FOUND);
    return row;
  }

  /** Cancels a registration (until the activity's cut-off; staff any time); the place passes on. */
  async cancel(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    id: string,
    now = new Date(),
  ): Promise<RegistrationDto> {
    const row = await this.actionable(viewer, membership, communityId, id);
    if (row.status === 'cancelled') return (await this.load([id]))[0];
    const staff = isStaff(membership);
    if (!staff && !canCancel(row, now))
      throw AppError.forbidden(
        `On ne peut plus annuler en ligne moins de ${row.cancel_cutoff_hours} h avant : appelez ou passez à l’accueil.`,
      );
    await this.release(communityId, row, 'cancelled', viewer.accountId, staff, now);
    return (await this.load([id]))[0];
  }

  /** Declining an offered place is cancelling it; the place passes on. */
  async decline(viewer: Viewer, communityId: string, id: string): Promise<RegistrationDto> {
    const row = await this.actionable(viewer, undefined, communityId, id);
    if (row.status !== 'offered')
      throw AppError.badInput(
        [fieldProblem('id', 'out_of_range')],
        'Aucune place ne vous est proposée ici.',
      );
    await this.release(communityId, row, 'declined', viewer.accountId, false, new Date());
    return (await this.load([id]))[0];
  }

  private async release(
    communityId: string,
    row: RegistrationRow,
    action: string,
    byAccountId: string | null,
    atDesk: boolean,
    now: Date,
  ): Promise<void> {
    const community = await this.communities.getById(communityId);
    const target = { activityId: row.activity_id, sessionId: row.session_id };
    const offered = await this.db.transaction(async (manager) => {
      await this.lockCapacity(manager, target);
      const [[changed]] = await manager.query(
        `UPDATE activity_registration SET status = 'cancelled', cancelled_at = $2, offer_expires_at = NULL
          WHERE id = $1 AND status <> 'cancelled' RETURNING id`,
        [row.id, now],
      );
      if (!changed) return [];
      await this.event(manager, row.id, communityId, action, byAccountId, atDesk);
      return (await this.allocate(manager, community, target, null, now)).offered;
    });
    await this.notifyOffers(offered);
  }

  /** Confirms the places offered to the viewer's household (all of one group at once). */
  async confirmOffer(viewer: Viewer, communityId: string, id: string): Promise<RegistrationDto[]> {
    const row = await this.actionable(viewer, undefined, communityId, id);
    const now = new Date();
    const ids: string[] = await this.db.transaction(async (manager) => {
      await this.lockCapacity(manager, { activityId: row.activity_id, sessionId: row.session_id });
      const [rows] = await manager.query(
        `UPDATE activity_registration SET status = 'confirmed', confirmed_at = $3, offer_expires_at = NULL
          WHERE group_id = (SELECT group_id FROM activity_registration WHERE id = $1)
            AND status = 'offered' AND offer_expires_at > $3 AND community_id = $2
          RETURNING id`,
        [id, communityId, now],
      );
      const confirmed = (rows as { id: string }[]).map((r) => r.id);
      for (const c of confirmed)
        await this.event(manager, c, communityId, 'confirmed', viewer.accountId, false);
      return confirmed;
    });
    if (!ids.length)
      throw AppError.badInput(
        [fieldProblem('id', 'out_of_range')],
        'Cette place n’est plus proposée : le délai pour confirmer est passé.',
      );
    const registrations = await this.load(ids);
    await this.notifyRegistered(registrations);
    return registrations;
  }

  /** Offers not confirmed in time pass on to the next people on the list (a job). */
  async expireOffers(now = new Date()): Promise<number> {
    const expired: RegistrationRow[] = await this.db.query(
      `${REGISTRATION_SELECT} WHERE r.status = 'offered' AND r.offer_expires_at <= $1`,
      [now],
    );
    for (const row of expired) {
      const community = await this.communities.getById(row.community_id);
      const target = { activityId: row.activity_id, sessionId: row.session_id };
      const offered = await this.db.transaction(async (manager) => {
        await this.lockCapacity(manager, target);
        const [[changed]] = await manager.query(
          `UPDATE activity_registration SET status = 'cancelled', cancelled_at = $2, offer_expires_at = NULL
            WHERE id = $1 AND status = 'offered' AND offer_expires_at <= $2 RETURNING id`,
          [row.id, now],
        );
        if (!changed) return [];
        await this.event(manager, row.id, row.community_id, 'offer_expired', null, false);
        const [{ group_id }]: { group_id: string }[] = await manager.query(
          `SELECT group_id FROM activity_registration WHERE id = $1`,
          [row.id],
        );
        return (await this.allocate(manager, community, target, null, now, group_id)).offered;
      });
      await this.notifyOffers(offered);
    }
    return expired.length;
  }

  /**
   * Offers the free places of upcoming sessions (and series) to their waiting lists: a safety net
   * for places freed outside a registration change (an erased person, a larger capacity).
   */
  async fillFreePlaces(now = new Date()): Promise<number> {
    const targets: { community_id: string; activity_id: string; session_id: string | null }[] =
      await this.db.query(
        `SELECT a.community_id, a.id AS activity_id, s.id AS session_id
           FROM activity_session s JOIN activity a ON a.id = s.activity_id
          WHERE a.capacity_mode = 'session' AND a.cancelled_at IS NULL AND s.cancelled_at IS NULL AND s.starts_at > $1
            AND EXISTS (SELECT 1 FROM activity_registration w WHERE w.session_id = s.id AND w.status = 'waiting')
            AND (s.capacity IS NULL OR s.capacity > (SELECT count(*) FROM activity_registration r
                  WHERE r.session_id = s.id AND r.status IN ('confirmed', 'offered')))
         UNION ALL
         SELECT a.community_id, a.id, NULL FROM activity a
          WHERE a.capacity_mode = 'series' AND a.cancelled_at IS NULL
            AND EXISTS (SELECT 1 FROM activity_session s WHERE s.activity_id = a.id AND s.ends_at > $1)
            AND EXISTS (SELECT 1 FROM activity_registration w WHERE w.activity_id = a.id AND w.session_id IS NULL AND w.status = 'waiting')
            AND a.series_capacity > (SELECT count(*) FROM activity_registration r
                  WHERE r.activity_id = a.id AND r.session_id IS NULL AND r.status IN ('confirmed', 'offered'))`,
        [now],
      );
    let offeredCount = 0;
    for (const t of targets) {
      const community = await this.communities.getById(t.community_id);
      const target = { activityId: t.activity_id, sessionId: t.session_id };
      const offered = await this.db.transaction(
        async (manager) => (await this.allocate(manager, community, target, null, now)).offered,
      );
      offeredCount += offered.length;
      await this.notifyOffers(offered);
    }
    return offeredCount;
  }

  /**
   * Staff: moves a waiting person to a position on the list (1 = first), with a required reason
   * kept in the registration's history.
   */
  async move(
    staff: Viewer,
    communityId: string,
    id: string,
    position: number,
    reason: unknown,
  ): Promise<RegistrationDto> {
    const why = reorderReasonRule.safeParse(reason);
    if (!why.success)
      throw AppError.badInput(
        [fieldProblem('reason', 'required')],
        'Indiquez pourquoi vous changez l’ordre de la liste d’attente.',
      );
    const row = await this.actionable(
      staff,
      { role: 'staff' } as ViewerMembership,
      communityId,
      id,
    );
    if (row.status !== 'waiting')
      throw AppError.badInput(
        [fieldProblem('id', 'out_of_range')],
        'Seule une personne en liste d’attente peut changer de place.',
      );
    await this.db.transaction(async (manager) => {
      await this.lockCapacity(manager, { activityId: row.activity_id, sessionId: row.session_id });
      const others: { id: string; queue_rank: number }[] = await manager.query(
        `SELECT id, queue_rank FROM activity_registration
          WHERE activity_id = $1 AND session_id IS NOT DISTINCT FROM $2 AND status = 'waiting' AND id <> $3
          ORDER BY queue_rank, requested_at`,
        [row.activity_id, row.session_id, id],
      );
      const index = Math.max(0, Math.min(others.length, Math.floor(position) - 1));
      const before = others[index - 1]?.queue_rank;
      const after = others[index]?.queue_rank;
      const rank =
        before !== undefined && after !== undefined
          ? (before + after) / 2
          : before !== undefined
            ? before + 1
            : after !== undefined
              ? after - 1
              : row.queue_rank;
      await manager.query(`UPDATE activity_registration SET queue_rank = $2 WHERE id = $1`, [
        id,
        rank,
      ]);
      await this.event(manager, id, communityId, 'moved', staff.accountId, false, {
        from: row.waiting_position ?? 0,
        to: index + 1,
        reason: why.data,
      });
    });
    return (await this.load([id]))[0];
  }

  // ——— Reading ———

  async load(ids: string[]): Promise<RegistrationDto[]> {
    if (!ids.length) return [];
    const rows: RegistrationRow[] = await this.db.query(
      `${REGISTRATION_SELECT} WHERE r.id = ANY($1::uuid[]) ORDER BY r.queue_rank`,
      [ids],
    );
    return rows.map((r) => toDto(r));
  }

  /** The registrations of the viewer and of their household, next first. */
  async mine(viewer: Viewer, communityId: string): Promise<RegistrationDto[]> {
    const rows: RegistrationRow[] = await this.db.query(
      `${REGISTRATION_SELECT}
        WHERE r.community_id = $1 AND r.status <> 'cancelled'
          AND (s.id IS NULL OR s.ends_at > now() - interval '1 day')
          AND (r.participant_account_id = $2
               OR r.household_id = (SELECT household_id FROM household_member WHERE account_id = $2))
        ORDER BY starts_at NULLS LAST, r.queue_rank`,
      [communityId, viewer.accountId],
    );
    return rows.map((r) => toDto(r));
  }

  /** Staff: the registrations of an activity (or one session), with contact and household. */
  async roster(
    communityId: string,
    activityId: string,
    sessionId: string | null,
    status: RegistrationStatusEnum | null,
  ): Promise<RosterEntryDto[]> {
    await this.activities.row(this.db.manager, communityId, activityId);
    const rows: RegistrationRow[] = await this.db.query(
      `${REGISTRATION_SELECT}
        WHERE r.community_id = $1 AND r.activity_id = $2
          AND ($3::uuid IS NULL OR r.session_id = $3 OR r.session_id IS NULL)
          AND ($4::text IS NULL OR r.status = $4)
        ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'offered' THEN 1 WHEN 'waiting' THEN 2 ELSE 3 END,
                 r.queue_rank, r.requested_at`,
      [communityId, activityId, sessionId, status],
    );
    return rows.map((r) => ({
      registration: toDto(r),
      email: r.email,
      householdName: r.household_name,
      birthYear: r.birth_year,
      child: r.child,
    }));
  }

  /** Staff: the roster as a CSV or ODS file (dates in the community's zone). */
  async rosterFile(
    communityId: string,
    activityId: string,
    sessionId: string | null,
    status: string | null,
    format: ExportFormat,
  ): Promise<{ fileName: string; body: Buffer }> {
    const filter =
      status && (REGISTRATION_STATUSES as readonly string[]).includes(status)
        ? (status as RegistrationStatusEnum)
        : null;
    const entries = await this.roster(communityId, activityId, sessionId, filter);
    const [activity]: { title: string }[] = await this.db.query(
      `SELECT title FROM activity WHERE id = $1`,
      [activityId],
    );
    const zone = (await this.communities.getById(communityId)).timeZone;
    const local = (d: Date | null) =>
      d ? DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm') : null;
    const body = exportTable(
      {
        name: 'Inscriptions',
        columns: [
          'Personne',
          'Enfant',
          'Année de naissance',
          'Foyer',
          'E-mail',
          'Séance',
          'État',
          'Rang en liste d’attente',
          'Demandée le',
          'À l’accueil',
        ],
        rows: entries.map((e) => [
          e.registration.participantName,
          e.child ? 'oui' : 'non',
          e.birthYear,
          e.householdName,
          e.email,
          local(e.registration.startsAt),
          STATUS_WORDS[e.registration.status],
          e.registration.waitingPosition,
          local(e.registration.requestedAt),
          e.registration.atDesk ? 'oui' : 'non',
        ]),
      },
      format,
    );
    const slug = activity.title
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return { fileName: `inscriptions-${slug || 'activite'}.${format}`, body };
  }

  /** The calendar file of a registration: its session, or every session of its series. */
  async calendar(viewer: Viewer, id: string): Promise<{ fileName: string; content: string }> {
    const [row]: RegistrationRow[] = await this.db.query(`${REGISTRATION_SELECT} WHERE r.id = $1`, [
      id,
    ]);
    if (!row) throw AppError.notFound(REGISTRATION_NOT_FOUND);
    const membership = await this.viewers.membershipOf(viewer.accountId, row.community_id);
    await this.actionable(viewer, membership, row.community_id, id);
    const community = await this.communities.getById(row.community_id);
    const sessions: {
      id: string;
      starts_at: Date;
      ends_at: Date;
      cancelled_at: Date | null;
      place: string;
    }[] = await this.db.query(
      `SELECT s.id, s.starts_at, s.ends_at, s.cancelled_at, a.place FROM activity_session s JOIN activity a ON a.id = s.activity_id
          WHERE s.activity_id = $1 AND ($2::uuid IS NULL OR s.id = $2) ORDER BY s.starts_at`,
      [row.activity_id, row.session_id],
    );
    const url = `${this.config.publicUrl}/c/${community.slug}/activites/${row.activity_id}`;
    const address = `${community.streetAddress}, ${community.postalCode} ${community.city}`;
    return {
      fileName: `activite-${DateTime.fromJSDate(new Date(sessions[0]?.starts_at ?? Date.now()), { zone: community.timeZone }).toISODate()}.ics`,
      content: calendarFile({
        product: 'Activités',
        communityName: community.name,
        host: new URL(this.config.publicUrl).host,
        events: sessions.map((s) => ({
          id: `${row.id}-${s.id}`,
          summary: `${row.activity_title} — ${row.participant_name ?? ''}`,
          startsAt: new Date(s.starts_at),
          endsAt: new Date(s.ends_at),
          location: [s.place, community.name, address].filter(Boolean).join(', '),
          description: `Inscription : ${row.participant_name ?? ''}\nAnnuler : ${url}`,
          url,
          cancelled: s.cancelled_at !== null || row.status === 'cancelled',
        })),
      }),
    };
  }

  // ——— Notifications (after commit) ———

  /** The accounts to tell about a registration: the person, or the adults of their household. */
  private async responsible(ids: string[]): Promise<Map<string, string[]>> {
    const rows: { id: string; account_id: string }[] = await this.db.query(
      `SELECT r.id, r.participant_account_id AS account_id FROM activity_registration r
        WHERE r.id = ANY($1::uuid[]) AND r.participant_account_id IS NOT NULL
       UNION
       SELECT r.id, hm.account_id FROM activity_registration r
         JOIN household_member hm ON hm.household_id = r.household_id AND hm.kind = 'adult'
        WHERE r.id = ANY($1::uuid[]) AND r.participant_account_id IS NULL`,
      [ids],
    );
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.id, [...(map.get(r.id) ?? []), r.account_id]);
    return map;
  }

  private async notifyAbout(registrations: RegistrationDto[], kind: NotificationKind) {
    if (!registrations.length) return;
    const accounts = await this.responsible(registrations.map((r) => r.id));
    const [first] = registrations;
    const [row]: { community_id: string }[] = await this.db.query(
      `SELECT community_id FROM activity_registration WHERE id = $1`,
      [first.id],
    );
    const community = await this.communities.getById(row.community_id);
    // One notification per activity and person told, naming everyone concerned.
    const byActivity = new Map<string, RegistrationDto[]>();
    for (const r of registrations)
      byActivity.set(r.activityId, [...(byActivity.get(r.activityId) ?? []), r]);
    for (const [activityId, regs] of byActivity) {
      const to = [...new Set(regs.flatMap((r) => accounts.get(r.id) ?? []))];
      await this.notifications.notify({
        accountIds: to,
        communityId: community.id,
        kind,
        data: {
          activity: regs[0].activityTitle,
          names: regs.map((r) => r.participantName).join(', '),
          startsAt: regs[0].startsAt ? regs[0].startsAt.toISOString() : '',
          timeZone: community.timeZone,
          series: String(regs[0].sessionId === null),
          expires: regs[0].offerExpiresAt ? regs[0].offerExpiresAt.toISOString() : '',
        },
        link: `/c/${community.slug}/activites/${activityId}`,
      });
    }
  }

  private notifyRegistered(registrations: RegistrationDto[]) {
    return this.notifyAbout(registrations, 'activity_registered');
  }

  private async notifyOffers(ids: string[]) {
    await this.notifyAbout(await this.load(ids), 'activity_place_offered');
  }

  /** Staff: a message to everyone registered (confirmed) for a session, through notifications. */
  async messageSession(communityId: string, sessionId: string, message: string): Promise<number> {
    const [session]: { activity_id: string; title: string }[] = await this.db.query(
      `SELECT s.activity_id, a.title FROM activity_session s JOIN activity a ON a.id = s.activity_id
        WHERE s.community_id = $1 AND s.id = $2`,
      [communityId, sessionId],
    );
    if (!session) throw AppError.notFound(SESSION_NOT_FOUND);
    const regs: { id: string }[] = await this.db.query(
      `SELECT id FROM activity_registration
        WHERE activity_id = $1 AND (session_id = $2 OR session_id IS NULL) AND status = 'confirmed'`,
      [session.activity_id, sessionId],
    );
    const accounts = await this.responsible(regs.map((r) => r.id));
    const to = [...new Set([...accounts.values()].flat())];
    const community = await this.communities.getById(communityId);
    await this.notifications.notify({
      accountIds: to,
      communityId,
      kind: 'activity_message',
      data: { activity: session.title, message },
      link: `/c/${community.slug}/activites/${session.activity_id}`,
    });
    return to.length;
  }
}

export function canCancel(
  row: { starts_at: Date | null; cancel_cutoff_hours: number; status: string },
  now: Date,
): boolean {
  if (row.status === 'cancelled') return false;
  if (row.status !== 'confirmed' || !row.starts_at) return true;
  return new Date(row.starts_at).getTime() - row.cancel_cutoff_hours * 3_600_000 > now.getTime();
}

function toDto(r: RegistrationRow, now = new Date()): RegistrationDto {
  return {
    id: r.id,
    activityId: r.activity_id,
    activityTitle: r.activity_title,
    sessionId: r.session_id,
    startsAt: r.starts_at ? new Date(r.starts_at) : null,
    participantName: r.participant_name ?? 'Ancien membre',
    status: r.status as RegistrationStatusEnum,
    waitingPosition: r.waiting_position,
    offerExpiresAt: r.offer_expires_at ? new Date(r.offer_expires_at) : null,
    requestedAt: new Date(r.requested_at),
    atDesk: r.at_desk,
    canCancel: canCancel(r, now),
  };
}

function ageRangeWords(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `de ${min} à ${max} ans`;
  if (min !== null) return `à partir de ${min} ans`;
  return `jusqu’à ${max} ans`;
}

/** The outcome in words: the dates of confirmed places, or the place on the waiting list. */
function outcomeMessage(registrations: RegistrationDto[], zone: string): string {
  const confirmed = registrations.filter((r) => r.status === 'confirmed');
  const waiting = registrations.filter((r) => r.status === 'waiting');
  const parts: string[] = [];
  if (confirmed.length) {
    const when = confirmed[0].startsAt
      ? `${confirmed[0].sessionId ? 'le' : 'à partir du'} ${appointmentDateInWords(confirmed[0].startsAt, 'fr', zone)}`
      : '';
    parts.push(
      `Inscription confirmée pour ${confirmed.map((r) => r.participantName).join(', ')}${when ? ` : ${when}` : ''}.`,
    );
  }
  if (waiting.length)
    parts.push(
      `C’est complet : ${waiting.map((r) => r.participantName).join(', ')} ${waiting.length > 1 ? 'sont' : 'est'} sur la liste d’attente (position ${waiting[0].waitingPosition}). Nous vous préviendrons dès qu’une place se libère.`,
    );
  return parts.join(' ');
}
