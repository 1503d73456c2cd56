import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const BUILDER = 'batisseuse@la-passerelle.example.org';
const POLLS = '/c/la-passerelle/sondages';
const PHONE = { width: 360, height: 740 };

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

const logIn = (request: APIRequestContext, identifier: string, password = DEMO_PASSWORD) =>
  graphql(request, 'mutation($i: LogInInput!) { logIn(input: $i) { id } }', {
    i: { identifier, password },
  });

/** A browser of its own (cookies, socket) for one person, logged in; a phone if asked. */
async function personIn(
  browser: Browser,
  baseURL: string | undefined,
  identifier: string | null,
  phone = false,
) {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
  });
  if (identifier) await logIn(context.request, identifier);
  return { context, page: await context.newPage() };
}

/** A new member of La Passerelle: signs up, joins, and the builder admits her. */
async function newResident(browser: Browser, baseURL: string | undefined) {
  const suffix = Date.now().toString(36);
  const person = await personIn(browser, baseURL, null, true);
  const { communities } = await graphql(person.context.request, '{ communities { id slug } }');
  const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
  await graphql(person.context.request, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: {
      displayName: `Awa ${suffix}`,
      email: `awa.${suffix}@example.org`,
      password: 'une phrase facile à retenir',
      locale: 'fr',
      over15: true,
    },
  });
  const joined = await graphql(
    person.context.request,
    'mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { memberships { id community { id } } } }',
    { c: passerelle.id },
  );
  const builder = await personIn(browser, baseURL, BUILDER);
  await graphql(
    builder.context.request,
    'mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: true) { id } }',
    {
      c: passerelle.id,
      m: joined.joinCommunity.memberships.find(
        (m: { community: { id: string } }) => m.community.id === passerelle.id,
      ).id,
    },
  );
  await builder.context.close();
  return person;
}

/** A local date-time in Paris, some days from now at 18:30, as a datetime-local field takes it. */
function parisLocal(days: number, time = '18:30'): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return `${day}T${time}`;
}

/** A resident answers the date poll on a phone: one answer per date, then sends. */
async function answer(page: Page, url: string, answers: [RegExp, string][]) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Fête de quartier' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  for (const [date, choice] of answers)
    await page.getByRole('group', { name: date }).getByLabel(choice, { exact: true }).check();
  await page.getByRole('button', { name: 'Envoyer mon vote' }).click();
  await expect(page.getByText('Merci, votre vote est enregistré.')).toBeVisible();
  await expectAccessible(page);
}

test.describe('polls', () => {
  // Four browsers (three of them people voting or watching) take longer than one.
  test.setTimeout(120_000);

  test('the team finds a date with residents on their phones; results live on a third screen; closing shows the best date', async ({
    page,
    browser,
    baseURL,
  }) => {
    const contexts: BrowserContext[] = [];
    try {
      // Nadia (staff) creates a date-finding poll.
      await logIn(page.request, STAFF);
      await page.goto(POLLS);
      await expect(page.getByRole('heading', { level: 1, name: 'Sondages' })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Créer un sondage' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Créer un sondage' })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel("Choix d'une date", { exact: true }).check();
      await page.getByLabel('Question', { exact: true }).fill('Fête de quartier');
      await page.getByLabel('Date et heure 1').fill(parisLocal(20, '14:00'));
      await page.getByLabel('Précision pour la date 1 (facultatif)').fill('au square');
      await page.getByLabel('Date et heure 2').fill(parisLocal(27, '14:00'));
      await page.getByLabel('Précision pour la date 2 (facultatif)').fill('à la salle des fêtes');
      await page.getByLabel('Fin du sondage', { exact: true }).fill(parisLocal(7));
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Publier le sondage' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Fête de quartier' })).toBeVisible();
      const url = page.url();
      await expect(page.getByTestId('poll-participation')).toContainText('0 votes');
      await expectAccessible(page);

      // The third screen: Sandrine (builder) watches the results.
      const watcher = await personIn(browser, baseURL, BUILDER);
      contexts.push(watcher.context);
      await watcher.page.goto(url);
      await expect(watcher.page.getByTestId('poll-participation')).toContainText('0 votes');
      await watcher.page.waitForLoadState('networkidle');

      // Two residents answer on their phones; the watcher's results follow without reloading.
      const first = await personIn(browser, baseURL, RESIDENT, true);
      contexts.push(first.context);
      await answer(first.page, url, [
        [/au square/, 'Oui'],
        [/à la salle des fêtes/, 'Si besoin'],
      ]);
      await expect(watcher.page.getByTestId('poll-participation')).toContainText('1 votes');
      const second = await newResident(browser, baseURL);
      contexts.push(second.context);
      await answer(second.page, url, [
        [/au square/, 'Oui'],
        [/à la salle des fêtes/, 'Non'],
      ]);
      await expect(watcher.page.getByTestId('poll-participation')).toContainText('2 votes');
      await expect(
        watcher.page.getByTestId('poll-bar').or(watcher.page.getByTestId('poll-best')).first(),
      ).toContainText('Oui : 2, si besoin : 0, non : 0');
      await expectAccessible(watcher.page);

      // Nadia closes the poll now: everyone sees it ended, with the best date.
      await page.getByRole('button', { name: 'Clore maintenant' }).click();
      await page.getByRole('button', { name: 'Oui, clore le sondage' }).click();
      await expect(page.getByTestId('poll-when')).toContainText('Ce sondage est terminé');
      const best = page.getByTestId('poll-best');
      await expect(best).toHaveCount(1);
      await expect(best).toContainText('au square');
      await expect(best).toContainText('Meilleure date');
      await expectAccessible(page);
      await expect(watcher.page.getByTestId('poll-when')).toContainText('Ce sondage est terminé');
      await expect(first.page.getByTestId('poll-best')).toContainText('au square');
      await expectAccessible(first.page);

      // The outcome statement, read by the residents.
      await page
        .getByLabel('Ce que nous en faisons')
        .fill('La fête aura lieu au square. Venez nombreux !');
      await page.getByRole('button', { name: 'Publier', exact: true }).click();
      await expect(page.getByText("C'est publié.")).toBeVisible();
      await second.page.reload();
      await expect(second.page.getByTestId('poll-outcome')).toHaveText(
        'La fête aura lieu au square. Venez nombreux !',
      );
      await expectAccessible(second.page);
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  test('a ranking with a photo, made in the form; ordered with the keyboard, in Arabic, on a 320 px screen', async ({
    browser,
    baseURL,
  }) => {
    const staff = await personIn(browser, baseURL, STAFF);
    const resident = await personIn(browser, baseURL, RESIDENT);
    try {
      // Nadia makes it in the form, with a photo for the first answer.
      const form = staff.page;
      await form.goto(`${POLLS}/nouveau`);
      await expect(form.getByRole('heading', { level: 1, name: 'Créer un sondage' })).toBeVisible();
      await form.getByLabel('Classement', { exact: true }).check();
      await form.getByLabel('Question', { exact: true }).fill('Nom du jardin partagé');
      await form.getByLabel('Réponse 1', { exact: true }).fill('Les Lilas');
      await form.getByLabel('Réponse 2', { exact: true }).fill('Le Potager');
      await form.getByRole('button', { name: 'Ajouter une réponse' }).click();
      await form.getByLabel('Réponse 3', { exact: true }).fill('La Source');
      await form.getByLabel('Photo pour la réponse 1 (facultatif)').setInputFiles({
        name: 'lilas.jpg',
        mimeType: 'image/jpeg',
        buffer: await sharp({
          create: { width: 640, height: 480, channels: 3, background: '#8a6fb0' },
        })
          .jpeg()
          .toBuffer(),
      });
      await form
        .getByLabel('Décrivez la photo 1 pour les personnes qui ne la voient pas')
        .fill('Des lilas en fleurs contre le mur du jardin');
      await form.getByLabel('Fin du sondage', { exact: true }).fill(parisLocal(5));
      await expectAccessible(form);
      await form.getByRole('button', { name: 'Publier le sondage' }).click();
      await expect(
        form.getByRole('heading', { level: 1, name: 'Nom du jardin partagé' }),
      ).toBeVisible();
      const pollUrl = new URL(form.url()).pathname;
      // Then she decides the results show only to those who have voted.
      await form.getByLabel('Après avoir voté', { exact: true }).check();
      await form.getByRole('button', { name: 'Enregistrer les changements' }).click();
      await expect(form.getByText('Les changements sont enregistrés.')).toBeVisible();
      await expectAccessible(form);

      const page = resident.page;
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`${pollUrl}?lang=ar`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Nom du jardin partagé' }),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      await expect(
        page.getByRole('img', { name: 'Des lilas en fleurs contre le mur du jardin' }),
      ).toBeVisible();
      await expect(page.getByTestId('poll-results')).toHaveCount(0);
      // "La Source" goes first, with the keyboard only.
      const up = page.getByRole('button', { name: 'نقل «La Source» إلى الأعلى' });
      await up.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('ranking-item').first()).toContainText('La Source');
      await page.getByRole('button', { name: 'إرسال صوتي' }).click();
      await expect(page.getByTestId('poll-results')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
      await expectAccessible(page);
    } finally {
      await staff.context.close();
      await resident.context.close();
    }
  });
});
