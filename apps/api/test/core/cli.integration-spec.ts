import { createAdmin, createCommunity, UsageError } from '../../src/cli/admin-commands';
import { startTestApp, type TestApp } from '../test-app';

describe('command line: create-admin and create-community', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a server administrator who can log in with the printed password', async () => {
    const out = await createAdmin(t.app, [
      '--email',
      'Chef.CLI@Exemple.fr',
      '--name',
      'Chef du serveur',
    ]);
    const password = /Password \(shown once, change it after logging in\): (\S+)/.exec(out)![1];
    const res = await t
      .agent()
      .gql(`mutation($i: LogInInput!) { logIn(input: $i) { isServerAdmin } }`, {
        i: { identifier: 'chef.cli@exemple.fr', password },
      });
    expect(res.data).toEqual({ logIn: { isServerAdmin: true } });
    expect(await createAdmin(t.app, ['--email', 'chef.cli@exemple.fr', '--name', 'Chef'])).toMatch(
      /password unchanged/,
    );
  });

  it('creates a community whose first admin is the given account, and explains mistakes', async () => {
    await createAdmin(t.app, ['--email', 'directrice.cli@exemple.fr', '--name', 'Directrice']);
    const args = [
      '--slug',
      'centre-cli',
      '--name',
      'Centre social du CLI',
      '--address',
      '1 rue',
      '--postal-code',
      '93000',
      '--city',
      'Bobigny',
      '--admin-email',
      'directrice.cli@exemple.fr',
    ];
    expect(await createCommunity(t.app, args)).toBe(
      'Community created: Centre social du CLI (/c/centre-cli), admin directrice.cli@exemple.fr.',
    );
    const [row] = await t.query<{ role: string }>(
      `SELECT m.role FROM membership m JOIN account a ON a.id = m.account_id JOIN community c ON c.id = m.community_id WHERE c.slug = 'centre-cli'`,
    );
    expect(row.role).toBe('admin');
    await expect(createCommunity(t.app, args)).rejects.toThrow(
      /slug: Cette valeur est déjà utilisée/,
    );
    await expect(
      createCommunity(t.app, [...args.slice(0, -1), 'personne@exemple.fr']),
    ).rejects.toBeInstanceOf(UsageError);
    await expect(createAdmin(t.app, ['--email', 'pas-un-email'])).rejects.toThrow(
      /^Usage: create-admin/,
    );
  });
});
