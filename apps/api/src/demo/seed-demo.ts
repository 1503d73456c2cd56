import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { CommunityService } from '@palier/server-community';
import { AccountEntity, hashPassword, MembershipsService } from '@palier/server-identity';
import type { DataSource, EntityManager } from 'typeorm';
import { ensureDemoActivities } from './demo-activities';
import { ensureDemoBooking } from './demo-booking';
import { DEMO_PARTNER_ORGANISATIONS, ensureDemoSharing } from './demo-sharing';
import { ensureDemoIdeas } from './demo-ideas';
import { ensureDemoPolls } from './demo-polls';
import { ensureDemoReportingHistory } from './demo-reporting';
import {
  DEMO_COMMUNITIES,
  DEMO_PASSWORD,
  DEMO_SERVER_ADMIN,
  type DemoAccount,
} from './demo-communities';

async function ensureAccount(
  manager: EntityManager,
  passwordHash: string,
  a: { email: string; displayName: string },
  serverAdmin = false,
) {
  const accounts = manager.getRepository(AccountEntity);
  const existing = await accounts.findOneBy({ email: a.email });
  if (existing) return { account: existing, created: false };
  const account = await accounts.save({
    email: a.email,
    login: null,
    passwordHash,
    displayName: a.displayName,
    locale: 'fr',
    status: 'active',
    isServerAdmin: serverAdmin,
  });
  return { account, created: true };
}

/**
 * Puts the demo content in place: a server admin, two communities with their news and closures,
 * one account per role, a household with two children and a pending request. Running it again
 * changes nothing. Returns the names of the communities it created.
 */
export async function seedDemo(app: INestApplicationContext): Promise<string[]> {
  const db = app.get<DataSource>(getDataSourceToken());
  const communities = app.get(CommunityService);
  const memberships = app.get(MembershipsService);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created: string[] = [];
  await db.transaction(async (manager) => {
    const { account: admin } = await ensureAccount(manager, passwordHash, DEMO_SERVER_ADMIN, true);
    for (const demo of [...DEMO_COMMUNITIES, ...DEMO_PARTNER_ORGANISATIONS]) {
      const slug = String(demo.profile['slug']);
      if ((await manager.query(`SELECT 1 FROM community WHERE slug = $1`, [slug])).length) continue;
      const community = await communities.create(demo.profile, admin.id, manager);
      created.push(community.name);
      for (const news of demo.news) {
        await manager.query(
          `INSERT INTO community_news (community_id, title, body) VALUES ($1, $2, $3)`,
          [community.id, news.title, news.body],
        );
      }
      for (const c of demo.closures) {
        await manager.query(
          `INSERT INTO community_closure (community_id, starts_on, ends_on, label) VALUES ($1, $2, $3, $4)`,
          [community.id, c.startsOn, c.endsOn, c.label],
        );
      }
      const docs = await communities.currentDocuments(community.id, manager);
      const versions = {
        charterVersion: docs.charter.version,
        privacyNoticeVersion: docs.privacy_notice.version,
      };
      await manager.query(
        `INSERT INTO privacy_profile (community_id, controller_name, controller_address, dpo_contact)
         VALUES ($1, $2, $3, $4)`,
        [
          community.id,
          demo.privacy.controllerName,
          demo.privacy.controllerAddress,
          demo.privacy.dpoContact,
        ],
      );
      for (const demoAccount of demo.accounts) {
        await placeAccount(
          manager,
          memberships,
          passwordHash,
          community.id,
          demoAccount,
          versions,
          admin.id,
        );
      }
    }
    await ensureDemoHousehold(manager);
  });
  await ensureDemoPrivacy(db);
  await ensureDemoBooking(db);
  await ensureDemoSharing(db);
  await ensureDemoIdeas(db);
  await ensureDemoActivities(db);
  await ensureDemoPolls(db);
  await ensureDemoReportingHistory(db);
  return created;
}

async function placeAccount(
  manager: EntityManager,
  memberships: MembershipsService,
  passwordHash: string,
  communityId: string,
  demo: DemoAccount,
  versions: { charterVersion: number; privacyNoticeVersion: number },
  byAccountId: string,
) {
  const { account } = await ensureAccount(manager, passwordHash, demo);
  await memberships.recordAcceptance(manager, account.id, communityId, versions, null);
  if (demo.role === 'pending') {
    await manager.query(
      `INSERT INTO membership (community_id, account_id, role, status) VALUES ($1, $2, 'resident', 'pending')`,
      [communityId, account.id],
    );
  } else {
    await memberships.admit(manager, communityId, account.id, demo.role, byAccountId);
  }
}

/** The demo resident of La Passerelle has a household with two children. */
async function ensureDemoHousehold(manager: EntityManager) {
  const [resident] = await manager.query(
    `SELECT id FROM account WHERE email = 'habitant@la-passerelle.example.org'`,
  );
  if (!resident) return;
  if (
    (await manager.query(`SELECT 1 FROM household_member WHERE account_id = $1`, [resident.id]))
      .length
  )
    return;
  const [household] = await manager.query(
    `INSERT INTO household (name, postal_code, created_by_account_id) VALUES ('Famille Diallo', '93420', $1) RETURNING id`,
    [resident.id],
  );
  const year = new Date().getFullYear();
  await manager.query(
    `INSERT INTO household_member (household_id, kind, account_id, first_name, birth_year) VALUES
       ($1, 'adult', $2, NULL, NULL), ($1, 'child', NULL, 'Awa', $3), ($1, 'child', NULL, 'Moussa', $4)`,
    [household.id, resident.id, year - 9, year - 6],
  );
}

/**
 * The demo desk opened the demo resident's file once, for an appointment: the resident sees it in
 * "Mes données", the director in the access log.
 */
async function ensureDemoPrivacy(db: DataSource) {
  const [row] = await db.query(
    `SELECT c.id AS community_id, s.id AS staff_id, r.id AS resident_id FROM community c
       JOIN account s ON s.email = 'accueil@la-passerelle.example.org'
       JOIN account r ON r.email = 'habitant@la-passerelle.example.org'
      WHERE c.slug = 'la-passerelle'
        AND NOT EXISTS (SELECT 1 FROM access_log l WHERE l.subject_account_id = r.id)`,
  );
  if (!row) return;
  await db.query(
    `INSERT INTO access_log (community_id, staff_account_id, subject_account_id, action, reason, created_at)
     VALUES ($1, $2, $3, 'open_file', 'Rendez-vous', now() - interval '3 days')`,
    [row.community_id, row.staff_id, row.resident_id],
  );
}
