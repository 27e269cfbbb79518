import { ApiError } from '@/api/client';

/** problem+json codes the backend emits (docs/contracts.md), each with an i18n message. */
export const KNOWN_ERROR_CODES = [
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
] as const;

export type ErrorCode = (typeof KNOWN_ERROR_CODES)[number];

const STATUS_CODES: Record<number, ErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  428: 'PRECONDITION_REQUIRED',
  500: 'INTERNAL_ERROR',
};

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

/** What to show: an i18n key, or the server's own text when the code is unknown. */
export type ErrorMessage =
  { key: `errors.${ErrorCode | 'NETWORK' | 'UNKNOWN'}` } | { text: string };

export function errorMessage(error: unknown): ErrorMessage {
  if (error instanceof ApiError) {
    const code = error.problem?.code;
    if (isErrorCode(code)) return { key: `errors.${code}` };
    if (error.problem?.detail) return { text: error.problem.detail };
    const byStatus = STATUS_CODES[error.status];
    if (byStatus) return { key: `errors.${byStatus}` };
    return { key: 'errors.UNKNOWN' };
  }
  if (error instanceof TypeError) return { key: 'errors.NETWORK' };
  return { key: 'errors.UNKNOWN' };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
