import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCommunity, type TestCommunity } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const INDEX = `<!doctype html>
<html lang="fr" dir="ltr"><head><title>Palier</title></head>
<body><noscript><p>JavaScript needed</p></noscript><div id="root"></div><script type="module" src="/assets/app.js"></script></body></html>`;

describe('the sas is in the HTML before any script runs', () => {
  let t: TestApp;
  let community: TestCommunity;
  beforeAll(async () => {
    const web = mkdtempSync(join(tmpdir(), 'palier-web-'));
    writeFileSync(join(web, 'index.html'), INDEX);
    t = await startTestApp({ WEB_DIST_DIR: web });
    community = await createCommunity(t, {
      presentation: 'Un lieu pour <tous>',
      phone: '01 02 03 04 05',
    });
  });
  afterAll(() => t.close());

  it('serves the name, opening status, address and contact of the centre in French', async () => {
    const res = await t.http.get(`/c/${community.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain(`<title>${community.name} – Palier</title>`);
    expect(res.text).toContain(`<h1 class="pal-page__title" lang="fr">${community.name}</h1>`);
    expect(res.text).toMatch(/Ouvert jusqu’à|Fermé/);
    expect(res.text).toContain('1 rue de la Paix, 93000 Bobigny');
    expect(res.text).toContain('Un lieu pour &lt;tous&gt;');
    expect(res.text).toContain('href="tel:0102030405"');
    expect(res.text).not.toContain('<noscript>');
    expect(res.text).toContain('<script type="module" src="/assets/app.js"></script>');
  });

  it('speaks the reader’s language: ?lang=ar is right to left, Accept-Language en is English', async () => {
    const ar = await t.http.get(`/c/${community.slug}?lang=ar`);
    expect(ar.text).toContain('<html lang="ar" dir="rtl">');
    expect(ar.text).toContain('أوقات العمل');
    const en = await t.http.get(`/c/${community.slug}`).set('Accept-Language', 'en-GB,en;q=0.9');
    expect(en.text).toContain('Opening hours');
  });

  it('leaves other pages and unknown communities to the app', async () => {
    const unknown = await t.http.get('/c/nulle-part');
    expect(unknown.text).toBe(INDEX);
    const other = await t.http.get(`/c/${community.slug}/rejoindre`);
    expect(other.text).toBe(INDEX);
  });
});
