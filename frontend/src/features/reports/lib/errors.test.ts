import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import {
  allowedNow,
  fieldErrorsByPath,
  importProblems,
  reportErrorMessage,
  sectionOf,
} from './errors';

const problem = (
  status: number,
  code: string,
  errors?: { field?: string; code?: string; message?: string }[],
) => new ApiError(status, { code, status, errors });

describe('reportErrorMessage', () => {
  it('maps the reports codes to their messages', () => {
    expect(reportErrorMessage(problem(400, 'NOT_A_FORM'))).toEqual({
      key: 'reports.errors.NOT_A_FORM',
    });
    expect(reportErrorMessage(problem(400, 'MACRO_NOT_ALLOWED'))).toEqual({
      key: 'reports.errors.MACRO_NOT_ALLOWED',
    });
    expect(reportErrorMessage(problem(413, 'FILE_TOO_LARGE'))).toEqual({
      key: 'reports.errors.FILE_TOO_LARGE',
    });
    expect(reportErrorMessage(new ApiError(413, null))).toEqual({
      key: 'reports.errors.FILE_TOO_LARGE',
    });
    expect(reportErrorMessage(problem(409, 'ILLEGAL_TRANSITION'))).toEqual({
      key: 'reports.errors.ILLEGAL_TRANSITION',
    });
    expect(reportErrorMessage(problem(412, 'PRECONDITION_FAILED'))).toEqual({
      key: 'reports.errors.PRECONDITION_FAILED',
    });
  });
  it('finds LATENESS_REASON_REQUIRED as a field code of a validation problem', () => {
    expect(
      reportErrorMessage(
        problem(400, 'VALIDATION_FAILED', [
          { field: 'latenessReason', code: 'LATENESS_REASON_REQUIRED' },
        ]),
      ),
    ).toEqual({ key: 'reports.errors.LATENESS_REASON_REQUIRED' });
  });
  it('falls back to the shared mapping', () => {
    expect(reportErrorMessage(problem(403, 'FORBIDDEN'))).toEqual({ key: 'errors.FORBIDDEN' });
  });
});

describe('errors[]', () => {
  it('lists every cell problem of an Excel import', () => {
    const e = problem(400, 'IMPORT_INVALID', [
      { field: 'KPI!D7', code: 'NOT_A_NUMBER', message: '数値ではありません' },
      {
        field: '事業工程!F3',
        code: 'UNKNOWN_VALUE',
        message: '順調・遅延・要対応から選んでください',
      },
    ]);
    expect(importProblems(e)).toEqual([
      'KPI!D7: 数値ではありません',
      '事業工程!F3: 順調・遅延・要対応から選んでください',
    ]);
    expect(fieldErrorsByPath(e)).toEqual({});
  });
  it('keys validation messages by content path, first one wins', () => {
    const e = problem(400, 'VALIDATION_FAILED', [
      { field: 'progress.milestones[2].status', message: '選択してください' },
      { field: 'content.progress.results', message: '入力してください' },
      { field: 'progress.milestones[2].status', message: '二つ目' },
    ]);
    expect(fieldErrorsByPath(e)).toEqual({
      'progress.milestones[2].status': '選択してください',
      'progress.results': '入力してください',
    });
    expect(sectionOf('progress.milestones[2].status')).toBe('milestones');
    expect(sectionOf('expense.rows[0].granted')).toBe('rows');
  });
  it('reads the actions still possible from an ILLEGAL_TRANSITION', () => {
    const e = problem(409, 'ILLEGAL_TRANSITION', [
      { field: 'allowedActions', code: 'SAVE' },
      { field: 'allowedActions', code: 'SUBMIT' },
    ]);
    expect(allowedNow(e)).toEqual(['SAVE', 'SUBMIT']);
    expect(allowedNow(problem(400, 'VALIDATION_FAILED'))).toEqual([]);
  });
});
