import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a member of the team did with a resident's personal data. */
export const ACCESS_ACTIONS = [
  'open_file',
  'export_list',
  'desk_action',
  'erase_on_request',
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessEntry {
  communityId: string;
  staffAccountId: string;
  /** The resident concerned; null for a list exported with several people's data. */
  subjectAccountId: string | null;
  action: AccessAction;
  /** Why, in the words of the team (or of the screen that did it). */
  reason: string;
  details?: Record<string, string | number | boolean>;
}

/**
 * The access log: every time staff open a resident's file, export a list with personal data, or
 * act in desk mode, one line (who, what, when, why). The resident sees the lines about them; the
 * admins review them. Written in the caller's transaction, so the log and the act go together.
 */
@Injectable()
export class AccessLog {
  async record(manager: EntityManager, entry: AccessEntry): Promise<void> {
    await manager.query(
      `INSERT INTO access_log (community_id, staff_account_id, subject_account_id, action, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.communityId,
        entry.staffAccountId,
        entry.subjectAccountId,
        entry.action,
        entry.reason.slice(0, 500),
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }
}
