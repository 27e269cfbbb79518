import { describe, expect, it } from 'vitest';
import { parseProjectId } from './projectId';

describe('parseProjectId', () => {
  it('accepts positive integers', () => {
    expect(parseProjectId('1')).toBe(1);
    expect(parseProjectId('38')).toBe(38);
  });

  it('rejects anything else so the page shows "not found" without asking the API', () => {
    for (const value of [
      '0',
      '-1',
      '01',
      '1.5',
      'abc',
      '',
      '00000000-0000-4000-8000-000000000000',
    ]) {
      expect(parseProjectId(value)).toBeNull();
    }
  });
});
