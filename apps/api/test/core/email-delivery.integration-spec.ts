import { getDataSourceToken } from '@nestjs/typeorm';
import { EmailDelivery, Outbox } from '@palier/server-core';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../test-app';

/** A real SMTP server on loopback that keeps what it receives. */
async function startSmtp(): Promise<{
  url: string;
  received: ParsedMail[];
  close(): Promise<void>;
}> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('email delivery through SMTP (SMTP_URL set)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, EMAIL_FROM: 'Palier <palier@exemple.fr>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends what is in the outbox once, with its language and plain-text part', async () => {
    const db = t.app.get<DataSource>(getDataSourceToken());
    const key = `test:${Date.now()}`;
    await db.transaction((manager) =>
      t.app.get(Outbox).enqueue(manager, {
        idempotencyKey: key,
        to: 'amina@exemple.fr',
        locale: 'fr',
        kind: 'test',
        subject: 'Bonjour Amina',
        text: 'Un message en texte simple.',
      }),
    );
    // Enqueued twice with the same key: still one email.
    await db.transaction((manager) =>
      t.app.get(Outbox).enqueue(manager, {
        idempotencyKey: key,
        to: 'amina@exemple.fr',
        locale: 'fr',
        kind: 'test',
        subject: 'Bonjour Amina',
        text: 'Un message en texte simple.',
      }),
    );
    const delivery = t.app.get(EmailDelivery);
    expect(await delivery.deliverPending()).toBeGreaterThanOrEqual(1);
    // The run's database is shared with the other test files: send what they left (a batch at a
    // time) until nothing is due; a resent email would show below as a second copy.
    for (let batch = 0; batch < 20 && (await delivery.deliverPending()) > 0; batch++);
    expect(await delivery.deliverPending()).toBe(0);
    const mails = smtp.received.filter((m) => m.subject === 'Bonjour Amina');
    expect(mails).toHaveLength(1);
    expect(mails[0].text?.trim()).toBe('Un message en texte simple.');
    expect(mails[0].from?.value[0]).toMatchObject({ name: 'Palier', address: 'palier@exemple.fr' });
    expect(mails[0].headers.get('content-language')).toBe('fr');
    const [row] = await t.query<{ sent: boolean; attempts: number }>(
      `SELECT sent_at IS NOT NULL AS sent, attempts FROM email_outbox WHERE idempotency_key = $1`,
      [key],
    );
    expect(row).toEqual({ sent: true, attempts: 1 });
  });
});
