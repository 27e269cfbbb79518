import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, newUserPage, screenshot } from './support';

/** Project 2018 No.2 (Sendai): the local government `sendai` may edit its summary. */
async function sendaiProjectId(page: Page): Promise<number> {
  await page.goto('/projects?fy=2018&q=仙台');
  const href = (await page.getByTestId('project-link').first().getAttribute('href')) ?? '';
  const id = Number(/\/projects\/(\d+)/.exec(href)?.[1]);
  expect(id).toBeGreaterThan(0);
  return id;
}

async function openSummaryEditor(page: Page, projectId: number): Promise<void> {
  await page.goto(`/projects/${projectId}`);
  await expect(page.getByTestId('project-detail')).toBeVisible();
  await page.getByTestId('edit-summary').click();
  await expect(page.getByTestId('summary-form')).toBeVisible();
}

function checkDigit(five: string): number {
  const s = [...five].reduce((sum, d, i) => sum + Number(d) * (6 - i), 0);
  return (11 - (s % 11)) % 10;
}

test.describe('registry', () => {
  test('a stale save shows the conflict message; compare re-applies, reload discards', async ({
    browser,
  }) => {
    const cao = await newUserPage(browser, 'cao');
    const sendai = await newUserPage(browser, 'sendai');
    const id = await sendaiProjectId(cao.page);
    const stamp = Date.now();
    const mine = `内閣府の編集 ${stamp}`;
    const theirs = `仙台市の編集 ${stamp}`;

    // Both open the same project; Sendai saves first.
    await openSummaryEditor(cao.page, id);
    await openSummaryEditor(sendai.page, id);
    await cao.page.getByTestId('summary-input').fill(mine);
    await sendai.page.getByTestId('summary-input').fill(theirs);
    await sendai.page.getByTestId('save').click();
    await expect(sendai.page.getByTestId('project-summary')).toContainText(theirs);

    // The CAO saves on the old version: 412, the message, and the typed text is still there.
    await cao.page.getByTestId('save').click();
    await expect(cao.page.getByTestId('conflict-message')).toHaveText(
      '他の利用者がこのレコードを変更しました',
    );
    await expect(cao.page.getByTestId('summary-input')).toHaveValue(mine);
    await screenshot(cao.page, 'registry-conflict');
    await expectNoSeriousA11yViolations(cao.page, 'conflict message');

    // 比較: side by side, then re-apply mine on top of the new version and save.
    await cao.page.getByTestId('conflict-compare').click();
    const row = cao.page.getByTestId('conflict-row-summary');
    await expect(row).toHaveAttribute('data-differs', 'true');
    await expect(row.getByTestId('mine')).toHaveText(mine);
    await expect(row.getByTestId('server')).toHaveText(theirs);
    await screenshot(cao.page, 'registry-conflict-compare');
    await expectNoSeriousA11yViolations(cao.page, 'conflict compare');
    await cao.page.getByTestId('conflict-reapply').click();
    await expect(cao.page.getByTestId('conflict')).toHaveCount(0);
    await expect(cao.page.getByTestId('summary-input')).toHaveValue(mine);
    await cao.page.getByTestId('save').click();
    await expect(cao.page.getByTestId('project-summary')).toContainText(mine);

    // Second round: 再読み込み drops the local edit and shows the other user's text.
    const mine2 = `内閣府の再編集 ${stamp}`;
    const theirs2 = `仙台市の再編集 ${stamp}`;
    await openSummaryEditor(cao.page, id);
    await openSummaryEditor(sendai.page, id);
    await cao.page.getByTestId('summary-input').fill(mine2);
    await sendai.page.getByTestId('summary-input').fill(theirs2);
    await sendai.page.getByTestId('save').click();
    await expect(sendai.page.getByTestId('project-summary')).toContainText(theirs2);
    await cao.page.getByTestId('save').click();
    await expect(cao.page.getByTestId('conflict-message')).toBeVisible();
    await cao.page.getByTestId('conflict-reload').click();
    await expect(cao.page.getByTestId('conflict')).toHaveCount(0);
    await expect(cao.page.getByTestId('summary-input')).toHaveValue(theirs2);

    // The history shows who changed the summary, before → after.
    await cao.page.getByTestId('cancel').click();
    await cao.page.reload();
    const history = cao.page.getByTestId('history');
    await expect(history).toContainText(theirs2);
    await expect(history.getByTestId('history-actor').first()).toContainText('sendai');
    await screenshot(cao.page, 'registry-project-detail-cao');
    await expectNoSeriousA11yViolations(cao.page, 'project detail with editing (cao)');

    await cao.context.close();
    await sendai.context.close();
  });

  test('project detail shows the health badge, timeline, assignments; list exports', async ({
    browser,
  }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await expect(page.getByTestId('project-row').first().getByTestId('health')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    const id = await sendaiProjectId(page);
    await page.goto(`/projects/${id}`);
    await expect(page.getByTestId('project-health').getByTestId('health')).toHaveAttribute(
      'data-flag',
      /ON_TRACK|AT_RISK|OVERDUE/,
    );
    await expect(page.getByTestId('timeline-today')).toBeVisible();
    await expect(page.getByTestId('timeline-partial')).toBeVisible();
    await expect(page.getByTestId('timeline-full')).toBeVisible();
    await expect(page.getByTestId('assignments')).toBeVisible();
    await expect(page.getByTestId('status-actions')).toBeVisible();

    // The CAO's edit form: applicants multi-select, technology checkboxes (not saved here).
    await page.getByTestId('edit-project').click();
    await expect(page.getByTestId('project-technologies').getByRole('checkbox')).toHaveCount(10);
    await expect(
      page.getByTestId('project-technologies').getByRole('checkbox', { name: 'ドローン' }),
    ).toBeChecked();
    await expect(page.getByTestId('project-applicants-input')).toHaveValues([/\d+/]);
    await screenshot(page, 'registry-project-edit-form');
    await expectNoSeriousA11yViolations(page, 'project edit form');
    await page.getByTestId('cancel').click();

    await page.getByTestId('change-officer').click();
    await expect(page.getByTestId('officer-explain')).toContainText('前日');
    await screenshot(page, 'registry-project-officer-form');
    await expectNoSeriousA11yViolations(page, 'officer form');
    await context.close();
  });

  test('CAO registers, edits and deletes a municipality with inline validation', async ({
    browser,
  }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await page.getByTestId('nav-organisations').click();
    await expect(page.locator('h1')).toHaveText('団体一覧');
    await page.getByTestId('filter-kind').selectOption('MUNICIPALITY');
    await page.getByTestId('filter-submit').click();
    await expect(page).toHaveURL(/kind=MUNICIPALITY/);
    await expect(page.getByTestId('org-row').first()).toContainText('市区町村');
    await screenshot(page, 'registry-organisations');
    await expectNoSeriousA11yViolations(page, 'organisation list');

    await page.getByTestId('org-new').click();
    const five = `47${String(100 + Math.floor(Math.random() * 899))}`;
    const digit = checkDigit(five);
    const code = `${five}${digit}`;
    await page.getByTestId('org-kind').selectOption('MUNICIPALITY');
    await page.getByTestId('org-code').fill(`${five}${(digit + 1) % 10}`);
    await page.getByTestId('org-nameJa').fill(`テスト村${five}`);
    await page.getByTestId('org-nameEn').fill(`Test Village ${five}`);
    await page.getByTestId('save').click();
    await expect(
      page.getByText('検査数字（6桁目）が正しくありません', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('市区町村には所属する都道府県を選んでください。')).toBeVisible();
    await screenshot(page, 'registry-organisation-form-errors');
    await expectNoSeriousA11yViolations(page, 'organisation form with errors');

    await page.getByTestId('org-code').fill(code);
    await page.getByTestId('org-parent').selectOption({ label: '沖縄県 (470007)' });
    await page.getByTestId('save').click();
    await expect(page.getByTestId('organisation-detail')).toBeVisible();
    await expect(page.getByTestId('org-code')).toHaveText(code);

    await page.getByTestId('edit').click();
    await page.getByTestId('org-nameEn').fill(`Test Village ${five} (edited)`);
    await page.getByTestId('save').click();
    await expect(page.getByTestId('org-nameEn')).toHaveText(`Test Village ${five} (edited)`);
    await expect(page.getByTestId('history-entry')).toHaveCount(2);
    await expect(page.getByTestId('history').first()).toContainText('(edited)');
    await screenshot(page, 'registry-organisation-detail');
    await expectNoSeriousA11yViolations(page, 'organisation detail');

    await page.getByTestId('delete').click();
    await page.getByTestId('delete-yes').click();
    await expect(page).toHaveURL(/\/organisations$/);
    await context.close();
  });

  test('people list, detail and history', async ({ browser }) => {
    const { context, page } = await newUserPage(browser, 'cao');
    await page.getByTestId('nav-people').click();
    await expect(page.locator('h1')).toHaveText('人の一覧');
    await expect(page.getByTestId('person-row').first()).toBeVisible();
    await screenshot(page, 'registry-people');
    await expectNoSeriousA11yViolations(page, 'people list');
    await page.getByTestId('person-link').first().click();
    await expect(page.getByTestId('person-detail')).toBeVisible();
    await expect(page.getByTestId('history-entry').first()).toBeVisible();
    await page.getByTestId('edit').click();
    await expect(page.getByTestId('person-form')).toBeVisible();
    await expect(page.getByTestId('person-organisation')).not.toHaveValue('');
    await screenshot(page, 'registry-person-edit');
    await expectNoSeriousA11yViolations(page, 'person form');
    await context.close();
  });
});
