import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const PHONE = { width: 375, height: 740 };
const SERVICE = 'Aide aux démarches en ligne';

async function logIn(page: Page, identifier: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
}

/** Opens the slot picker of the service, going to the next week while this one has no slot. */
async function openSlots(page: Page): Promise<void> {
  await page.goto('/c/la-passerelle/rendez-vous');
  await page.getByRole('link', { name: `Choisir un créneau — ${SERVICE}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Choisissez un jour et une heure' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  for (let i = 0; i < 3 && (await page.getByTestId('slot').count()) === 0; i++) {
    await page.getByRole('button', { name: 'Semaine suivante' }).click();
    await page.waitForLoadState('networkidle');
  }
  await expect(page.getByTestId('slot').first()).toBeVisible();
}

const slotAt = (page: Page, startsAt: string) =>
  page.locator(`[data-testid="slot"][data-starts-at="${startsAt}"]`);

async function secondBrowser(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'fr-FR' });
  const page = await context.newPage();
  await logIn(page, STAFF);
  await openSlots(page);
  return page;
}

test.describe('appointments', () => {
  test.use({ viewport: PHONE });

  test('a resident books, gets the confirmation and the calendar file, reschedules and cancels; another browser sees the slot go and come back live', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/c/la-passerelle');
    await expect(page.getByTestId('tile-sas-booking')).toContainText(SERVICE);
    await logIn(page, RESIDENT);
    await expect(page.getByTestId('tile-booking')).toBeVisible();
    await openSlots(page);
    await expectAccessible(page);
    const watcher = await secondBrowser(browser, baseURL);

    // The first two slots of the week, as both browsers see them.
    const first = (await page.getByTestId('slot').nth(0).getAttribute('data-starts-at'))!;
    const second = (await page.getByTestId('slot').nth(1).getAttribute('data-starts-at'))!;
    await expect(slotAt(watcher, first)).toHaveCount(1);

    // Step 2: check, leave a note, book.
    await page.getByTestId('slot').nth(0).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vérifiez et confirmez' }),
    ).toBeVisible();
    await expect(page.getByText('Étape 2 sur 2')).toBeVisible();
    const when = await page.getByTestId('chosen-when').innerText();
    expect(when).toMatch(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d+ \S+ à \d+ h( \d\d)?$/,
    );
    await page
      .getByLabel("Un mot pour l'équipe (facultatif)")
      .fill('pour ma déclaration trimestrielle');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' })).toBeVisible();
    await expect(
      page.getByText("C'est réservé. Vous allez recevoir un e-mail de confirmation."),
    ).toBeVisible();
    await expect(page.getByTestId('appointment-when')).toHaveText(when);
    await expect(page.getByText('12 allée des Tilleuls, 93420 Villepinte')).toBeVisible();
    await expectAccessible(page);

    // The other browser saw the slot disappear, without reloading.
    await expect(slotAt(watcher, first)).toHaveCount(0);

    // The confirmation email: the date in words, the address, what to bring, the links.
    const mail = await page.request.get('/dev/mailbox');
    const mailbox = await mail.text();
    expect(mailbox).toContain(`Rendez-vous confirmé : ${SERVICE}, ${when}`);
    expect(mailbox).toContain('12 allée des Tilleuls, 93420 Villepinte');
    expect(mailbox).toContain('À apporter : vos identifiants');
    expect(mailbox).toMatch(/\/api\/booking\/appointments\/[0-9a-f-]+\.ics/);

    // The calendar file, read by an independent iCalendar parser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-ics').click(),
    ]);
    const ics = await readFile((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(first);
    expect(event.summary).toContain(SERVICE);
    expect(event.location).toContain('12 allée des Tilleuls');

    // Reschedule to the second slot: the history keeps the first time, which comes back live.
    await page.getByRole('link', { name: "Changer l'heure" }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisissez la nouvelle heure' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 3 && (await slotAt(page, second).count()) === 0; i++)
      await page.getByRole('button', { name: 'Semaine suivante' }).click();
    await slotAt(page, second).click();
    await page.getByRole('button', { name: 'Déplacer mon rendez-vous à cette heure' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Votre rendez-vous' })).toBeVisible();
    await expect(page.getByText(/l'ancienne heure était/)).toBeVisible();
    await expect(slotAt(watcher, first)).toHaveCount(1);
    await expect(slotAt(watcher, second)).toHaveCount(0);

    // Cancel: the slot is free again for everyone.
    await page.getByRole('button', { name: 'Annuler ce rendez-vous' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Oui, annuler le rendez-vous' }).click();
    await expect(page.getByText('Ce rendez-vous est annulé.')).toBeVisible();
    await expect(slotAt(watcher, second)).toHaveCount(1);
    await expectAccessible(watcher);
    await watcher.context().close();
  });

  test('the desk books for a resident without email and prints the slip; the agenda shows it', async ({
    page,
  }) => {
    await logIn(page, STAFF);
    // A resident without email, whose account the desk made.
    const name = `Fatou Sow ${Date.now().toString(36)}`;
    const { data } = await (
      await page.request.post('/graphql', {
        data: {
          query: `query { community(slug: "la-passerelle") { id } }`,
        },
      })
    ).json();
    const created = await (
      await page.request.post('/graphql', {
        data: {
          query: `mutation($c: ID!, $i: DeskAccountInput!) { createAccountAtDesk(communityId: $c, input: $i,
            consent: { residentPresent: true, residentAgrees: true }) { accountId } }`,
          variables: { c: data.community.id, i: { displayName: name } },
        },
      })
    ).json();
    expect(created.errors).toBeUndefined();

    await page.goto('/c/la-passerelle/agenda');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Agenda des rendez-vous' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await page.getByRole('link', { name: "Prendre un rendez-vous pour quelqu'un" }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: "Prendre un rendez-vous pour quelqu'un" }),
    ).toBeVisible();
    await page.getByLabel('Nom, e-mail ou identifiant de la personne').fill(name);
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('link', { name: `Choisir un créneau pour ${name}` }).click();
    await expect(page.getByText(`Pour : ${name}`)).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 3 && (await page.getByTestId('slot').count()) === 0; i++)
      await page.getByRole('button', { name: 'Semaine suivante' }).click();
    await page.getByTestId('slot').first().click();

    // Without both ticks, the error summary says what to do.
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();
    await expect(page.locator('.pal-error-summary')).toContainText('Cochez les deux cases');
    await page.getByLabel('La personne est là (ou au téléphone)').check();
    await page
      .getByLabel("La personne est d'accord pour que je prenne ce rendez-vous pour elle")
      .check();
    await page.getByRole('button', { name: 'Réserver ce rendez-vous' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'Fiche de rendez-vous' }),
    ).toBeVisible();
    const slip = page.getByTestId('appointment-slip');
    await expect(slip).toContainText(name);
    await expect(slip).toContainText(SERVICE);
    await expect(slip).toContainText(/Code à montrer à l'accueil : [A-Z2-9]{6}/);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByTestId('print-slip').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expectAccessible(page);

    // The agenda of the week shows the appointment, the person and that they have no email.
    await page.goto('/c/la-passerelle/agenda');
    await page.getByRole('radio', { name: 'Semaine' }).check();
    const days = page.locator('main h2');
    await expect(days).toHaveCount(7);
    await page.waitForLoadState('networkidle');
    const item = page.getByTestId('agenda-item').filter({ hasText: name });
    for (let i = 0; i < 3 && (await item.count()) === 0; i++) {
      const monday = await days.first().innerText();
      await page.getByRole('button', { name: 'Suivant', exact: true }).click();
      await expect(days.first()).not.toHaveText(monday);
      await page.waitForLoadState('networkidle');
    }
    await expect(item).toContainText('(sans e-mail)');
    await item.getByRole('button', { name: 'Arrivé' }).click();
    await expect(item).toContainText('Confirmé — Arrivé');
  });

  test('the director adds a room with its weekly hours, a closed day and a service it delivers, then changes the service', async ({
    page,
  }) => {
    await logIn(page, 'directrice@la-passerelle.example.org');
    await page.goto('/c/la-passerelle/agenda');
    await page.getByRole('link', { name: 'Réglages des rendez-vous' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Réglages des rendez-vous' }),
    ).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);

    const newResource = page.getByTestId('new-resource');
    await newResource
      .getByLabel('Nom (par exemple : Nadia Benali, Salle 2)')
      .fill('Salle informatique');
    await newResource.getByRole('radio', { name: 'une salle' }).check();
    await newResource.getByLabel('Jour', { exact: true }).selectOption({ label: 'vendredi' });
    await newResource.getByLabel('De', { exact: true }).fill('14:00');
    await newResource.getByLabel('À', { exact: true }).fill('16:00');
    await newResource.getByRole('button', { name: 'Enregistrer la personne ou la salle' }).click();
    await expect(
      page.getByText('Salle informatique (une salle) — vendredi 14:00–16:00'),
    ).toBeVisible();

    const newService = page.getByTestId('new-service');
    await newService.getByLabel('Nom du service').fill('Atelier ordinateur');
    await newService.getByLabel('Durée en minutes').fill('60');
    await newService.getByLabel('Temps libre après (minutes)').fill('15');
    await newService.getByRole('checkbox', { name: 'Salle informatique' }).check();
    await newService.getByRole('button', { name: 'Enregistrer le service' }).click();
    await expect(page.getByText('Atelier ordinateur — Durée : 60 minutes')).toBeVisible();
    await expectAccessible(page);

    // Changed later: the form comes filled in, nothing else is lost.
    await page.getByText('Modifier « Atelier ordinateur »').click();
    const edit = page.locator('details[open]');
    await expect(edit.getByLabel('Temps libre après (minutes)')).toHaveValue('15');
    await edit.getByLabel('Durée en minutes').fill('90');
    await edit.getByRole('button', { name: 'Enregistrer les changements' }).click();
    await expect(page.getByText('Atelier ordinateur — Durée : 90 minutes')).toBeVisible();
    await expectAccessible(page);

    await page.goto('/c/la-passerelle/rendez-vous');
    await expect(page.getByRole('heading', { level: 3, name: 'Atelier ordinateur' })).toBeVisible();
  });
});
