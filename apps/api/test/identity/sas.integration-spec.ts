import { createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

describe('the sas: a community’s public page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows a visitor the profile, opening status, closures, news, charter and privacy notice', async () => {
    const community = await createCommunity(t, {
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opens: '00:00',
        closes: '23:59',
      })),
    });
    const admin = await logIn(t, await createMember(t, community, 'admin'));
    await admin.gql(
      `mutation($c: ID!) { addClosure(communityId: $c, input: { startsOn: "2099-12-24", endsOn: "2099-12-26", label: "Noël" }) { id } }`,
      { c: community.id },
    );
    await admin.gql(
      `mutation($c: ID!) { publishNews(communityId: $c, input: { title: "<img src=x onerror=alert(1)>", body: "Texte" }) { id } }`,
      { c: community.id },
    );
    const res = await t.gql<{ community: Record<string, unknown> }>(
      `query($s: String!) { community(slug: $s) { name openingStatus { isOpen closesAt nextOpeningAt closureLabel } closures { startsOn endsOn label } news { title } charter { version summary } privacyNotice { version summary } } }`,
      { s: community.slug.toUpperCase() },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.community).toMatchObject({
      name: community.name,
      openingStatus: { isOpen: true, nextOpeningAt: null, closureLabel: null },
      closures: [{ startsOn: '2099-12-24', endsOn: '2099-12-26', label: 'Noël' }],
      news: [{ title: '<img src=x onerror=alert(1)>' }],
      charter: { version: 1 },
      privacyNotice: { version: 1 },
    });
  });

  it('answers an unknown community with a friendly not-found', async () => {
    const res = await t.gql(`{ community(slug: "nulle-part") { id } }`);
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'Nous ne connaissons pas cette communauté.',
    });
  });

  it('checks a community profile edited by its admin', async () => {
    const community = await createCommunity(t);
    const admin = await logIn(t, await createMember(t, community, 'admin'));
    const res = await admin.gql(
      `mutation($c: ID!, $p: CommunityProfileInput!) { updateCommunity(communityId: $c, input: $p) { id } }`,
      {
        c: community.id,
        p: {
          name: '',
          presentation: 'ok',
          streetAddress: '1 rue',
          postalCode: '9300',
          city: 'Bondy',
          email: 'pas un email',
          timeZone: 'Mars/Olympus',
          openingHours: [{ weekday: 8, opens: '18:00', closes: '09:00' }],
          admissionMode: 'automatic',
          languages: ['fr'],
          logoUrl: 'javascript:alert(1)',
        },
      },
    );
    expect(res.errors?.[0].extensions?.fields?.map((f) => [f.field, f.code])).toEqual([
      ['name', 'required'],
      ['postalCode', 'invalid_format'],
      ['email', 'invalid_email'],
      ['timeZone', 'invalid_format'],
      ['openingHours.0.weekday', 'out_of_range'],
      ['openingHours.0.closes', 'out_of_range'],
      ['logoUrl', 'invalid_format'],
    ]);
  });
});
