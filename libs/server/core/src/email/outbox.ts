import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EmailOutboxEntity } from './email-outbox.entity';

export interface OutgoingEmail {
  /** Same key, same email: enqueuing twice sends once. */
  idempotencyKey: string;
  accountId?: string | null;
  to: string;
  locale: string;
  kind: string;
  subject: string;
  text: string;
  html?: string;
  /** Not before this moment (e.g. the end of the member's quiet hours). */
  notBefore?: Date | null;
}

/** Writes emails to the outbox table, in the caller's transaction; delivery happens after commit. */
@Injectable()
export class Outbox {
  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(EmailOutboxEntity)
      .values({
        idempotencyKey: email.idempotencyKey,
        accountId: email.accountId ?? null,
        toAddress: email.to,
        locale: email.locale,
        kind: email.kind,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html ?? null,
        availableAt: email.notBefore ?? (() => 'now()'),
      })
      .orIgnore()
      .execute();
  }
}
