import { expect, test } from '../support/fixtures';

const ADMIN = 'directrice@la-passerelle.example.org';
const DEMO_PASSWORD = 'palier-demo-2026';

/** Every page of the sas, the joining path and the team's pages, in Arabic (right to left). */
test.describe('the pages in Arabic', () => {
  test('public pages read right to left and pass the accessibility check', async ({
    page,
    visit,
  }) => {
    for (const path of [
      '/',
      '/c/la-passerelle',
      '/c/la-passerelle/charte',
      '/c/la-passerelle/confidentialite',
      '/c/la-passerelle/rejoindre',
      '/connexion',
      '/inscription',
      '/mot-de-passe-oublie',
      '/activer',
    ]) {
      await visit(`${path}${path.includes('?') ? '&' : '?'}lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
    }
  });

  test('member and team pages read right to left and pass the accessibility check', async ({
    page,
    visit,
  }) => {
    const res = await page.request.post('/graphql', {
      data: {
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { id } }',
        variables: { i: { identifier: ADMIN, password: DEMO_PASSWORD } },
      },
    });
    expect((await res.json()).errors).toBeUndefined();
    for (const path of [
      '/c/la-passerelle/espace',
      '/compte',
      '/foyer',
      '/notifications',
      '/compte/notifications',
      '/c/la-passerelle/demandes',
      '/c/la-passerelle/guichet',
      '/c/la-passerelle/annonces',
      '/c/la-passerelle/reglages',
      '/c/la-passerelle/bilan',
      '/foyer/moi',
    ]) {
      await visit(`${path}?lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
    }
  });

  test('feed and moderation pages read right to left and pass the accessibility check', async ({
    page,
    visit,
  }) => {
    const res = await page.request.post('/graphql', {
      data: {
        query: 'mutation($i: LogInInput!) { logIn(input: $i) { id } }',
        variables: { i: { identifier: ADMIN, password: DEMO_PASSWORD } },
      },
    });
    expect((await res.json()).errors).toBeUndefined();
    for (const path of [
      '/c/la-passerelle/fil',
      '/c/la-passerelle/moderation',
      '/c/la-passerelle/moderation/journal',
      '/c/la-passerelle/moderation/mes-decisions',
      '/c/la-passerelle/moderation/reglages',
    ]) {
      await visit(`${path}?lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
    }
  });
});
