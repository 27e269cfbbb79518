import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, newUserPage, projectTotal, screenshot } from './support';

test.describe('local government (Sendai)', () => {
  test('sees only its own project', async ({ browser }) => {
    const { context, page } = await newUserPage(browser, 'sendai');

    await expect(page.getByTestId('user-role')).toHaveAttribute('data-role', 'local-government');
    expect(await projectTotal(page)).toBe(1);
    await expect(page.getByTestId('project-row')).toHaveCount(1);
    await expect(page.getByTestId('project-row')).toContainText('仙台');
    await screenshot(page, 'sendai-project-list');

    const href = (await page.getByTestId('project-link').getAttribute('href')) ?? '';
    const ownId = Number(/\/projects\/(\d+)/.exec(href)?.[1]);
    expect(ownId).toBeGreaterThan(0);

    // Another city's project looks exactly like one that does not exist.
    await page.goto(`/projects/${ownId === 1 ? 2 : 1}`);
    await expect(page.getByTestId('project-not-found')).toBeVisible();
    await page.getByTestId('back-to-list').click();

    await page.getByTestId('project-link').click();
    await expect(page.getByTestId('project-detail')).toBeVisible();
    await screenshot(page, 'sendai-project-detail');
    await expectNoSeriousA11yViolations(page, 'project detail (sendai)');

    await page.getByTestId('logout').click();
    await expect(page.locator('#username')).toBeVisible();
    await context.close();
  });
});
