import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const PARENT = 'habitant@la-passerelle.example.org';
const CHILD_PASSWORD = 'le dragon vert dort';

/** Under 15, an account only through a parent: opened from the household, then deleted. */
test('a parent opens an account for a child, who logs in; the parent deletes it', async ({
  page,
  visit,
  browser,
  baseURL,
}) => {
  await visit('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(PARENT);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page).not.toHaveURL(/connexion/);

  await visit('/foyer');
  await page.getByRole('link', { name: 'Ouvrir un compte pour Awa' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ouvrir un compte pour Awa' }),
  ).toBeVisible();
  await expectAccessible(page);

  // Without the parent's consent, the form says what to do.
  await page.getByLabel('Mot de passe d’Awa').fill(CHILD_PASSWORD);
  await page.getByTestId('open-child-account').click();
  await expect(page.locator('.pal-error-summary')).toContainText(
    'Cochez la case pour donner votre accord de parent.',
  );
  await expectAccessible(page);
  await page.getByLabel(/Je suis son parent/).check();
  await page.getByTestId('open-child-account').click();
  const opened = page.getByTestId('child-account-opened');
  await expect(opened).toContainText('Le compte d’Awa est ouvert');
  const login = (await opened.locator('strong[dir="ltr"]').textContent())?.trim() ?? '';
  expect(login).toMatch(/^awa-\d{4}$/);
  await expectAccessible(page);

  // The child logs in on their own device.
  const childContext = await browser.newContext({ baseURL });
  try {
    const child = await childContext.newPage();
    await child.goto('/connexion');
    await child.getByLabel('Adresse e-mail ou identifiant').fill(login);
    await child.getByLabel('Mot de passe', { exact: true }).fill(CHILD_PASSWORD);
    await child.getByTestId('log-in-submit').click();
    await expect(child.getByText('Bonjour Awa')).toBeVisible();
  } finally {
    await childContext.close();
  }

  // The parent deletes the account (their own password asked again).
  await visit('/foyer');
  await expect(page.getByTestId('children')).toContainText(login);
  await page.getByRole('button', { name: 'Supprimer le compte d’Awa' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Votre mot de passe').fill(DEMO_PASSWORD);
  await expectAccessible(page);
  await dialog.getByTestId('delete-child-account').click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('La suppression du compte d’Awa est en cours')).toBeVisible();
  await expectAccessible(page);
});
