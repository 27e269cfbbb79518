import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const PASSWORD = process.env.E2E_PASSWORD ?? 'jisso';
export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Opens the SPA, which redirects to the Keycloak login page, and signs in. Handles both the
 * one-page form and the two-step form (username first, then password) that Keycloak shows
 * when Organizations are enabled.
 */
export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/');
  const usernameField = page.locator('#username');
  await usernameField.waitFor({ state: 'visible' });
  await usernameField.fill(username);
  const passwordField = page.locator('#password');
  if (!(await passwordField.isVisible())) {
    await page.locator('#kc-login').click();
    await passwordField.waitFor({ state: 'visible' });
  }
  await passwordField.fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.pathname.startsWith('/projects'));
  await expect(page.getByTestId('user-name')).toBeVisible();
}

/** A fresh context per user: @axe-core/playwright needs one created by browser.newContext(). */
export async function newUserPage(
  browser: Browser,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  await login(page, username);
  return { context, page };
}

/** Waits until the project list shows its total and returns the number in it. */
export async function projectTotal(page: Page): Promise<number> {
  const total = page.getByTestId('project-total');
  await expect(total).toBeVisible();
  const text = (await total.textContent()) ?? '';
  const match = /\d+/.exec(text);
  if (!match) throw new Error(`No number in the project total: ${text}`);
  return Number(match[0]);
}

/** Runs axe (WCAG 2.x A/AA) and fails on serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(' ')).join(', ')}]`,
  );
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
