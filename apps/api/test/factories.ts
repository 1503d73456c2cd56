import { randomBytes } from 'node:crypto';
import type { CommunityRole } from '@palier/server-core';
import { CommunityAdminService, hashPassword, MembershipsService } from '@palier/server-identity';
import { CommunityService } from '@palier/server-community';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Client, TestApp } from './test-app';

/** Factories: communities, accounts and logged-in clients for integration tests. */

export const PASSWORD = 'une longue phrase de passe';
let passwordHash: Promise<string> | undefined;
const unique = () => randomBytes(4).toString('hex');

export interface TestCommunity {
  id: string;
  slug: string;
  name: string;
}

export async function createAccount(
  t: TestApp,
  overrides: {
    email?: string | null;
    login?: string | null;
    displayName?: string;
    serverAdmin?: boolean;
  } = {},
): Promise<{ id: string; email: string | null; login: string | null; displayName: string }> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = overrides.email === undefined ? `membre-${unique()}@exemple.fr` : overrides.email;
  const displayName = overrides.displayName ?? `Membre ${unique()}`;
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO account (email, login, password_hash, display_name, is_server_admin) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      email,
      overrides.login ?? null,
      await passwordHash,
      displayName,
      overrides.serverAdmin ?? false,
    ],
  );
  return { id: row.id, email, login: overrides.login ?? null, displayName };
}

export async function createCommunity(
  t: TestApp,
  overrides: Record<string, unknown> = {},
): Promise<TestCommunity> {
  const admin = await createAccount(t, { serverAdmin: true });
  const slug = `centre-${unique()}`;
  const community = await t.app.get(CommunityAdminService).create(
    { accountId: admin.id },
    {
      slug,
      kind: 'social_centre',
      name: `Centre social ${slug}`,
      presentation: 'Un centre pour les tests.',
      streetAddress: '1 rue de la Paix',
      postalCode: '93000',
      city: 'Bobigny',
      timeZone: 'Europe/Paris',
      openingHours: [{ weekday: 1, opens: '09:00', closes: '18:00' }],
      admissionMode: 'approval',
      languages: ['fr'],
      ...overrides,
    },
  );
  return { id: community.id, slug: community.slug, name: community.name };
}

/** An account admitted in the community with the role, having accepted its texts. */
export async function createMember(
  t: TestApp,
  community: TestCommunity,
  role: CommunityRole,
  displayName?: string,
) {
  const account = await createAccount(t, { displayName });
  const db = t.app.get<DataSource>(getDataSourceToken());
  const memberships = t.app.get(MembershipsService);
  const docs = await t.app.get(CommunityService).currentDocuments(community.id);
  const membership = await db.transaction(async (manager) => {
    await memberships.recordAcceptance(
      manager,
      account.id,
      community.id,
      { charterVersion: docs.charter.version, privacyNoticeVersion: docs.privacy_notice.version },
      null,
    );
    return memberships.admit(manager, community.id, account.id, role, null);
  });
  return { ...account, membershipId: membership.id };
}

/** A client logged in as the account (email + the factories' password). */
export async function logIn(
  t: TestApp,
  account: { email: string | null; login?: string | null },
): Promise<Client> {
  const client = t.agent();
  const res = await client.gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
    i: { identifier: account.email ?? account.login, password: PASSWORD },
  });
  if (res.errors) throw new Error(`log in failed: ${JSON.stringify(res.errors)}`);
  return client;
}

/** The session cookie of the account after logging in ("palier_session=…"), for socket clients. */
export async function sessionCookie(
  t: TestApp,
  account: { email: string | null },
): Promise<string> {
  const res = await t.agent().gql(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
    i: { identifier: account.email, password: PASSWORD },
  });
  return String(res.headers['set-cookie']).split(';')[0];
}
