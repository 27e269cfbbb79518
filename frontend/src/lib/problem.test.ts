import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/client';
import { errorMessage, isNotFound } from './problem';
import { i18n } from '@/i18n';

describe('errorMessage', () => {
  it('maps a known problem code to its i18n key', () => {
    const error = new ApiError(404, { status: 404, code: 'NOT_FOUND', detail: 'Project x' });
    expect(errorMessage(error)).toEqual({ key: 'errors.NOT_FOUND' });
  });

  it('falls back to the detail of an unknown code', () => {
    const error = new ApiError(400, { status: 400, code: 'SOMETHING_NEW', detail: 'Try again' });
    expect(errorMessage(error)).toEqual({ text: 'Try again' });
  });

  it('falls back to the HTTP status when the body is not a problem', () => {
    expect(errorMessage(new ApiError(403, null))).toEqual({ key: 'errors.FORBIDDEN' });
    expect(errorMessage(new ApiError(418, null))).toEqual({ key: 'errors.UNKNOWN' });
  });

  it('treats fetch failures as network errors', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toEqual({ key: 'errors.NETWORK' });
    expect(errorMessage(new Error('boom'))).toEqual({ key: 'errors.UNKNOWN' });
  });

  it('has a Japanese and an English message for every key it returns', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'NOT_FOUND',
      'INVALID_PARAMETER',
      'VALIDATION_FAILED',
      'CONFLICT',
      'ILLEGAL_TRANSITION',
      'MALFORMED_BODY',
      'PRECONDITION_REQUIRED',
      'PRECONDITION_FAILED',
      'INTERNAL_ERROR',
      'NETWORK',
      'UNKNOWN',
    ]) {
      for (const lng of ['ja', 'en']) {
        expect(i18n.exists(`errors.${code}`, { lng }), `${lng} errors.${code}`).toBe(true);
      }
    }
  });
});

describe('isNotFound', () => {
  it('recognises 404 API errors only', () => {
    expect(isNotFound(new ApiError(404, null))).toBe(true);
    expect(isNotFound(new ApiError(403, null))).toBe(false);
    expect(isNotFound(new Error('x'))).toBe(false);
  });
});
