import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppError, Transactions } from '@palier/server-core';
import { AccountEntity, CommunityAdminService, hashPassword } from '@palier/server-identity';
import { emailRule, line } from '@palier/shared';
import type { DataSource } from 'typeorm';

/** A command-line mistake: the message says how to write the command. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function explain(error: unknown): never {
  if (error instanceof AppError) {
    const fields = error.fields.map((f) => `${f.field}: ${f.message}`).join(' ');
    throw new UsageError(`${error.message}${fields ? ` ${fields}` : ''}`);
  }
  throw error;
}

/**
 * `create-admin --email a@b.fr --name "Camille Martin"`: a server administrator (creates
 * communities). A new account gets a random password, printed once.
 */
export async function createAdmin(app: INestApplicationContext, argv: string[]): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  const email = emailRule.safeParse(values.email);
  const name = line(80).safeParse(values.name);
  if (!email.success || !name.success) {
    throw new UsageError('Usage: create-admin --email adresse@exemple.fr --name "Prénom Nom"');
  }
  const db = app.get<DataSource>(getDataSourceToken());
  const accounts = db.getRepository(AccountEntity);
  const existing = await accounts.findOneBy({ email: email.data });
  if (existing) {
    await accounts.update(existing.id, { isServerAdmin: true });
    // Running API processes forget what they remember of this account (through Redis if set;
    // otherwise within the few seconds they remember a session).
    await app
      .get(Transactions)
      .publish({ type: 'viewer.changed', payload: { accountIds: [existing.id] } });
    return `${email.data} is now a server administrator (password unchanged).`;
  }
  const password = randomBytes(12).toString('base64url');
  await accounts.save({
    email: email.data,
    login: null,
    passwordHash: await hashPassword(password),
    displayName: name.data,
    locale: 'fr',
    status: 'active',
    isServerAdmin: true,
  });
  return `Server administrator created: ${email.data}\nPassword (shown once, change it after logging in): ${password}`;
}

/**
 * `create-community --slug … --name … --address … --postal-code … --city … --admin-email …`:
 * creates a community whose first admin is the given (existing) account.
 */
export async function createCommunity(
  app: INestApplicationContext,
  argv: string[],
): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      address: { type: 'string' },
      'postal-code': { type: 'string' },
      city: { type: 'string' },
      'admin-email': { type: 'string' },
      admission: { type: 'string', default: 'approval' },
      kind: { type: 'string', default: 'social_centre' },
    },
  });
  const usage =
    'Usage: create-community --slug mon-centre --name "Centre social …" --address "1 rue …" --postal-code 93000 --city Bobigny --admin-email directrice@exemple.fr [--admission automatic|approval] [--kind social_centre|partner_organisation]';
  if (!values['admin-email']) throw new UsageError(usage);
  const db = app.get<DataSource>(getDataSourceToken());
  const admin = await db
    .getRepository(AccountEntity)
    .findOneBy({ email: values['admin-email'].toLowerCase() });
  if (!admin)
    throw new UsageError(
      `No account with the email ${values['admin-email']}: create it first (create-admin or sign up).`,
    );
  const community = await app
    .get(CommunityAdminService)
    .create(
      { accountId: admin.id },
      {
        slug: values.slug,
        kind: values.kind,
        name: values.name,
        presentation: '',
        streetAddress: values.address,
        postalCode: values['postal-code'],
        city: values.city,
        timeZone: 'Europe/Paris',
        openingHours: [],
        admissionMode: values.admission,
        languages: ['fr'],
      },
    )
    .catch(explain);
  return `Community created: ${community.name} (/c/${community.slug}), admin ${admin.email}.`;
}
