/**
 * Japanese fiscal years run from April to March and are named after the era (和暦) of
 * their starting April. Reiwa began on 1 May 2019, so FY2019 (April 2019 – March 2020) is
 * called 令和元年度 by the government, not 平成31年度.
 */
export type Era = { nameJa: string; nameEn: string; firstFiscalYear: number };

const ERAS: readonly Era[] = [
  { nameJa: '令和', nameEn: 'Reiwa', firstFiscalYear: 2019 },
  { nameJa: '平成', nameEn: 'Heisei', firstFiscalYear: 1989 },
  { nameJa: '昭和', nameEn: 'Showa', firstFiscalYear: 1926 },
];

export type JapaneseFiscalYear = { era: Era; year: number };

export function toJapaneseFiscalYear(fy: number): JapaneseFiscalYear {
  if (!Number.isInteger(fy)) throw new RangeError(`Not a fiscal year: ${fy}`);
  const era = ERAS.find((e) => fy >= e.firstFiscalYear);
  if (!era) throw new RangeError(`Fiscal year before the Showa era: ${fy}`);
  return { era, year: fy - era.firstFiscalYear + 1 };
}

/** 令和3年度, 令和元年度, 平成30年度 */
export function warekiFiscalYear(fy: number): string {
  const { era, year } = toJapaneseFiscalYear(fy);
  return `${era.nameJa}${year === 1 ? '元' : year}年度`;
}

/** Reiwa 3, Heisei 30 */
export function warekiFiscalYearEn(fy: number): string {
  const { era, year } = toJapaneseFiscalYear(fy);
  return `${era.nameEn} ${year}`;
}

/**
 * The label shown on screen: 和暦 and Western together.
 * ja: 令和元年度 (FY2019); en: FY2019 (Reiwa 1).
 */
export function fiscalYearLabel(fy: number, language: string): string {
  return language.startsWith('ja')
    ? `${warekiFiscalYear(fy)} (FY${fy})`
    : `FY${fy} (${warekiFiscalYearEn(fy)})`;
}

/** The fiscal year containing a date: April to March. */
export function fiscalYearOf(date: Date): number {
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
}

/** The first programme year (H30 / FY2018) up to the current fiscal year, at least FY2021. */
export function programmeFiscalYears(today: Date = new Date()): number[] {
  const last = Math.max(2021, fiscalYearOf(today));
  return Array.from({ length: last - 2018 + 1 }, (_, i) => 2018 + i);
}
