import sharp from 'sharp';
import { createCommunity, createMember, logIn, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { createActivity } from './activity-fixtures';

describe('activities: the photo and its description', () => {
  let t: TestApp;
  let community: TestCommunity;
  let staff: Client;
  beforeAll(async () => {
    t = await startTestApp();
    community = await createCommunity(t);
    staff = await logIn(t, await createMember(t, community, 'staff'));
  });
  afterAll(() => t.close());

  const upload = (
    client: Client,
    activityId: string,
    bytes: Buffer,
    alt?: string,
    filename = 'photo.jpg',
  ) =>
    client.http
      .post(
        `/media/communities/${community.id}/activities/${activityId}/photo${alt === undefined ? '' : `?alt=${encodeURIComponent(alt)}`}`,
      )
      .set('x-forwarded-for', client.ip)
      .attach('photo', bytes, { filename, contentType: 'image/jpeg' });

  it('staff upload a photo with its description, re-encoded without metadata; members (or anyone when public) see it', async () => {
    const { activityId } = await createActivity(staff, community, { title: 'Jardin partagé' });
    const jpeg = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#3a7' },
    })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: 'Nom de la photographe' } } })
      .toBuffer();
    const noAlt = await upload(staff, activityId, jpeg);
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.error?.message ?? JSON.stringify(noAlt.body)).toContain('Décrivez la photo');
    const svg = await upload(
      staff,
      activityId,
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="9" height="9"/>',
      ),
      'Un dessin',
      'photo.svg',
    );
    expect(svg.status).toBe(400);
    const ok = await upload(
      staff,
      activityId,
      jpeg,
      'Des habitants arrosent les tomates du jardin',
    );
    expect(ok.status).toBe(201);
    const res = await staff.gql<{ activity: { photoUrl: string; photoAlt: string } }>(
      `query($c: ID!, $id: ID!) { activity(communityId: $c, id: $id) { photoUrl photoAlt } }`,
      { c: community.id, id: activityId },
    );
    expect(res.data!.activity.photoAlt).toBe('Des habitants arrosent les tomates du jardin');
    const url = res.data!.activity.photoUrl;
    const image = await staff.http.get(url).buffer(true);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
    const meta = await sharp(image.body as Buffer).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();

    // Members-only: a visitor and a member of another community do not get it.
    expect((await t.http.get(url)).status).toBe(404);
    const elsewhere = await createCommunity(t);
    const outsider = await logIn(t, await createMember(t, elsewhere, 'staff'));
    expect((await outsider.http.get(url)).status).toBe(404);
    const resident = await logIn(t, await createMember(t, community, 'resident'));
    expect((await resident.http.get(url)).status).toBe(200);
    expect((await upload(resident, activityId, jpeg, 'x')).status).toBe(403);
    expect((await upload(outsider, activityId, jpeg, 'x')).status).toBe(403);

    // Made public: anyone sees it. Removed: gone.
    await t.query(`UPDATE activity SET visibility = 'public' WHERE id = $1`, [activityId]);
    expect((await t.http.get(url)).status).toBe(200);
    const removed = await staff.gql<{ removeActivityPhoto: boolean }>(
      `mutation($c: ID!, $a: ID!) { removeActivityPhoto(communityId: $c, activityId: $a) }`,
      { c: community.id, a: activityId },
    );
    expect(removed.data!.removeActivityPhoto).toBe(true);
    expect((await t.http.get(url)).status).toBe(404);
  });
});
