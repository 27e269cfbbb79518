import { useTranslation } from 'react-i18next';
import { isPreconditionFailed } from '@/lib/fieldErrors';
import { errorMessage } from '@/lib/problem';
import { Button } from './ui/Button';

/**
 * The result of a one-click action (delete, transition, end assignment): a 412 gets the
 * conflict message with reload; other errors their i18n message.
 */
export function ConflictNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isPreconditionFailed(error))
    return (
      <div
        role="alert"
        className="my-4 rounded-8 border-2 border-orange-900 bg-orange-50 p-4"
        data-testid="conflict"
      >
        <p className="text-std-17B-170" data-testid="conflict-message">
          {t('conflict.title')}
        </p>
        <p className="mt-1">{t('conflict.actionBody')}</p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={onReload}
          data-testid="conflict-reload"
        >
          {t('conflict.reload')}
        </Button>
      </div>
    );
  const m = errorMessage(error);
  return (
    <p role="alert" className="my-3 text-error-2" data-testid="action-error">
      {'key' in m ? t(m.key) : m.text}
    </p>
  );
}
