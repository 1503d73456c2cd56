import type { APIRequestContext } from '@playwright/test';
import { expect, expectAccessible, test } from '../support/fixtures';

const BUILDER = 'batisseuse@la-passerelle.example.org';
const DEMO_PASSWORD = 'palier-demo-2026';

async function graphql(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

const unread = async (bell: import('@playwright/test').Locator) => {
  const count = bell.getByTestId('notification-count');
  return (await count.count()) ? Number((await count.innerText()).replace(/\D/g, '')) : 0;
};

test.describe('notifications', () => {
  test('the bell of the community builder updates live when someone asks to join', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail ou identifiant').fill(BUILDER);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toBeVisible();
    await page.waitForLoadState('networkidle');
    const before = await unread(bell);

    // Someone else, in another browser, signs up and asks to join La Passerelle.
    const visitor = await browser.newContext({ baseURL });
    try {
      const suffix = Date.now().toString(36);
      const { communities } = await graphql(visitor.request, '{ communities { id slug } }');
      const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
      await graphql(visitor.request, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
        i: {
          displayName: `Inès Martin ${suffix}`,
          email: `ines.${suffix}@example.org`,
          password: 'une phrase facile à retenir',
          locale: 'fr',
          over15: true,
        },
      });
      await graphql(
        visitor.request,
        'mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { id } }',
        {
          c: passerelle.id,
        },
      );

      // Without reloading, the bell counts one more.
      await expect(bell.getByTestId('notification-count')).toHaveText(`non lues : ${before + 1}`);
      await expectAccessible(page);

      await bell.click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Mes notifications' }),
      ).toBeVisible();
      const item = page
        .getByTestId('notification-list')
        .getByRole('listitem')
        .filter({ hasText: `Inès Martin ${suffix}` });
      await expect(item).toContainText(
        'demande à rejoindre la communauté Centre social La Passerelle.',
      );
      await expect(item).toContainText('Nouveau');
      await expectAccessible(page);
      await item.getByRole('link', { name: 'Voir' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: "Demandes d'adhésion" }),
      ).toBeVisible();
      await expect(page.getByText(`Inès Martin ${suffix}`)).toBeVisible();
      await expect(async () => expect(await unread(bell)).toBe(before)).toPass();
    } finally {
      await visitor.close();
    }
  });

  test('a member chooses how they get emails, with quiet hours', async ({ page }) => {
    await page.goto('/connexion?retour=%2Fcompte%2Fnotifications');
    await page.getByLabel('Adresse e-mail ou identifiant').fill(BUILDER);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes e-mails' })).toBeVisible();
    const requests = page.getByRole('group', {
      name: "Quelqu'un demande à rejoindre une communauté que j'anime",
    });
    await expect(
      requests.getByRole('radio', { name: 'Un résumé par jour (le matin)' }),
    ).toBeChecked();
    await requests.getByRole('radio', { name: 'Un résumé par semaine (le lundi matin)' }).check();
    await expect(page.getByText("C'est enregistré.")).toBeVisible();
    await page.getByLabel('À partir de').fill('22:00');
    await page.getByLabel("Jusqu'à").fill('07:00');
    await page.getByRole('button', { name: 'Enregistrer mes heures de calme' }).click();
    await expect(page.getByText("C'est enregistré.").last()).toBeVisible();
    await expectAccessible(page);
    await page.reload();
    await expect(
      page
        .getByRole('group', { name: "Quelqu'un demande à rejoindre une communauté que j'anime" })
        .getByRole('radio', { name: 'Un résumé par semaine (le lundi matin)' }),
    ).toBeChecked();
    await expect(page.getByLabel('À partir de')).toHaveValue('22:00');
  });
});

test.describe('the sas before any script runs', () => {
  test('shows who the centre is, whether it is open, where and how to reach it', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      javaScriptEnabled: false,
      locale: 'fr-FR',
    });
    try {
      const page = await context.newPage();
      await page.goto('/c/la-passerelle');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Centre social La Passerelle' }),
      ).toBeVisible();
      await expect(page.locator('.sas-snapshot__status')).toHaveText(/^(Ouvert jusqu’à|Fermé)/);
      await expect(page.getByText('12 allée des Tilleuls, 93420 Villepinte')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Appeler le 01 43 83 00 12' })).toHaveAttribute(
        'href',
        'tel:0143830012',
      );
      await expect(page.getByRole('link', { name: 'Rejoindre la communauté' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('the HTML the server sends for the sas passes the accessibility check on its own', async ({
    browser,
    baseURL,
  }) => {
    // Scripts of the app are held back, so the page stays as the server sent it; axe still runs.
    const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
    try {
      await context.route('**/assets/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto('/c/la-passerelle?lang=ar');
      await expect(page.locator('.sas-snapshot')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
