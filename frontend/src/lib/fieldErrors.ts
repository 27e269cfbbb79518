import type { FieldError } from '@/api/types';
import { ApiError } from '@/api/client';

/**
 * The form field a server error path belongs to: `applicantIds[0]` → `applicantIds`,
 * `technologies[1]` → `technologies`, `contact.email` → `contact.email`. `aliases` renames
 * server fields to form fields (e.g. `parentId` → `parent`).
 */
export function formFieldOf(path: string, aliases: Record<string, string> = {}): string {
  const base = path.replace(/\[\d+\]/g, '').replace(/^body\./, '');
  return aliases[base] ?? base;
}

export type MappedFieldError = { field: string; code: string; message: string };

export type MappedErrors = {
  /** First error per known form field. */
  fields: Record<string, MappedFieldError>;
  /** Errors that name no field of the form: shown in the summary above it. */
  other: MappedFieldError[];
};

/** Splits a problem's errors[] into per-field errors (first one wins) and the rest. */
export function mapFieldErrors(
  errors: readonly FieldError[] | undefined,
  knownFields: readonly string[],
  aliases: Record<string, string> = {},
): MappedErrors {
  const fields: Record<string, MappedFieldError> = {};
  const other: MappedFieldError[] = [];
  for (const e of errors ?? []) {
    const field = formFieldOf(e.field ?? '', aliases);
    const mapped = { field, code: e.code ?? 'INVALID', message: e.message ?? '' };
    if (knownFields.includes(field)) {
      if (!fields[field]) fields[field] = mapped;
    } else {
      other.push(mapped);
    }
  }
  return { fields, other };
}

/** errors[] of a 400 problem, or undefined for any other error. */
export function problemFieldErrors(error: unknown): readonly FieldError[] | undefined {
  if (error instanceof ApiError && error.status === 400) return error.problem?.errors;
  return undefined;
}

export function isPreconditionFailed(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/**
 * Puts a failed save's errors[] on the form (react-hook-form setError, type = server code)
 * and returns those that match no field.
 */
export function applyServerErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  setError: (field: F, e: { type: string; message: string }) => void,
  aliases: Record<string, string> = {},
): MappedFieldError[] {
  const mapped = mapFieldErrors(problemFieldErrors(error), fields, aliases);
  for (const [field, e] of Object.entries(mapped.fields)) {
    setError(field as F, { type: e.code, message: e.message });
  }
  return mapped.other;
}
