import { createAccount, PASSWORD } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { id displayName email locale } }`;
const LOG_IN = `mutation($i: LogInInput!) { logIn(input: $i) { id displayName } }`;
const ME = `{ me { id displayName } }`;

const fieldCodes = (res: {
  errors?: { extensions?: { fields?: { field: string; code: string }[] } }[];
}) => res.errors?.[0]?.extensions?.fields?.map((f) => [f.field, f.code]);

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs up, sets an HttpOnly SameSite session cookie, and knows the new member', async () => {
    const client = t.agent();
    const res = await client.gql(SIGN_UP, {
      i: {
        displayName: '  Amina Benali ',
        email: 'Amina.B@Exemple.fr',
        password: PASSWORD,
        locale: 'ar',
        over15: true,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      signUp: { displayName: 'Amina Benali', email: 'amina.b@exemple.fr', locale: 'ar' },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/palier_session=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.gql(ME)).data).toMatchObject({ me: { displayName: 'Amina Benali' } });
  });

  it('refuses bad sign-up input with one clear problem per field', async () => {
    const res = await t.gql(SIGN_UP, {
      i: {
        displayName: '',
        email: 'pas-une-adresse',
        password: 'court',
        locale: 'fr',
        over15: false,
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldCodes(res)).toEqual([
      ['displayName', 'required'],
      ['email', 'invalid_email'],
      ['password', 'too_short'],
      ['over15', 'not_accepted'],
    ]);
    expect(res.errors?.[0].extensions?.fields?.[1].message).toBe(
      'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
    );
    const long = await t.gql(SIGN_UP, {
      i: {
        displayName: 'x'.repeat(10_000),
        email: 'long@exemple.fr',
        password: PASSWORD,
        locale: 'fr',
        over15: true,
      },
    });
    expect(fieldCodes(long)).toEqual([['displayName', 'too_long']]);
  });

  it('refuses a password from the breached list even when long enough', async () => {
    const res = await t.gql(SIGN_UP, {
      i: {
        displayName: 'Jo',
        email: 'jo@exemple.fr',
        password: 'azertyuiop',
        locale: 'fr',
        over15: true,
      },
    });
    expect(fieldCodes(res)).toEqual([['password', 'common_password']]);
  });

  it('refuses an email already used', async () => {
    const account = await createAccount(t);
    const res = await t.gql(SIGN_UP, {
      i: {
        displayName: 'Jo',
        email: account.email,
        password: PASSWORD,
        locale: 'fr',
        over15: true,
      },
    });
    expect(fieldCodes(res)).toEqual([['email', 'taken']]);
  });

  it('keeps scripts in names as plain text', async () => {
    const client = t.agent();
    const name = '<script>alert(1)</script>';
    const res = await client.gql(SIGN_UP, {
      i: {
        displayName: name,
        email: 'script@exemple.fr',
        password: PASSWORD,
        locale: 'fr',
        over15: true,
      },
    });
    expect(res.data).toMatchObject({ signUp: { displayName: name } });
  });

  it('logs in with the email, and refuses a wrong password without saying which part is wrong', async () => {
    const account = await createAccount(t);
    const ok = await t
      .agent()
      .gql(LOG_IN, { i: { identifier: account.email!.toUpperCase(), password: PASSWORD } });
    expect(ok.data).toMatchObject({ logIn: { id: account.id } });
    const wrong = await t.gql(LOG_IN, {
      i: { identifier: account.email, password: 'pas le bon mot de passe' },
    });
    const unknown = await t.gql(LOG_IN, {
      i: { identifier: 'personne@exemple.fr', password: 'pas le bon mot de passe' },
    });
    for (const res of [wrong, unknown]) {
      expect(res.errors?.[0]).toMatchObject({
        message: 'Identifiant ou mot de passe incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('slows brute force: after 5 wrong passwords the account is blocked, even with the right one', async () => {
    const account = await createAccount(t);
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(LOG_IN, {
        i: { identifier: account.email, password: `mauvais essai ${i}` },
      });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await t.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].message).toMatch(
      /^Trop d’essais\. Pour votre sécurité, réessayez dans \d+ minutes?\.$/,
    );
  });

  it('ends the session on log out: a cookie copied before no longer works', async () => {
    const account = await createAccount(t);
    const client = t.agent();
    const res = await client.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    const stolen = String(res.headers['set-cookie']).split(';')[0];
    expect(
      (
        await t.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('cookie', stolen)
          .send({ query: ME })
      ).body.data.me,
    ).not.toBeNull();
    expect((await client.gql(`mutation { logOut }`)).data).toEqual({ logOut: true });
    const after = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', stolen)
      .send({ query: ME });
    expect(after.body.data.me).toBeNull();
  });

  it('logs out everywhere', async () => {
    const account = await createAccount(t);
    const phone = t.agent();
    const desk = t.agent();
    for (const c of [phone, desk])
      await c.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    await phone.gql(`mutation { logOutEverywhere }`);
    expect((await desk.gql(ME)).data).toEqual({ me: null });
    expect((await desk.gql(`mutation { logOut }`)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changes the password, checking the current one, and logs out the other devices', async () => {
    const account = await createAccount(t);
    const a = t.agent();
    const b = t.agent();
    for (const c of [a, b])
      await c.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    const change = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
    const wrong = await a.gql(change, {
      i: { currentPassword: 'pas le bon', newPassword: 'un tout nouveau secret' },
    });
    expect(fieldCodes(wrong)).toEqual([['currentPassword', 'invalid_format']]);
    expect(
      (
        await a.gql(change, {
          i: { currentPassword: PASSWORD, newPassword: 'un tout nouveau secret' },
        })
      ).data,
    ).toEqual({ changePassword: true });
    expect((await a.gql(ME)).data?.['me']).not.toBeNull();
    expect((await b.gql(ME)).data).toEqual({ me: null });
    const again = await t
      .agent()
      .gql(LOG_IN, { i: { identifier: account.email, password: 'un tout nouveau secret' } });
    expect(again.errors).toBeUndefined();
  });

  it('resets a forgotten password through the emailed link (outbox), once', async () => {
    const account = await createAccount(t);
    const other = t.agent();
    await other.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    expect(
      (
        await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, {
          e: account.email,
        })
      ).data,
    ).toEqual({
      requestPasswordReset: true,
    });
    // Same answer for an unknown address: nobody learns who has an account.
    expect(
      (await t.gql(`mutation { requestPasswordReset(email: "inconnu@exemple.fr") }`)).data,
    ).toEqual({ requestPasswordReset: true });
    const [email] = await t.query<{ text_body: string; subject: string; locale: string }>(
      `SELECT text_body, subject, locale FROM email_outbox WHERE to_address = $1 AND kind = 'password_reset'`,
      [account.email],
    );
    expect(email.subject).toBe('Choisir un nouveau mot de passe');
    const token = decodeURIComponent(/jeton=([^\s]+)/.exec(email.text_body)![1]);
    const reset = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { id } }`;
    const client = t.agent();
    expect(
      (await client.gql(reset, { i: { token, newPassword: 'encore un autre secret' } })).data,
    ).toEqual({ resetPassword: { id: account.id } });
    expect((await other.gql(ME)).data).toEqual({ me: null });
    const reused = await t.gql(reset, { i: { token, newPassword: 'encore un autre secret' } });
    expect(reused.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: 'Ce lien ne marche plus : demandez-en un nouveau.',
    });
  });

  it('updates the display name and language', async () => {
    const account = await createAccount(t);
    const client = t.agent();
    await client.gql(LOG_IN, { i: { identifier: account.email, password: PASSWORD } });
    const res = await client.gql(
      `mutation { updateProfile(input: { displayName: "Fatima Z.", locale: ar }) { displayName locale } }`,
    );
    expect(res.data).toEqual({ updateProfile: { displayName: 'Fatima Z.', locale: 'ar' } });
  });

  it('shows a visitor nothing private', async () => {
    expect((await t.gql(ME)).data).toEqual({ me: null });
    const res = await t.gql(`mutation { logOut }`);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'Connectez-vous pour continuer.',
    });
  });

  it('refuses a state-changing request coming from another site', async () => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('origin', 'https://malveillant.example')
      .send({ query: `mutation { logOut }` });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
