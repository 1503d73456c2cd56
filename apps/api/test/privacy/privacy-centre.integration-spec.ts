import { Jobs, PrivacyRegistry } from '@palier/server-core';
import {
  ErasureService,
  PRIVACY_REQUESTS_JOB,
  RETENTION_JOB,
  RetentionService,
} from '@palier/server-privacy';
import { createAccount, createCommunity, logIn, PASSWORD, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { download } from './download';
import { member, type Person } from './person-data';

const DAY = 86_400_000;

describe('the privacy centre', () => {
  let t: TestApp;
  let a: TestCommunity;
  let b: TestCommunity;
  let resident: Person;
  let staff: Person;
  let admin: Person;
  let staffOfB: Person;
  let adminOfB: Person;
  beforeAll(async () => {
    t = await startTestApp();
    a = await createCommunity(t);
    b = await createCommunity(t);
    resident = await member(t, a, 'resident', 'Rania Résidente');
    staff = await member(t, a, 'staff', 'Sami Accueil');
    admin = await member(t, a, 'admin', 'Dalila Directrice');
    staffOfB = await member(t, b, 'staff', 'Bruno Accueil B');
    adminOfB = await member(t, b, 'admin', 'Béa Directrice B');
  });
  afterAll(() => t.close());

  const errorCode = (res: { errors?: { extensions?: { code?: string } }[] }) =>
    res.errors?.[0]?.extensions?.code;

  describe('consents', () => {
    it('grants and withdraws an optional consent in one step each, and keeps the history', async () => {
      const set = (granted: boolean) =>
        resident.client.gql<{
          setOptionalConsent: { optional: { kind: string; granted: boolean }[] }[];
        }>(
          `mutation($c: ID!, $g: Boolean!) { setOptionalConsent(communityId: $c, kind: "newsletter", granted: $g) { optional { kind granted } } }`,
          { c: a.id, g: granted },
        );
      expect((await set(true)).data!.setOptionalConsent[0].optional).toContainEqual({
        kind: 'newsletter',
        granted: true,
      });
      expect((await set(false)).data!.setOptionalConsent[0].optional).toContainEqual({
        kind: 'newsletter',
        granted: false,
      });
      const history = await resident.client.gql<{
        myConsentHistory: { kind: string; granted: boolean; version: number }[];
      }>(`{ myConsentHistory { kind granted version } }`);
      expect(history.data!.myConsentHistory.filter((h) => h.kind === 'newsletter')).toEqual([
        { kind: 'newsletter', granted: false, version: 1 },
        { kind: 'newsletter', granted: true, version: 1 },
      ]);
      const mine = await resident.client.gql<{
        myConsents: { charterVersion: number; privacyNoticeVersion: number }[];
      }>(`{ myConsents { charterVersion privacyNoticeVersion } }`);
      expect(mine.data!.myConsents).toEqual([{ charterVersion: 1, privacyNoticeVersion: 1 }]);
    });

    it('refuses an unknown consent and a community the member is not in', async () => {
      const res = await resident.client.gql(
        `mutation($c: ID!) { setOptionalConsent(communityId: $c, kind: "sell_my_data", granted: true) { communityId } }`,
        { c: a.id },
      );
      expect(errorCode(res)).toBe('NOT_FOUND');
      const other = await resident.client.gql(
        `mutation($c: ID!) { setOptionalConsent(communityId: $c, kind: "newsletter", granted: true) { communityId } }`,
        { c: b.id },
      );
      expect(errorCode(other)).toBe('FORBIDDEN');
    });
  });

  describe('access log', () => {
    const openFile = (client: Client, communityId: string, accountId: string) =>
      client.gql<{ residentFile: { displayName: string } }>(
        `query($c: ID!, $a: ID!) { residentFile(communityId: $c, accountId: $a, reason: appointment) { displayName } }`,
        { c: communityId, a: accountId },
      );

    it('logs each opening of a resident’s file; the resident and the admins see it', async () => {
      expect((await openFile(staff.client, a.id, resident.id)).data).toEqual({
        residentFile: { displayName: 'Rania Résidente' },
      });
      const mine = await resident.client.gql<{
        myAccessLog: { staffName: string; action: string; reason: string; subjectName: null }[];
      }>(`{ myAccessLog { staffName action reason subjectName } }`);
      expect(mine.data!.myAccessLog[0]).toEqual({
        staffName: 'Sami Accueil',
        action: 'open_file',
        reason: 'Rendez-vous',
        subjectName: null,
      });
      const log = await admin.client.gql<{
        accessLog: { edges: { node: { subjectName: string; staffName: string } }[] };
      }>(
        `query($c: ID!) { accessLog(communityId: $c, first: 10) { edges { node { subjectName staffName } } hasNextPage endCursor } }`,
        {
          c: a.id,
        },
      );
      expect(log.data!.accessLog.edges[0].node).toEqual({
        subjectName: 'Rania Résidente',
        staffName: 'Sami Accueil',
      });
    });

    it('keeps files and the log within the community and the roles', async () => {
      expect(errorCode(await openFile(resident.client, a.id, staff.id))).toBe('FORBIDDEN');
      expect(errorCode(await openFile(staffOfB.client, a.id, resident.id))).toBe('FORBIDDEN');
      expect(errorCode(await openFile(staffOfB.client, b.id, resident.id))).toBe('NOT_FOUND');
      expect(errorCode(await openFile(t.agent(), a.id, resident.id))).toBe('UNAUTHENTICATED');
      for (const client of [staff.client, adminOfB.client]) {
        const res = await client.gql(
          `query($c: ID!) { accessLog(communityId: $c) { hasNextPage } }`,
          {
            c: a.id,
          },
        );
        expect(errorCode(res)).toBe('FORBIDDEN');
      }
      const forged = await admin.client.gql(
        `query($c: ID!) { accessLog(communityId: $c, after: "pas-un-curseur") { hasNextPage } }`,
        { c: a.id },
      );
      expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    });
  });

  describe('data export', () => {
    it('prepares one export at a time, for its owner only', async () => {
      const ask = () =>
        resident.client.gql<{ requestDataExport: { id: string } }>(
          `mutation { requestDataExport { id } }`,
        );
      const first = (await ask()).data!.requestDataExport.id;
      expect((await ask()).data!.requestDataExport.id).toBe(first);
      const early = await download(resident.client, `/api/privacy/exports/${first}`);
      expect(early.status).toBe(404);
      await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
      const url = `/api/privacy/exports/${first}`;
      expect((await download(resident.client, url)).status).toBe(200);
      // Asked again within the hour: the same copy, not a new one.
      expect((await ask()).data!.requestDataExport.id).toBe(first);
      expect((await download(staff.client, url)).status).toBe(404);
      expect((await download(admin.client, url)).status).toBe(404);
      expect((await download(t.agent(), url)).status).toBe(401);
      expect((await download(resident.client, '/api/privacy/exports/pas-un-id')).status).toBe(404);
      // Past its date, the archive is forgotten.
      await t.query(
        `UPDATE privacy_request SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [first],
      );
      await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
      const expired = await download(resident.client, url);
      expect(expired.status).toBe(404);
      expect(JSON.parse(expired.body.toString()).error.message).toContain('a expiré');
      const [row] = await t.query(`SELECT status, archive FROM privacy_request WHERE id = $1`, [
        first,
      ]);
      expect(row).toEqual({ status: 'expired', archive: null });
    });

    it('tells the member when it is ready', async () => {
      const [notification] = await t.query<{ kind: string }>(
        `SELECT kind FROM notification WHERE account_id = $1 AND kind = 'privacy_export_ready'`,
        [resident.id],
      );
      expect(notification).toBeDefined();
    });
  });

  describe('account deletion', () => {
    it('asks for the password, cannot come from another site, and can be cancelled', async () => {
      const person = await member(t, a, 'resident', 'Paul Hésitant');
      const wrong = await person.client.gql(
        `mutation { requestAccountDeletion(password: "pas le bon mot de passe") { id } }`,
      );
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.fields?.[0].field).toBe('password');
      const forged = await person.client.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('origin', 'https://malveillant.example')
        .send({ query: `mutation { requestAccountDeletion(password: "${PASSWORD}") { id } }` });
      expect(forged.status).toBe(403);
      const asked = await person.client.gql<{
        requestAccountDeletion: { status: string; executeAfter: string };
      }>(`mutation($p: String!) { requestAccountDeletion(password: $p) { status executeAfter } }`, {
        p: PASSWORD,
      });
      expect(asked.data!.requestAccountDeletion.status).toBe('pending');
      const days = (Date.parse(asked.data!.requestAccountDeletion.executeAfter) - Date.now()) / DAY;
      expect(days).toBeGreaterThan(6.9);
      const [email] = await t.query<{ subject: string }>(
        `SELECT subject FROM email_outbox WHERE account_id = $1 AND kind = 'privacy_erasure_scheduled'`,
        [person.id],
      );
      expect(email.subject).toContain('Votre compte sera supprimé le');
      const cancelled = await person.client.gql<{ cancelAccountDeletion: { status: string } }>(
        `mutation { cancelAccountDeletion { status } }`,
      );
      expect(cancelled.data!.cancelAccountDeletion.status).toBe('cancelled');
      expect(errorCode(await person.client.gql(`mutation { cancelAccountDeletion { id } }`))).toBe(
        'NOT_FOUND',
      );
      await t.query(
        `UPDATE privacy_request SET execute_after = now() - interval '1 day' WHERE account_id = $1`,
        [person.id],
      );
      await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
      expect((await person.client.gql(`{ me { displayName } }`)).data).toEqual({
        me: { displayName: 'Paul Hésitant' },
      });
    });

    it('is done at the desk for a resident of the community only, and recorded', async () => {
      const person = await member(t, a, 'resident', 'Irène Départ');
      const consent = { reason: 'Déménage à Lyon', residentPresent: true, residentAgrees: true };
      const ask = (client: Client, communityId: string, accountId: string, input = consent) =>
        client.gql<{ requestErasureAtDesk: { id: string; status: string } }>(
          `mutation($c: ID!, $a: ID!, $i: ErasureAtDeskInput!) { requestErasureAtDesk(communityId: $c, accountId: $a, input: $i) { id status } }`,
          { c: communityId, a: accountId, i: input },
        );
      expect(errorCode(await ask(resident.client, a.id, person.id))).toBe('FORBIDDEN');
      expect(errorCode(await ask(staffOfB.client, a.id, person.id))).toBe('FORBIDDEN');
      expect(errorCode(await ask(staffOfB.client, b.id, person.id))).toBe('NOT_FOUND');
      expect(errorCode(await ask(staff.client, a.id, admin.id))).toBe('FORBIDDEN');
      const unticked = await ask(staff.client, a.id, person.id, {
        ...consent,
        residentAgrees: false,
      });
      expect(unticked.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
        'residentAgrees',
      ]);
      const asked = await ask(staff.client, a.id, person.id);
      expect(asked.data!.requestErasureAtDesk.status).toBe('pending');
      const [record] = await t.query(
        `SELECT requested_via, reason, community_id, requested_by_account_id FROM privacy_request WHERE id = $1`,
        [asked.data!.requestErasureAtDesk.id],
      );
      expect(record).toEqual({
        requested_via: 'desk',
        reason: 'Déménage à Lyon',
        community_id: a.id,
        requested_by_account_id: staff.id,
      });
      const log = await person.client.gql<{ myAccessLog: { action: string; reason: string }[] }>(
        `{ myAccessLog { action reason } }`,
      );
      expect(log.data!.myAccessLog).toContainEqual({
        action: 'erase_on_request',
        reason: 'Déménage à Lyon',
      });
    });

    it('finishes a half-done erasure on the next run', async () => {
      const person = await member(t, a, 'resident', 'Hugo Interrompu');
      const request = await t.app.get(ErasureService).schedule(person.id, {
        via: 'self',
        requestedBy: person.id,
        communityId: null,
        reason: null,
        now: true,
      });
      await t.app.get(ErasureService).run(request.id, 'privacy');
      const [half] = await t.query<{ status: string; completed_modules: string[] }>(
        `SELECT status, completed_modules FROM privacy_request WHERE id = $1`,
        [request.id],
      );
      expect(half.status).toBe('running');
      expect(half.completed_modules.length).toBeGreaterThan(0);
      expect((await person.client.gql(`{ me { id } }`)).data).toEqual({ me: null });
      await t.app.get(Jobs).runNow(PRIVACY_REQUESTS_JOB);
      expect(await t.query(`SELECT 1 FROM account WHERE id = $1`, [person.id])).toEqual([]);
      const [done] = await t.query(`SELECT status FROM privacy_request WHERE id = $1`, [
        request.id,
      ]);
      expect(done).toEqual({ status: 'done' });
    });
  });

  describe('retention', () => {
    it('lets admins set periods within bounds, per community', async () => {
      const set = (client: Client, communityId: string, days: number) =>
        client.gql<{ setRetention: { key: string; days: number }[] }>(
          `mutation($c: ID!, $d: Int!) { setRetention(communityId: $c, key: "notifications", days: $d) { key days } }`,
          { c: communityId, d: days },
        );
      expect((await set(admin.client, a.id, 90)).data!.setRetention).toContainEqual({
        key: 'notifications',
        days: 90,
      });
      const tooShort = await set(admin.client, a.id, 2);
      expect(tooShort.errors?.[0].extensions?.fields?.[0]).toMatchObject({
        field: 'days',
        code: 'out_of_range',
      });
      expect(errorCode(await set(staff.client, a.id, 90))).toBe('FORBIDDEN');
      expect(errorCode(await set(adminOfB.client, a.id, 90))).toBe('FORBIDDEN');
      const unknown = await admin.client.gql(
        `mutation($c: ID!) { setRetention(communityId: $c, key: "tout", days: 90) { key } }`,
        { c: a.id },
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
    });

    it('purges what is older than each community’s period and records the counts', async () => {
      const insert = (accountId: string, communityId: string, daysAgo: number) =>
        t.query(
          `INSERT INTO notification (account_id, community_id, kind, data, link, created_at)
           VALUES ($1, $2, 'membership_decided', '{}', '/x', now() - make_interval(days => $3))`,
          [accountId, communityId, daysAgo],
        );
      await insert(resident.id, a.id, 100); // A keeps 90 days: purged
      await insert(resident.id, a.id, 10); // kept
      await insert(staffOfB.id, b.id, 100); // B keeps the default 180 days: kept
      await t.app.get(Jobs).runNow(RETENTION_JOB);
      const left = await t.query<{ community_id: string; age: number }>(
        `SELECT community_id, extract(day FROM now() - created_at)::int AS age FROM notification
          WHERE link = '/x' AND community_id IN ($1, $2) ORDER BY community_id, age`,
        [a.id, b.id],
      );
      expect(left.map((l) => `${l.community_id === a.id ? 'A' : 'B'} ${l.age}`).sort()).toEqual([
        'A 10',
        'B 100',
      ]);
      const settings = await admin.client.gql<{
        retentionSettings: { key: string; lastPurgeCount: number }[];
      }>(`query($c: ID!) { retentionSettings(communityId: $c) { key lastPurgeCount } }`, {
        c: a.id,
      });
      expect(settings.data!.retentionSettings).toContainEqual({
        key: 'notifications',
        lastPurgeCount: 1,
      });
    });

    it('warns an account unused for two years, then erases it a month later', async () => {
      const sleeper = await createAccount(t, { displayName: 'Ancienne Dormeuse' });
      const back = await createAccount(t, { displayName: 'Revenu À Temps' });
      for (const id of [sleeper.id, back.id])
        await t.query(
          `UPDATE account SET created_at = now() - interval '3 years', last_login_at = now() - interval '3 years' WHERE id = $1`,
          [id],
        );
      // Even someone who stopped every email is warned by email: their account is at stake.
      await t.query(
        `INSERT INTO notification_preference (account_id, kind, channel) VALUES ($1, 'account_inactive', 'never')`,
        [sleeper.id],
      );
      const retention = t.app.get(RetentionService);
      const now = new Date();
      expect((await retention.inactiveAccounts(now)).warned).toBeGreaterThanOrEqual(2);
      const [warning] = await t.query<{ subject: string }>(
        `SELECT subject FROM email_outbox WHERE account_id = $1 AND kind = 'account_inactive'`,
        [sleeper.id],
      );
      expect(warning.subject).toContain('votre compte sera supprimé le');
      await logIn(t, back); // comes back in time
      const later = new Date(now.getTime() + 31 * DAY);
      await retention.inactiveAccounts(later);
      await t.app.get(ErasureService).runDue(later);
      expect(await t.query(`SELECT 1 FROM account WHERE id = $1`, [sleeper.id])).toEqual([]);
      expect(await t.query(`SELECT 1 FROM account WHERE id = $1`, [back.id])).toHaveLength(1);
      const [record] = await t.query(
        `SELECT requested_via, status FROM privacy_request WHERE reason LIKE 'Compte sans connexion%' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(record).toEqual({ requested_via: 'retention', status: 'done' });
    });
  });

  describe('records', () => {
    it('publishes the register built from what the modules declare, with the controller', async () => {
      const res = await t.gql<{
        processingRegister: {
          activities: { module: string; legalBasis: string }[];
          profile: { controllerName: string; subProcessors: unknown[] };
          thirdPartyTrackers: boolean;
          noticeVersion: number;
          retention: { label: string; days: number }[];
        };
      }>(
        `query($s: String!) { processingRegister(slug: $s) { activities { module legalBasis } profile { controllerName subProcessors { name } } thirdPartyTrackers noticeVersion retention { label days } } }`,
        { s: a.slug },
      );
      const register = res.data!.processingRegister;
      const modules = t.app
        .get(PrivacyRegistry)
        .all()
        .map((h) => h.module);
      expect(register.activities.map((x) => x.module).sort()).toEqual(modules.sort());
      expect(register.profile).toEqual({ controllerName: a.name, subProcessors: [] });
      expect(register.thirdPartyTrackers).toBe(false);
      expect(register.retention).toContainEqual({ label: 'Notifications reçues', days: 90 });
    });

    it('lets the admins of the community only edit the controller and DPO details', async () => {
      const input = {
        controllerName: 'Association La Passerelle',
        controllerAddress: '12 rue des Lilas, 93000 Bobigny',
        dpoContact: 'dpo@passerelle.example.org',
        subProcessors: [{ name: 'Hébergeur Exemple', purpose: 'hébergement', location: 'France' }],
      };
      const update = (client: Client, communityId: string, i: unknown) =>
        client.gql<{ updatePrivacyProfile: { controllerName: string } }>(
          `mutation($c: ID!, $i: PrivacyProfileInput!) { updatePrivacyProfile(communityId: $c, input: $i) { controllerName subProcessors { name } } }`,
          { c: communityId, i },
        );
      expect((await update(admin.client, a.id, input)).data!.updatePrivacyProfile).toEqual({
        controllerName: 'Association La Passerelle',
        subProcessors: [{ name: 'Hébergeur Exemple' }],
      });
      expect(errorCode(await update(staff.client, a.id, input))).toBe('FORBIDDEN');
      expect(errorCode(await update(adminOfB.client, a.id, input))).toBe('FORBIDDEN');
      const bad = await update(admin.client, a.id, {
        ...input,
        controllerName: ' ',
        subProcessors: [{ name: '', purpose: 'x', location: 'y' }],
      });
      expect(bad.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([
        ['controllerName', 'required'],
        ['subProcessors.0.name', 'required'],
      ]);
    });
  });
});
