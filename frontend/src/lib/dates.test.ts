import { describe, expect, it } from 'vitest';
import { formatDate } from './dates';

describe('formatDate', () => {
  it('writes Japanese dates as 年月日 without leading zeros', () => {
    expect(formatDate('2021-08-24', 'ja')).toBe('2021年8月24日');
    expect(formatDate('2019-04-01T00:00:00Z', 'ja')).toBe('2019年4月1日');
  });

  it('writes English dates day first', () => {
    expect(formatDate('2021-08-24', 'en')).toBe('24 August 2021');
  });

  it('keeps unparseable values', () => {
    expect(formatDate('soon', 'ja')).toBe('soon');
  });
});
