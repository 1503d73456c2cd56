import type { Browser, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const ADMIN = 'directrice@la-passerelle.example.org';

async function graphql(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Logs in through the API: the page's context then holds the session cookie. */
async function logIn(page: Page, identifier: string): Promise<void> {
  await graphql(page, 'mutation($i: LogInInput!) { logIn(input: $i) { id } }', {
    i: { identifier, password: DEMO_PASSWORD },
  });
}

/** A second person, in their own browser, logged in. */
async function otherPerson(browser: Browser, baseURL: string | undefined, identifier: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  await logIn(page, identifier);
  return { context, page };
}

/** Nothing wider than the screen: no sideways scrolling on a 320 px phone. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('the privacy centre', () => {
  test('a resident gets a copy of their data, then withdraws and gives an optional consent', async ({
    page,
    visit,
  }) => {
    test.setTimeout(120_000);
    await visit('/connexion?retour=%2Fcompte');
    await page.getByLabel('Adresse e-mail ou identifiant').fill(RESIDENT);
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByTestId('log-in-submit').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await page.getByRole('link', { name: 'Voir mes données' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mes données' })).toBeVisible();
    await expect(page.getByTestId('export-status')).toHaveText(
      "Vous n'avez pas encore demandé de copie.",
    );
    await expectAccessible(page);

    // The copy is prepared in the background; the page looks again by itself.
    await page.getByRole('button', { name: 'Préparer une copie de mes données' }).click();
    const status = page.getByTestId('export-status');
    await expect(status).toContainText('En préparation…');
    await expect(
      page.getByRole('button', { name: 'Préparer une copie de mes données' }),
    ).toBeHidden();
    await expectAccessible(page);
    const download = page.getByTestId('download-copy');
    await expect(download).toBeVisible({ timeout: 60_000 });
    await expect(status).toContainText(
      /^Prête\s:\stélécharger\s\(ZIP,\s\d+(,\d)?\s[kM]o\)\sjusqu'au\s\S+\s\d+\s\S+/,
    );
    await expectAccessible(page);

    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toMatch(/^palier-mes-donnees-\d{4}-\d{2}-\d{2}\.zip$/);
    const archive = unzipSync(readFileSync(await file.path()));
    const html = Object.entries(archive).find(([name]) => name.endsWith('.html'));
    expect(html, Object.keys(archive).join(', ')).toBeDefined();
    expect(new TextDecoder().decode(html![1])).toContain('Mamadou Diallo');

    // The newsletter: withdrawn as easily as given, each answer in the history.
    const centre = page
      .getByTestId('community-consents')
      .filter({ hasText: 'Centre social La Passerelle' });
    await expect(centre).toContainText('Acceptée (version 1)');
    const newsletter = centre.getByRole('checkbox', {
      name: "Recevoir la lettre d'information du centre",
    });
    const save = centre.getByRole('button', { name: 'Enregistrer mes choix pour ce centre' });
    const history = page.getByTestId('consent-history');
    await history.getByText('Historique de mes accords').click();
    await expect(history.getByRole('table')).toBeVisible();
    const newest = history.getByRole('row').nth(1);

    await newsletter.check();
    await save.click();
    await expect(centre.getByText("C'est enregistré.")).toBeVisible();
    await expect(newest).toContainText("Oui : Recevoir la lettre d'information du centre");
    await expect(centre).toContainText('Votre dernier choix : oui, le');

    await newsletter.uncheck();
    await save.click();
    await expect(newest).toContainText("Non : Recevoir la lettre d'information du centre");
    await expect(centre).toContainText('Votre dernier choix : non, le');
    await expectAccessible(page);

    // On a small phone, in Arabic too.
    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoSidewaysScroll(page);
    await visit('/compte/donnees?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1, name: 'بياناتي' })).toBeVisible();
    await page.getByTestId('consent-history').locator('summary').click();
    await expect(page.getByTestId('consent-history').getByRole('table')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
  });

  test('staff open a resident’s file for a reason; the resident sees who looked and why', async ({
    page,
    visit,
    browser,
    baseURL,
  }) => {
    await logIn(page, STAFF);
    await visit('/c/la-passerelle/guichet');
    await page.getByLabel('Nom, identifiant ou adresse e-mail').fill('Mamadou');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('button', { name: 'Ouvrir la fiche de Mamadou Diallo' }).click();

    // The reason first: it is noted, and the person sees it.
    const dialog = page.getByRole('dialog', { name: 'Ouvrir la fiche de Mamadou Diallo' });
    await expect(dialog).toContainText('Ce choix est noté et la personne peut le voir.');
    await dialog.getByRole('button', { name: 'Ouvrir la fiche' }).click();
    await expect(dialog.locator('.pal-error-summary')).toContainText(
      'Choisissez pourquoi vous ouvrez la fiche.',
    );
    await expectAccessible(page);
    await dialog.getByRole('radio', { name: 'Accueil de la personne' }).check();
    await dialog.getByRole('button', { name: 'Ouvrir la fiche' }).click();

    await expect(page).toHaveURL(
      /\/c\/la-passerelle\/guichet\/personne\/[0-9a-f-]+\?raison=visit$/,
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fiche de Mamadou Diallo' }),
    ).toBeVisible();
    const file = page.getByTestId('resident-file');
    await expect(file).toContainText('habitant@la-passerelle.example.org');
    await expect(file.getByTestId('file-consents')).toContainText('Charte : oui, le');
    await expectAccessible(page);

    // Deleting at the person's request needs both boxes and a few words (not sent here).
    await page
      .getByRole('button', { name: 'Supprimer le compte à la demande de la personne' })
      .click();
    const erase = page.getByRole('dialog', { name: 'Supprimer le compte de Mamadou Diallo' });
    await erase.getByRole('button', { name: 'Supprimer le compte' }).click();
    await expect(erase.locator('.pal-error-summary')).toContainText(
      'Écrivez en quelques mots ce que demande la personne.',
    );
    await expect(erase.locator('.pal-error-summary')).toContainText(
      "Cochez les deux cases : la personne doit être présente et d'accord.",
    );
    await expectAccessible(page);
    await erase.getByRole('button', { name: 'Annuler' }).click();
    await expect(erase).toBeHidden();

    const resident = await otherPerson(browser, baseURL, RESIDENT);
    try {
      await resident.page.goto('/compte/donnees');
      const log = resident.page.getByTestId('my-access-log');
      const visitLine = log
        .getByRole('listitem')
        .filter({ hasText: 'Raison : Accueil de la personne' });
      await expect(visitLine.first()).toContainText(
        'Nadia Benali a ouvert votre fiche (Centre social La Passerelle).',
      );
      await expectAccessible(resident.page);
    } finally {
      await resident.context.close();
    }
  });

  test('anyone reads what a centre keeps, why, how long and who answers for it', async ({
    page,
    visit,
  }) => {
    await visit('/c/la-passerelle');
    await page.getByTestId('privacy-link').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vos données personnelles' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Ce que nous gardons et pourquoi' }),
    ).toBeVisible();
    await expect(
      page
        .getByTestId('register-activities')
        .getByRole('heading', { name: 'Comptes, adhésions et foyers' }),
    ).toBeVisible();
    await expect(page.getByTestId('register-periods')).toContainText('Notifications reçues');
    await expect(page.getByTestId('register-periods')).toContainText('6 mois, puis effacées');
    await expect(page.getByTestId('register-responsible')).toContainText(
      'Association Centre social La Passerelle',
    );
    await expect(page.getByTestId('no-sub-processors')).toHaveText(
      'Sous-traitants : aucun. Vos données restent chez le centre.',
    );
    await expect(page.getByTestId('no-trackers')).toContainText('Palier ne charge aucun traceur');
    await page.getByText('Lire la notice en entier').click();
    await expectAccessible(page);

    await page.setViewportSize({ width: 320, height: 900 });
    await expectNoSidewaysScroll(page);
    await visit('/c/la-passerelle/confidentialite?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expectNoSidewaysScroll(page);
  });

  test('the admin names the sub-processors, changes a retention period and reads the access log', async ({
    page,
    visit,
  }) => {
    await logIn(page, ADMIN);
    await visit('/c/la-passerelle/reglages');
    await page.getByRole('link', { name: 'Régler les données personnelles' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Données personnelles' }),
    ).toBeVisible();
    await expectAccessible(page);

    // A sub-processor: every box is needed.
    const profile = page.getByTestId('privacy-profile-form');
    await profile.getByRole('button', { name: 'Ajouter un sous-traitant' }).click();
    const row = profile.getByRole('group', { name: 'Sous-traitant 1' });
    await expect(row.getByLabel('Nom')).toBeFocused();
    await profile
      .getByRole('button', { name: 'Enregistrer le responsable et les sous-traitants' })
      .click();
    const summary = profile.locator('.pal-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Remplissez le champ « Nom (Sous-traitant 1) ».',
      "Remplissez le champ « Ce qu'il fait (Sous-traitant 1) ».",
      'Remplissez le champ « Où sont les données (Sous-traitant 1) ».',
    ]);
    await expectAccessible(page);
    await row.getByLabel('Nom').fill('Hébergeur Exemple');
    await row.getByLabel("Ce qu'il fait").fill('Héberge le serveur du centre');
    await row.getByLabel('Où sont les données').fill('France');
    await profile
      .getByRole('button', { name: 'Enregistrer le responsable et les sous-traitants' })
      .click();
    await expect(
      page.getByText('Le responsable et les sous-traitants sont enregistrés.'),
    ).toBeVisible();

    // A retention period out of bounds, then a good one.
    const notifications = page.getByTestId('retention-notifications');
    await expect(notifications).toContainText("Aujourd'hui : 6 mois.");
    const days = notifications.getByLabel(/^Durée en jours/);
    await days.fill('10');
    await notifications.getByRole('button', { name: 'Enregistrer cette durée' }).click();
    await expect(notifications.locator('.pal-error-summary')).toContainText(
      'Tapez un nombre de jours entre 30 et 730.',
    );
    await expectAccessible(page);
    await days.fill('90');
    await notifications.getByRole('button', { name: 'Enregistrer cette durée' }).click();
    await expect(page.getByText('La durée est enregistrée : 3 mois.')).toBeVisible();
    await expect(notifications).toContainText("Aujourd'hui : 3 mois.");

    // Who in the team opened whose file, and why.
    const log = page.getByTestId('access-log');
    await expect(log.getByRole('listitem').first()).toBeVisible();
    await expect(log).toContainText('Mamadou Diallo');
    await expect(log).toContainText('A ouvert la fiche');
    await expectAccessible(page);

    // The public page says it.
    await visit('/c/la-passerelle/confidentialite');
    await expect(page.getByTestId('register-responsible')).toBeVisible();
    await expect(
      page.getByText('Hébergeur Exemple : Héberge le serveur du centre (France)'),
    ).toBeVisible();
    await expect(page.getByTestId('register-periods')).toContainText('3 mois, puis effacées');

    // Back as it was, for the other journeys.
    await visit('/c/la-passerelle/confidentialite/gerer');
    await page.getByRole('button', { name: 'Retirer le sous-traitant 1' }).click();
    await expect(page.getByTestId('sub-processors-none')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ajouter un sous-traitant' })).toBeFocused();
    await page
      .getByRole('button', { name: 'Enregistrer le responsable et les sous-traitants' })
      .click();
    await expect(
      page.getByText('Le responsable et les sous-traitants sont enregistrés.'),
    ).toBeVisible();
    const back = page.getByTestId('retention-notifications');
    await back.getByLabel(/^Durée en jours/).fill('180');
    await back.getByRole('button', { name: 'Enregistrer cette durée' }).click();
    await expect(back).toContainText("Aujourd'hui : 6 mois.");

    await visit('/c/la-passerelle/confidentialite/gerer?lang=ar');
    await expect(page.getByRole('heading', { level: 1, name: 'البيانات الشخصية' })).toBeVisible();
  });

  test('a member follows the deletion path to its date, then keeps their account', async ({
    page,
    visit,
  }) => {
    const suffix = Date.now().toString(36);
    await graphql(page, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
      i: {
        displayName: `Lucie Moreau ${suffix}`,
        email: `lucie.${suffix}@example.org`,
        password: 'une phrase facile à retenir',
        locale: 'fr',
        over15: true,
      },
    });
    await visit('/compte/donnees');
    await page.getByTestId('delete-account-link').click();

    // 1: what will happen, in plain words.
    await expect(page.getByText('Étape 1 sur 2')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Supprimer mon compte' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ce qui est effacé' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ce qui reste, sans votre nom' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Recevoir une copie de mes données' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continuer' }).click();

    // 2: the password; "Retour" keeps what was typed.
    await expect(page.getByText('Étape 2 sur 2')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Confirmez avec votre mot de passe' }),
    ).toBeVisible();
    const password = page.getByLabel('Votre mot de passe');
    await password.fill('pas le bon mot de passe');
    await page.getByTestId('back').click();
    await expect(page.getByText('Étape 1 sur 2')).toBeVisible();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(password).toHaveValue('pas le bon mot de passe');
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    const summary = page.locator('.pal-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Ce n'est pas votre mot de passe actuel. Vérifiez-le.");
    await expectAccessible(page);
    await password.fill('une phrase facile à retenir');
    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();

    // 3: the date, and the way back.
    await expect(
      page.getByRole('heading', { level: 1, name: 'Votre demande est enregistrée' }),
    ).toBeVisible();
    await expect(page.getByTestId('deletion-requested')).toContainText(
      /Votre compte sera supprimé le \S+\s\d+\s\S+(\s\d{4})?\sà\s\d+\sh/,
    );
    await expect(page.getByTestId('deletion-requested')).toContainText(
      "Vous pouvez encore changer d'avis jusque-là depuis Mes données.",
    );
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Aller à Mes données' }).click();
    const planned = page.getByTestId('erasure-planned');
    await expect(planned).toContainText('Votre compte sera supprimé le');
    await expect(page.getByTestId('delete-account-link')).toBeHidden();
    await expectAccessible(page);
    await planned.getByRole('button', { name: 'Garder mon compte' }).click();
    await expect(page.getByTestId('account-kept')).toContainText(
      "C'est noté : votre compte est gardé. Rien ne sera supprimé.",
    );
    await expect(page.getByTestId('account-kept')).toBeFocused();
    await expect(planned).toBeHidden();
    await expect(page.getByTestId('delete-account-link')).toBeVisible();

    // The same path in Arabic, right to left.
    await visit('/compte/supprimer?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('الخطوة 1 من 2')).toBeVisible();
  });
});
