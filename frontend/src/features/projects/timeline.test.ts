import { describe, expect, it } from 'vitest';
import { NEXT_STATUSES, timelinePercent } from './timeline';

describe('timelinePercent', () => {
  it('places dates between start and end, clamped', () => {
    expect(timelinePercent('2018-04-01', '2023-03-31', '2018-04-01')).toBe(0);
    expect(timelinePercent('2018-04-01', '2023-03-31', '2023-03-31')).toBe(100);
    expect(timelinePercent('2018-04-01', '2023-03-31', '2021-03-31')).toBe(60);
    expect(timelinePercent('2018-04-01', '2023-03-31', '2030-01-01')).toBe(100);
    expect(timelinePercent('2018-04-01', '2023-03-31', '2010-01-01')).toBe(0);
    expect(timelinePercent('2020-01-01', '2020-01-01', '2020-01-01')).toBe(0);
  });

  it('allows only forward status changes', () => {
    expect(NEXT_STATUSES.SELECTED).toEqual(['SUPPORTING', 'SUPPORT_ENDED']);
    expect(NEXT_STATUSES.SUPPORTING).toEqual(['SUPPORT_ENDED']);
    expect(NEXT_STATUSES.SUPPORT_ENDED).toEqual([]);
  });
});
