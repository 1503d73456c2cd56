import { createAccount, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const HOUSEHOLD = `household { name postalCode members { kind name birthYear isMe } }`;

describe('households', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an adult creates a household, adds children, invites another adult who accepts', async () => {
    const parent = await createAccount(t, { displayName: 'Aïcha' });
    const partner = await createAccount(t, { displayName: 'Youssef' });
    const a = await logIn(t, parent);
    const b = await logIn(t, partner);
    await a.gql(
      `mutation { createHousehold(input: { name: "Famille Benali", postalCode: "93420" }) { id } }`,
    );
    const year = new Date().getFullYear();
    const child = await a.gql(
      `mutation($y: Int!) { addChild(input: { firstName: "Inès", birthYear: $y }) { ${HOUSEHOLD} } }`,
      { y: year - 7 },
    );
    expect(child.data).toEqual({
      addChild: {
        household: {
          name: 'Famille Benali',
          postalCode: '93420',
          members: [
            { kind: 'adult', name: 'Aïcha', birthYear: null, isMe: true },
            { kind: 'child', name: 'Inès', birthYear: year - 7, isMe: false },
          ],
        },
      },
    });
    expect(
      (
        await a.gql(`mutation($e: String!) { inviteToHousehold(identifier: $e) }`, {
          e: partner.email,
        })
      ).data,
    ).toEqual({ inviteToHousehold: true });
    const invitations = await b.gql<{
      me: { householdInvitations: { id: string; householdName: string; invitedBy: string }[] };
    }>(`{ me { householdInvitations { id householdName invitedBy } } }`);
    const invitation = invitations.data!.me.householdInvitations[0];
    expect(invitation).toMatchObject({ householdName: 'Famille Benali', invitedBy: 'Aïcha' });
    const accepted = await b.gql<{
      answerHouseholdInvitation: { household: { members: { name: string }[] } };
    }>(
      `mutation($i: ID!) { answerHouseholdInvitation(invitationId: $i, accept: true) { ${HOUSEHOLD} } }`,
      { i: invitation.id },
    );
    expect(accepted.data!.answerHouseholdInvitation.household.members.map((m) => m.name)).toEqual([
      'Aïcha',
      'Youssef',
      'Inès',
    ]);
  });

  it('checks the child’s details and keeps households apart', async () => {
    const one = await logIn(t, await createAccount(t));
    const other = await logIn(t, await createAccount(t));
    await one.gql(`mutation { createHousehold(input: { name: "Foyer Un" }) { id } }`);
    await other.gql(`mutation { createHousehold(input: { name: "Foyer Deux" }) { id } }`);
    const bad = await one.gql(
      `mutation { addChild(input: { firstName: "", birthYear: 1890 }) { id } }`,
    );
    expect(bad.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([
      ['firstName', 'required'],
      ['birthYear', 'out_of_range'],
    ]);
    const withChild = await one.gql<{ addChild: { household: { members: { kind: string }[] } } }>(
      `mutation { addChild(input: { firstName: "Léo", birthYear: 2020 }) { household { members { kind } } } }`,
    );
    expect(withChild.data!.addChild.household.members).toHaveLength(2);
    const [leo] = await t.query<{ id: string }>(
      `SELECT id FROM household_member WHERE first_name = 'Léo'`,
    );
    const steal = await other.gql(
      `mutation($m: ID!) { removeHouseholdMember(memberId: $m) { id } }`,
      { m: leo.id },
    );
    expect(steal.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badPostcode = await other.gql(
      `mutation { updateHousehold(input: { name: "Foyer Deux", postalCode: "ABCDE" }) { id } }`,
    );
    expect(badPostcode.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'postalCode',
      code: 'invalid_format',
    });
  });

  it('a second household is refused, and the last adult leaving ends it', async () => {
    const client = await logIn(t, await createAccount(t));
    await client.gql(`mutation { createHousehold(input: { name: "Foyer" }) { id } }`);
    const twice = await client.gql(`mutation { createHousehold(input: { name: "Autre" }) { id } }`);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const me = await client.gql<{ me: { household: { members: { id: string }[] } } }>(
      `{ me { household { members { id } } } }`,
    );
    const left = await client.gql(
      `mutation($m: ID!) { removeHouseholdMember(memberId: $m) { household { id } } }`,
      { m: me.data!.me.household.members[0].id },
    );
    expect(left.data).toEqual({ removeHouseholdMember: { household: null } });
  });
});
