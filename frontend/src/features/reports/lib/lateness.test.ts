import { describe, expect, it } from 'vitest';
import { daysUntil, dueLabel, isPastDue, latenessInput, needsLatenessReason } from './lateness';

describe('lateness', () => {
  it('is late only after the due day (Japan date)', () => {
    expect(isPastDue('2026-07-10', '2026-07-10')).toBe(false);
    expect(isPastDue('2026-07-10', '2026-07-11')).toBe(true);
  });
  it('asks for a reason only when a submittable sheet is past due', () => {
    expect(needsLatenessReason({ dueDate: '2026-07-10', status: 'DRAFT' }, '2026-07-11')).toBe(
      true,
    );
    expect(needsLatenessReason({ dueDate: '2026-07-10', status: 'RETURNED' }, '2026-08-01')).toBe(
      true,
    );
    expect(needsLatenessReason({ dueDate: '2026-07-10', status: 'DRAFT' }, '2026-07-10')).toBe(
      false,
    );
    expect(needsLatenessReason({ dueDate: '2026-07-10', status: 'SUBMITTED' }, '2026-08-01')).toBe(
      false,
    );
    expect(needsLatenessReason({ dueDate: '2026-07-10', status: 'ACCEPTED' }, '2026-08-01')).toBe(
      false,
    );
  });
  it('requires a non-blank reason when late and omits a blank one otherwise', () => {
    expect(latenessInput(true, '  ')).toEqual({
      ok: false,
      error: 'reports.actions.latenessRequired',
    });
    expect(latenessInput(true, ' 担当者不在のため ')).toEqual({
      ok: true,
      latenessReason: '担当者不在のため',
    });
    expect(latenessInput(false, '')).toEqual({ ok: true });
  });
  it('counts days to the due date and labels them', () => {
    expect(daysUntil('2026-12-10', '2026-12-03')).toBe(7);
    expect(daysUntil('2026-03-01', '2026-02-28')).toBe(1);
    expect(daysUntil('2026-11-30', '2026-12-03')).toBe(-3);
    expect(dueLabel(3)).toEqual({ key: 'reports.dueIn.days', count: 3 });
    expect(dueLabel(0)).toEqual({ key: 'reports.dueIn.today', count: 0 });
    expect(dueLabel(-2)).toEqual({ key: 'reports.dueIn.overdue', count: 2 });
  });
});
