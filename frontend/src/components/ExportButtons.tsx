import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/problem';
import { fileNameFrom, saveBlob } from '@/lib/download';
import { Button } from './ui/Button';

export type ExportFormat = 'csv' | 'xlsx';
export type ExportedFile = { blob: Blob; disposition: string | null; fallbackName: string };

/** CSV / Excel download of the list as currently filtered; the file comes from the typed client. */
export function ExportButtons({
  onExport,
}: {
  onExport: (format: ExportFormat) => Promise<ExportedFile>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      const file = await onExport(format);
      saveBlob(file.blob, fileNameFrom(file.disposition, file.fallbackName));
    } catch (error) {
      const m = errorMessage(error);
      setFailure('key' in m ? t(m.key) : m.text);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="export">
      <span className="text-std-16B-170">{t('export.label')}</span>
      <Button
        variant="secondary"
        size="sm"
        disabled={busy !== null}
        onClick={() => void run('csv')}
        data-testid="export-csv"
      >
        {busy === 'csv' ? t('export.busy') : t('export.csv')}
      </Button>
      <Button
        variant="secondary"
        size="sm"
        disabled={busy !== null}
        onClick={() => void run('xlsx')}
        data-testid="export-xlsx"
      >
        {busy === 'xlsx' ? t('export.busy') : t('export.xlsx')}
      </Button>
      {failure && (
        <p role="alert" className="text-error-2">
          {failure}
        </p>
      )}
    </div>
  );
}
