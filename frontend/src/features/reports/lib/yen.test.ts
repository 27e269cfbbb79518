import { describe, expect, it } from 'vitest';
import { duplicateFundingGroups, expenseTotals, formatYen, parseYen } from './yen';

describe('formatYen', () => {
  it('formats whole yen with thousands separators and ¥', () => {
    expect(formatYen(0)).toBe('¥0');
    expect(formatYen(999)).toBe('¥999');
    expect(formatYen(1000)).toBe('¥1,000');
    expect(formatYen(12_345_678)).toBe('¥12,345,678');
    expect(formatYen(1_000_000_000_000)).toBe('¥1,000,000,000,000');
    expect(formatYen(undefined)).toBe('');
  });
});

describe('parseYen', () => {
  it('accepts commas, ¥, 円 and full-width digits', () => {
    expect(parseYen('1,234,567')).toEqual({ ok: true, value: 1234567 });
    expect(parseYen('¥5,000')).toEqual({ ok: true, value: 5000 });
    expect(parseYen('１２３４円')).toEqual({ ok: true, value: 1234 });
    expect(parseYen('')).toEqual({ ok: true, value: undefined });
  });
  it('refuses decimals, negatives, text and amounts over 1兆円 (never rounds)', () => {
    expect(parseYen('1.5').ok).toBe(false);
    expect(parseYen('-1').ok).toBe(false);
    expect(parseYen('abc').ok).toBe(false);
    expect(parseYen('1000000000001').ok).toBe(false);
  });
});

describe('expenseTotals', () => {
  it('sums per type, per ministry and overall in exact integers', () => {
    const totals = expenseTotals([
      { type: 'GRANT', ministry: 'cao', budgeted: 1_000_000, granted: 900_000, executed: 850_001 },
      { type: 'SUBSIDY', ministry: 'mlit', budgeted: 300, granted: 200, executed: 100 },
      { type: 'GRANT', ministry: 'mlit', budgeted: 999_999_999_999, granted: 1, executed: 0 },
      { type: 'OWN_FUNDS', budgeted: 5 },
    ]);
    expect(totals.total).toEqual({
      budgeted: 1_000_001_000_304,
      granted: 900_201,
      executed: 850_101,
    });
    expect(totals.byType.find((l) => l.key === 'GRANT')).toMatchObject({
      budgeted: 1_000_000_999_999,
      granted: 900_001,
    });
    expect(totals.byMinistry.find((l) => l.key === 'mlit')).toMatchObject({
      budgeted: 1_000_000_000_299,
    });
    expect(totals.byMinistry.find((l) => l.key === '')).toMatchObject({ budgeted: 5, granted: 0 });
  });
  it('throws rather than losing precision', () => {
    expect(() => expenseTotals([{ budgeted: Number.MAX_SAFE_INTEGER }, { budgeted: 2 }])).toThrow(
      RangeError,
    );
  });
});

describe('duplicateFundingGroups', () => {
  it('finds the same scheme (NFKC, spaces ignored) for the same sub-project', () => {
    expect(
      duplicateFundingGroups([
        { schemeName: 'デジタル田園都市国家構想交付金', subProject: 'A' },
        { schemeName: 'デジタル田園都市 国家構想交付金', subProject: 'A' },
        { schemeName: 'デジタル田園都市国家構想交付金', subProject: 'B' },
        { schemeName: 'ＡＢＣ補助金', subProject: 'A' },
        { schemeName: 'ABC補助金', subProject: 'A' },
      ]),
    ).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
});
