import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

type Issue = { path: PropertyKey[]; message: string; code: string };
type SafeParser<T> = {
  safeParseAsync(
    value: unknown,
  ): Promise<{ success: true; data: T } | { success: false; error: { issues: Issue[] } }>;
};

/**
 * A minimal zod resolver for react-hook-form: the first issue per top-level field becomes
 * its error. Messages are i18n keys, translated where they are shown.
 */
export function zodResolver<T extends FieldValues>(schema: SafeParser<T>): Resolver<T> {
  return async (values) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? 'root');
      errors[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as unknown as FieldErrors<T> };
  };
}
