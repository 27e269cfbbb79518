/**
 * 全国地方公共団体コード: 5 digits and a check digit.
 * s = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5; check = (11 − s mod 11) mod 10.
 */
export function localGovernmentCheckDigit(firstFive: string): number | null {
  if (!/^\d{5}$/.test(firstFive)) return null;
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(firstFive[i]) * (6 - i);
  return (11 - (sum % 11)) % 10;
}

export type LocalGovernmentCodeProblem = 'format' | 'checkDigit' | null;

/** null when the code is six digits with the right check digit. */
export function localGovernmentCodeProblem(code: string): LocalGovernmentCodeProblem {
  if (!/^\d{6}$/.test(code)) return 'format';
  return localGovernmentCheckDigit(code.slice(0, 5)) === Number(code[5]) ? null : 'checkDigit';
}

/** A prefecture's code is NN000c; a municipality's has a non-zero city part. */
export function isPrefectureCode(code: string): boolean {
  return /^\d{2}000\d$/.test(code);
}
