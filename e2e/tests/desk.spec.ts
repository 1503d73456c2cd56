import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const STAFF = 'accueil@la-passerelle.example.org';
const ADMIN = 'directrice@la-passerelle.example.org';

/** Logs in through the login page, which then comes back to the page that asked for it. */
async function logInThroughTheForm(page: Page, identifier: string): Promise<void> {
  await expect(page).toHaveURL(/\/connexion\?retour=/);
  await page.getByLabel('Adresse e-mail ou identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
}

test.describe('the desk', () => {
  test('staff create an account for a person who is here; the person activates it and sees who made it', async ({
    page,
    visit,
    browser,
    baseURL,
  }) => {
    // The desk asks who is there first, then comes back.
    await visit('/c/la-passerelle/guichet');
    await logInThroughTheForm(page, STAFF);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accueil des personnes' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/c\/la-passerelle\/guichet$/);
    await expectAccessible(page);

    const form = page.getByTestId('create-account-form');
    await form.getByLabel('Nom de la personne').fill('Bakary Koné');
    await expect(form.getByRole('radio', { name: 'Français' })).toBeChecked();

    // Without the two boxes: the error summary comes first, then the message next to the boxes.
    const submit = form.getByRole('button', { name: 'Créer le compte et préparer la fiche' });
    await submit.click();
    const summary = form.locator('.pal-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'Il y a un problème' })).toBeVisible();
    const consentError = "Cochez les deux cases : la personne doit être présente et d'accord.";
    await expect(summary.getByRole('link')).toHaveText(consentError);
    await expect(form.getByRole('group', { name: 'Accord de la personne' })).toContainText(
      consentError,
    );
    await expectAccessible(page);
    await summary.getByRole('link').click();
    await expect(form.getByLabel("La personne est présente à l'accueil")).toBeFocused();

    // Both boxes, no email: the sheet to print.
    await form.getByLabel("La personne est présente à l'accueil").check();
    await form.getByLabel("La personne est d'accord pour que je crée son compte").check();
    await submit.click();
    await expect(page).toHaveURL(/\/c\/la-passerelle\/guichet\/fiche$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'La fiche de Bakary Koné est prête' }),
    ).toBeVisible();
    const sheet = page.getByTestId('activation-sheet');
    await expect(sheet.getByRole('heading', { name: 'Bienvenue, Bakary Koné' })).toBeVisible();
    await expect(sheet).toContainText('Centre social La Passerelle');
    await expect(sheet).toContainText('Votre identifiant :');
    await expect(sheet).toContainText("Votre code d'activation :");
    await expect(
      sheet.getByRole('img', { name: "Code QR qui ouvre la page d'activation" }),
    ).toBeVisible();
    await expect(sheet.getByTestId('sheet-expiry')).toContainText(
      /Ce code marche jusqu'au \w+ \d+ \w+/,
    );
    await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeVisible();
    const login = (await sheet.getByTestId('sheet-login').innerText()).trim();
    const code = await sheet.getByTestId('sheet-code').getAttribute('data-code');
    expect(login).toMatch(/^bakary-\d{4}$/);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectAccessible(page);

    // Printed: the sheet only, without the menus and buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
    await expect(sheet.getByTestId('sheet-code')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // The sheet is shown once: opened again, it explains and leads back.
    await visit('/c/la-passerelle/guichet/fiche');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Aucune fiche à afficher' }),
    ).toBeVisible();
    await expect(page.getByTestId('activation-sheet')).toHaveCount(0);

    // At home, the person scans the QR code: the login and code are filled in.
    const home = await browser.newContext({ baseURL });
    const resident = await home.newPage();
    await resident.goto(
      `/activer?identifiant=${encodeURIComponent(login)}&code=${encodeURIComponent(code ?? '')}`,
    );
    await expect(
      resident.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
    ).toBeVisible();
    await expect(resident.getByLabel('Identifiant', { exact: true })).toHaveValue(login);
    await resident.getByLabel('Choisissez votre mot de passe').fill('mon escalier bleu');
    await resident.getByTestId('activate-submit').click();
    await expect(resident).not.toHaveURL(/\/activer/);
    await resident.waitForLoadState('networkidle');
    await expectAccessible(resident);

    // Never a silent impersonation: the account page says who made the account.
    await resident.goto('/compte');
    const history = resident.getByTestId('desk-history');
    await expect(history).toContainText('Compte créé pour vous par Nadia Benali');
    await resident.waitForLoadState('networkidle');
    await expectAccessible(resident);
    await home.close();
  });

  test('the admin publishes an announcement in the settings; it shows on the centre page', async ({
    page,
    visit,
  }) => {
    await visit('/c/la-passerelle/reglages');
    await logInThroughTheForm(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Réglages du centre' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    const news = page.getByTestId('news-form');
    await news.getByRole('button', { name: "Publier l'annonce" }).click();
    await expect(news.locator('.pal-error-summary')).toBeFocused();
    await expect(news.locator('.pal-error-summary')).toContainText(
      "Tapez un titre pour l'annonce.",
    );
    await expectAccessible(page);

    await news.getByLabel("Titre de l'annonce").fill('Fête de quartier samedi');
    await news
      .getByLabel("Texte de l'annonce")
      .fill('Rendez-vous samedi à 14 h dans le jardin du centre, avec un goûter.');
    await news.getByRole('button', { name: "Publier l'annonce" }).click();
    await expect(page.getByRole('status').filter({ hasText: 'est publiée' })).toContainText(
      "L'annonce « Fête de quartier samedi » est publiée.",
    );
    await expect(page.getByTestId('news-list')).toContainText('Fête de quartier samedi');

    await visit('/c/la-passerelle');
    await expect(page.getByText('Fête de quartier samedi')).toBeVisible();
    await expect(
      page.getByText('Rendez-vous samedi à 14 h dans le jardin du centre'),
    ).toBeVisible();
  });
});
