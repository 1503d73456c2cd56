import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
// The integration tests' ODS reader (odfpy), shared rather than copied: a test helper, not a project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { odfPython, readOds } from '../../apps/api/test/reporting/read-ods';
import { expect, expectAccessible, test } from '../support/fixtures';

const DEMO_PASSWORD = 'palier-demo-2026';
const STAFF = 'accueil@la-passerelle.example.org';
const RESIDENT = 'habitant@la-passerelle.example.org';

async function logIn(page: Page, identifier: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail ou identifiant').fill(identifier);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByTestId('log-in-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
}

test.describe('reporting', () => {
  test.use({ viewport: { width: 320, height: 720 } });

  test('staff open the report, see the attendance chart and its table, download the ODS file and it opens', async ({
    page,
  }) => {
    await logIn(page, STAFF);
    await page.getByTestId('tile-reporting').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bilan de la fréquentation' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Un participant = une personne distincte ayant au moins une présence sur la période.',
      ),
    ).toBeVisible();
    // The period: the demo's year of attendance.
    const today = new Date();
    const yearAgo = new Date(today.getTime() - 364 * 86_400_000);
    await page.getByLabel('Du', { exact: true }).fill(yearAgo.toISOString().slice(0, 10));
    await page.getByLabel('Au (inclus)').fill(today.toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Afficher le bilan' }).click();

    const months = page.getByTestId('report-months');
    const chart = months.getByRole('img', { name: /Participants et présences par mois/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('rect').first()).toBeAttached();
    const table = months.getByRole('table', { name: 'Participants et présences par mois' });
    // The table is there for screen readers, shown on screen with the button.
    await expect(table).not.toBeInViewport();
    await months.getByRole('button', { name: 'Voir le tableau' }).click();
    await expect(months.getByRole('button', { name: 'Masquer le tableau' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Présences' })).toBeVisible();
    const totalRow = table.locator('tfoot tr');
    await expect(totalRow.getByRole('rowheader')).toHaveText('Total');
    const attendances = Number(
      (await totalRow.getByRole('cell').nth(1).innerText()).replace(/\s/g, ''),
    );
    expect(attendances).toBeGreaterThan(100);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tout télécharger en ODS/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^bilan-all-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.ods$/,
    );
    const bytes = await readFile((await download.path()) as string);
    test.skip(!odfPython, 'odfpy (python3-odf) is not installed: the ODS file is not opened');
    const sheets = readOds(bytes);
    expect(Object.keys(sheets)).toContain('Mois');
    expect(sheets['Mois'][0]).toEqual(['Mois', 'Participants', 'Présences']);
    expect(sheets['Mois'].at(-1)).toEqual(['Total', expect.any(String), String(attendances)]);
  });

  test('residents are refused the report', async ({ page }) => {
    await logIn(page, RESIDENT);
    await expect(page.getByTestId('tile-reporting')).toHaveCount(0);
    await page.goto('/c/la-passerelle/bilan');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Bilan de la fréquentation' }),
    ).toHaveCount(0);
    const res = await page.request.get(
      '/api/reporting/communities/00000000-0000-4000-8000-000000000000/reports/months.ods?from=2026-01-01&to=2026-02-01',
    );
    expect(res.status()).toBe(403);
  });
});
