import { describe, expect, it } from 'vitest';
import {
  isPrefectureCode,
  localGovernmentCheckDigit,
  localGovernmentCodeProblem,
} from './localGovernmentCode';

describe('全国地方公共団体コード check digit', () => {
  it('computes the check digit of known codes', () => {
    // 北海道 010006, 岩見沢市 012106, 宮城県 040002, 仙台市 041009, 東京都 130001
    expect(localGovernmentCheckDigit('01000')).toBe(6);
    expect(localGovernmentCheckDigit('01210')).toBe(6);
    expect(localGovernmentCheckDigit('04000')).toBe(2);
    expect(localGovernmentCheckDigit('04100')).toBe(9);
    expect(localGovernmentCheckDigit('13000')).toBe(1);
  });

  it('maps a remainder of 0 or 1 to a single digit (mod 10)', () => {
    // s mod 11 = 0 → (11 − 0) mod 10 = 1; s mod 11 = 1 → 10 mod 10 = 0
    expect(localGovernmentCheckDigit('00000')).toBe(1);
    expect(localGovernmentCheckDigit('00005')).toBe(1); // s = 10 → 11 − 10 = 1
    expect(localGovernmentCheckDigit('00011')).toBe(6); // s = 5 → 6
  });

  it('rejects input that is not five digits', () => {
    expect(localGovernmentCheckDigit('0100')).toBeNull();
    expect(localGovernmentCheckDigit('01a00')).toBeNull();
  });

  it('validates whole codes', () => {
    expect(localGovernmentCodeProblem('010006')).toBeNull();
    expect(localGovernmentCodeProblem('041009')).toBeNull();
    expect(localGovernmentCodeProblem('010007')).toBe('checkDigit');
    expect(localGovernmentCodeProblem('01000')).toBe('format');
    expect(localGovernmentCodeProblem('０１０００６')).toBe('format');
  });

  it('tells prefecture codes from municipality codes', () => {
    expect(isPrefectureCode('010006')).toBe(true);
    expect(isPrefectureCode('012106')).toBe(false);
  });
});
