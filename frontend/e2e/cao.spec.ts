import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, newUserPage, projectTotal, screenshot } from './support';

test.describe('CAO secretariat', () => {
  test('sees all 38 supported projects, filters, sorts, pages and opens one', async ({
    browser,
  }) => {
    const { context, page } = await newUserPage(browser, 'cao');

    await expect(page.getByTestId('user-role')).toHaveAttribute('data-role', 'cao');
    await expect(page.locator('h1')).toHaveText('選定事業一覧');
    expect(await projectTotal(page)).toBe(38);
    await expect(page.getByTestId('project-row')).toHaveCount(20);
    await expect(page.getByTestId('project-row').first()).toContainText('平成30年度 (FY2018)');
    await screenshot(page, 'cao-project-list');
    await expectNoSeriousA11yViolations(page, 'project list (ja)');

    // Filter by fiscal year: the state goes into the URL.
    await page.getByTestId('filter-fy').selectOption('2019');
    await page.getByTestId('filter-submit').click();
    await expect(page).toHaveURL(/fy=2019/);
    await expect(page.getByTestId('project-row').first()).toContainText('令和元年度 (FY2019)');
    const fy2019 = await projectTotal(page);
    expect(fy2019).toBeGreaterThan(0);
    expect(fy2019).toBeLessThan(38);

    // Reload keeps the filter.
    await page.reload();
    await expect(page.getByTestId('filter-fy')).toHaveValue('2019');
    expect(await projectTotal(page)).toBe(fy2019);

    await page.getByTestId('filter-reset').click();
    // The previous total stays on screen until the new page arrives: wait for the new one.
    await expect(page.getByTestId('project-total')).toHaveText('全38件');

    // Sort by number descending, announced with aria-sort.
    await page.getByTestId('sort-number').click();
    await expect(page.getByTestId('sort-number').locator('xpath=..')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await page.getByTestId('sort-number').click();
    await expect(page.getByTestId('sort-number').locator('xpath=..')).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page).toHaveURL(/sort=-number/);

    // Paging.
    await page.getByTestId('page-next').click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId('project-row')).toHaveCount(18);
    await page.getByTestId('page-size').selectOption('50');
    await expect(page.getByTestId('project-row')).toHaveCount(38);

    // Detail page.
    await page.getByTestId('project-link').first().click();
    await expect(page.getByTestId('project-detail')).toBeVisible();
    await expect(page.getByTestId('project-title')).not.toBeEmpty();
    await screenshot(page, 'cao-project-detail');
    await expectNoSeriousA11yViolations(page, 'project detail (ja)');

    await context.close();
  });

  test('switches to English and keeps the choice', async ({ browser }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await expect(page.getByTestId('project-total')).toBeVisible();

    await page.getByTestId('language-switch').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Selected projects');
    await expect(page.getByTestId('project-total')).toHaveText('38 projects');
    await expect(page.getByTestId('sort-selectionFy')).toContainText('Selection year');
    await expect(page.getByTestId('user-role')).toHaveText('Cabinet Office secretariat');
    await expect(page.getByTestId('project-row').first()).toContainText('FY2018 (Heisei 30)');
    await screenshot(page, 'cao-project-list-en');
    await expectNoSeriousA11yViolations(page, 'project list (en)');

    await page.reload();
    await expect(page.locator('h1')).toHaveText('Selected projects');

    await page.getByTestId('language-switch').click();
    await expect(page.locator('h1')).toHaveText('選定事業一覧');
    await context.close();
  });

  test('shows a not-found page for an unknown project', async ({ browser }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await page.goto('/projects/999999');
    await expect(page.getByTestId('project-not-found')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'project not found');
    await context.close();
  });

  test('skip link moves focus to the main content', async ({ browser }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await expect(page.getByTestId('project-total')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await context.close();
  });
});
