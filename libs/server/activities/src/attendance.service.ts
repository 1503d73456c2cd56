import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, fieldProblem, parseInput, type Viewer } from '@palier/server-core';
import { attendanceMarkInput } from '@palier/shared';
import { DataSource } from 'typeorm';
import { SESSION_NOT_FOUND, toSessionDto } from './activities.service';
import type {
  ActivitySessionDto,
  AttendanceLineDto,
  AttendanceSheetDto,
  AttendanceStatusEnum,
} from './dto/activities.dto';

/** A tablet may send marks made hours ago (offline), never ones from the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Attendance: the check-in sheet of a session (the confirmed registrations, then walk-ins) and the
 * marks. Marks are idempotent (a tablet that was offline sends them again with the same
 * `clientMarkId`) and the latest mark made wins, whatever the order they arrive in.
 */
@Injectable()
export class AttendanceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sheet(communityId: string, sessionId: string): Promise<AttendanceSheetDto> {
    const [session]: (Parameters<typeof toSessionDto>[0] & { title: string })[] =
      await this.db.query(
        `SELECT s.id, s.activity_id, s.starts_at, s.ends_at, s.capacity, s.cancelled_at, s.cancel_reason, a.title,
                (SELECT count(*)::int FROM activity_registration r WHERE r.session_id = s.id AND r.status IN ('confirmed', 'offered')) AS taken,
                (SELECT count(*)::int FROM activity_registration r WHERE r.session_id = s.id AND r.status = 'waiting') AS waiting
           FROM activity_session s JOIN activity a ON a.id = s.activity_id
          WHERE s.community_id = $1 AND s.id = $2`,
        [communityId, sessionId],
      );
    if (!session) throw AppError.notFound(SESSION_NOT_FOUND);
    const lines: {
      key: string;
      registration_id: string | null;
      name: string | null;
      walk_in: boolean;
      status: string | null;
    }[] = await this.db.query(
      `SELECT r.participant_key AS key, r.id AS registration_id, COALESCE(acc.display_name, hm.first_name) AS name,
              false AS walk_in, m.status
         FROM activity_registration r
         LEFT JOIN account acc ON acc.id = r.participant_account_id
         LEFT JOIN household_member hm ON hm.id = r.participant_member_id
         LEFT JOIN activity_attendance m ON m.session_id = $2 AND m.participant_key = r.participant_key
        WHERE r.activity_id = $1 AND (r.session_id = $2 OR r.session_id IS NULL) AND r.status = 'confirmed'
       UNION ALL
       SELECT m.participant_key, NULL, m.walk_in_name, true, m.status
         FROM activity_attendance m WHERE m.session_id = $2 AND m.walk_in
       ORDER BY walk_in, name`,
      [session.activity_id, sessionId],
    );
    const dto: ActivitySessionDto = toSessionDto(session);
    return {
      session: dto,
      activityId: session.activity_id,
      activityTitle: session.title,
      lines: lines.map((l): AttendanceLineDto => ({
        key: l.key,
        registrationId: l.registration_id,
        name: l.name ?? 'Ancien membre',
        walkIn: l.walk_in,
        status: l.status as AttendanceStatusEnum | null,
      })),
    };
  }

  /** Records marks (one request may carry many, queued offline); gives the ids it applied. */
  async mark(
    staff: Viewer,
    communityId: string,
    inputs: unknown[],
    now = new Date(),
  ): Promise<string[]> {
    const marks = inputs.map((i) => parseInput(attendanceMarkInput, i));
    const applied: string[] = [];
    for (const m of marks) {
      const markedAt = new Date(m.markedAt);
      if (markedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
        throw AppError.badInput([fieldProblem('markedAt', 'out_of_range')]);
      const [session]: { activity_id: string }[] = await this.db.query(
        `SELECT activity_id FROM activity_session WHERE community_id = $1 AND id = $2`,
        [communityId, m.sessionId],
      );
      if (!session) throw AppError.notFound(SESSION_NOT_FOUND);
      let person: {
        key: string;
        registration_id: string | null;
        account_id: string | null;
        member_id: string | null;
        birth_year: number | null;
        postal_code: string | null;
      };
      if (m.registrationId) {
        const [r] = await this.db.query(
          `SELECT r.participant_key AS key, r.id AS registration_id, r.participant_account_id AS account_id,
                  r.participant_member_id AS member_id, COALESCE(hm.birth_year, ahm.birth_year) AS birth_year,
                  h.postal_code
             FROM activity_registration r
             LEFT JOIN household_member hm ON hm.id = r.participant_member_id
             LEFT JOIN household_member ahm ON ahm.account_id = r.participant_account_id
             LEFT JOIN household h ON h.id = COALESCE(r.household_id, ahm.household_id)
            WHERE r.id = $1 AND r.activity_id = $2 AND (r.session_id = $3 OR r.session_id IS NULL)`,
          [m.registrationId, session.activity_id, m.sessionId],
        );
        if (!r)
          throw AppError.badInput(
            [fieldProblem('registrationId', 'out_of_range')],
            'Cette personne n’est pas inscrite à cette séance.',
          );
        person = r;
      } else {
        if (!m.walkInKey || !m.walkInName)
          throw AppError.badInput(
            [fieldProblem('walkInName', 'required')],
            'Indiquez le nom de la personne venue sans inscription.',
          );
        person = {
          key: m.walkInKey,
          registration_id: null,
          account_id: null,
          member_id: null,
          birth_year: null,
          postal_code: null,
        };
      }
      const [seen] = await this.db.query(
        `SELECT 1 FROM activity_attendance WHERE client_mark_id = $1`,
        [m.clientMarkId],
      );
      if (seen) {
        applied.push(m.clientMarkId);
        continue;
      }
      await this.db.query(
        `INSERT INTO activity_attendance (community_id, activity_id, session_id, participant_key, registration_id,
           participant_account_id, participant_member_id, walk_in, walk_in_name, status, birth_year, postal_code,
           client_mark_id, marked_by_account_id, marked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (session_id, participant_key) DO UPDATE
           SET status = EXCLUDED.status, client_mark_id = EXCLUDED.client_mark_id,
               marked_by_account_id = EXCLUDED.marked_by_account_id, marked_at = EXCLUDED.marked_at,
               walk_in_name = COALESCE(EXCLUDED.walk_in_name, activity_attendance.walk_in_name), received_at = now()
         WHERE activity_attendance.marked_at <= EXCLUDED.marked_at`,
        [
          communityId,
          session.activity_id,
          m.sessionId,
          person.key,
          person.registration_id,
          person.account_id,
          person.member_id,
          !m.registrationId,
          m.registrationId ? null : m.walkInName,
          m.status,
          person.birth_year,
          person.postal_code,
          m.clientMarkId,
          staff.accountId,
          markedAt,
        ],
      );
      applied.push(m.clientMarkId);
    }
    return applied;
  }
}
