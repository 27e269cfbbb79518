import { describe, expect, it } from 'vitest';
import { parseSearchString, stringifySearchObject } from './searchString';

describe('search strings', () => {
  it('parses plain query strings', () => {
    expect(parseSearchString('?fy=2018&q=%E3%83%89%E3%83%AD%E3%83%BC%E3%83%B3')).toEqual({
      fy: '2018',
      q: 'ドローン',
    });
    expect(parseSearchString('')).toEqual({});
  });

  it('writes only the values that are set', () => {
    expect(stringifySearchObject({ fy: 2018, q: '', status: undefined, page: 2 })).toBe(
      '?fy=2018&page=2',
    );
    expect(stringifySearchObject({})).toBe('');
  });

  it('round-trips', () => {
    const search = { q: 'a&b=c', sort: '-number' };
    expect(parseSearchString(stringifySearchObject(search))).toEqual(search);
  });
});
