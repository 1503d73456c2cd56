import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const BUILDER = 'batisseuse@la-passerelle.example.org';

test.describe('the sas and the joining path', () => {
  test('a visitor joins La Passerelle, the builder admits them, and they find their member home', async ({
    page,
    browser,
    baseURL,
    visit,
  }) => {
    const suffix = Date.now().toString(36);
    const name = `Awa Keita ${suffix}`;
    const email = `awa.${suffix}@example.org`;

    // The sas: who the centre is, whether it is open now, and what brings the visitor here.
    await visit('/c/la-passerelle');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Centre social La Passerelle' }),
    ).toBeVisible();
    await expect(page.getByTestId('opening-status')).toHaveText(/^(Ouvert|Fermé)/);
    await expect(
      page.getByRole('heading', { name: "Qu'est-ce qui vous amène aujourd'hui ?" }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Rejoindre la communauté' }).click();

    // Step 1: an account. Sending it empty lists the problems at the top, focused.
    await expect(page.getByRole('heading', { level: 1, name: 'Créer votre compte' })).toBeVisible();
    await expect(page.getByText('Étape 1 sur 3')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = page.locator('.pal-error-summary');
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: 'Indiquez votre adresse e-mail.' }),
    ).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Votre nom').fill(name);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('une phrase facile à retenir');
    await page.getByLabel("J'ai 15 ans ou plus").check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    // Step 2: the charter, then "Retour" and forward again keep the box ticked.
    await expect(
      page.getByRole('heading', { level: 1, name: 'La charte de la communauté' }),
    ).toBeVisible();
    await expect(page.getByText('Étape 2 sur 3')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("J'ai lu la charte et je l'accepte").check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    // Step 3: the privacy notice, then the request is sent.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vos informations personnelles' }),
    ).toBeVisible();
    await expect(page.getByText('Étape 3 sur 3')).toBeVisible();
    await page.getByRole('button', { name: 'Retour' }).click();
    await expect(page.getByLabel("J'ai lu la charte et je l'accepte")).toBeChecked();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expectAccessible(page);
    await page.getByLabel("J'ai lu la notice de confidentialité").check();
    await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Votre demande est envoyée' }),
    ).toBeVisible();
    await expectAccessible(page);

    // Back at the sas, the tile now leads to the request, waiting in the member home.
    await page.getByRole('link', { name: "Retour à l'accueil du centre" }).click();
    await page.getByRole('link', { name: "Ma demande d'adhésion" }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
    await expect(page.getByTestId('membership-state')).toHaveAttribute('data-status', 'pending');
    await expect(page.getByText('Votre demande est en attente depuis le')).toBeVisible();
    await expectAccessible(page);

    // Meanwhile, in another browser, the community builder logs in and admits the visitor.
    const builderContext = await browser.newContext({
      baseURL,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
    });
    try {
      const builder = await builderContext.newPage();
      await builder.goto('/connexion');
      await builder.getByLabel('Adresse e-mail ou identifiant').fill(BUILDER);
      await builder.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
      await builder.getByRole('button', { name: 'Me connecter' }).click();
      await expect(builder.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
      await expectAccessible(builder);

      await builder.getByRole('link', { name: "Demandes d'adhésion" }).click();
      await expect(
        builder.getByRole('heading', { level: 1, name: "Demandes d'adhésion" }),
      ).toBeVisible();
      await expectAccessible(builder);
      await builder.getByRole('button', { name: `Accueillir ${name}` }).click();
      const dialog = builder.getByRole('dialog');
      await dialog.getByRole('button', { name: `Accueillir ${name}` }).click();
      await expect(builder.getByText(`${name} est maintenant membre.`)).toBeVisible();
      await expectAccessible(builder);
    } finally {
      await builderContext.close();
    }

    // The visitor reloads their space: they are a member now.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
    await expect(page.getByTestId('membership-state')).toHaveAttribute('data-status', 'active');
    await expect(page.getByRole('link', { name: 'Mon foyer' })).toBeVisible();
    await expect(page.getByRole('link', { name: "Demandes d'adhésion" })).toHaveCount(0);
  });

  test('the sas in Arabic reads right to left and passes the accessibility check', async ({
    page,
    visit,
  }) => {
    await visit('/c/la-passerelle?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Centre social La Passerelle' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'ما الذي جاء بك اليوم؟' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'الانضمام إلى المجتمع' })).toBeVisible();
    await expect(page.getByTestId('opening-status')).toHaveText(/^(مفتوح|مغلق)/);
    // The centre's own words stay marked as French inside the Arabic page.
    await expect(page.getByTestId('community-address').locator('address')).toHaveAttribute(
      'lang',
      'fr',
    );
  });
});
