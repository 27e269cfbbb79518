import { ApiError } from '@/api/client';
import type { FieldError } from '@/api/types';
import { errorMessage } from '@/lib/problem';

/** Codes of the reports API with their own message (reports.errors.*). */
export const REPORT_ERROR_CODES = [
  'LATENESS_REASON_REQUIRED',
  'IMPORT_INVALID',
  'NOT_A_FORM',
  'MACRO_NOT_ALLOWED',
  'FILE_TOO_LARGE',
  'ILLEGAL_TRANSITION',
  'PRECONDITION_FAILED',
  'VALIDATION_FAILED',
] as const;
export type ReportErrorCode = (typeof REPORT_ERROR_CODES)[number];

export type ReportErrorMessage =
  { key: `reports.errors.${ReportErrorCode}` } | ReturnType<typeof errorMessage>;

function problemCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem?.code : undefined;
}

function isReportCode(code: unknown): code is ReportErrorCode {
  return typeof code === 'string' && (REPORT_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The message of a failed reports call: the code (also a field code such as
 * LATENESS_REASON_REQUIRED inside errors[]) or, for 412/413, the status; else the shared mapping.
 */
export function reportErrorMessage(error: unknown): ReportErrorMessage {
  if (error instanceof ApiError) {
    const code = problemCode(error);
    if (code && isReportCode(code) && code !== 'VALIDATION_FAILED')
      return { key: `reports.errors.${code}` };
    const fieldCode = error.problem?.errors?.find((e) => isReportCode(e.code))?.code;
    if (isReportCode(fieldCode) && fieldCode !== 'VALIDATION_FAILED')
      return { key: `reports.errors.${fieldCode}` };
    if (code === 'VALIDATION_FAILED') return { key: 'reports.errors.VALIDATION_FAILED' };
    if (error.status === 412) return { key: 'reports.errors.PRECONDITION_FAILED' };
    if (error.status === 413) return { key: 'reports.errors.FILE_TOO_LARGE' };
  }
  return errorMessage(error);
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

export function hasCode(error: unknown, code: string): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.problem?.code === code || !!error.problem?.errors?.some((e) => e.code === code);
}

/** Every cell problem of a refused Excel import, as `KPI!D7: 数値ではありません`. */
export function importProblems(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.problem?.code !== 'IMPORT_INVALID') return [];
  return (error.problem.errors ?? []).map((e) =>
    e.field ? `${e.field}: ${e.message ?? e.code ?? ''}` : (e.message ?? e.code ?? ''),
  );
}

/** errors[] of a 400 validation problem keyed by path (without the `content.` prefix). */
export function fieldErrorsByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  if (error.problem?.code === 'IMPORT_INVALID') return {};
  const out: Record<string, string> = {};
  for (const e of error.problem?.errors ?? []) {
    if (!e.field) continue;
    const path = e.field.replace(/^(body|content)\./, '');
    if (!(path in out)) out[path] = e.message ?? e.code ?? '';
  }
  return out;
}

/** The section a field path belongs to: `progress.milestones[2].status` → `milestones`. */
export function sectionOf(path: string): string {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  return parts.length > 1 ? parts[1]! : parts[0]!;
}

/** The actions an ILLEGAL_TRANSITION says are possible now. */
export function allowedNow(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.problem?.code !== 'ILLEGAL_TRANSITION') return [];
  return (error.problem.errors ?? [])
    .filter((e: FieldError) => e.field === 'allowedActions')
    .map((e) => e.code ?? '')
    .filter(Boolean);
}
