import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; any violation fails the test. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const described = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(described, `accessibility violations on ${page.url()}`).toEqual([]);
}

interface Fixtures {
  /** Opens a path of the app, waits for its main content, and checks it with axe-core. */
  visit: (path: string) => Promise<void>;
}

/**
 * Every test gets `visit`, and at its end the page it stands on is checked with axe-core once
 * more, so no page a journey reaches escapes the accessibility check.
 */
export const test = base.extend<Fixtures>({
  visit: async ({ page }, use) => {
    await use(async (path) => {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    });
  },
  page: async ({ page }, use) => {
    await use(page);
    if (page.url().startsWith('http')) {
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
  },
});
