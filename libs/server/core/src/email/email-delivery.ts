import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmailOutboxEntity } from './email-outbox.entity';

const BATCH = 20;
const MAX_ATTEMPTS = 8;

/**
 * Sends the outbox: through SMTP when SMTP_URL is set; otherwise the email is written to the log
 * and stays readable on the development mailbox page (/dev/mailbox).
 */
@Injectable()
export class EmailDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Email');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    if (config.smtpUrl) this.transport = createTransport(config.smtpUrl);
  }

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(
      () => void this.deliverPending().catch((e) => this.logger.error(e)),
      3000,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Sends what is due; returns how many were sent. One run at a time in this process. */
  deliverPending(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    const repo = this.dataSource.getRepository(EmailOutboxEntity);
    const due = await repo.find({
      where: { sentAt: IsNull(), availableAt: LessThanOrEqual(new Date()) },
      order: { availableAt: 'ASC' },
      take: BATCH,
    });
    let sent = 0;
    for (const email of due) {
      if (email.attempts >= MAX_ATTEMPTS) continue;
      try {
        await this.send(email);
        await repo.update(
          { id: email.id, sentAt: IsNull() },
          { sentAt: new Date(), attempts: email.attempts + 1, lastError: null },
        );
        sent++;
      } catch (error) {
        const attempts = email.attempts + 1;
        const backoffSeconds = Math.min(3600, 30 * 2 ** attempts);
        await repo.update(email.id, {
          attempts,
          lastError: String((error as Error).message).slice(0, 500),
          availableAt: new Date(Date.now() + backoffSeconds * 1000),
        });
        this.logger.warn(
          `Email ${email.id} (${email.kind}) not sent, attempt ${attempts}: ${(error as Error).message}`,
        );
      }
    }
    return sent;
  }

  private async send(email: EmailOutboxEntity): Promise<void> {
    if (!this.transport) {
      this.logger.log(`Email (not sent: no SMTP_URL) to ${email.toAddress} — ${email.subject}`);
      return;
    }
    await this.transport.sendMail({
      from: this.config.emailFrom,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody ?? undefined,
      headers: { 'Content-Language': email.locale },
      messageId: `<${email.idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@${new URL(this.config.publicUrl).hostname}>`,
    });
  }
}
