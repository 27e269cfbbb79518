import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './ui/Button';

/** Delete behind an explicit confirmation step (no accidental one-click deletes). */
export function DeleteConfirm({
  label,
  question,
  busy,
  onConfirm,
}: {
  label: string;
  question: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button variant="secondary" size="sm" onClick={() => setAsking(true)} data-testid="delete">
        {label}
      </Button>
    );
  return (
    <div
      role="alertdialog"
      aria-label={label}
      className="rounded-8 border-2 border-error-1 bg-red-50 p-3"
      data-testid="delete-confirm"
    >
      <p>{question}</p>
      <div className="mt-2 flex gap-3">
        <Button size="sm" onClick={onConfirm} disabled={busy} data-testid="delete-yes" autoFocus>
          {t('form.deleteYes')}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setAsking(false)}>
          {t('form.cancel')}
        </Button>
      </div>
    </div>
  );
}
