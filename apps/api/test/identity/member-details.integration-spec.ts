import { createAccount, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const MEMBERS = `{ me { household { members { id name kind birthYear gender isMe } } } }`;
const UPDATE = `mutation($m: ID!, $i: HouseholdMemberDetailsInput!) {
  updateHouseholdMember(memberId: $m, input: $i) { household { members { id birthYear gender } } } }`;
type Members = {
  me: {
    household: {
      members: {
        id: string;
        name: string;
        kind: string;
        birthYear: number | null;
        gender: string | null;
        isMe: boolean;
      }[];
    };
  };
};

describe('identity: optional birth year and gender of household members', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('an adult gives or clears their own; a parent gives a child’s; nobody else’s', async () => {
    const parent = await logIn(t, await createAccount(t));
    await parent.gql(
      `mutation { createHousehold(input: { name: "Foyer Genre", postalCode: "93000" }) { id } }`,
    );
    const added = await parent.gql(
      `mutation { addChild(input: { firstName: "Lina", birthYear: 2018, gender: female }) { id } }`,
    );
    expect(added.errors).toBeUndefined();
    const members = async () => (await parent.gql<Members>(MEMBERS)).data!.me.household.members;
    const me = (await members()).find((m) => m.isMe)!;
    const lina = (await members()).find((m) => m.name === 'Lina')!;
    expect([lina.birthYear, lina.gender, me.birthYear, me.gender]).toEqual([
      2018,
      'female',
      null,
      null,
    ]);

    expect(
      (await parent.gql(UPDATE, { m: me.id, i: { birthYear: 1985, gender: 'other' } })).errors,
    ).toBeUndefined();
    expect((await members()).find((m) => m.isMe)).toMatchObject({
      birthYear: 1985,
      gender: 'other',
    });
    await parent.gql(UPDATE, { m: me.id, i: { birthYear: null, gender: null } });
    expect((await members()).find((m) => m.isMe)).toMatchObject({ birthYear: null, gender: null });

    // A child keeps a birth year; a year in the future is refused.
    const noYear = await parent.gql(UPDATE, { m: lina.id, i: { birthYear: null, gender: 'male' } });
    expect(noYear.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'birthYear',
      code: 'required',
    });
    const future = await parent.gql(UPDATE, { m: me.id, i: { birthYear: 3000 } });
    expect(future.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'birthYear',
      code: 'out_of_range',
    });

    // Someone outside the household cannot touch it; nor can a visitor.
    const stranger = await logIn(t, await createAccount(t));
    await stranger.gql(`mutation { createHousehold(input: { name: "Autre foyer" }) { id } }`);
    expect(
      (await stranger.gql(UPDATE, { m: lina.id, i: { birthYear: 2018 } })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.gql(UPDATE, { m: lina.id, i: { birthYear: 2018 } })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await members()).find((m) => m.name === 'Lina')).toMatchObject({
      birthYear: 2018,
      gender: 'female',
    });
  });
});
