import type { ExpenseRow, FundingType } from '../types';

/** ¥1,234,567 — whole yen with thousands separators; blanks show as an empty string. */
export function formatYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '';
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(amount)));
  return `${sign}¥${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** 1,234,567 — the value as typed into an amount field (no ¥). */
export function formatYenInput(amount: number | null | undefined): string {
  return formatYen(amount).replace('¥', '');
}

export const MAX_YEN = 1_000_000_000_000; // 1兆円

export type YenParse = { ok: true; value: number | undefined } | { ok: false };

/**
 * Parses what a user typed into an amount field: full-width digits, ¥/円, commas and spaces
 * are accepted; decimals, signs and anything above 1兆円 are refused (never rounded).
 */
export function parseYen(input: string): YenParse {
  const s = input
    .normalize('NFKC')
    .replace(/[\s,，¥￥]/g, '')
    .replace(/円$/, '');
  if (s === '') return { ok: true, value: undefined };
  if (!/^\d+$/.test(s)) return { ok: false };
  const value = Number(s);
  if (!Number.isSafeInteger(value) || value > MAX_YEN) return { ok: false };
  return { ok: true, value };
}

export type YenTotals = { budgeted: number; granted: number; executed: number };
export type YenTotalLine = YenTotals & { key: string };

const zero = (): YenTotals => ({ budgeted: 0, granted: 0, executed: 0 });

function add(into: YenTotals, row: ExpenseRow): void {
  for (const k of ['budgeted', 'granted', 'executed'] as const) {
    const next = into[k] + (row[k] ?? 0);
    if (!Number.isSafeInteger(next)) throw new RangeError('yen total overflow');
    into[k] = next;
  }
}

/**
 * Totals per funding type, per ministry and overall, in whole yen (integers only: each step
 * checked to stay a safe integer, so a sum is exact or an error, never rounded).
 */
export function expenseTotals(rows: readonly ExpenseRow[]): {
  byType: YenTotalLine[];
  byMinistry: YenTotalLine[];
  total: YenTotals;
} {
  const byType = new Map<FundingType | '', YenTotals>();
  const byMinistry = new Map<string, YenTotals>();
  const total = zero();
  for (const row of rows) {
    const type = row.type ?? '';
    const ministry = row.ministry ?? '';
    if (!byType.has(type)) byType.set(type, zero());
    if (!byMinistry.has(ministry)) byMinistry.set(ministry, zero());
    add(byType.get(type)!, row);
    add(byMinistry.get(ministry)!, row);
    add(total, row);
  }
  const lines = (m: Map<string, YenTotals>) =>
    [...m.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => a.key.localeCompare(b.key));
  return { byType: lines(byType), byMinistry: lines(byMinistry), total };
}

/** The scheme name as the server compares it: NFKC, spaces removed. */
export function normaliseScheme(name: string | undefined): string {
  return (name ?? '').normalize('NFKC').replace(/\s+/g, '');
}

/** Groups of row indexes claiming the same scheme for the same sub-project (two or more). */
export function duplicateFundingGroups(rows: readonly ExpenseRow[]): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const scheme = normaliseScheme(row.schemeName);
    if (!scheme) return;
    const key = `${scheme}\u0000${(row.subProject ?? '').trim()}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
