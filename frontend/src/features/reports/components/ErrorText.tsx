import { useTranslation } from 'react-i18next';
import { allowedNow, reportErrorMessage } from '../lib/errors';

/** A failed call's message (reports codes first), with the actions still possible on a 409. */
export function ErrorText({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const m = reportErrorMessage(error);
  const allowed = allowedNow(error);
  return (
    <p role="alert" className="text-error-2" data-testid={testId ?? 'action-error'}>
      {'key' in m ? t(m.key) : m.text}
      {allowed.length > 0 && (
        <span className="ml-2">
          {t('reports.errors.allowedNow', { actions: allowed.join(', ') })}
        </span>
      )}
    </p>
  );
}
