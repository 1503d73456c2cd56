import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppError,
  decodeCursor,
  encodeCursor,
  Jobs,
  Outbox,
  Transactions,
  type AppConfig,
} from '@palier/server-core';
import {
  ALWAYS_EMAILED_KINDS,
  DEFAULT_EMAIL_CHANNEL,
  EMAIL_CHANNELS,
  isLocale,
  NOTIFICATION_KINDS,
  TIME_OF_DAY,
  type EmailChannel,
  type Locale,
  type NotificationKind,
} from '@palier/shared';
import { randomBytes, createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { digestEmail, notificationEmail, notificationSentence } from './notification-texts';
import { digestDue, quietHoursEnd, type DigestChannel } from './quiet-hours';
import './notifications.events';

export interface NewNotification {
  accountIds: string[];
  communityId: string | null;
  kind: NotificationKind;
  data: Record<string, string>;
  /** An app path, e.g. /c/la-passerelle/demandes. */
  link: string;
}

interface Recipient {
  id: string;
  display_name: string;
  email: string | null;
  locale: string;
  time_zone: string;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
  channel: EmailChannel | null;
}

export interface NotificationView {
  id: string;
  kind: string;
  text: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

const localeOf = (l: string): Locale => (isLocale(l) ? l : 'fr');
const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * Notifications: stored for the bell and the notification page, pushed live after commit, and
 * emailed as each member chose for each kind — immediately (after their quiet hours), in a daily
 * or weekly digest, or never. Every email carries a one-click unsubscribe link for its kind.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tx: Transactions,
    private readonly outbox: Outbox,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'send-digests',
      everyMs: 5 * 60_000,
      run: () => this.sendDigests().then((n) => (n ? `${n} digests queued` : undefined)),
    });
  }

  async notify(input: NewNotification, now = new Date()): Promise<void> {
    if (!input.accountIds.length) return;
    await this.tx.run(async (manager, emit) => {
      const recipients: Recipient[] = await manager.query(
        `SELECT a.id, a.display_name, a.email, a.locale, a.time_zone, a.quiet_hours_start, a.quiet_hours_end, p.channel
           FROM account a LEFT JOIN notification_preference p ON p.account_id = a.id AND p.kind = $2
          WHERE a.id = ANY($1::uuid[]) AND a.status = 'active'`,
        [input.accountIds, input.kind],
      );
      const items = [];
      for (const r of recipients) {
        const channel = ALWAYS_EMAILED_KINDS.includes(input.kind)
          ? 'immediately'
          : (r.channel ?? DEFAULT_EMAIL_CHANNEL[input.kind]);
        const email =
          !r.email || channel === 'never'
            ? 'none'
            : channel === 'immediately'
              ? 'queued'
              : 'digest';
        const [row]: { id: string; created_at: Date }[] = await manager.query(
          `INSERT INTO notification (account_id, community_id, kind, data, link, email, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
          [r.id, input.communityId, input.kind, JSON.stringify(input.data), input.link, email, now],
        );
        const locale = localeOf(r.locale);
        const text = notificationSentence(locale, input.kind, input.data);
        if (email === 'queued' && r.email) {
          const content = notificationEmail(
            locale,
            r.display_name,
            text,
            this.url(input.link),
            await this.unsubscribeLink(manager, r.id, input.kind),
          );
          await this.outbox.enqueue(manager, {
            idempotencyKey: `notification:${row.id}`,
            accountId: r.id,
            to: r.email,
            locale,
            kind: input.kind,
            subject: content.subject,
            text: content.text,
            notBefore: quietHoursEnd(now, r.quiet_hours_start, r.quiet_hours_end, r.time_zone),
          });
        }
        items.push({
          accountId: r.id,
          notification: {
            id: row.id,
            kind: input.kind,
            text,
            link: input.link,
            createdAt: new Date(row.created_at).toISOString(),
          },
        });
      }
      emit({ type: 'notifications.created', payload: { items } });
    });
  }

  private url(link: string): string {
    return `${this.config.publicUrl}${link}`;
  }

  private async unsubscribeLink(
    manager: EntityManager,
    accountId: string,
    kind: string,
  ): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await manager.query(
      `INSERT INTO unsubscribe_token (token_hash, account_id, kind) VALUES ($1, $2, $3)`,
      [sha256(token), accountId, kind],
    );
    return this.url(`/desabonnement?jeton=${token}`);
  }

  /** One click in an email: no more emails of that kind (or no more digests). Returns the kind. */
  async unsubscribe(token: string): Promise<string> {
    if (typeof token !== 'string' || token.length > 100) throw AppError.notFound();
    return this.tx.run(async (manager) => {
      const [row]: { account_id: string; kind: string }[] = await manager.query(
        `SELECT account_id, kind FROM unsubscribe_token WHERE token_hash = $1`,
        [sha256(token)],
      );
      if (!row)
        throw new AppError(
          'NOT_FOUND',
          'Ce lien de désabonnement ne marche plus. Réglez vos e-mails dans votre compte.',
        );
      const kinds = row.kind === 'digest' ? [...NOTIFICATION_KINDS] : [row.kind];
      for (const kind of kinds)
        await this.setChannel(manager, row.account_id, kind, 'never', row.kind === 'digest');
      return row.kind;
    });
  }

  private async setChannel(
    manager: EntityManager,
    accountId: string,
    kind: string,
    channel: EmailChannel,
    onlyDigests = false,
  ) {
    if (onlyDigests) {
      const current = await this.channelOf(manager, accountId, kind as NotificationKind);
      if (current !== 'daily' && current !== 'weekly') return;
    }
    await manager.query(
      `INSERT INTO notification_preference (account_id, kind, channel) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, kind) DO UPDATE SET channel = EXCLUDED.channel`,
      [accountId, kind, channel],
    );
  }

  private async channelOf(
    manager: EntityManager,
    accountId: string,
    kind: NotificationKind,
  ): Promise<EmailChannel> {
    const [row]: { channel: EmailChannel }[] = await manager.query(
      `SELECT channel FROM notification_preference WHERE account_id = $1 AND kind = $2`,
      [accountId, kind],
    );
    return row?.channel ?? DEFAULT_EMAIL_CHANNEL[kind];
  }

  async settings(accountId: string) {
    const [account]: { quiet_hours_start: string | null; quiet_hours_end: string | null }[] =
      await this.db.query(`SELECT quiet_hours_start, quiet_hours_end FROM account WHERE id = $1`, [
        accountId,
      ]);
    const chosen: { kind: string; channel: EmailChannel }[] = await this.db.query(
      `SELECT kind, channel FROM notification_preference WHERE account_id = $1`,
      [accountId],
    );
    const preferences = NOTIFICATION_KINDS.map((kind) => ({
      kind,
      channel: chosen.find((c) => c.kind === kind)?.channel ?? DEFAULT_EMAIL_CHANNEL[kind],
    }));
    return {
      preferences,
      quietHoursStart: account?.quiet_hours_start ?? null,
      quietHoursEnd: account?.quiet_hours_end ?? null,
    };
  }

  async setPreference(accountId: string, kind: string, channel: string): Promise<void> {
    if (
      !(NOTIFICATION_KINDS as readonly string[]).includes(kind) ||
      !(EMAIL_CHANNELS as readonly string[]).includes(channel)
    ) {
      throw AppError.badInput([
        { field: 'channel', code: 'invalid_format', message: 'Ce choix n’existe pas.' },
      ]);
    }
    await this.setChannel(this.db.manager, accountId, kind, channel as EmailChannel);
  }

  async setQuietHours(accountId: string, start: string | null, end: string | null): Promise<void> {
    const bad = [
      ...(start !== null && !TIME_OF_DAY.test(start)
        ? [{ field: 'start', code: 'invalid_format', message: 'Indiquez une heure comme 22:00.' }]
        : []),
      ...(end !== null && !TIME_OF_DAY.test(end)
        ? [{ field: 'end', code: 'invalid_format', message: 'Indiquez une heure comme 07:00.' }]
        : []),
      ...((start === null) !== (end === null)
        ? [{ field: 'end', code: 'required', message: 'Indiquez le début et la fin.' }]
        : []),
    ];
    if (bad.length) throw AppError.badInput(bad);
    await this.db.query(
      `UPDATE account SET quiet_hours_start = $2, quiet_hours_end = $3 WHERE id = $1`,
      [accountId, start, end],
    );
  }

  /** My notifications, newest first, keyset-paginated. */
  async list(accountId: string, first: number, after: string | null) {
    const limit = Math.min(Math.max(first, 1), 50);
    const params: unknown[] = [accountId, limit + 1];
    let where = `n.account_id = $1`;
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      where += ` AND (n.created_at, n.id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: {
      id: string;
      kind: string;
      data: Record<string, string>;
      link: string;
      created_at: Date;
      read_at: Date | null;
      locale: string;
    }[] = await this.db.query(
      `SELECT n.id, n.kind, n.data, n.link, n.created_at, n.read_at, a.locale
           FROM notification n JOIN account a ON a.id = n.account_id
          WHERE ${where} ORDER BY n.created_at DESC, n.id DESC LIMIT $2`,
      params,
    );
    const page = rows.slice(0, limit);
    const edges = page.map((r) => ({
      cursor: encodeCursor([new Date(r.created_at).toISOString(), r.id]),
      node: {
        id: r.id,
        kind: r.kind,
        text: notificationSentence(localeOf(r.locale), r.kind, r.data),
        link: r.link,
        createdAt: r.created_at,
        readAt: r.read_at,
      } satisfies NotificationView,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async unreadCount(accountId: string, manager: EntityManager = this.db.manager): Promise<number> {
    const [{ count }] = await manager.query(
      `SELECT count(*)::int AS count FROM notification WHERE account_id = $1 AND read_at IS NULL`,
      [accountId],
    );
    return count;
  }

  async markRead(accountId: string, id: string | null): Promise<number> {
    return this.tx.run(async (manager, emit) => {
      const [, affected]: [unknown, number] = await manager.query(
        `UPDATE notification SET read_at = now() WHERE account_id = $1 AND read_at IS NULL AND ($2::uuid IS NULL OR id = $2::uuid)`,
        [accountId, id],
      );
      if (affected) emit({ type: 'notifications.read', payload: { accountId } });
      return this.unreadCount(accountId, manager);
    });
  }

  /** The "send-digests" job: one email per member whose digest is due, with what is pending. */
  async sendDigests(now = new Date()): Promise<number> {
    const candidates: {
      id: string;
      display_name: string;
      email: string;
      locale: string;
      time_zone: string;
      last_digest_at: Date | null;
    }[] = await this.db.query(
      `SELECT DISTINCT a.id, a.display_name, a.email, a.locale, a.time_zone, a.last_digest_at
           FROM notification n JOIN account a ON a.id = n.account_id
          WHERE n.email = 'digest' AND a.email IS NOT NULL AND a.status = 'active'`,
    );
    let sent = 0;
    for (const account of candidates) {
      const due = (['daily', 'weekly'] as DigestChannel[]).filter((c) =>
        digestDue(now, account.last_digest_at, c, account.time_zone),
      );
      if (!due.length) continue;
      await this.tx.run(async (manager) => {
        const rows: {
          id: string;
          kind: NotificationKind;
          data: Record<string, string>;
          link: string;
          chosen: EmailChannel | null;
        }[] = await manager.query(
          `SELECT n.id, n.kind, n.data, n.link, p.channel AS chosen FROM notification n
             LEFT JOIN notification_preference p ON p.account_id = n.account_id AND p.kind = n.kind
            WHERE n.account_id = $1 AND n.email = 'digest' ORDER BY n.created_at FOR UPDATE OF n`,
          [account.id],
        );
        const included = [];
        for (const r of rows) {
          const channel = r.chosen ?? DEFAULT_EMAIL_CHANNEL[r.kind];
          if (channel === 'never' || channel === 'immediately' || due.includes(channel))
            included.push({ ...r, channel });
        }
        if (!included.length) return;
        const locale = localeOf(account.locale);
        const toSend = included.filter((r) => r.channel !== 'never');
        await manager.query(
          `UPDATE notification SET email = 'sent_in_digest' WHERE id = ANY($1::uuid[])`,
          [included.map((r) => r.id)],
        );
        await manager.query(`UPDATE account SET last_digest_at = $2 WHERE id = $1`, [
          account.id,
          now,
        ]);
        if (!toSend.length) return;
        const content = digestEmail(
          locale,
          account.display_name,
          toSend.map((r) => ({
            sentence: notificationSentence(locale, r.kind, r.data),
            link: this.url(r.link),
          })),
          await this.unsubscribeLink(manager, account.id, 'digest'),
        );
        await this.outbox.enqueue(manager, {
          idempotencyKey: `digest:${account.id}:${now.toISOString()}`,
          accountId: account.id,
          to: account.email,
          locale,
          kind: 'digest',
          subject: content.subject,
          text: content.text,
        });
        sent++;
      });
    }
    return sent;
  }
}
