import { randomInt, randomUUID } from 'node:crypto';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  fieldProblem,
  Jobs,
  parseInput,
  Transactions,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { CommunityService, type CommunityDto } from '@palier/server-community';
import { ModerationService } from '@palier/server-moderation';
import { NotificationsService } from '@palier/server-notifications';
import {
  appointmentDateInWords,
  createPollInput,
  pollBallotInput,
  pollOutcomeInput,
  POLL_LIMITS,
  updatePollInput,
  type NotificationKind,
} from '@palier/shared';
import { DataSource, EntityManager } from 'typeorm';
import { bestDates } from './counting/date-scoring';
import { instantRunoff } from './counting/instant-runoff';
import type {
  DateAnswerEnum,
  PollDto,
  PollKindEnum,
  PollMyBallotDto,
  PollResultsDto,
  PollResultsVisibilityEnum,
  PollSettingsDto,
  PollStatusEnum,
  PollVotersEnum,
} from './dto/poll.dto';
import { localToDate } from './local-time';
import { pollPhotoUrl, PollPhotosService } from './poll-photos.service';
import './polls.events';

const STAFF_ROLES = ['staff', 'builder', 'admin'];
const NOT_FOUND = 'Nous n’avons pas trouvé ce sondage.';
const isStaff = (membership?: ViewerMembership) =>
  !!membership && STAFF_ROLES.includes(membership.role);

export const POLL_NOTIFICATIONS_JOB = 'poll-notifications';

export interface PollRow {
  id: string;
  community_id: string;
  kind: string;
  title: string;
  description: string;
  created_by_account_id: string | null;
  created_by_name: string | null;
  created_by_resident: boolean;
  opens_at: Date;
  closes_at: Date;
  anonymous: boolean;
  voters: string;
  results_visibility: string;
  ballots_changeable: boolean;
  min_choices: number | null;
  max_choices: number | null;
  subject_type: string | null;
  subject_id: string | null;
  outcome: string | null;
  outcome_at: Date | null;
  hidden_at: Date | null;
  ballots: number;
}

interface OptionRow {
  id: string;
  poll_id: string;
  label: string;
  starts_at: Date | null;
  photo_id?: string | null;
  photo_alt?: string | null;
  photo_width?: number | null;
  photo_height?: number | null;
}

interface ChoiceRow {
  ballot_id: string;
  option_id: string;
  rank: number | null;
  answer: string | null;
}

const POLL_SELECT = `
  SELECT p.id, p.community_id, p.kind, p.title, p.description, p.created_by_account_id,
         a.display_name AS created_by_name, p.created_by_resident, p.opens_at, p.closes_at,
         p.anonymous, p.voters, p.results_visibility, p.ballots_changeable, p.min_choices,
         p.max_choices, p.subject_type, p.subject_id, p.outcome, p.outcome_at, p.hidden_at,
         (SELECT count(*)::int FROM poll_ballot b WHERE b.poll_id = p.id) AS ballots
    FROM poll p LEFT JOIN account a ON a.id = p.created_by_account_id`;

const percent = (part: number, whole: number) =>
  whole ? Math.round((part / whole) * 1000) / 10 : 0;

/**
 * Polls: creation (the team, or residents where the community allows it), ballots (one per member
 * or household, enforced by the database), results (counts, best date, instant-runoff rounds),
 * closing, the centre's outcome statement, and the notifications around them.
 */
@Injectable()
export class PollsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly communities: CommunityService,
    private readonly moderation: ModerationService,
    private readonly notifications: NotificationsService,
    private readonly jobs: Jobs,
    private readonly photos: PollPhotosService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: POLL_NOTIFICATIONS_JOB,
      everyMs: 5 * 60_000,
      run: () => this.sendDueNotifications().then((n) => (n ? `${n} polls announced` : undefined)),
    });
  }

  // ——— Settings ———

  async settings(communityId: string): Promise<PollSettingsDto> {
    const [row]: { residents_may_create_polls: boolean }[] = await this.db.query(
      `SELECT residents_may_create_polls FROM community WHERE id = $1`,
      [communityId],
    );
    if (!row) throw AppError.notFound();
    return { residentsMayCreate: row.residents_may_create_polls };
  }

  async setResidentsMayCreate(communityId: string, allowed: boolean): Promise<PollSettingsDto> {
    await this.db.query(
      `UPDATE community SET residents_may_create_polls = $2, updated_at = now() WHERE id = $1`,
      [communityId, allowed],
    );
    return this.settings(communityId);
  }

  // ——— Reading ———

  private status(row: PollRow, now: Date): PollStatusEnum {
    if (now < new Date(row.opens_at)) return 'upcoming' as PollStatusEnum;
    if (now < new Date(row.closes_at)) return 'open' as PollStatusEnum;
    return 'closed' as PollStatusEnum;
  }

  /** The key of the viewer's ballot: their household's id for a household poll, else their own. */
  private async voterKey(
    manager: EntityManager,
    voters: string,
    accountId: string,
  ): Promise<string> {
    if (voters !== 'households') return accountId;
    const [row]: { household_id: string }[] = await manager.query(
      `SELECT household_id FROM household_member WHERE account_id = $1`,
      [accountId],
    );
    return row?.household_id ?? accountId;
  }

  /** A poll of the community the viewer may see (hidden ones: the team and their author only). */
  private async row(
    manager: EntityManager,
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    communityId: string,
    pollId: string,
    lock = false,
  ): Promise<PollRow> {
    if (lock)
      await manager.query(`SELECT id FROM poll WHERE id = $1 AND community_id = $2 FOR UPDATE`, [
        pollId,
        communityId,
      ]);
    const [row]: PollRow[] = await manager.query(
      `${POLL_SELECT} WHERE p.id = $1 AND p.community_id = $2`,
      [pollId, communityId],
    );
    if (
      !row ||
      (row.hidden_at && !isStaff(membership) && row.created_by_account_id !== viewer.accountId)
    )
      throw AppError.notFound(NOT_FOUND);
    return row;
  }

  async list(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    now = new Date(),
  ): Promise<PollDto[]> {
    const rows: PollRow[] = await this.db.query(
      `${POLL_SELECT} WHERE p.community_id = $1
          AND (p.hidden_at IS NULL OR $2 OR p.created_by_account_id = $3)
        ORDER BY (p.closes_at > $4) DESC, CASE WHEN p.closes_at > $4 THEN p.closes_at END ASC,
                 p.closes_at DESC
        LIMIT 200`,
      [communityId, isStaff(membership), viewer.accountId, now],
    );
    return this.toDtos(viewer, membership, rows, now, false);
  }

  async get(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    now = new Date(),
  ): Promise<PollDto> {
    const row = await this.row(this.db.manager, viewer, membership, communityId, pollId);
    const [dto] = await this.toDtos(viewer, membership, [row], now, true);
    return dto;
  }

  private async toDtos(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    rows: PollRow[],
    now: Date,
    withResults: boolean,
  ): Promise<PollDto[]> {
    if (!rows.length) return [];
    const community = await this.communities.getById(rows[0].community_id);
    const ids = rows.map((r) => r.id);
    const options: OptionRow[] = await this.db.query(
      `SELECT o.id, o.poll_id, o.label, o.starts_at, ph.id AS photo_id, ph.alt AS photo_alt,
              ph.thumb_width AS photo_width, ph.thumb_height AS photo_height
         FROM poll_option o LEFT JOIN poll_photo ph ON ph.option_id = o.id
        WHERE o.poll_id = ANY($1::uuid[]) ORDER BY o.position`,
      [ids],
    );
    const [household]: { household_id: string }[] = await this.db.query(
      `SELECT household_id FROM household_member WHERE account_id = $1`,
      [viewer.accountId],
    );
    const participations: { poll_id: string; ballot_id: string | null }[] = await this.db.query(
      `SELECT pp.poll_id, pp.ballot_id FROM poll_participation pp JOIN poll p ON p.id = pp.poll_id
        WHERE pp.poll_id = ANY($1::uuid[])
          AND pp.voter_key = CASE WHEN p.voters = 'households' THEN coalesce($3::uuid, $2::uuid) ELSE $2::uuid END`,
      [ids, viewer.accountId, household?.household_id ?? null],
    );
    const voted = new Map(participations.map((p) => [p.poll_id, p.ballot_id]));
    const out: PollDto[] = [];
    for (const row of rows) {
      const status = this.status(row, now);
      const hasVoted = voted.has(row.id);
      const ballotId = voted.get(row.id) ?? null;
      const canManage = isStaff(membership);
      const showResults =
        canManage ||
        status === 'closed' ||
        (row.results_visibility === 'always' && status === 'open') ||
        (row.results_visibility === 'after_vote' && hasVoted);
      out.push({
        id: row.id,
        communityId: row.community_id,
        kind: row.kind as PollKindEnum,
        title: row.title,
        description: row.description,
        createdByName: row.created_by_name,
        createdByResident: row.created_by_resident,
        createdByMe: row.created_by_account_id === viewer.accountId,
        opensAt: new Date(row.opens_at),
        closesAt: new Date(row.closes_at),
        timeZone: community.timeZone,
        status,
        anonymous: row.anonymous,
        voters: row.voters as PollVotersEnum,
        resultsVisibility: row.results_visibility as PollResultsVisibilityEnum,
        ballotsChangeable: row.ballots_changeable,
        minChoices: row.min_choices,
        maxChoices: row.max_choices,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        outcome: row.outcome,
        outcomeAt: row.outcome_at ? new Date(row.outcome_at) : null,
        hidden: row.hidden_at !== null,
        options: options
          .filter((o) => o.poll_id === row.id)
          .map((o) => ({
            id: o.id,
            label: o.label,
            startsAt: o.starts_at ? new Date(o.starts_at) : null,
            photo: o.photo_id
              ? {
                  url: pollPhotoUrl(o.photo_id, 'thumb'),
                  largeUrl: pollPhotoUrl(o.photo_id, 'large'),
                  alt: o.photo_alt ?? '',
                  width: o.photo_width ?? 0,
                  height: o.photo_height ?? 0,
                }
              : null,
          })),
        hasVoted,
        canVote: status === 'open' && !row.hidden_at && (!hasVoted || row.ballots_changeable),
        myBallot: withResults && ballotId ? await this.ballotOf(ballotId) : null,
        canManage,
        ballots: row.ballots,
        results: withResults && showResults ? await this.results(row) : null,
      });
    }
    return out;
  }

  private async ballotOf(ballotId: string): Promise<PollMyBallotDto> {
    const choices: ChoiceRow[] = await this.db.query(
      `SELECT ballot_id, option_id, rank, answer FROM poll_ballot_choice WHERE ballot_id = $1
        ORDER BY rank NULLS LAST, option_id`,
      [ballotId],
    );
    return {
      optionIds: choices.filter((c) => !c.answer).map((c) => c.option_id),
      answers: choices
        .filter((c) => c.answer)
        .map((c) => ({ optionId: c.option_id, answer: c.answer as DateAnswerEnum })),
    };
  }

  /** How many members (or households) may vote: the base of the participation rate. */
  private async eligible(communityId: string, voters: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(
      voters === 'households'
        ? `SELECT count(DISTINCT coalesce(h.household_id, m.account_id))::int AS n
             FROM membership m LEFT JOIN household_member h ON h.account_id = m.account_id
            WHERE m.community_id = $1 AND m.status = 'active'`
        : `SELECT count(*)::int AS n FROM membership WHERE community_id = $1 AND status = 'active'`,
      [communityId],
    );
    return n;
  }

  /** Counts of a poll: by option, the best date or the instant-runoff rounds, participation. */
  async results(row: PollRow): Promise<PollResultsDto> {
    const options: OptionRow[] = await this.db.query(
      `SELECT id, poll_id, label, starts_at FROM poll_option WHERE poll_id = $1 ORDER BY position`,
      [row.id],
    );
    const choices: ChoiceRow[] = await this.db.query(
      `SELECT ballot_id, option_id, rank, answer FROM poll_ballot_choice WHERE poll_id = $1
        ORDER BY ballot_id, rank NULLS LAST`,
      [row.id],
    );
    const ballots = row.ballots;
    const eligible = await this.eligible(row.community_id, row.voters);
    const tally = (optionId: string, answer?: string) =>
      choices.filter((c) => c.option_id === optionId && (!answer || c.answer === answer)).length;
    let best: string[] = [];
    let rounds: PollResultsDto['rounds'] = [];
    const first = new Map<string, number>();
    if (row.kind === 'date') {
      best = bestDates(
        options.map((o) => ({
          optionId: o.id,
          yes: tally(o.id, 'yes'),
          maybe: tally(o.id, 'maybe'),
          no: tally(o.id, 'no'),
        })),
      );
    } else if (row.kind === 'ranked') {
      const byBallot = new Map<string, string[]>();
      for (const c of choices)
        byBallot.set(c.ballot_id, [...(byBallot.get(c.ballot_id) ?? []), c.option_id]);
      const runoff = instantRunoff(
        options.map((o) => o.id),
        [...byBallot.values()],
      );
      best = runoff.winners;
      rounds = runoff.rounds.map((r) => ({
        counts: Object.entries(r.counts).map(([optionId, votes]) => ({ optionId, votes })),
        continuing: r.continuing,
        exhausted: r.exhausted,
        eliminated: r.eliminated,
      }));
      for (const [optionId, votes] of Object.entries(runoff.rounds[0].counts))
        first.set(optionId, votes);
    } else {
      const counts = options.map((o) => tally(o.id));
      const top = Math.max(0, ...counts);
      best = top ? options.filter((_, i) => counts[i] === top).map((o) => o.id) : [];
    }
    return {
      ballots,
      eligible,
      participationPercent: percent(ballots, eligible),
      options: options.map((o) => {
        const count =
          row.kind === 'date'
            ? tally(o.id, 'yes')
            : row.kind === 'ranked'
              ? (first.get(o.id) ?? 0)
              : tally(o.id);
        return {
          optionId: o.id,
          count,
          percent: percent(count, ballots),
          yes: row.kind === 'date' ? count : 0,
          maybe: row.kind === 'date' ? tally(o.id, 'maybe') : 0,
          no: row.kind === 'date' ? tally(o.id, 'no') : 0,
          best: best.includes(o.id),
        };
      }),
      rounds,
      best,
    };
  }

  // ——— Creating and changing ———

  /** The team creates polls; residents too where the community allows it. */
  async assertMayCreate(
    membership: ViewerMembership | undefined,
    communityId: string,
  ): Promise<void> {
    if (!membership) throw AppError.forbidden();
    if (!isStaff(membership) && !(await this.settings(communityId)).residentsMayCreate)
      throw AppError.forbidden(
        'Dans cette communauté, seule l’équipe du centre crée les sondages.',
      );
  }

  async create(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    raw: unknown,
    now = new Date(),
  ): Promise<PollDto> {
    await this.assertMayCreate(membership, communityId);
    const input = parseInput(createPollInput, raw);
    const community = await this.communities.getById(communityId);
    const zone = community.timeZone;
    const opensAt = input.opensAt ? localToDate(input.opensAt, zone) : now;
    const closesAt = localToDate(input.closesAt, zone);
    if (closesAt <= now || closesAt <= opensAt)
      throw AppError.badInput(
        [fieldProblem('closesAt', 'out_of_range')],
        'Choisissez une date de fin après l’ouverture et après maintenant.',
      );
    if (closesAt.getTime() - opensAt.getTime() > POLL_LIMITS.maxOpenDays * 86_400_000)
      throw AppError.badInput(
        [fieldProblem('closesAt', 'out_of_range')],
        'Un sondage reste ouvert un an au plus.',
      );
    const pollId = await this.tx.run(async (manager) => {
      if (!isStaff(membership))
        await this.moderation.assertMayContribute(
          manager,
          communityId,
          viewer.accountId,
          'créer de sondage',
        );
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO poll (community_id, kind, title, description, created_by_account_id, created_by_resident,
                           opens_at, closes_at, anonymous, voters, results_visibility, ballots_changeable,
                           min_choices, max_choices, subject_type, subject_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          communityId,
          input.kind,
          input.title,
          input.description,
          viewer.accountId,
          !isStaff(membership),
          opensAt,
          closesAt,
          input.anonymous,
          input.voters,
          input.resultsVisibility,
          input.ballotsChangeable,
          input.minChoices,
          input.maxChoices,
          input.subjectType,
          input.subjectId,
        ],
      );
      for (const [position, option] of input.options.entries()) {
        const [{ id: optionId }]: { id: string }[] = await manager.query(
          `INSERT INTO poll_option (poll_id, position, label, starts_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [id, position, option.label, option.startsAt ? localToDate(option.startsAt, zone) : null],
        );
        if (
          option.photoId &&
          !(await this.photos.attach(
            manager,
            communityId,
            viewer.accountId,
            option.photoId,
            optionId,
            option.photoAlt,
          ))
        )
          throw AppError.badInput(
            [fieldProblem(`options.${position}.photoId`, 'invalid_format')],
            'Cette photo n’est plus disponible : envoyez-la à nouveau.',
          );
      }
      return id;
    });
    await this.sendDueNotifications(now);
    return this.get(viewer, membership, communityId, pollId, now);
  }

  async update(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    raw: unknown,
    now = new Date(),
  ): Promise<PollDto> {
    const input = parseInput(updatePollInput, raw);
    const community = await this.communities.getById(communityId);
    await this.teamChange(viewer, membership, communityId, pollId, async (manager, row) => {
      if (this.status(row, now) === 'closed')
        throw new AppError('CONFLICT', 'Ce sondage est clos : il ne peut plus changer.');
      const anonymous = input.anonymous ?? row.anonymous;
      if (anonymous !== row.anonymous && row.ballots > 0)
        throw new AppError(
          'CONFLICT',
          'Des personnes ont déjà voté : le sondage ne peut plus passer de nominatif à anonyme, ni l’inverse.',
        );
      const closesAt = input.closesAt ? localToDate(input.closesAt, community.timeZone) : null;
      if (closesAt && (closesAt <= now || closesAt <= new Date(row.opens_at)))
        throw AppError.badInput(
          [fieldProblem('closesAt', 'out_of_range')],
          'Choisissez une date de fin après l’ouverture et après maintenant.',
        );
      await manager.query(
        `UPDATE poll SET title = coalesce($2, title), description = coalesce($3, description),
                closes_at = coalesce($4, closes_at), anonymous = $5,
                results_visibility = coalesce($6, results_visibility),
                ballots_changeable = CASE WHEN $5 THEN false ELSE coalesce($7, ballots_changeable) END,
                closing_reminded_at = CASE WHEN $4::timestamptz IS NULL THEN closing_reminded_at END
          WHERE id = $1`,
        [
          pollId,
          input.title,
          input.description,
          closesAt,
          anonymous,
          input.resultsVisibility,
          input.ballotsChangeable,
        ],
      );
    });
    return this.get(viewer, membership, communityId, pollId, now);
  }

  /** A change by the team, on the locked poll, in a transaction; browsers re-read it after. */
  private async teamChange(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    work: (manager: EntityManager, row: PollRow) => Promise<void>,
  ): Promise<void> {
    await this.tx.run(async (manager, emit) => {
      await work(manager, await this.row(manager, viewer, membership, communityId, pollId, true));
      emit({ type: 'polls.results_changed', payload: { communityId, pollId } });
    });
  }

  /** "Clore maintenant": the poll closes at once; its results are announced. */
  async closeNow(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    now = new Date(),
  ): Promise<PollDto> {
    await this.teamChange(viewer, membership, communityId, pollId, async (manager, row) => {
      if (this.status(row, now) === 'closed')
        throw new AppError('CONFLICT', 'Ce sondage est déjà clos.');
      await manager.query(
        `UPDATE poll SET closes_at = $2::timestamptz, opens_at = least(opens_at, $2::timestamptz - interval '1 second') WHERE id = $1`,
        [pollId, now],
      );
    });
    await this.sendDueNotifications(now);
    return this.get(viewer, membership, communityId, pollId, now);
  }

  /** "Ce que nous en faisons": the centre's statement on a closed poll. */
  async setOutcome(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    raw: unknown,
    now = new Date(),
  ): Promise<PollDto> {
    const outcome = parseInput(pollOutcomeInput, raw);
    await this.teamChange(viewer, membership, communityId, pollId, async (manager, row) => {
      if (this.status(row, now) !== 'closed')
        throw new AppError('CONFLICT', 'La suite donnée se publie une fois le sondage clos.');
      await manager.query(`UPDATE poll SET outcome = $2, outcome_at = $3 WHERE id = $1`, [
        pollId,
        outcome,
        now,
      ]);
    });
    return this.get(viewer, membership, communityId, pollId, now);
  }

  // ——— Voting ———

  async vote(
    viewer: Viewer,
    membership: ViewerMembership,
    communityId: string,
    pollId: string,
    raw: unknown,
    now = new Date(),
  ): Promise<PollDto> {
    const input = parseInput(pollBallotInput, raw);
    const community = await this.communities.getById(communityId);
    await this.tx.run(async (manager, emit) => {
      const [exists]: { community_id: string }[] = await manager.query(
        `SELECT community_id FROM poll WHERE id = $1`,
        [pollId],
      );
      if (exists && exists.community_id !== communityId)
        throw AppError.notFound('Ce sondage n’appartient pas à cette communauté.');
      // Ballots of an anonymous poll are remixed at each vote (see remix): one vote at a time.
      await manager.query(
        `SELECT pg_advisory_xact_lock(hashtext($2)) FROM poll WHERE id = $1 AND anonymous`,
        [pollId, `poll:${pollId}`],
      );
      const row = await this.row(manager, viewer, membership, communityId, pollId);
      this.assertOpen(row, community, now);
      await this.moderation.assertMayContribute(manager, communityId, viewer.accountId, 'voter');
      const choices = await this.validBallot(manager, row, input);
      const voterKey = await this.voterKey(manager, row.voters, viewer.accountId);
      const [{ id: ballotId }]: { id: string }[] = await manager.query(
        `INSERT INTO poll_ballot (poll_id) VALUES ($1) RETURNING id`,
        [pollId],
      );
      for (const c of choices)
        await manager.query(
          `INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id, rank, answer) VALUES ($1, $2, $3, $4, $5)`,
          [ballotId, pollId, c.optionId, c.rank, c.answer],
        );
      // The key (poll, voter) lets one row in; concurrent ones wait for it and find it taken.
      const [inserted]: unknown[] = await manager.query(
        `INSERT INTO poll_participation (poll_id, anonymous, voter_key, account_id, ballot_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (poll_id, voter_key) DO NOTHING RETURNING voter_key`,
        [pollId, row.anonymous, voterKey, viewer.accountId, row.anonymous ? null : ballotId],
      );
      if (!inserted) {
        if (!row.ballots_changeable || row.anonymous)
          throw new AppError(
            'CONFLICT',
            voterKey === viewer.accountId
              ? 'Vous avez déjà voté à ce sondage.'
              : 'Une personne de votre foyer a déjà voté à ce sondage : un seul vote par foyer.',
          );
        // A named poll whose ballots may change: the new ballot replaces the previous one.
        const [previous]: { ballot_id: string }[] = await manager.query(
          `SELECT ballot_id FROM poll_participation WHERE poll_id = $1 AND voter_key = $2 FOR UPDATE`,
          [pollId, voterKey],
        );
        await manager.query(
          `UPDATE poll_participation SET ballot_id = $3, account_id = $4, voted_at = now()
            WHERE poll_id = $1 AND voter_key = $2`,
          [pollId, voterKey, ballotId, viewer.accountId],
        );
        await manager.query(`DELETE FROM poll_ballot WHERE id = $1`, [previous.ballot_id]);
      }
      if (row.anonymous) await this.remix(manager, pollId);
      emit({ type: 'polls.results_changed', payload: { communityId, pollId } });
    });
    return this.get(viewer, membership, communityId, pollId, now);
  }

  /**
   * Rewrites every ballot of an anonymous poll, in a random order and with new random ids, in the
   * transaction of each vote. A ballot then carries nothing of the moment it was cast — not even
   * in PostgreSQL's own system columns: all rows share the transaction id (xmin) of the latest
   * vote and their physical order is shuffled, so neither can be joined with the "has voted" rows.
   */
  private async remix(manager: EntityManager, pollId: string): Promise<void> {
    const choices: ChoiceRow[] = await manager.query(
      `SELECT ballot_id, option_id, rank, answer FROM poll_ballot_choice WHERE poll_id = $1`,
      [pollId],
    );
    const ballots = new Map<string, ChoiceRow[]>();
    for (const c of choices) ballots.set(c.ballot_id, [...(ballots.get(c.ballot_id) ?? []), c]);
    const shuffled = [...ballots.values()];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const ids = shuffled.map(() => randomUUID());
    const rows = shuffled.flatMap((ballot, i) => ballot.map((c) => ({ ...c, ballot_id: ids[i] })));
    await manager.query(`DELETE FROM poll_ballot WHERE poll_id = $1`, [pollId]);
    await manager.query(`INSERT INTO poll_ballot (id, poll_id) SELECT unnest($2::uuid[]), $1`, [
      pollId,
      ids,
    ]);
    await manager.query(
      `INSERT INTO poll_ballot_choice (ballot_id, poll_id, option_id, rank, answer)
       SELECT b, $1, o, r, a FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::text[]) AS t(b, o, r, a)`,
      [
        pollId,
        rows.map((r) => r.ballot_id),
        rows.map((r) => r.option_id),
        rows.map((r) => r.rank),
        rows.map((r) => r.answer),
      ],
    );
  }

  private assertOpen(row: PollRow, community: CommunityDto, now: Date): void {
    const words = (d: Date) => appointmentDateInWords(d, 'fr', community.timeZone);
    if (row.hidden_at) throw new AppError('CONFLICT', 'Ce sondage a été masqué par l’équipe.');
    if (now < new Date(row.opens_at))
      throw new AppError(
        'CONFLICT',
        `Ce sondage n’est pas encore ouvert : vous pourrez voter à partir du ${words(new Date(row.opens_at))}.`,
      );
    if (now >= new Date(row.closes_at))
      throw new AppError(
        'CONFLICT',
        `Ce sondage est clos depuis le ${words(new Date(row.closes_at))} : il n’est plus possible de voter.`,
      );
  }

  /** Checks a ballot against the poll's kind and options; returns the rows to store. */
  private async validBallot(
    manager: EntityManager,
    row: PollRow,
    input: { optionIds: string[]; answers: { optionId: string; answer: string }[] },
  ): Promise<{ optionId: string; rank: number | null; answer: string | null }[]> {
    const options: { id: string }[] = await manager.query(
      `SELECT id FROM poll_option WHERE poll_id = $1`,
      [row.id],
    );
    const own = new Set(options.map((o) => o.id));
    const chosen = row.kind === 'date' ? input.answers.map((a) => a.optionId) : input.optionIds;
    const refuse = (field: string, message: string) =>
      AppError.badInput([fieldProblem(field, 'invalid_format')], message);
    if (chosen.some((id) => !own.has(id)))
      throw refuse('optionIds', 'Une de ces réponses ne fait pas partie de ce sondage.');
    if (new Set(chosen).size !== chosen.length)
      throw refuse(
        'optionIds',
        'Vous avez donné deux fois la même réponse : gardez-la une seule fois.',
      );
    switch (row.kind) {
      case 'single':
        if (chosen.length !== 1 || input.answers.length)
          throw refuse('optionIds', 'Choisissez une seule réponse.');
        return chosen.map((optionId) => ({ optionId, rank: null, answer: null }));
      case 'multiple': {
        const min = row.min_choices ?? 1;
        const max = row.max_choices ?? options.length;
        if (chosen.length < min || chosen.length > max || input.answers.length)
          throw refuse(
            'optionIds',
            min === max
              ? `Choisissez exactement ${min} réponse${min > 1 ? 's' : ''}.`
              : `Choisissez entre ${min} et ${max} réponses.`,
          );
        return chosen.map((optionId) => ({ optionId, rank: null, answer: null }));
      }
      case 'ranked':
        if (!chosen.length || input.answers.length)
          throw refuse(
            'optionIds',
            'Classez au moins une réponse, de la préférée à la moins aimée.',
          );
        return chosen.map((optionId, i) => ({ optionId, rank: i + 1, answer: null }));
      default:
        if (chosen.length !== own.size || input.optionIds.length)
          throw refuse('answers', 'Répondez pour chaque date : oui, si besoin ou non.');
        return input.answers.map((a) => ({ optionId: a.optionId, rank: null, answer: a.answer }));
    }
  }

  // ——— Export ———

  /** The results as a CSV file for the team (counts only: never who voted what). */
  async csv(
    viewer: Viewer,
    membership: ViewerMembership | undefined,
    pollId: string,
  ): Promise<{ fileName: string; content: string }> {
    const [found]: { community_id: string }[] = await this.db.query(
      `SELECT community_id FROM poll WHERE id = $1`,
      [pollId],
    );
    if (!found || !isStaff(membership) || membership?.communityId !== found.community_id)
      throw AppError.notFound(NOT_FOUND);
    const row = await this.row(this.db.manager, viewer, membership, found.community_id, pollId);
    const community = await this.communities.getById(row.community_id);
    const results = await this.results(row);
    const options: OptionRow[] = await this.db.query(
      `SELECT id, poll_id, label, starts_at FROM poll_option WHERE poll_id = $1 ORDER BY position`,
      [pollId],
    );
    const byId = new Map(options.map((o) => [o.id, o]));
    const name = (id: string) => {
      const o = byId.get(id);
      const when = o?.starts_at
        ? appointmentDateInWords(new Date(o.starts_at), 'fr', community.timeZone)
        : '';
      return [when, o?.label ?? ''].filter(Boolean).join(' — ');
    };
    const cell = (v: string | number) => {
      const s = String(v);
      // Quoted, and a leading = + - @ neutralised so a spreadsheet never runs it as a formula.
      return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
    };
    const lines: (string | number)[][] = [
      ['Sondage', row.title],
      ['Bulletins', results.ballots],
      ['Votants possibles', results.eligible],
      ['Participation (%)', results.participationPercent],
      [],
      row.kind === 'date'
        ? ['Date', 'Oui', 'Si besoin', 'Non', 'Meilleure date']
        : row.kind === 'ranked'
          ? ['Réponse', 'Premiers choix', '%', 'Gagnante']
          : ['Réponse', 'Voix', '%', 'En tête'],
    ];
    for (const r of results.options) {
      lines.push(
        row.kind === 'date'
          ? [name(r.optionId), r.yes, r.maybe, r.no, r.best ? 'oui' : '']
          : [name(r.optionId), r.count, r.percent, r.best ? 'oui' : ''],
      );
    }
    results.rounds.forEach((round, i) => {
      lines.push([]);
      lines.push([`Tour ${i + 1}`, 'Voix']);
      for (const c of round.counts) lines.push([name(c.optionId), c.votes]);
      lines.push(['Bulletins épuisés', round.exhausted]);
    });
    return {
      fileName: `sondage-${pollId.slice(0, 8)}.csv`,
      content: '\uFEFF' + lines.map((l) => l.map(cell).join(';')).join('\r\n') + '\r\n',
    };
  }

  // ——— Notifications ———

  /**
   * The notification job (safe to run twice: each step claims its polls first): a poll that opens
   * is announced to the members; 24 hours before closing, members who have not voted (or whose
   * household has not) are reminded — only for polls open a day or more, so a short poll does not
   * send two notifications at once; once closed, the results are announced.
   */
  async sendDueNotifications(now = new Date()): Promise<number> {
    let done = 0;
    const soon = new Date(now.getTime() + 24 * 3_600_000);
    const claim = async (column: string, condition: string, params: Date[]) => {
      const [rows]: [{ id: string }[], number] = await this.db.query(
        `UPDATE poll SET ${column} = $1
          WHERE id IN (SELECT id FROM poll WHERE ${column} IS NULL AND hidden_at IS NULL AND ${condition}
                        ORDER BY closes_at LIMIT 100 FOR UPDATE SKIP LOCKED)
          RETURNING id`,
        params,
      );
      return rows.map((r) => r.id);
    };
    const steps: [string, string, Date[], NotificationKind, boolean][] = [
      ['announced_at', `opens_at <= $1 AND closes_at > $1`, [now], 'poll_opened', false],
      [
        'closing_reminded_at',
        `closes_at > $1 AND closes_at <= $2 AND opens_at <= closes_at - interval '24 hours'`,
        [now, soon],
        'poll_closing',
        true,
      ],
      ['results_announced_at', `closes_at <= $1`, [now], 'poll_results', false],
    ];
    for (const [column, condition, params, kind, onlyNonVoters] of steps)
      for (const id of await claim(column, condition, params)) {
        await this.notifyMembers(id, kind, onlyNonVoters);
        done++;
      }
    return done;
  }

  private async notifyMembers(
    pollId: string,
    kind: NotificationKind,
    onlyNonVoters: boolean,
  ): Promise<void> {
    const [poll]: {
      community_id: string;
      title: string;
      closes_at: Date;
      voters: string;
      created_by_account_id: string | null;
    }[] = await this.db.query(
      `SELECT community_id, title, closes_at, voters, created_by_account_id FROM poll WHERE id = $1`,
      [pollId],
    );
    const community = await this.communities.getById(poll.community_id);
    const members: { account_id: string }[] = await this.db.query(
      `SELECT m.account_id FROM membership m
         LEFT JOIN household_member h ON h.account_id = m.account_id
        WHERE m.community_id = $1 AND m.status = 'active'
          AND ($3 = false OR NOT EXISTS (
            SELECT 1 FROM poll_participation pp WHERE pp.poll_id = $2
               AND pp.voter_key = CASE WHEN $4 = 'households' THEN coalesce(h.household_id, m.account_id) ELSE m.account_id END))`,
      [poll.community_id, pollId, onlyNonVoters, poll.voters],
    );
    await this.notifications.notify({
      accountIds: members
        .map((m) => m.account_id)
        .filter((id) => kind !== 'poll_opened' || id !== poll.created_by_account_id),
      communityId: community.id,
      kind,
      data: {
        title: poll.title,
        community: community.name,
        closesAt: new Date(poll.closes_at).toISOString(),
        timeZone: community.timeZone,
      },
      link: `/c/${community.slug}/sondages/${pollId}`,
    });
  }
}
