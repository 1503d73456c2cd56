import { jpegWithGps, polyglotJpegHtml } from '@palier/server-core/testing';
import sharp from 'sharp';
import { createCommunity, type TestCommunity } from '../factories';
import { startTestApp, type Client, type TestApp } from '../test-app';
import { memberClient, offerInput, ok, PARTNER_OFFER, partner, PUBLISH } from './sharing-fixtures';

describe('sharing: the photo of an offer', () => {
  let t: TestApp;
  let cse: TestCommunity;
  let centre: TestCommunity;
  let stranger: TestCommunity;
  let cseStaff: Client;
  let offerId: string;

  beforeAll(async () => {
    t = await startTestApp();
    cse = await createCommunity(t, { kind: 'partner_organisation' });
    centre = await createCommunity(t);
    stranger = await createCommunity(t);
    await partner(t, cse, centre);
    cseStaff = await memberClient(t, cse, 'staff');
    const published = await ok(
      cseStaff.gql<{ publishOffer: { id: string } }>(PUBLISH, { c: cse.id, i: offerInput() }),
    );
    offerId = published.publishOffer.id;
  });
  afterAll(() => t.close());

  const upload = (client: Client | null, communityId: string, bytes: Buffer) =>
    (client?.http ?? t.http)
      .post(`/media/communities/${communityId}/sharing/offers/${offerId}/photo`)
      .set('x-forwarded-for', client?.ip ?? '10.9.9.8')
      .attach('photo', bytes, { filename: 'photo.jpg', contentType: 'image/jpeg' });

  const fetchPhoto = (client: Client | null, size = 'thumb') =>
    (client?.http ?? t.http).get(`/media/sharing/offers/${offerId}/photo/${size}`).buffer(true);

  it('only the offering team adds it; it is re-encoded without metadata', async () => {
    const cseResident = await memberClient(t, cse, 'resident');
    expect((await upload(cseResident, cse.id, await jpegWithGps())).status).toBe(403);
    const partnerStaff = await memberClient(t, centre, 'staff');
    expect((await upload(partnerStaff, centre.id, await jpegWithGps())).status).toBe(404);
    const refused = await upload(cseStaff, cse.id, await polyglotJpegHtml());
    expect(refused.status).toBe(400);
    expect([refused.status, refused.body.error?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(refused.body.error?.message).toMatch(/photo/);

    const res = await upload(cseStaff, cse.id, await jpegWithGps());
    expect(res.status).toBe(201);
    expect(res.body.thumbnailUrl).toBe(`/media/sharing/offers/${offerId}/photo/thumb`);
    const served = await fetchPhoto(cseStaff, 'large');
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    const meta = await sharp(served.body as Buffer).metadata();
    expect(meta.exif).toBeUndefined();
  });

  it('is served to who sees the offer only', async () => {
    const resident = await memberClient(t, centre, 'resident');
    const detail = await ok(
      resident.gql<{ partnerOffer: { offer: { photoUrl: string } } }>(
        PARTNER_OFFER.replace('closed allPartners', 'closed allPartners photoUrl'),
        { c: centre.id, o: offerId },
      ),
    );
    expect(detail.partnerOffer.offer.photoUrl).toBe(`/media/sharing/offers/${offerId}/photo/large`);
    const seen = await fetchPhoto(resident);
    expect(seen.status).toBe(200);
    expect(seen.headers['cache-control']).toMatch(/private/);
    const outsider = await memberClient(t, stranger, 'resident');
    expect((await fetchPhoto(outsider)).status).toBe(404);
    expect((await fetchPhoto(null)).status).toBe(404);
    const cseResident = await memberClient(t, cse, 'resident');
    expect((await fetchPhoto(cseResident)).status).toBe(404);
  });
});
