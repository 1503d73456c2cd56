import { Controller, Get, Header, Inject, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmailOutboxEntity } from './email-outbox.entity';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * Development only (no SMTP_URL, NODE_ENV not production): the last emails of the outbox, so a
 * developer can follow a password-reset link without a mail server.
 */
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async list(): Promise<string> {
    if (this.config.env === 'production' || this.config.smtpUrl) throw new NotFoundException();
    const emails = await this.dataSource
      .getRepository(EmailOutboxEntity)
      .find({ order: { createdAt: 'DESC' }, take: 50 });
    const items = emails
      .map(
        (e) =>
          `<article><h2>${escape(e.subject)}</h2><p>À : ${escape(e.toAddress)} — ${e.createdAt.toISOString()}</p><pre>${escape(e.textBody)}</pre></article>`,
      )
      .join('\n');
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Boîte aux lettres de développement — Palier</title></head><body><main><h1>Boîte aux lettres de développement</h1>${items || '<p>Aucun e-mail pour l’instant.</p>'}</main></body></html>`;
  }
}
