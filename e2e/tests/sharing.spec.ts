import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const CSE_STAFF = 'billetterie@transports-urbains.example.net';
const PASSERELLE_RESIDENT = 'habitant@la-passerelle.example.org';
const TRAIT_D_UNION_RESIDENT = 'habitante@trait-d-union.example.org';
const PASSERELLE_BUILDER = 'batisseuse@la-passerelle.example.org';
const PHONE = { width: 320, height: 740 };
const TITLE = 'Places de cinéma au Kosmos à 3,50 €';

async function logIn(page: Page, identifier: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
}

async function asPerson(browser: Browser, baseURL: string | undefined, identifier: string) {
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'fr-FR' });
  const page = await context.newPage();
  await logIn(page, identifier);
  return page;
}

/** Opens the offer from "Offres de nos partenaires" of the resident's centre. */
async function openOffer(page: Page, slug: string): Promise<void> {
  await page.goto(`/c/${slug}/partenaires`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Offres de nos partenaires' }),
  ).toBeVisible();
  const card = page.getByTestId('partner-offer').filter({ hasText: TITLE });
  await expect(card).toContainText('Proposé par CSE Transports Urbains');
  await expectAccessible(page);
  await card.getByRole('link', { name: `Voir l'offre — ${TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

async function claim(page: Page, quantity: number): Promise<void> {
  await page.getByLabel('Combien en voulez-vous ?').fill(String(quantity));
  await page.getByTestId('claim-form').getByRole('button', { name: 'Faire ma demande' }).click();
  // Without the consent, the form says what to do.
  await expect(page.getByRole('link', { name: /Cochez la case/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/J'accepte que mon nom et mon adresse e-mail soient transmis/).check();
  await page.getByTestId('claim-form').getByRole('button', { name: 'Faire ma demande' }).click();
  await expect(page.getByTestId('claimed')).toBeVisible();
}

test.describe('sharing between communities', () => {
  test.use({ viewport: PHONE });

  test('a works council publishes 20 cinema tickets to two partner centres; residents of both claim them, the count reaches zero live; the council hands them over', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    // The works council's staff publish the offer to both partner centres.
    await logIn(page, CSE_STAFF);
    await page.getByTestId('tile-sharing').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Partage avec nos partenaires' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Publier une offre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Publier une offre' })).toBeVisible();
    await page.getByRole('button', { name: "Publier l'offre" }).click();
    await expect(page.getByRole('link', { name: /Titre/ })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Titre').fill(TITLE);
    await page.getByLabel('Description').fill('Séances du soir au cinéma Le Kosmos, à Fontenay.');
    await page
      .getByLabel('Conditions')
      .fill('À retirer au local du CSE, le mardi ou le jeudi midi.');
    await page.getByLabel('Quantité', { exact: true }).fill('20');
    await page.getByLabel('Nombre au plus par personne').fill('10');
    await page.getByLabel('Seulement certains partenaires').check();
    await page.getByLabel('Centre social La Passerelle').check();
    await page.getByLabel("Espace de vie sociale Le Trait d'Union").check();
    await expectAccessible(page);
    await page.getByRole('button', { name: "Publier l'offre" }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByTestId('offer-remaining')).toHaveText('Reste : 20 sur 20');
    await expect(
      page.getByText(/Pour : Centre social La Passerelle, Espace de vie sociale/),
    ).toBeVisible();
    const offerUrl = page.url();
    // A photo of the poster: re-encoded by the API, shown on the offer.
    const poster = await sharp({
      create: { width: 640, height: 400, channels: 3, background: '#8e2b1a' },
    })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel('Photo (facultatif)')
      .setInputFiles({ name: 'affiche.jpg', mimeType: 'image/jpeg', buffer: poster });
    await expect(page.getByText('La photo est ajoutée.')).toBeVisible();
    await expect(page.locator('img.sharing-photo')).toBeVisible();

    // A resident of each centre opens the offer in their own browser.
    const passerelle = await asPerson(browser, baseURL, PASSERELLE_RESIDENT);
    await expect(passerelle.getByTestId('tile-partner-offers')).toBeVisible();
    await openOffer(passerelle, 'la-passerelle');
    await expect
      .poll(() =>
        passerelle
          .locator('img.sharing-photo')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
    const traitDUnion = await asPerson(browser, baseURL, TRAIT_D_UNION_RESIDENT);
    await openOffer(traitDUnion, 'trait-d-union');
    await expect(traitDUnion.getByTestId('offer-remaining')).toHaveText('Reste : 20 sur 20');

    // La Passerelle's resident claims 10: the other resident and the council see it live.
    await claim(passerelle, 10);
    await expect(traitDUnion.getByTestId('offer-remaining')).toHaveText('Reste : 10 sur 20');
    await expect(page.getByTestId('offer-remaining')).toHaveText('Reste : 10 sur 20');
    await expect(passerelle.getByTestId('my-claim')).toContainText('Réservé, à retirer');

    // Le Trait d'Union's resident takes the last 10: zero everywhere, live.
    await claim(traitDUnion, 10);
    await expect(passerelle.getByTestId('offer-remaining')).toHaveText("Il n'en reste plus");
    await expect(passerelle.getByTestId('all-taken')).toBeVisible();
    await expect(page.getByTestId('offer-remaining')).toHaveText("Il n'en reste plus");
    await expectAccessible(passerelle);

    // The council sees who claimed (name, contact, centre) and confirms the hand-overs.
    await page.goto(offerUrl);
    const claims = page.getByTestId('offer-claim');
    await expect(claims).toHaveCount(2);
    await expect(
      claims.filter({ hasText: 'Mamadou Diallo — Centre social La Passerelle' }),
    ).toContainText(PASSERELLE_RESIDENT);
    await expectAccessible(page);
    for (const name of ['Mamadou Diallo', 'Fatou Traoré']) {
      const item = claims.filter({ hasText: name });
      await item.getByRole('button', { name: 'Confirmer la remise' }).click();
      await expect(item.getByTestId('claim-status')).toHaveText('Remis');
    }

    // The resident is told and sees the hand-over.
    await passerelle.goto('/c/la-passerelle/partenaires');
    await expect(passerelle.getByTestId('my-claim').filter({ hasText: TITLE })).toContainText(
      'Remis',
    );
    await passerelle.goto('/notifications');
    await expect(
      passerelle.getByText(`CSE Transports Urbains vous a remis « ${TITLE} ».`),
    ).toBeVisible();

    // The council adds two tickets: the residents see the new count live.
    await page.goto(offerUrl);
    await page.getByRole('link', { name: 'Modifier l’offre' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Modifier l’offre' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Quantité', { exact: true }).fill('22');
    await page.getByRole('button', { name: 'Enregistrer les changements' }).click();
    await expect(page.getByTestId('offer-remaining')).toHaveText('Reste : 2 sur 22');
    await openOffer(traitDUnion, 'trait-d-union');
    await expect(traitDUnion.getByTestId('offer-remaining')).toHaveText('Reste : 2 sur 22');
    await passerelle.context().close();
    await traitDUnion.context().close();
  });

  test('a centre’s builder sees its partnerships and the server’s directory; the pages read right to left in Arabic', async ({
    page,
    visit,
  }) => {
    // A works council is a community of the "partner organisation" kind, with a light sas.
    await visit('/c/cse-transports-urbains');
    await expect(page.getByTestId('sas-partner-kind')).toHaveText(
      'Organisation partenaire des centres sociaux',
    );
    await logIn(page, PASSERELLE_BUILDER);
    await visit('/c/la-passerelle/partenariats');
    await expect(page.getByRole('heading', { level: 1, name: 'Nos partenariats' })).toBeVisible();
    await expect(page.getByTestId('partnership-active')).toHaveCount(2);
    await expect(
      page.getByTestId('directory-entry').filter({ hasText: 'CSE Transports Urbains' }),
    ).toContainText('Déjà partenaire');
    // Ending a partnership asks first; the builder keeps it.
    await page
      .getByTestId('partnership-active')
      .filter({ hasText: 'Outillothèque des Tilleuls' })
      .getByRole('button', { name: 'Mettre fin au partenariat' })
      .click();
    await expect(page.getByRole('dialog')).toContainText('ne verront plus les offres');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ne rien changer' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByTestId('partnership-active')).toHaveCount(2);
    for (const path of [
      '/c/la-passerelle/partenaires',
      '/c/la-passerelle/offres',
      '/c/la-passerelle/offres/nouvelle',
      '/c/la-passerelle/partenariats',
    ]) {
      await visit(`${path}?lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
    }
    await visit('/c/la-passerelle/partenaires?lang=ar');
  });
});
