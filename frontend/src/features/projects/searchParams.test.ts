import { describe, expect, it } from 'vitest';
import {
  parseProjectSearch,
  toProjectQuery,
  withFilters,
  nextSort,
  sortDirection,
} from './searchParams';

describe('parseProjectSearch', () => {
  it('reads every filter from query-string values', () => {
    expect(
      parseProjectSearch({
        page: '2',
        size: '50',
        sort: '-number',
        fy: '2018',
        technology: 'DRONE',
        prefecture: '04',
        status: 'SUPPORTING',
        q: ' 仙台 ',
      }),
    ).toEqual({
      page: 2,
      size: 50,
      sort: '-number',
      fy: 2018,
      technology: 'DRONE',
      prefecture: '04',
      status: 'SUPPORTING',
      q: '仙台',
    });
  });

  it('drops invalid values instead of failing', () => {
    expect(
      parseProjectSearch({
        page: '0',
        size: '7',
        sort: 'password',
        fy: 'abc',
        technology: 'TELEPORT',
        prefecture: '48',
        status: 'done',
        q: '   ',
      }),
    ).toEqual({});
  });

  it('returns an empty state for an empty query string', () => {
    expect(parseProjectSearch({})).toEqual({});
  });
});

describe('toProjectQuery', () => {
  it('fills in the default page and size', () => {
    expect(toProjectQuery({})).toEqual({ page: 1, size: 20 });
    expect(toProjectQuery({ fy: 2019, q: 'x', page: 3 })).toEqual({
      page: 3,
      size: 20,
      fy: 2019,
      q: 'x',
    });
  });
});

describe('withFilters', () => {
  it('goes back to page 1 and keeps size and sort', () => {
    expect(
      withFilters({ page: 4, size: 50, sort: 'title', fy: 2018 }, { status: 'SUPPORTING' }),
    ).toEqual({
      size: 50,
      sort: 'title',
      status: 'SUPPORTING',
    });
  });
});

describe('sorting', () => {
  it('treats the default order as ascending selection year', () => {
    expect(sortDirection(undefined, 'selectionFy')).toBe('ascending');
    expect(sortDirection(undefined, 'number')).toBe('none');
    expect(sortDirection('-number', 'number')).toBe('descending');
  });

  it('toggles between ascending and descending', () => {
    expect(nextSort(undefined, 'selectionFy')).toBe('-selectionFy');
    expect(nextSort('-selectionFy', 'selectionFy')).toBe('selectionFy');
    expect(nextSort('selectionFy', 'title')).toBe('title');
  });
});
