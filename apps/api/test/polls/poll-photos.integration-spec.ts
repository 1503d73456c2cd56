import sharp from 'sharp';
import { createCommunity, createMember, logIn } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { CREATE_POLL, createPoll, parisLocal } from './poll-helpers';

const upload = (client: Client, communityId: string, photo: Buffer) =>
  client.http
    .post(`/media/communities/${communityId}/poll-photos`)
    .set('x-forwarded-for', client.ip)
    .attach('photo', photo, { filename: 'IMG_0001.jpg', contentType: 'image/jpeg' });

describe('photos of poll answers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('attaches a photo with its description to an answer, shown to members only', async () => {
    const community = await createCommunity(t);
    const staff = await logIn(t, await createMember(t, community, 'staff'));
    const resident = await logIn(t, await createMember(t, community, 'resident'));
    const other = await createCommunity(t);
    const outsider = await logIn(t, await createMember(t, other, 'staff'));
    const photo = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#3c7a4a' },
    })
      .jpeg()
      .toBuffer();

    // Only who may create polls uploads photos for them.
    expect((await upload(resident, community.id, photo)).status).toBe(403);
    const uploaded = await upload(staff, community.id, photo);
    expect(uploaded.status).toBe(201);
    const photoId = uploaded.body.id as string;

    const undescribed = await staff.gql(CREATE_POLL, {
      c: community.id,
      i: {
        kind: 'single',
        title: 'Quel jardin ?',
        closesAt: parisLocal(48),
        options: [{ label: 'Le jardin du haut', photoId }, { label: 'Le jardin du bas' }],
      },
    });
    expect(undescribed.errors?.[0].extensions?.fields?.[0]).toMatchObject({
      field: 'options.0.photoAlt',
      code: 'required',
    });
    const poll = await createPoll(staff, community.id, {
      kind: 'single',
      title: 'Quel jardin ?',
      options: [
        { label: 'Le jardin du haut', photoId, photoAlt: 'Des bacs de tomates au soleil' },
        { label: 'Le jardin du bas' },
      ],
    });
    const read = await resident.gql<{
      poll: { options: { photo: { url: string; alt: string } | null }[] };
    }>(
      `query($c: ID!, $p: ID!) { poll(communityId: $c, pollId: $p) { options { photo { url alt } } } }`,
      {
        c: community.id,
        p: poll.id,
      },
    );
    const [first, second] = read.data!.poll.options;
    expect(first.photo?.alt).toBe('Des bacs de tomates au soleil');
    expect(second.photo).toBeNull();
    const seen = await resident.http.get(first.photo!.url);
    expect(seen.status).toBe(200);
    expect(seen.headers['content-type']).toBe('image/webp');
    expect((await outsider.http.get(first.photo!.url)).status).toBe(404);
    expect((await t.http.get(first.photo!.url)).status).toBe(401);

    // A photo is used once: another poll cannot take it.
    const reused = await staff.gql(CREATE_POLL, {
      c: community.id,
      i: {
        kind: 'single',
        title: 'Encore',
        closesAt: parisLocal(48),
        options: [{ label: 'a', photoId, photoAlt: 'x' }, { label: 'b' }],
      },
    });
    expect(reused.errors?.[0].message).toBe(
      'Cette photo n’est plus disponible : envoyez-la à nouveau.',
    );
  });
});
