import { useTranslation } from 'react-i18next';
import type { MappedFieldError } from '@/lib/fieldErrors';
import { errorMessage } from '@/lib/problem';

/** The i18n text of a field error code from the server, else its own message. */
export function useFieldErrorText() {
  const { t, i18n } = useTranslation();
  return (e: Pick<MappedFieldError, 'code' | 'message'>) =>
    i18n.exists(`fieldErrors.${e.code}`)
      ? t(`fieldErrors.${e.code}` as 'fieldErrors.REQUIRED')
      : e.message || t('fieldErrors.INVALID');
}

/** A form-level error: the problem's message plus errors[] that name no field of the form. */
export function FormErrorSummary({
  error,
  other,
}: {
  error: unknown;
  other: readonly MappedFieldError[];
}) {
  const { t } = useTranslation();
  const text = useFieldErrorText();
  if (!error) return null;
  const m = errorMessage(error);
  return (
    <div
      role="alert"
      className="my-4 rounded-8 border-2 border-error-1 bg-red-50 p-4"
      data-testid="form-error"
    >
      <p className="text-std-17B-170 text-error-2">{'key' in m ? t(m.key) : m.text}</p>
      {other.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {other.map((e, i) => (
            <li key={i}>
              {e.field && <span className="font-bold">{e.field}: </span>}
              {text(e)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Text of a react-hook-form error: zod messages are i18n keys, server ones carry a code. */
export function useFormErrorText() {
  const { t, i18n } = useTranslation();
  const text = useFieldErrorText();
  return (e: { type?: unknown; message?: unknown } | undefined): string | undefined => {
    if (!e) return undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    if (message.startsWith('validation.') && i18n.exists(message))
      return t(message as 'validation.required');
    return text({ code: typeof e.type === 'string' ? e.type : 'INVALID', message });
  };
}
