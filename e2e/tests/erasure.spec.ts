import { readFileSync } from 'node:fs';
import type { APIRequestContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expect, expectAccessible, test } from '../support/fixtures';
import { ERASURE_SERVER } from '../support/servers';

/**
 * The whole life of a member's data, on the server without grace period (ERASURE_GRACE_HOURS=0,
 * jobs every 30 s): they download their data and find what they wrote, delete their account,
 * their comment stays as "Ancien membre" for the others, and they can no longer log in.
 */
test.use({ baseURL: ERASURE_SERVER });

const DEMO_PASSWORD = 'palier-demo-2026';
const RESIDENT = 'habitant@la-passerelle.example.org';
const DIRECTOR = 'directrice@la-passerelle.example.org';

async function graphql<T = unknown>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const res = await request.post('/graphql', { data: { query, variables } });
  return (await res.json()) as { data?: T; errors?: { message: string }[] };
}

const logIn = (request: APIRequestContext, identifier: string) =>
  graphql(request, 'mutation($i: LogInInput!) { logIn(input: $i) { id } }', {
    i: { identifier, password: DEMO_PASSWORD },
  });

test('a member downloads their data, deletes their account, and leaves as "Ancien membre"', async ({
  page,
  browser,
  visit,
}) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString(36);

  // The director posts; the resident answers it and writes a post of his own.
  const director = await browser.newContext({ baseURL: ERASURE_SERVER, locale: 'fr-FR' });
  await logIn(director.request, DIRECTOR);
  const { data: communities } = await graphql<{ communities: { id: string; slug: string }[] }>(
    director.request,
    '{ communities { id slug } }',
  );
  const community = communities!.communities.find((c) => c.slug === 'la-passerelle')!;
  const announcement = await graphql<{ createPost: { id: string } }>(
    director.request,
    'mutation($c: ID!, $i: PostInput!) { createPost(communityId: $c, input: $i) { id } }',
    { c: community.id, i: { body: `Qui vient au repas partagé samedi ? ${suffix}` } },
  );
  const postId = announcement.data!.createPost.id;

  await visit('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(RESIDENT);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page).not.toHaveURL(/connexion/);
  const mine = `Je propose une soupe de lentilles pour samedi ${suffix}`;
  await visit('/c/la-passerelle/fil');
  await page.getByLabel('Votre message').fill(mine);
  await page.getByTestId('composer-publish').click();
  await expect(page.getByText("C'est publié.")).toBeVisible();
  const comment = `Je viens avec ma voisine ${suffix}`;
  await visit(`/c/la-passerelle/fil/${postId}`);
  await page.getByTestId('comment-body').fill(comment);
  await page.getByTestId('comment-send').click();
  await expect(page.getByTestId('comments')).toContainText(comment);

  // And an appointment with the desk.
  const { data: services } = await graphql<{ bookingServices: { id: string; name: string }[] }>(
    page.request,
    'query($c: ID!) { bookingServices(communityId: $c) { id name } }',
    { c: community.id },
  );
  const service = services!.bookingServices[0];
  const today = new Date().toISOString().slice(0, 10);
  const later = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const { data: range } = await graphql<{ bookingSlots: { slots: { startsAt: string }[] } }>(
    page.request,
    'query($c: ID!, $s: ID!, $f: String!, $t: String!) { bookingSlots(communityId: $c, serviceId: $s, from: $f, to: $t) { slots { startsAt } } }',
    { c: community.id, s: service.id, f: today, t: later },
  );
  const note = `Pour ma déclaration trimestrielle ${suffix}`;
  const booked = await graphql<{ bookAppointment: { appointment: { id: string } | null } }>(
    page.request,
    'mutation($c: ID!, $i: BookAppointmentInput!) { bookAppointment(communityId: $c, input: $i) { appointment { id } } }',
    {
      c: community.id,
      i: { serviceId: service.id, startsAt: range!.bookingSlots.slots[0].startsAt, note },
    },
  );
  expect(booked.data?.bookAppointment.appointment?.id).toBeTruthy();

  // His data: prepared in the background, downloaded; his post, comment and appointment are in it.
  await visit('/compte/donnees');
  await page.getByRole('button', { name: 'Préparer une copie de mes données' }).click();
  const download = page.getByTestId('download-copy');
  await expect(download).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  const archive = unzipSync(readFileSync(await file.path()));
  const html = new TextDecoder().decode(archive['mes-donnees.html']);
  expect(html).toContain('Mes publications');
  expect(html).toContain(mine);
  expect(html).toContain(comment);
  expect(html).toContain(service.name);
  expect(html).toContain(note);

  // He deletes his account (no grace period on this server).
  await page.getByTestId('delete-account-link').click();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Votre mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Votre demande est enregistrée' }),
  ).toBeVisible();
  await expectAccessible(page);

  // Within the next run of the background work, logging in no longer works.
  const stranger = await browser.newContext({ baseURL: ERASURE_SERVER });
  await expect
    .poll(
      async () => (await logIn(stranger.request, RESIDENT)).errors?.[0]?.message ?? 'logged in',
      {
        timeout: 90_000,
        intervals: [3_000],
      },
    )
    .toBe('Identifiant ou mot de passe incorrect.');
  await stranger.close();
  await visit('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(RESIDENT);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page.locator('.pal-alert, .pal-error-summary').first()).toBeVisible();
  await expect(page).toHaveURL(/connexion/);

  // For the others: his post is gone, his comment stays without his name.
  const other = await director.newPage();
  await other.goto(`/c/la-passerelle/fil/${postId}`);
  const comments = other.getByTestId('comments');
  await expect(comments).toContainText(comment);
  await expect(comments).toContainText('Ancien membre');
  await expect(other.getByText('Mamadou Diallo')).toHaveCount(0);
  await expectAccessible(other);
  await other.goto('/c/la-passerelle/fil');
  await expect(other.getByTestId('feed-post').first()).toBeVisible();
  await expect(other.getByText(mine)).toHaveCount(0);
  await director.close();
});
