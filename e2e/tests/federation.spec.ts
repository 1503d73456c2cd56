import { expect, expectAccessible, test } from '../support/fixtures';

const PASSERELLE_BUILDER = 'batisseuse@la-passerelle.example.org';
const PHONE = { width: 320, height: 740 };

test.describe('partnerships with communities of other servers', () => {
  test.use({ viewport: PHONE });

  test('a builder reads the community’s address and asks a remote community by its address; an unknown one is said clearly', async ({
    page,
    visit,
  }) => {
    await page.goto('/connexion');
    await page.getByLabel('Adresse e-mail ou identifiant').fill(PASSERELLE_BUILDER);
    await page.getByLabel('Mot de passe', { exact: true }).fill('palier-demo-2026');
    await page.getByTestId('log-in-submit').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mon espace' })).toBeVisible();
    await visit('/c/la-passerelle/partenariats');
    const section = page.getByRole('region', { name: 'Une communauté d’un autre serveur' });
    await expect(section.getByTestId('our-address')).toHaveText(
      new RegExp(`^la-passerelle@${new URL(page.url()).host.replace(/\./g, '\\.')}$`),
    );
    await section.getByLabel('Adresse de la communauté').fill('inconnue@palier.invalid');
    await section.getByRole('button', { name: 'Demander un partenariat' }).click();
    await expect(section.getByText('Nous ne trouvons pas cette communauté')).toBeVisible();
    await expect(section.getByLabel('Adresse de la communauté')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectAccessible(page);
    await page.screenshot({ path: 'tmp/e2e-artifacts/federation-320.png', fullPage: true });
    await visit('/c/la-passerelle/partenariats?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 2, name: 'مجتمع على خادم آخر' })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'tmp/e2e-artifacts/federation-320-ar.png', fullPage: true });
  });
});
