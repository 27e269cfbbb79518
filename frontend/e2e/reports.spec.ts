import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { PASSWORD, expectNoSeriousA11yViolations, newUserPage, screenshot } from './support';

/**
 * Issue 4, the browser journey of a follow-up sheet: iwamizawa fills and submits the
 * progress sheet of project 2018 No.1, officer writes the opinion sheet of the same period,
 * cao returns the progress sheet with a comment, iwamizawa fixes and resubmits, cao accepts.
 * The period is chosen through the API (one whose progress and opinion sheets are still open),
 * and cao opens a later period first when earlier runs used them all up.
 */

const KEYCLOAK = process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180';
const OPEN = ['NOT_STARTED', 'DRAFT'];

type SheetSummary = {
  id: number;
  type: string;
  periodKey: string;
  status: string;
  dueDate: string;
  project: { id: number; selectionFy: number; number: number };
};

async function token(request: APIRequestContext, username: string): Promise<string> {
  const r = await request.post(`${KEYCLOAK}/realms/jisso/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'jisso-cli', username, password: PASSWORD },
  });
  expect(r.ok(), 'token for the API set-up').toBeTruthy();
  return ((await r.json()) as { access_token: string }).access_token;
}

async function getJson<T>(request: APIRequestContext, bearer: string, path: string): Promise<T> {
  const r = await request.get(path, { headers: { Authorization: `Bearer ${bearer}` } });
  expect(r.ok(), `GET ${path}`).toBeTruthy();
  return (await r.json()) as T;
}

/** The newest period of project 2018-1 whose progress and opinion sheets are both still open. */
async function pickPeriod(request: APIRequestContext) {
  const cao = await token(request, 'cao');
  const projects = await getJson<{ items: { id: number; selectionFy: number; number: number }[] }>(
    request,
    cao,
    '/api/projects?fy=2018&size=100',
  );
  const project = projects.items.find((p) => p.number === 1);
  expect(project, 'project 2018 No.1').toBeTruthy();
  const sheets = async (type: string) =>
    (
      await getJson<{ items: SheetSummary[] }>(
        request,
        cao,
        `/api/reports/sheets?projectId=${project!.id}&type=${type}&size=100&sort=-period`,
      )
    ).items;
  for (let monthsAhead = 0; monthsAhead <= 24; monthsAhead++) {
    if (monthsAhead > 0) {
      const d = new Date();
      const until = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsAhead, 1));
      const r = await request.post('/api/reports/generation', {
        headers: { Authorization: `Bearer ${cao}` },
        data: { until: until.toISOString().slice(0, 10) },
      });
      expect(r.ok(), 'generation').toBeTruthy();
    }
    const progress = await sheets('PROGRESS');
    const opinion = await sheets('OPINION');
    const candidates = progress
      .filter((p) => OPEN.includes(p.status))
      .map((p) => ({ p, o: opinion.find((o) => o.periodKey === p.periodKey) }))
      .filter((c) => c.o && OPEN.includes(c.o.status));
    const today = new Date().toISOString().slice(0, 10);
    const best = candidates.find((c) => c.p.dueDate >= today) ?? candidates[0];
    if (best) return { progress: best.p, opinion: best.o! };
  }
  throw new Error('no open progress/opinion period for project 2018-1');
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** Clicks submit and, when the sheet is past due, gives the lateness reason asked for. */
async function submit(page: Page) {
  await page.getByTestId('action-submit').click();
  const reason = page.getByTestId('lateness-reason');
  if (await reason.isVisible()) await reason.fill('担当者の異動により作成が遅れました。');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('action-done')).toBeVisible();
}

test.describe('follow-up reports', () => {
  test('progress sheet: fill, submit, opinion, return, resubmit, accept', async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    const { progress, opinion } = await pickPeriod(request);
    const progressUrl = `/reports/sheets/${progress.id}`;

    // 1. iwamizawa: the sheet is on the task list; fills it in and submits.
    {
      const { context, page } = await newUserPage(browser, 'iwamizawa');
      await page.getByTestId('nav-tasks').click();
      await expect(page.locator('h1')).toHaveText('やること');
      const row = page.locator(`[data-testid="task-row"][data-sheet-id="${progress.id}"]`);
      await expect(row).toBeVisible();
      await expect(row).toContainText('進行管理シート');
      await screenshot(page, 'reports-tasks-iwamizawa');
      await expectNoSeriousA11yViolations(page, 'my tasks');

      await row.getByTestId('task-link').click();
      await expect(page.getByTestId('sheet-title')).toContainText('進行管理シート');
      await page
        .getByTestId('progress-results')
        .fill('実証実験を2地区で実施し、延べ120名が利用した。');
      await waitSaved(page);

      // The draft may already hold rows (demo data): add ours after them.
      const m = await page.getByTestId('milestone-row').count();
      await page.getByTestId('add-milestone').click();
      await page.getByTestId(`milestone-name-${m}`).fill('自動運転バス実証');
      await page.getByTestId(`milestone-plannedStart-${m}`).fill('2026-04-01');
      await page.getByTestId(`milestone-plannedEnd-${m}`).fill('2027-03-31');
      await page.getByTestId(`milestone-actualStart-${m}`).fill('2026-04-15');
      await page.getByTestId(`milestone-status-${m}`).selectOption('ON_TRACK');
      // Every milestone 順調, so the officer's 順調 below raises no divergence flag.
      for (let i = 0; i < m; i++)
        await page.getByTestId(`milestone-status-${i}`).selectOption('ON_TRACK');
      const k = await page.getByTestId('kpi-row').count();
      await page.getByTestId('add-kpi').click();
      await page.getByTestId(`kpi-name-${k}`).fill('利用者数');
      await page.getByTestId(`kpi-unit-${k}`).fill('人');
      await page.getByTestId(`kpi-baseline-${k}`).fill('0');
      await page.getByTestId(`kpi-actual-${k}`).fill('120');
      await page.getByTestId('progress-nextPlan').fill('冬季の運行試験を行う。');
      await waitSaved(page);
      await expect(page.getByTestId('milestone-timeline').getByTestId('timeline-row')).toHaveCount(
        m + 1,
      );
      await screenshot(page, 'reports-progress-draft');
      await expectNoSeriousA11yViolations(page, 'progress sheet (draft)');

      await submit(page);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'SUBMITTED');
      await expect(page.getByTestId('read-only')).toBeVisible();
      await context.close();
    }

    // 2. officer: writes the opinion sheet of the same period.
    {
      const { context, page } = await newUserPage(browser, 'officer');
      await page.goto(`/reports/sheets/${opinion.id}`);
      await expect(page.getByTestId('sheet-title')).toContainText('現地支援責任者意見表');
      await page.getByTestId('opinion-assessment-ON_TRACK').check();
      await page.getByTestId('opinion-findings').fill('計画どおり進んでいる。住民説明会も円滑。');
      await page.getByTestId('opinion-advice').fill('冬季の安全対策を事前に確認すること。');
      await page.getByTestId('opinion-followUp-false').check();
      await waitSaved(page);
      await screenshot(page, 'reports-opinion-draft');
      await expectNoSeriousA11yViolations(page, 'opinion sheet');
      await submit(page);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'SUBMITTED');
      await expect(page.getByTestId('divergence-flag')).toHaveCount(0);
      await context.close();
    }

    // 3. cao: returns the progress sheet with a comment on the results.
    {
      const { context, page } = await newUserPage(browser, 'cao');
      await page.goto(progressUrl);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'SUBMITTED');
      await page.getByTestId('action-return').click();
      await page
        .getByTestId('return-comment-results')
        .fill('利用者数の内訳（地区別）を記載してください。');
      await page.getByTestId('confirm-return').click();
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'RETURNED');
      await expect(page.getByTestId('reviews')).toContainText('利用者数の内訳');
      await context.close();
    }

    // 4. iwamizawa: sees the comment next to the section, fixes and resubmits.
    {
      const { context, page } = await newUserPage(browser, 'iwamizawa');
      await page.goto(progressUrl);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'RETURNED');
      await expect(page.getByTestId('section-note-results')).toContainText('利用者数の内訳');
      await page
        .getByTestId('progress-results')
        .fill('実証実験を2地区で実施し、延べ120名（A地区70名、B地区50名）が利用した。');
      await waitSaved(page);
      await screenshot(page, 'reports-progress-returned');
      await expect(page.getByTestId('action-submit')).toHaveText('再提出する');
      await submit(page);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'RESUBMITTED');
      await context.close();
    }

    // 5. cao: compares the two revisions and accepts; the overdue and schedule views.
    {
      const { context, page } = await newUserPage(browser, 'cao');
      await page.goto(progressUrl);
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'RESUBMITTED');
      await expect(page.getByTestId('revision-row')).toHaveCount(2);
      await expect(page.getByTestId('differences')).toContainText('B地区50名');
      await screenshot(page, 'reports-progress-compare');
      await expectNoSeriousA11yViolations(page, 'progress sheet (review)');
      await page.getByTestId('action-accept').click();
      await page.getByTestId('confirm-accept').click();
      await expect(page.getByTestId('sheet-status')).toHaveAttribute('data-status', 'ACCEPTED');
      await expect(page.getByTestId('action-accept')).toHaveCount(0);

      await page.getByTestId('nav-reports').click();
      await expect(page.locator('h1')).toHaveText('報告書一覧');
      await expect(page.getByTestId('sheet-row').first()).toBeVisible();
      await screenshot(page, 'reports-sheet-list');
      await expectNoSeriousA11yViolations(page, 'sheet list');

      await page.getByTestId('nav-overdue').click();
      await expect(page.locator('h1')).toHaveText('提出遅延一覧');
      await expect(page.getByTestId('sort-daysOverdue').locator('xpath=..')).toHaveAttribute(
        'aria-sort',
        'descending',
      );
      await screenshot(page, 'reports-overdue');
      await expectNoSeriousA11yViolations(page, 'overdue');

      await page.getByTestId('nav-schedules').click();
      await expect(page.getByTestId('schedule-PROGRESS')).toBeVisible();
      await screenshot(page, 'reports-schedules');
      await expectNoSeriousA11yViolations(page, 'schedules');
      await context.close();
    }
  });
});
