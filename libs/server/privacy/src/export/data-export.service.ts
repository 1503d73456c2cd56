import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, PrivacyRegistry, type Viewer } from '@palier/server-core';
import { NotificationsService } from '@palier/server-notifications';
import { EXPORT_DAYS } from '@palier/shared';
import { DataSource } from 'typeorm';
import {
  fromPrivacyRequestRow,
  PRIVACY_REQUEST_COLUMNS,
  type PrivacyRequestDto,
  type PrivacyRequestRow,
} from '../dto/privacy-request.dto';
import { dayInWords, personalFormat } from '../privacy-dates';
import { buildExportArchive, ExportFileSet, type ExportPart } from './export-archive';

/**
 * "My data": a member asks, the archive (JSON + HTML + files) is prepared in the background from
 * every module's privacy hooks, kept for a few days, and downloaded only by that member.
 */
@Injectable()
export class DataExportService {
  private readonly logger = new Logger('DataExport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PrivacyRegistry,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Asks for an export, or returns the one being prepared, or one made less than an hour ago (a
   * member may ask again later, not make the server rebuild their archive in a loop).
   */
  async request(viewer: Viewer): Promise<PrivacyRequestDto> {
    const [recent]: PrivacyRequestRow[] = await this.db.query(
      `SELECT ${PRIVACY_REQUEST_COLUMNS} FROM privacy_request
        WHERE account_id = $1 AND kind = 'export' AND status = 'ready'
          AND completed_at > now() - interval '1 hour'
        ORDER BY completed_at DESC LIMIT 1`,
      [viewer.accountId],
    );
    if (recent) return fromPrivacyRequestRow(recent);
    const [created]: PrivacyRequestRow[] = await this.db.query(
      `INSERT INTO privacy_request (kind, account_id, requested_by_account_id, requested_via)
       VALUES ('export', $1, $1, 'self')
       ON CONFLICT (account_id, kind) WHERE status IN ('pending', 'running') DO NOTHING
       RETURNING ${PRIVACY_REQUEST_COLUMNS}`,
      [viewer.accountId],
    );
    if (created) return fromPrivacyRequestRow(created);
    const [open]: PrivacyRequestRow[] = await this.db.query(
      `SELECT ${PRIVACY_REQUEST_COLUMNS} FROM privacy_request
        WHERE account_id = $1 AND kind = 'export' AND status IN ('pending', 'running')`,
      [viewer.accountId],
    );
    return fromPrivacyRequestRow(open);
  }

  /** My requests (exports and erasures), newest first. */
  async mine(viewer: Viewer): Promise<PrivacyRequestDto[]> {
    const rows: PrivacyRequestRow[] = await this.db.query(
      `SELECT ${PRIVACY_REQUEST_COLUMNS} FROM privacy_request
        WHERE account_id = $1 ORDER BY created_at DESC LIMIT 10`,
      [viewer.accountId],
    );
    return rows.map(fromPrivacyRequestRow);
  }

  /** The ZIP of a ready export, for its owner only; anyone else learns nothing (not found). */
  async download(viewer: Viewer, id: string): Promise<{ fileName: string; archive: Buffer }> {
    const [row]: {
      status: string;
      expires_at: Date | null;
      archive: Buffer | null;
      created_at: Date;
    }[] = await this.db.query(
      `SELECT status, expires_at, archive, created_at FROM privacy_request
          WHERE id = $1 AND account_id = $2 AND kind = 'export'`,
      [id, viewer.accountId],
    );
    if (!row) throw AppError.notFound('Ce téléchargement n’existe pas.');
    if (row.status === 'expired' || !row.archive || (row.expires_at && row.expires_at < new Date()))
      throw new AppError(
        'NOT_FOUND',
        row.status === 'pending' || row.status === 'running'
          ? 'Vos données sont encore en préparation. Revenez dans quelques minutes.'
          : 'Ce téléchargement a expiré. Demandez à nouveau vos données dans « Mes données ».',
      );
    const day = new Date(row.created_at).toISOString().slice(0, 10);
    return { fileName: `palier-mes-donnees-${day}.zip`, archive: row.archive };
  }

  /** Prepares the exports waiting (a few per run); returns how many are ready. */
  async preparePending(limit = 5): Promise<number> {
    const rows: { id: string; account_id: string }[] = await this.db.query(
      `SELECT id, account_id FROM privacy_request
        WHERE kind = 'export' AND status IN ('pending', 'running') AND account_id IS NOT NULL
        ORDER BY created_at LIMIT $1`,
      [limit],
    );
    let ready = 0;
    for (const row of rows) {
      try {
        await this.prepare(row.id, row.account_id);
        ready++;
      } catch (error) {
        this.logger.error(`Export ${row.id} failed: ${(error as Error).stack ?? error}`);
        await this.db.query(
          `UPDATE privacy_request SET attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [row.id, String((error as Error).message).slice(0, 500)],
        );
      }
    }
    return ready;
  }

  /** Forgets the archives past their date. */
  async expireOld(now = new Date()): Promise<number> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE privacy_request SET status = 'expired', archive = NULL
        WHERE kind = 'export' AND status = 'ready' AND expires_at < $1`,
      [now],
    );
    return count;
  }

  private async prepare(id: string, accountId: string): Promise<void> {
    await this.db.query(
      `UPDATE privacy_request SET status = 'running', started_at = COALESCE(started_at, now()) WHERE id = $1`,
      [id],
    );
    const files = new ExportFileSet();
    const { people, format } = await this.db.transaction('REPEATABLE READ', async (manager) => {
      const format = await personalFormat(manager, accountId);
      // The person, then the children whose account they opened as a parent.
      const subjects: { id: string; display_name: string }[] = await manager.query(
        `SELECT id, display_name FROM account WHERE id = $1
         UNION ALL (SELECT id, display_name FROM account WHERE guardian_account_id = $1 ORDER BY created_at)`,
        [accountId],
      );
      const people = [];
      for (const subject of subjects) {
        const parts: ExportPart[] = [];
        for (const hooks of this.registry.all()) {
          parts.push({
            module: hooks.module,
            title: hooks.declaration.name,
            labels: hooks.labels ?? {},
            data: await hooks.exportPerson(subject.id, manager, files),
          });
        }
        people.push({ displayName: subject.display_name, parts });
      }
      return { people, format };
    });
    if (!format) return;
    const generatedAt = new Date();
    const archive = buildExportArchive({
      displayName: format.displayName,
      generatedAt,
      timeZone: format.timeZone,
      people,
      files: files.files,
    });
    const expiresAt = new Date(generatedAt.getTime() + EXPORT_DAYS * 86_400_000);
    await this.db.query(
      `UPDATE privacy_request SET status = 'ready', archive = $2, archive_size = $3, completed_at = now(),
              expires_at = $4 WHERE id = $1 AND status = 'running'`,
      [id, Buffer.from(archive), archive.byteLength, expiresAt],
    );
    // Only the newest copy is kept.
    await this.db.query(
      `UPDATE privacy_request SET status = 'expired', archive = NULL
        WHERE account_id = $1 AND kind = 'export' AND status = 'ready' AND id <> $2`,
      [accountId, id],
    );
    await this.notifications.notify({
      accountIds: [accountId],
      communityId: null,
      kind: 'privacy_export_ready',
      data: { until: dayInWords(expiresAt, format.locale, format.timeZone) },
      link: '/compte/donnees',
    });
  }
}
