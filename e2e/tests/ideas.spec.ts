import type { APIRequestContext, Browser, BrowserContext } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const BUILDER = 'batisseuse@la-passerelle.example.org';
const IDEAS = '/c/la-passerelle/idees';

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

/** A new resident of La Passerelle (signed up, admitted by the builder), in a phone browser. */
async function newResident(browser: Browser, baseURL: string | undefined, name: string) {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 320, height: 640 },
  });
  const { communities } = await graphql(context.request, '{ communities { id slug } }');
  const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
  await graphql(context.request, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
    i: {
      displayName: `${name} ${suffix}`,
      email: `${name.toLowerCase()}.${suffix}@example.org`,
      password: 'une phrase facile à retenir',
      locale: 'fr',
      over15: true,
    },
  });
  const joined = await graphql(
    context.request,
    'mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { memberships { id community { id } } } }',
    { c: passerelle.id },
  );
  const builder = await browser.newContext({ baseURL });
  await logIn(builder.request, BUILDER);
  await graphql(
    builder.request,
    'mutation($c: ID!, $m: ID!) { decideMembership(communityId: $c, membershipId: $m, admit: true) { id } }',
    {
      c: passerelle.id,
      m: joined.joinCommunity.memberships.find(
        (m: { community: { id: string } }) => m.community.id === passerelle.id,
      ).id,
    },
  );
  await builder.close();
  return { context, page: await context.newPage() };
}

test.describe('the idea box', () => {
  test('a resident submits an idea, two others support it, the centre accepts it and all of them are told', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Four people, each in their own browser, on a shared two-core machine.
    test.setTimeout(120_000);
    const contexts: BrowserContext[] = [];
    try {
      // Mamadou (resident) opens the idea box: the demo ideas are there, with their status.
      await logIn(page.request, RESIDENT);
      await page.goto(IDEAS);
      await expect(page.getByRole('heading', { level: 1, name: 'Boîte à idées' })).toBeVisible();
      await expect(page.getByTestId('ideas-list')).toContainText(
        'Un atelier réparation vélo le samedi',
      );
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);

      // He proposes an idea; sent empty first, the form says what to fix, in words.
      await page.getByTestId('ideas-propose').click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Proposer une idée' }),
      ).toBeVisible();
      await page.getByTestId('idea-submit').click();
      const summary = page.getByRole('heading', { name: 'Il y a un problème' });
      await expect(summary).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'Indiquez le titre de votre idée' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Décrivez votre idée' })).toBeVisible();
      await expect(
        page.getByRole('link', { name: 'Choisissez une catégorie dans la liste' }),
      ).toBeVisible();
      await expectAccessible(page);
      const title = `Un composteur dans la cour ${Date.now().toString(36)}`;
      await page.getByLabel("Titre de l'idée").fill(title);
      await page
        .getByLabel('Votre idée en détail')
        .fill('Pour nos épluchures, et du terreau pour le jardin partagé.');
      await page.getByRole('radio', { name: 'Cadre de vie' }).check();
      // A photo straight from his phone (with its GPS position): it arrives without it.
      await page.getByTestId('idea-photo').setInputFiles({
        name: 'IMG_0107.jpg',
        mimeType: 'image/jpeg',
        buffer: await sharp({
          create: { width: 1200, height: 900, channels: 3, background: '#6b8e23' },
        })
          .jpeg()
          .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 57/1 12/1' } })
          .toBuffer(),
      });
      await page
        .getByLabel('Décrivez la photo pour les personnes qui ne la voient pas')
        .fill('Le coin de la cour près des poubelles');
      await page.getByTestId('idea-submit').click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByTestId('idea-status').first()).toHaveText('Proposée');
      const photo = page.getByRole('img', { name: 'Le coin de la cour près des poubelles' });
      await expect(photo).toBeVisible();
      const served = await page.request.get((await photo.getAttribute('src'))!);
      expect((await sharp(await served.body()).metadata()).exif).toBeUndefined();
      await expect(
        page.getByText("Le centre n'a pas encore répondu.", { exact: false }),
      ).toBeVisible();
      const ideaUrl = page.url();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);

      // Two other residents support it on their phones; Mamadou's page counts them live.
      const supporters = [
        await newResident(browser, baseURL, 'Awa'),
        await newResident(browser, baseURL, 'Yanis'),
      ];
      contexts.push(...supporters.map((s) => s.context));
      for (const [n, supporter] of supporters.entries()) {
        await supporter.page.goto(ideaUrl);
        await expect(supporter.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
        const button = supporter.page.getByTestId('idea-support');
        await expect(button).toHaveText('Je soutiens cette idée');
        await button.click();
        await expect(button).toHaveAttribute('aria-pressed', 'true');
        await expect(button).toHaveText('Retirer mon soutien');
        await expect(supporter.page.getByTestId('idea-support-count')).toContainText(
          `Soutiens : ${n + 1}`,
        );
        await supporter.page.waitForLoadState('networkidle');
        await expectAccessible(supporter.page);
      }
      await expect(page.getByTestId('idea-support-count')).toContainText('Soutiens : 2');

      // Nadia (staff) studies it, then accepts it, with an answer each time.
      const staff = await browser.newContext({
        baseURL,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      contexts.push(staff);
      await logIn(staff.request, STAFF);
      const desk = await staff.newPage();
      await desk.goto(ideaUrl);
      await expect(
        desk.getByRole('heading', { level: 2, name: "Pour l'équipe du centre" }),
      ).toBeVisible();
      await desk.getByTestId('idea-status-save').click();
      await expect(desk.getByText('Choisissez la nouvelle étape')).toBeVisible();
      await expect(desk.getByText('Écrivez la réponse du centre')).toBeVisible();
      await desk.waitForLoadState('networkidle');
      await expectAccessible(desk);
      await desk.getByRole('radio', { name: "À l'étude" }).check();
      await desk
        .getByLabel('Réponse du centre')
        .fill('Nous demandons au bailleur si la cour peut accueillir un composteur.');
      await desk.getByTestId('idea-status-save').click();
      await expect(desk.getByTestId('idea-history')).toContainText('Nous demandons au bailleur');
      await desk.getByRole('radio', { name: 'Acceptée' }).check();
      await desk
        .getByLabel('Réponse du centre')
        .fill('Oui ! Le bailleur est d’accord : le composteur arrive en avril.');
      await desk.getByTestId('idea-status-save').click();
      await expect(desk.getByTestId('idea-history')).toContainText('le composteur arrive en avril');
      await expect(desk.getByTestId('idea-status').first()).toHaveText('Acceptée');
      await expectAccessible(desk);

      // Mamadou sees the answer on the page, live, then in his notifications.
      await expect(page.getByTestId('idea-status').first()).toHaveText('Acceptée');
      await expect(page.getByTestId('idea-history')).toContainText('le composteur arrive en avril');
      const sentence = `L’idée « ${title} » est maintenant : acceptée. Réponse du centre : « Oui ! Le bailleur est d’accord : le composteur arrive en avril. »`;
      for (const p of [page, ...supporters.map((s) => s.page)]) {
        await expect(p.getByTestId('notification-bell')).toBeVisible();
        await p.getByTestId('notification-bell').click();
        await expect(p.getByRole('heading', { level: 1, name: 'Mes notifications' })).toBeVisible();
        await expect(p.getByTestId('notification-list')).toContainText(sentence);
        await p.waitForLoadState('networkidle');
        await expectAccessible(p);
      }
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  test('fits a 320 px screen in Arabic, works with the keyboard, and an idea hidden by the team disappears live', async ({
    page,
    browser,
    baseURL,
    visit,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await logIn(page.request, STAFF);
    const { communities } = await graphql(page.request, '{ communities { id slug } }');
    const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
    const { submitIdea } = await graphql(
      page.request,
      `
        mutation ($c: ID!, $i: IdeaInput!) {
          submitIdea(communityId: $c, input: $i) {
            id
          }
        }
      `,
      {
        c: passerelle.id,
        i: {
          title: `Vente de gâteaux pour une sortie ${Date.now().toString(36)}`,
          description: 'Une idée à masquer.',
          categoryId: (
            await graphql(
              page.request,
              '{ x: ideaCategories(communityId: "' + passerelle.id + '") { id } }',
            )
          ).x[0].id,
        },
      },
    );
    for (const path of [
      IDEAS,
      `${IDEAS}/nouvelle`,
      `${IDEAS}/categories`,
      `${IDEAS}/${submitIdea.id}`,
    ]) {
      await visit(`${path}?lang=ar`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('h1').first()).toBeVisible();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(320);
    }

    // With the keyboard only: support the idea, then withdraw.
    await visit(`${IDEAS}/${submitIdea.id}?lang=fr`);
    const support = page.getByTestId('idea-support');
    await support.focus();
    await page.keyboard.press('Enter');
    await expect(support).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('idea-support-count')).toContainText('Soutiens : 1');
    await page.keyboard.press('Enter');
    await expect(support).toHaveAttribute('aria-pressed', 'false');

    // A resident has the list open; the builder hides the idea: it disappears without reloading.
    const resident = await browser.newContext({ baseURL, locale: 'fr-FR' });
    try {
      await logIn(resident.request, RESIDENT);
      const list = await resident.newPage();
      await list.goto(IDEAS);
      const card = list.getByTestId('ideas-list').getByText('Vente de gâteaux pour une sortie');
      await expect(card).toBeVisible();
      await list.waitForLoadState('networkidle');
      const builder = await browser.newContext({ baseURL });
      await logIn(builder.request, BUILDER);
      await graphql(
        builder.request,
        `
          mutation ($c: ID!, $i: ModerationDecisionInput!) {
            moderate(communityId: $c, input: $i) {
              id
            }
          }
        `,
        {
          c: passerelle.id,
          i: { itemType: 'idea', itemId: submitIdea.id, action: 'hide', reason: 'Hors charte.' },
        },
      );
      await builder.close();
      await expect(card).toHaveCount(0);
      await expectAccessible(list);
    } finally {
      await resident.close();
    }
  });
});
