import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, decodeCursor, encodeCursor, isUuid, type Viewer } from '@palier/server-core';
import { DataSource } from 'typeorm';
import type { AccessLogEntryDto, AccessLogPageDto } from '../dto/access-log.dto';

interface Row {
  id: string;
  community_name: string;
  staff_name: string | null;
  subject_name: string | null;
  action: string;
  reason: string;
  created_at: Date;
}

const FORMER_MEMBER = 'Ancien membre';

function entry(row: Row, withSubject: boolean): AccessLogEntryDto {
  return {
    id: row.id,
    communityName: row.community_name,
    staffName: row.staff_name ?? FORMER_MEMBER,
    subjectName: withSubject ? row.subject_name : null,
    action: row.action,
    reason: row.reason,
    createdAt: new Date(row.created_at),
  };
}

const SELECT = `SELECT l.id, c.name AS community_name, s.display_name AS staff_name,
       p.display_name AS subject_name, l.action, l.reason, l.created_at
  FROM access_log l JOIN community c ON c.id = l.community_id
  LEFT JOIN account s ON s.id = l.staff_account_id
  LEFT JOIN account p ON p.id = l.subject_account_id`;

/** Reading the access log: a resident sees the lines about them, admins their community's. */
@Injectable()
export class AccessLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async aboutMe(viewer: Viewer): Promise<AccessLogEntryDto[]> {
    const rows: Row[] = await this.db.query(
      `${SELECT} WHERE l.subject_account_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT 100`,
      [viewer.accountId],
    );
    return rows.map((r) => entry(r, false));
  }

  async ofCommunity(
    communityId: string,
    first: number,
    after: string | null,
  ): Promise<AccessLogPageDto> {
    const size = Math.min(Math.max(first, 1), 100);
    const [at, id] = after ? decodeCursor(after, 2) : [null, null];
    if (id !== null && (!isUuid(id) || Number.isNaN(Date.parse(String(at)))))
      throw new AppError('BAD_USER_INPUT', 'Ce lien de page n’est plus valable.');
    const rows: Row[] = await this.db.query(
      `${SELECT} WHERE l.community_id = $1
          AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < ($2::timestamptz, $3::uuid))
        ORDER BY l.created_at DESC, l.id DESC LIMIT $4`,
      [communityId, at, id, size + 1],
    );
    const page = rows.slice(0, size);
    const edges = page.map((r) => ({
      cursor: encodeCursor([new Date(r.created_at).toISOString(), r.id]),
      node: entry(r, true),
    }));
    return {
      edges,
      hasNextPage: rows.length > size,
      endCursor: edges.at(-1)?.cursor ?? null,
    };
  }
}
