import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  preparedQuery,
  type AppConfig,
  type Viewer,
  type ViewerMembership,
} from '@palier/server-core';
import { isLocale } from '@palier/shared';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { randomSecret, sha256 } from '../accounts/secret-tokens';
import { SessionEntity } from './session.entity';
import { ViewerCache, type SignedIn } from './viewer-cache';

export const SESSION_COOKIE = 'palier_session';
const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** last_seen_at (and the sliding expiry) is refreshed at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  account_id: string;
  display_name: string;
  locale: string;
  is_server_admin: boolean;
  memberships: { id: string; community_id: string; role: ViewerMembership['role'] }[];
}

/** Server-side sessions behind an HttpOnly, SameSite=Lax cookie; revocable one by one or all. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: ViewerCache,
  ) {}

  /** Opens a session for the account and sets its cookie on the response. */
  async open(
    accountId: string,
    req: Request,
    res: Response,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const token = randomSecret();
    const now = new Date();
    const session = await manager.getRepository(SessionEntity).save({
      accountId,
      tokenHash: sha256(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS),
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    });
    await manager.query(`UPDATE account SET last_login_at = now() WHERE id = $1`, [accountId]);
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.publicUrl.startsWith('https:'),
      path: '/',
      maxAge: SESSION_DAYS * DAY_MS,
    });
    return session.id;
  }

  clearCookie(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** The viewer of a request, from its cookie; undefined when absent, unknown, expired or revoked. */
  async viewerOf(req: Request): Promise<Viewer | undefined> {
    return (await this.signedInOf(req))?.viewer;
  }

  /**
   * The viewer of a request and their active memberships, read in one query: the access guard
   * needs both on almost every request, and one round trip to the database is cheaper than two.
   * The read is remembered a few seconds (ViewerCache), until any change of the session, the
   * account or its memberships.
   */
  async signedInOf(req: Request): Promise<SignedIn | undefined> {
    const token = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return undefined;
    const tokenHash = sha256(token);
    return this.cache.get(tokenHash.toString('base64'), () => this.read(tokenHash));
  }

  private async read(
    tokenHash: Buffer,
  ): Promise<{ signedIn: SignedIn; expiresAt: Date } | undefined> {
    const rows = await preparedQuery<SessionRow>(
      this.db,
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, a.id AS account_id, a.display_name, a.locale, a.is_server_admin,
              coalesce((SELECT json_agg(json_build_object('id', m.id, 'community_id', m.community_id, 'role', m.role))
                          FROM membership m WHERE m.account_id = a.id AND m.status = 'active'), '[]') AS memberships
         FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active'`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    let expiresAt = new Date(row.expires_at);
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.db.query(
        `UPDATE session SET last_seen_at = now(), expires_at = now() + interval '${SESSION_DAYS} days' WHERE id = $1`,
        [row.session_id],
      );
      expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
    }
    return {
      expiresAt,
      signedIn: {
        viewer: {
          accountId: row.account_id,
          sessionId: row.session_id,
          displayName: row.display_name,
          locale: isLocale(row.locale) ? row.locale : 'fr',
          isServerAdmin: row.is_server_admin,
        },
        memberships: row.memberships.map((m) => ({
          membershipId: m.id,
          communityId: m.community_id,
          role: m.role,
        })),
      },
    };
  }

  /** Ends one session; returns the ids of the sessions ended (none if it had ended already). */
  async revoke(sessionId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [sessionId],
    );
    return rows.map((r) => r.id);
  }

  /** "Log out everywhere" (but for `keep`, if given): returns the ids of the sessions ended. */
  async revokeAll(
    accountId: string,
    manager: EntityManager = this.db.manager,
    keep: string | null = null,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE session SET revoked_at = now()
        WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid) RETURNING id`,
      [accountId, keep],
    );
    return rows.map((r) => r.id);
  }
}
