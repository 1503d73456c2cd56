import { Inject, Injectable, Logger, OnModuleInit, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Jobs } from '../jobs/jobs';

const BATCH = 20;
const MAX_ATTEMPTS = 8;
/** A claim older than this, never marked sent, means the sending process died mid-way. */
const CLAIM_TIMEOUT_MINUTES = 10;

interface OutboxRow {
  id: string;
  idempotency_key: string;
  to_address: string;
  locale: string;
  kind: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attempts: number;
}

/**
 * Sends the outbox, as the background job "deliver-emails": through SMTP when SMTP_URL is set;
 * otherwise the email is written to the log and stays readable on /dev/mailbox.
 *
 * Never twice: each email is claimed before it is sent and marked after. If the process dies in
 * between, nobody knows whether it left, so it is not sent again but flagged "uncertain" (at most
 * once). A failure reported by the SMTP server releases the claim and retries with a backoff.
 */
@Injectable()
export class EmailDelivery implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Email');
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  onModuleInit(): void {
    this.jobs.register({
      name: 'deliver-emails',
      everyMs: 3000,
      run: () => this.deliverPending().then((n) => (n ? `${n} sent` : undefined)),
    });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Sends what is due now; returns how many were sent. */
  async deliverPending(): Promise<number> {
    await this.db.query(
      `UPDATE email_outbox SET uncertain = true
        WHERE sent_at IS NULL AND NOT uncertain AND claimed_at < now() - interval '${CLAIM_TIMEOUT_MINUTES} minutes'`,
    );
    const claimed = await this.claim();
    let sent = 0;
    for (const email of claimed) {
      try {
        await this.send(email);
      } catch (error) {
        await this.release(email, error as Error);
        continue;
      }
      await this.markSent(email.id);
      sent++;
    }
    return sent;
  }

  /** Takes the due emails for this run (others running at the same time skip them). */
  async claim(limit = BATCH): Promise<OutboxRow[]> {
    return this.db
      .query(
        `UPDATE email_outbox SET claimed_at = now()
        WHERE id IN (SELECT id FROM email_outbox
                      WHERE sent_at IS NULL AND claimed_at IS NULL AND NOT uncertain
                        AND attempts < ${MAX_ATTEMPTS} AND available_at <= now()
                      ORDER BY available_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, idempotency_key, to_address, locale, kind, subject, text_body, html_body, attempts`,
        [limit],
      )
      .then(([rows]: [OutboxRow[]]) => rows);
  }

  async markSent(id: string): Promise<void> {
    await this.db.query(
      `UPDATE email_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  private async release(email: OutboxRow, error: Error): Promise<void> {
    const attempts = email.attempts + 1;
    const backoffSeconds = Math.min(3600, 30 * 2 ** attempts);
    await this.db.query(
      `UPDATE email_outbox SET claimed_at = NULL, attempts = $2, last_error = $3,
              available_at = now() + make_interval(secs => $4) WHERE id = $1`,
      [email.id, attempts, error.message.slice(0, 500), backoffSeconds],
    );
    this.logger.warn(
      `Email ${email.id} (${email.kind}) not sent, attempt ${attempts}: ${error.message}`,
    );
  }

  async send(email: OutboxRow): Promise<void> {
    if (!this.transport) {
      this.logger.log(`Email (not sent: no SMTP_URL) to ${email.to_address} — ${email.subject}`);
      return;
    }
    await this.transport.sendMail({
      from: this.config.emailFrom,
      to: email.to_address,
      subject: email.subject,
      text: email.text_body,
      html: email.html_body ?? undefined,
      headers: { 'Content-Language': email.locale },
      messageId: `<${email.idempotency_key.replace(/[^A-Za-z0-9.-]/g, '.')}@${new URL(this.config.publicUrl).hostname}>`,
    });
  }
}
