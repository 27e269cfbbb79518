import type { SheetStatus } from '../types';

/** A sheet is late once the day (in Japan) is after its due date; both are ISO dates. */
export function isPastDue(dueDate: string, todayJst: string): boolean {
  return todayJst > dueDate;
}

/** Whole days from today to the due date (negative: overdue). */
export function daysUntil(dueDate: string, todayJst: string): number {
  const a = Date.UTC(+todayJst.slice(0, 4), +todayJst.slice(5, 7) - 1, +todayJst.slice(8, 10));
  const b = Date.UTC(+dueDate.slice(0, 4), +dueDate.slice(5, 7) - 1, +dueDate.slice(8, 10));
  return Math.round((b - a) / 86_400_000);
}

/** Whether submitting now must ask for a lateness reason (the API refuses it otherwise). */
export function needsLatenessReason(
  sheet: { dueDate: string; status: SheetStatus },
  todayJst: string,
): boolean {
  const submittable =
    sheet.status === 'NOT_STARTED' || sheet.status === 'DRAFT' || sheet.status === 'RETURNED';
  return submittable && isPastDue(sheet.dueDate, todayJst);
}

/** The lateness reason to send, or an error key when it is required and missing. */
export function latenessInput(
  required: boolean,
  reason: string,
):
  { ok: true; latenessReason?: string } | { ok: false; error: 'reports.actions.latenessRequired' } {
  const trimmed = reason.trim();
  if (!required) return { ok: true, ...(trimmed ? { latenessReason: trimmed } : {}) };
  if (!trimmed) return { ok: false, error: 'reports.actions.latenessRequired' };
  return { ok: true, latenessReason: trimmed };
}

/** "あと3日" / "本日が期限" / "2日超過" as an i18n key and count. */
export function dueLabel(days: number): {
  key: 'reports.dueIn.days' | 'reports.dueIn.today' | 'reports.dueIn.overdue';
  count: number;
} {
  if (days > 0) return { key: 'reports.dueIn.days', count: days };
  if (days === 0) return { key: 'reports.dueIn.today', count: 0 };
  return { key: 'reports.dueIn.overdue', count: -days };
}
