import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, parseInput } from '@palier/server-core';
import { feedSettingsInput } from '@palier/shared';
import { DataSource } from 'typeorm';
import { FeedSettingsDto } from './dto/post.dto';

interface SettingsRow {
  public_post_roles: string[];
  keep_comments_of_erased_members: boolean;
  report_hide_threshold: number;
}

const toDto = (r: SettingsRow): FeedSettingsDto => ({
  publicPostRoles: r.public_post_roles,
  keepCommentsOfErasedMembers: r.keep_comments_of_erased_members,
  reportHideThreshold: r.report_hide_threshold,
});

/** The community's choices for its feed: who may post publicly, erasure, automatic hiding. */
@Injectable()
export class FeedSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(communityId: string): Promise<FeedSettingsDto> {
    const [row]: SettingsRow[] = await this.db.query(
      `SELECT public_post_roles, keep_comments_of_erased_members, report_hide_threshold FROM community WHERE id = $1`,
      [communityId],
    );
    if (!row) throw AppError.notFound();
    return toDto(row);
  }

  async update(communityId: string, raw: unknown): Promise<FeedSettingsDto> {
    const input = parseInput(feedSettingsInput, raw);
    const [[row]]: [SettingsRow[], number] = await this.db.query(
      `UPDATE community SET public_post_roles = $2, keep_comments_of_erased_members = $3, report_hide_threshold = $4, updated_at = now()
        WHERE id = $1 RETURNING public_post_roles, keep_comments_of_erased_members, report_hide_threshold`,
      [
        communityId,
        input.publicPostRoles,
        input.keepCommentsOfErasedMembers,
        input.reportHideThreshold,
      ],
    );
    if (!row) throw AppError.notFound();
    return toDto(row);
  }
}
