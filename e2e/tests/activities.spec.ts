import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const PARENT = 'habitant@la-passerelle.example.org';
const OTHER_PARENT = 'batisseuse@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const PHONE = { width: 375, height: 740 };
const TABLET = { width: 768, height: 1024 };
const TITLE = 'Sortie au zoo de Vincennes';

async function logIn(page: Page, identifier: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
}

async function gql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await (await request.post('/graphql', { data: { query, variables } })).json();
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

async function contextFor(
  browser: Browser,
  baseURL: string | undefined,
  who: string,
  viewport = PHONE,
) {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = await context.newPage();
  await logIn(page, who);
  return { context, page };
}

test.describe('activities', () => {
  test.use({ viewport: PHONE });

  test('a parent registers two children to a full activity, waits, gets the freed places and confirms them; staff check people in on a tablet, offline too', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Four people, two browsers and an offline tablet: a long journey.
    test.setTimeout(120_000);
    // The desk creates an outing with one session of 2 places.
    const staff = await contextFor(browser, baseURL, STAFF, TABLET);
    const { community } = await gql<{ community: { id: string } }>(
      staff.page.request,
      `{ community(slug: "la-passerelle") { id } }`,
    );
    const c = community.id;
    const { activityCategories } = await gql<{
      activityCategories: { id: string; name: string }[];
    }>(staff.page.request, `query($c: ID!) { activityCategories(communityId: $c) { id name } }`, {
      c,
    });
    const { saveActivity: activityId } = await gql<{ saveActivity: string }>(
      staff.page.request,
      `mutation($c: ID!, $i: ActivityInput!) { saveActivity(communityId: $c, input: $i) }`,
      {
        c,
        i: {
          title: TITLE,
          description: 'Une journée au zoo, pique-nique compris.',
          categoryId: activityCategories.find((x) => x.name === 'Sorties')!.id,
          place: 'Départ devant le centre',
          ageMin: 3,
          priceNote: '3 € par enfant',
          visibility: 'members',
          capacityMode: 'session',
        },
      },
    );
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { addActivitySession: sessionId } = await gql<{ addActivitySession: string }>(
      staff.page.request,
      `mutation($c: ID!, $a: ID!, $i: SessionInput!) { addActivitySession(communityId: $c, activityId: $a, input: $i) }`,
      { c, a: activityId, i: { date, starts: '09:00', ends: '17:00', capacity: 2 } },
    );

    // Another family registers its two children first: the session is full.
    const other = await contextFor(browser, baseURL, OTHER_PARENT);
    await gql(
      other.page.request,
      `mutation { createHousehold(input: { name: "Famille Roux" }) { id } }`,
    );
    for (const [firstName, birthYear] of [
      ['Jade', 2016],
      ['Tom', 2018],
    ] as const)
      await gql(
        other.page.request,
        `mutation($f: String!, $y: Int!) { addChild(input: { firstName: $f, birthYear: $y }) { id } }`,
        { f: firstName, y: birthYear },
      );
    await other.page.goto(`/c/la-passerelle/activites/${activityId}`);
    await other.page.getByRole('checkbox', { name: /^Jade/ }).check();
    await other.page.getByRole('checkbox', { name: /^Tom/ }).check();
    await other.page.getByRole('button', { name: 'Inscrire' }).click();
    await expect(other.page.getByTestId('register-outcome')).toContainText(
      'Inscription confirmée pour Jade, Tom',
    );

    // The parent registers Awa and Moussa: full, so both wait, together.
    await logIn(page, PARENT);
    await expect(page.getByTestId('tile-activities')).toBeVisible();
    await page.getByTestId('tile-activities').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activités' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await page.getByRole('link', { name: `Voir et s'inscrire — ${TITLE}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(page.getByText("complet : liste d'attente")).toBeVisible();
    await page.getByRole('checkbox', { name: /^Awa/ }).check();
    await page.getByRole('checkbox', { name: /^Moussa/ }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Inscrire' }).click();
    await expect(page.getByTestId('register-outcome')).toContainText(
      'C’est complet : Awa, Moussa sont sur la liste d’attente (position 1)',
    );
    const ours = page.getByTestId('registration');
    await expect(ours).toHaveCount(2);
    await expect(ours.first()).toContainText("Liste d'attente — rang 1");
    await expect(ours.nth(1)).toContainText('rang 2');
    await expectAccessible(page);
    const bell = page.getByTestId('notification-bell');
    const unread = async () => {
      const count = bell.getByTestId('notification-count');
      return (await count.count()) ? Number((await count.innerText()).replace(/\D/g, '')) : 0;
    };
    const before = await unread();

    // The other family cancels both children from its own page.
    await other.page.goto('/c/la-passerelle/activites');
    for (const child of ['Jade', 'Tom'])
      await other.page.getByRole('button', { name: `Annuler l'inscription — ${child}` }).click();
    await expect(other.page.getByTestId('registration')).toHaveCount(0);
    await other.context.close();

    // The parent is told at once (the bell), opens the notification and confirms both places.
    await expect(bell.getByTestId('notification-count')).toHaveText(`non lues : ${before + 1}`);
    await bell.click();
    const item = page
      .getByTestId('notification-list')
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .first();
    await expect(item).toContainText(`Une place s’est libérée à « ${TITLE} » pour Awa, Moussa`);
    await item.getByRole('link', { name: 'Voir' }).click();
    await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
    await expect(ours.first()).toContainText('Place proposée');
    await expectAccessible(page);
    await ours.first().getByRole('button', { name: 'Confirmer la place' }).click();
    await expect(page.locator('[data-testid="registration"][data-status="confirmed"]')).toHaveCount(
      2,
    );
    await expect(ours.first().getByRole('link', { name: 'Ajouter à mon agenda' })).toBeVisible();
    await expectAccessible(page);

    // The desk takes attendance on a tablet: from the roster to the check-in page.
    const desk = staff.page;
    await desk.goto(`/c/la-passerelle/activites/${activityId}/inscrits`);
    await expect(desk.getByRole('heading', { level: 1, name: 'Inscriptions' })).toBeVisible();
    await desk.getByLabel('Séance', { exact: true }).selectOption(sessionId);
    await expect(desk.getByTestId('roster')).toContainText('Awa');
    await expect(desk.getByTestId('roster')).toContainText('Famille Diallo');
    await expectAccessible(desk);
    await desk.getByRole('link', { name: "Faire l'appel" }).click();
    await expect(desk.getByRole('heading', { level: 1, name: 'Appel' })).toBeVisible();
    await desk.waitForLoadState('networkidle');
    await expectAccessible(desk);
    const line = (name: string) => desk.getByTestId('checkin-line').filter({ hasText: name });
    const awaPresent = line('Awa').getByRole('button', { name: 'Présent' });
    const box = await awaPresent.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await awaPresent.click();
    await expect(awaPresent).toHaveAttribute('aria-pressed', 'true');
    await expect(desk.getByTestId('checkin-count')).toHaveText('Présents : 1 sur 2');

    // No network: marks are kept on the tablet, then sent when it is back.
    await staff.context.setOffline(true);
    await line('Moussa').getByRole('button', { name: 'Excusé' }).click();
    await desk.getByLabel('Une personne venue sans inscription').fill('Voisine Fatima');
    await desk.getByRole('button', { name: 'Ajouter' }).click();
    await expect(desk.getByText('Pas de réseau')).toBeVisible();
    await expect(desk.getByTestId('checkin-count')).toContainText("en attente d'envoi : 2");
    await expect(line('Voisine Fatima').getByRole('button', { name: 'Présent' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(desk);
    await staff.context.setOffline(false);
    await expect(desk.getByTestId('checkin-count')).toHaveText('Présents : 2 sur 3');
    await desk.reload();
    await expect(line('Moussa').getByRole('button', { name: 'Excusé' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(line('Voisine Fatima')).toContainText('venue sans inscription');
    const { attendanceSheet } = await gql<{
      attendanceSheet: { lines: { name: string; status: string }[] };
    }>(
      desk.request,
      `query($c: ID!, $s: ID!) { attendanceSheet(communityId: $c, sessionId: $s) { lines { name status } } }`,
      { c, s: sessionId },
    );
    expect(attendanceSheet.lines).toEqual([
      { name: 'Awa', status: 'present' },
      { name: 'Moussa', status: 'excused' },
      { name: 'Voisine Fatima', status: 'present' },
    ]);
    await expectAccessible(desk);
    await staff.context.close();
  });

  test('the desk registers a resident and a child at the desk; every activities page reads right to left at 320 px', async ({
    page,
    visit,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 800 });
    await logIn(page, STAFF);
    await visit('/c/la-passerelle/activites/gestion');
    await page.getByRole('link', { name: 'Atelier cuisine parents-enfants' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inscriptions' })).toBeVisible();
    const rosterUrl = page.url();
    await page.getByRole('link', { name: "Inscrire quelqu'un à l'accueil" }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: "Inscrire quelqu'un à l'accueil" }),
    ).toBeVisible();
    await page.getByLabel('Nom, e-mail ou identifiant de la personne').fill('Mamadou');
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('button', { name: 'Choisir Mamadou Diallo' }).click();
    await page.getByRole('checkbox', { name: 'Awa' }).check();
    // Without both ticks, the error summary says what to do.
    await page.getByRole('button', { name: 'Inscrire' }).click();
    await expect(page.locator('.pal-error-summary')).toContainText('Cochez les deux cases');
    await page.getByLabel('La personne est là (ou au téléphone)').check();
    await page
      .getByLabel("La personne est d'accord pour que je fasse cette inscription pour elle")
      .check();
    await page.getByRole('button', { name: 'Inscrire' }).click();
    await expect(page.getByTestId('desk-outcome')).toContainText(
      'Inscription confirmée pour Mamadou Diallo, Awa',
    );
    await expectAccessible(page);

    // Awa's parent phones: the desk cancels her place from the roster.
    await page.goto(rosterUrl);
    await page.getByRole('button', { name: "Annuler l'inscription — Awa" }).click();
    await expect(page.getByTestId('roster').getByRole('row', { name: /Awa/ })).toContainText(
      'Annulée',
    );

    const activityPath = new URL(rosterUrl).pathname.replace(/\/inscrits$/, '');
    for (const path of [
      '/c/la-passerelle/activites',
      activityPath,
      '/c/la-passerelle/activites/gestion',
      `${activityPath}/inscrits`,
      `${activityPath}/accueil`,
    ]) {
      await visit(`${path}?lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
  });
});
