import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import {
  formFieldOf,
  isPreconditionFailed,
  mapFieldErrors,
  problemFieldErrors,
} from './fieldErrors';

describe('formFieldOf', () => {
  it('drops array indexes and applies aliases', () => {
    expect(formFieldOf('title')).toBe('title');
    expect(formFieldOf('applicantIds[0]')).toBe('applicantIds');
    expect(formFieldOf('technologies[1]')).toBe('technologies');
    expect(formFieldOf('parentId', { parentId: 'parent' })).toBe('parent');
  });
});

describe('mapFieldErrors', () => {
  it('puts each error on its field, first one wins, and keeps the rest for the summary', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'title', code: 'REQUIRED', message: 'must not be blank' },
        { field: 'applicantIds[0]', code: 'UNKNOWN_VALUE', message: 'no such organisation' },
        { field: 'applicantIds[1]', code: 'UNKNOWN_VALUE', message: 'second' },
        { field: 'technologies[1]', code: 'UNKNOWN_VALUE', message: 'bad technology' },
        { field: 'selectionFy', code: 'OUT_OF_RANGE', message: 'out of range' },
      ],
      ['title', 'applicantIds', 'technologies'],
    );
    expect(Object.keys(mapped.fields)).toEqual(['title', 'applicantIds', 'technologies']);
    expect(mapped.fields.applicantIds).toEqual({
      field: 'applicantIds',
      code: 'UNKNOWN_VALUE',
      message: 'no such organisation',
    });
    expect(mapped.other).toEqual([
      { field: 'selectionFy', code: 'OUT_OF_RANGE', message: 'out of range' },
    ]);
  });

  it('copes with missing parts', () => {
    expect(mapFieldErrors(undefined, ['title'])).toEqual({ fields: {}, other: [] });
    expect(mapFieldErrors([{}], ['title']).other).toEqual([
      { field: '', code: 'INVALID', message: '' },
    ]);
  });
});

describe('problem helpers', () => {
  it('reads errors[] from 400 problems only', () => {
    const errors = [{ field: 'code', code: 'LG_CODE_CHECK_DIGIT', message: 'x' }];
    expect(problemFieldErrors(new ApiError(400, { code: 'VALIDATION_FAILED', errors }))).toEqual(
      errors,
    );
    expect(problemFieldErrors(new ApiError(409, { code: 'CONFLICT', errors }))).toBeUndefined();
    expect(problemFieldErrors(new Error('x'))).toBeUndefined();
  });

  it('recognises 412', () => {
    expect(isPreconditionFailed(new ApiError(412, { code: 'PRECONDITION_FAILED' }))).toBe(true);
    expect(isPreconditionFailed(new ApiError(409, null))).toBe(false);
  });
});
