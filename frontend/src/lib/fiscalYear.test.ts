import { describe, expect, it } from 'vitest';
import {
  fiscalYearLabel,
  fiscalYearOf,
  programmeFiscalYears,
  warekiFiscalYear,
  warekiFiscalYearEn,
} from './fiscalYear';

describe('warekiFiscalYear', () => {
  it.each([
    [2018, '平成30年度'],
    [2019, '令和元年度'],
    [2020, '令和2年度'],
    [2021, '令和3年度'],
    [1989, '平成元年度'],
    [1988, '昭和63年度'],
  ])('names FY%i %s', (fy, label) => {
    expect(warekiFiscalYear(fy)).toBe(label);
  });

  it('rejects fiscal years that are not integers or too early', () => {
    expect(() => warekiFiscalYear(2019.5)).toThrow(RangeError);
    expect(() => warekiFiscalYear(1900)).toThrow(RangeError);
  });
});

describe('fiscalYearLabel', () => {
  it('shows 和暦 first and the Western year in Japanese', () => {
    expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度 (FY2018)');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度 (FY2019)');
    expect(fiscalYearLabel(2021, 'ja')).toBe('令和3年度 (FY2021)');
  });

  it('shows the Western year first in English', () => {
    expect(fiscalYearLabel(2019, 'en')).toBe('FY2019 (Reiwa 1)');
    expect(warekiFiscalYearEn(2018)).toBe('Heisei 30');
  });
});

describe('fiscalYearOf', () => {
  it('starts the fiscal year in April', () => {
    expect(fiscalYearOf(new Date(2019, 2, 31))).toBe(2018);
    expect(fiscalYearOf(new Date(2019, 3, 1))).toBe(2019);
    expect(fiscalYearOf(new Date(2021, 7, 24))).toBe(2021);
  });
});

describe('programmeFiscalYears', () => {
  it('lists FY2018 to FY2021 at least', () => {
    expect(programmeFiscalYears(new Date(2021, 7, 24))).toEqual([2018, 2019, 2020, 2021]);
  });

  it('grows with the current fiscal year', () => {
    expect(programmeFiscalYears(new Date(2023, 4, 1))).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023,
    ]);
  });
});
