import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const STAFF = 'accueil@la-passerelle.example.org';
const BUILDER = 'batisseuse@la-passerelle.example.org';
const FEED = '/c/la-passerelle/fil';

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

/** A browser of its own (cookies, socket) for one person, logged in. */
async function personIn(browser: Browser, baseURL: string | undefined, identifier: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  await logIn(context.request, identifier);
  return { context, page: await context.newPage() };
}

/** A photo straight from a phone: GPS position and camera in its EXIF. */
function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#4a7a3c' } })
    .jpeg()
    .withExifMerge({
      IFD0: { Make: 'PhoneMaker', Model: 'Secret Phone 12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' },
    })
    .toBuffer();
}

async function openFeed(page: Page) {
  await page.goto(FEED);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Le fil de la communauté' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
}

test.describe('the community feed', () => {
  test('a post with a photo arrives live, is commented, reacted to, reported, and hidden live by the builder', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Four people in four browsers: a long journey.
    test.setTimeout(90_000);
    const contexts: BrowserContext[] = [];
    try {
      // Mamadou (resident) writes; Nadia (staff) reads in her own browser.
      await logIn(page.request, RESIDENT);
      await openFeed(page);
      await expectAccessible(page);
      const reader = await personIn(browser, baseURL, STAFF);
      contexts.push(reader.context);
      await openFeed(reader.page);

      const text = `Le jardin partagé a donné ses premières tomates ! ${Date.now().toString(36)}`;
      await page.getByLabel('Votre message').fill(text);
      await page.getByLabel('Ajouter des photos (4 au plus)').setInputFiles({
        name: 'IMG_0042.jpg',
        mimeType: 'image/jpeg',
        buffer: await photoWithGps(),
      });
      const alt = page.getByLabel('Décrivez la photo 1 pour les personnes qui ne la voient pas');
      await expect(alt).toBeVisible();
      await alt.fill('Des tomates rouges dans un panier');
      await expectAccessible(page);
      await page.getByTestId('composer-publish').click();
      await expect(page.getByText("C'est publié.")).toBeVisible();
      const mine = page.getByTestId('feed-post').filter({ hasText: text });
      await expect(mine).toBeVisible();

      // Nadia is told, without the page jumping; she chooses to show it.
      const banner = reader.page.getByTestId('feed-new-posts');
      await expect(banner).toHaveText('Nouvelles publications : 1. Les afficher');
      await banner.click();
      const post = reader.page.getByTestId('feed-post').filter({ hasText: text });
      await expect(post).toBeVisible();
      const img = post.getByRole('img', { name: 'Des tomates rouges dans un panier' });
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('width', /\d+/);
      await expect(img).toHaveAttribute('height', /\d+/);
      await expectAccessible(reader.page);

      // The photo she downloads has no EXIF: no GPS, no camera.
      const src = await post
        .getByRole('link', { name: 'Ouvrir la photo 1 en grand' })
        .getAttribute('href');
      const photo = await reader.context.request.get(src!);
      expect(photo.status()).toBe(200);
      const bytes = await photo.body();
      const meta = await sharp(bytes).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes('Secret Phone')).toBe(false);
      // A visitor cannot fetch a members-only photo.
      const visitor = await browser.newContext({ baseURL });
      contexts.push(visitor);
      expect((await visitor.request.get(src!)).status()).toBe(404);

      // She reacts and comments; the author sees the reaction live.
      await post.getByTestId('react-thumbs_up').click();
      await expect(post.getByTestId('react-thumbs_up')).toHaveAttribute('aria-pressed', 'true');
      await expect(mine.getByTestId('react-thumbs_up')).toHaveAccessibleName("J'aime 1");
      await post.getByTestId('post-open').click();
      await expect(
        reader.page.getByRole('heading', { level: 1, name: 'Publication de Mamadou Diallo' }),
      ).toBeVisible();
      await reader.page.getByTestId('comment-body').fill('Bravo à toute l’équipe du jardin !');
      // She mentions the author: a few letters of his name, then his name in the list.
      await reader.page.getByTestId('mention-open').click();
      await reader.page.getByTestId('mention-search').fill('mamad');
      const pick = reader.page.getByRole('button', { name: 'Mentionner Mamadou Diallo' });
      await expect(pick).toBeVisible();
      await expectAccessible(reader.page);
      await pick.click();
      await expect(reader.page.getByTestId('comment-body')).toHaveValue(
        'Bravo à toute l’équipe du jardin ! @Mamadou Diallo ',
      );
      await reader.page.getByTestId('comment-send').click();
      await expect(reader.page.getByTestId('comments')).toContainText(
        'Bravo à toute l’équipe du jardin ! @Mamadou Diallo',
      );
      await expectAccessible(reader.page);
      await expect
        .poll(async () => {
          const { notifications } = await graphql(
            page.request,
            '{ notifications(first: 5) { edges { node { kind text } } } }',
          );
          return notifications.edges.map((e: { node: { text: string } }) => e.node.text);
        })
        .toContain(
          'Nadia Benali vous a mentionné dans un commentaire (Centre social La Passerelle).',
        );
      const postUrl = reader.page.url();
      await openFeed(reader.page);
      await expect(reader.page.getByTestId('feed-post').filter({ hasText: text })).toBeVisible();

      // A third member, new, reports it.
      const suffix = Date.now().toString(36);
      const third = await browser.newContext({
        baseURL,
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
      });
      contexts.push(third);
      const { communities } = await graphql(third.request, '{ communities { id slug } }');
      const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
      await graphql(third.request, 'mutation($i: SignUpInput!) { signUp(input: $i) { id } }', {
        i: {
          displayName: `Lina ${suffix}`,
          email: `lina.${suffix}@example.org`,
          password: 'une phrase facile à retenir',
          locale: 'fr',
          over15: true,
        },
      });
      const joined = await graphql(
        third.request,
        'mutation($c: ID!) { joinCommunity(communityId: $c, accepted: { charterVersion: 1, privacyNoticeVersion: 1 }) { memberships { id community { id } } } }',
        { c: passerelle.id },
      );
      const builder = await personIn(browser, baseURL, BUILDER);
      contexts.push(builder.context);
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
      const reporter = await third.newPage();
      await reporter.goto(postUrl);
      await expect(
        reporter.getByRole('heading', { level: 1, name: 'Publication de Mamadou Diallo' }),
      ).toBeVisible();
      await reporter.getByTestId('post-report').click();
      const dialog = reporter.getByRole('dialog', { name: "Signaler à l'équipe" });
      await expect(dialog).toBeVisible();
      await expect(
        dialog.getByRole('link', { name: 'Lire la charte de la communauté' }),
      ).toBeVisible();
      await expectAccessible(reporter);
      await dialog.getByRole('radio', { name: 'Publicité ou arnaque' }).check();
      await dialog
        .getByLabel('Précisions (facultatif)')
        .fill('Je crois que ce sont des tomates du supermarché.');
      await dialog.getByTestId('report-send').click();
      await expect(
        reporter.getByText("Merci. Votre signalement est envoyé à l'équipe."),
      ).toBeVisible();

      // The builder finds it in the queue and hides it.
      await builder.page.goto('/c/la-passerelle/moderation');
      await expect(
        builder.page.getByRole('heading', { level: 1, name: 'Signalements à traiter' }),
      ).toBeVisible();
      const entry = builder.page
        .getByTestId('moderation-case')
        .filter({ hasText: text.slice(0, 40) });
      await expect(entry).toContainText('Signalé par : 1');
      await expect(entry).toContainText('Publicité ou arnaque (1)');
      await builder.page.waitForLoadState('networkidle');
      await expectAccessible(builder.page);
      await entry.getByTestId('moderation-decide').click();
      const decision = builder.page.getByRole('dialog');
      await decision.getByRole('radio', { name: /^Masquer/ }).check();
      await decision
        .getByTestId('decision-reason')
        .fill('Contraire à l’article 3 de la charte (publicité).');
      await expectAccessible(builder.page);
      await decision.getByTestId('decision-save').click();
      await expect(
        builder.page.getByText('La décision est enregistrée dans le journal.'),
      ).toBeVisible();

      // It disappears live for Nadia; Mamadou still sees it, marked hidden, with the reason.
      await expect(reader.page.getByTestId('feed-post').filter({ hasText: text })).toHaveCount(0);
      await expect(mine).toContainText("Masquée par l'équipe");
      await expect(mine).toContainText('Contraire à l’article 3 de la charte (publicité).');
      await expectAccessible(reader.page);

      // The log says who, when, why.
      await builder.page.goto('/c/la-passerelle/moderation/journal');
      await expect(builder.page.getByTestId('moderation-log')).toContainText(
        'Contraire à l’article 3 de la charte (publicité).',
      );
      await builder.page.waitForLoadState('networkidle');
      await expectAccessible(builder.page);
    } finally {
      for (const context of contexts) await context.close();
    }
  });

  test('the feed fits a 320 px screen and works with the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await logIn(page.request, RESIDENT);
    await openFeed(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(320);
    await page.getByLabel('Votre message').focus();
    await page.keyboard.type('Un message écrit au clavier');
    await expect(page.getByText('Caractères restants : 4973')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('the author', () => {
  test('edits a post and its photo description ("modifié" shows), and deletes it', async ({
    page,
  }) => {
    await logIn(page.request, RESIDENT);
    const { communities } = await graphql(page.request, '{ communities { id slug } }');
    const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
    const upload = await page.request.post(`/media/communities/${passerelle.id}/photos`, {
      multipart: {
        photo: { name: 'salle.jpg', mimeType: 'image/jpeg', buffer: await photoWithGps() },
      },
    });
    expect(upload.status()).toBe(201);
    const { createPost } = await graphql(
      page.request,
      'mutation($c: ID!, $p: ID!) { createPost(communityId: $c, input: { body: "Réunion mardi", photos: [{ id: $p, alt: "" }] }) { id } }',
      { c: passerelle.id, p: (await upload.json()).id },
    );
    await page.goto(`${FEED}/${createPost.id}`);
    await page.getByTestId('post-edit').click();
    await page.getByTestId('edit-body').fill('Réunion mercredi (et non mardi)');
    // The photo posted without a description gets one afterwards.
    await page.getByTestId('photo-alt-0').fill('La salle polyvalente, les chaises en cercle');
    await expectAccessible(page);
    await page.getByTestId('edit-save').click();
    const post = page.getByTestId('feed-post');
    await expect(post).toContainText('Réunion mercredi (et non mardi)');
    await expect(post).toContainText('modifié');
    await expect(
      post.getByRole('img', { name: 'La salle polyvalente, les chaises en cercle' }),
    ).toBeVisible();
    await post.getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Le fil de la communauté' }),
    ).toBeVisible();
    await expect(page.getByText('Réunion mercredi (et non mardi)')).toHaveCount(0);
  });
});

test.describe('the sas', () => {
  test('a visitor reads the posts their authors made public, and only those', async ({
    page,
    browser,
    baseURL,
  }) => {
    const staff = await personIn(browser, baseURL, STAFF);
    try {
      const { communities } = await graphql(staff.context.request, '{ communities { id slug } }');
      const passerelle = communities.find((c: { slug: string }) => c.slug === 'la-passerelle');
      const suffix = Date.now().toString(36);
      const create = (body: string, visibility: string) =>
        graphql(
          staff.context.request,
          'mutation($c: ID!, $i: PostInput!) { createPost(communityId: $c, input: $i) { id } }',
          { c: passerelle.id, i: { body, visibility } },
        );
      await create(`Portes ouvertes du centre samedi à 14 h ${suffix}`, 'public');
      await create(`Réunion d'équipe interne ${suffix}`, 'members');
      await page.goto('/c/la-passerelle');
      const shared = page.getByTestId('public-posts');
      await expect(shared).toContainText(`Portes ouvertes du centre samedi à 14 h ${suffix}`);
      await expect(page.getByText(`Réunion d'équipe interne ${suffix}`)).toHaveCount(0);
      await expect(
        page.getByRole('heading', { level: 2, name: 'Ce que les membres partagent' }),
      ).toBeVisible();
      // Its address for following these announcements from Mastodon and the fediverse.
      await expect(page.getByText('Suivre ces annonces depuis Mastodon')).toContainText(
        `@la-passerelle@${new URL(page.url()).host}`,
      );
      await expectAccessible(page);
    } finally {
      await staff.context.close();
    }
  });
});
