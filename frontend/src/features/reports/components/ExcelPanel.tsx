import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Button';
import type { Versioned } from '@/api/client';
import { fileNameFrom, saveBlob } from '@/lib/download';
import { downloadSheetXlsx, uploadSheetXlsx } from '../api/hooks';
import { importProblems } from '../lib/errors';
import type { Sheet } from '../types';
import { ErrorText } from './ErrorText';

/** Download the Excel form; upload a filled one into the draft (all cell problems listed). */
export function ExcelPanel({
  sheetId,
  canUpload,
  prepare,
  onImported,
}: {
  sheetId: number;
  canUpload: boolean;
  prepare: () => Promise<string>;
  onImported: (sheet: Versioned<Sheet>) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const problems = importProblems(error);

  const download = async () => {
    setError(null);
    try {
      const f = await downloadSheetXlsx(sheetId);
      saveBlob(f.blob, fileNameFrom(f.disposition, f.fallbackName));
    } catch (e) {
      setError(e);
    }
  };

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const etag = await prepare();
      onImported(await uploadSheetXlsx(sheetId, file, etag));
      setDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section aria-labelledby="excel-heading" className="mt-6" data-testid="excel">
      <h2 id="excel-heading" className="text-std-20B-150">
        {t('reports.excel.title')}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-4">
        <Button
          variant="secondary"
          size="sm"
          onClick={() => void download()}
          data-testid="excel-download"
        >
          {t('reports.excel.download')}
        </Button>
        {canUpload && (
          <div className="flex flex-col gap-1">
            <label htmlFor="excel-upload" className="text-std-16B-170">
              {t('reports.excel.upload')}
            </label>
            <p id="excel-upload-hint" className="text-dns-14N-130 text-solid-gray-700">
              {t('reports.excel.uploadHint')}
            </p>
            <input
              ref={input}
              id="excel-upload"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="excel-upload-hint"
              disabled={busy}
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) void upload(f);
              }}
              data-testid="excel-upload"
            />
          </div>
        )}
      </div>
      <div aria-live="polite">
        {busy && <p>{t('reports.excel.uploading')}</p>}
        {done && (
          <p className="text-green-1000" data-testid="excel-done">
            {t('reports.excel.uploaded')}
          </p>
        )}
      </div>
      {problems.length > 0 ? (
        <div
          role="alert"
          className="mt-2 rounded-8 border-2 border-error-1 bg-red-50 p-3"
          data-testid="excel-problems"
        >
          <p className="text-std-16B-170 text-error-2">
            {t('reports.excel.problems', { count: problems.length })}
          </p>
          <ul className="mt-1 list-disc pl-6">
            {problems.map((p, i) => (
              <li key={i} data-testid="excel-problem">
                {p}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorText error={error} testId="excel-error" />
      )}
    </section>
  );
}
