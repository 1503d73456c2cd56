import { expect, expectAccessible, test } from '../support/fixtures';

test.describe('the home page and the languages', () => {
  test('opens in French with the demo centres, then turns right-to-left in Arabic', async ({
    page,
    visit,
  }) => {
    await visit('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bienvenue sur Palier' }),
    ).toBeVisible();
    const list = page.getByRole('list', { name: 'Les centres sociaux sur ce site' });
    await expect(list.getByRole('heading', { name: 'Centre social La Passerelle' })).toBeVisible();
    await expect(
      list.getByRole('heading', { name: "Espace de vie sociale Le Trait d'Union" }),
    ).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Langue du site' })
      .getByRole('button', { name: 'العربية' })
      .click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(page);

    // The choice is remembered on the next visit.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('starts with a skip link and works with the keyboard', async ({ page, visit }) => {
    await visit('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#contenu')).toBeFocused();
  });

  test('fits a 320 px wide phone without sideways scrolling, in French and Arabic', async ({
    page,
    visit,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/?lang=ar', '/c/la-passerelle', '/c/la-passerelle?lang=ar']) {
      await visit(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
    }
  });

  test('shows a community page, and a friendly page for an unknown one', async ({
    page,
    visit,
  }) => {
    await visit('/c/la-passerelle');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Centre social La Passerelle' }),
    ).toBeVisible();
    await expect(page.getByTestId('opening-hours')).toContainText('lundi');
    await visit('/c/centre-inconnu');
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await page
      .getByRole('link', { name: 'Revenir à l’accueil' })
      .or(page.getByRole('link', { name: "Revenir à l'accueil" }))
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bienvenue sur Palier' }),
    ).toBeVisible();
  });

  test('answers /health as ready', async ({ request }) => {
    const res = await request.get('/health');
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'up' } });
  });
});
