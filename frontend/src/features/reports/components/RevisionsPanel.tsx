import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/Field';
import { formatDateTime } from '@/lib/dates';
import { useCompare, useRevisions } from '../api/hooks';
import { ErrorText } from './ErrorText';

/** Submitted revisions and a side-by-side comparison of two of them. */
export function RevisionsPanel({ sheetId }: { sheetId: number }) {
  const { t, i18n } = useTranslation();
  const revisions = useRevisions(sheetId);
  const list = revisions.data ?? [];
  const last = list.length ? list[list.length - 1]!.number : 0;
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const a = from ?? Math.max(1, last - 1);
  const b = to ?? last;
  const compare = useCompare(sheetId, a, b, list.length >= 2 && a !== b);
  const options = list.map((r) => ({
    value: String(r.number),
    label: t('reports.reviews.revisionN', { n: r.number }),
  }));

  return (
    <section aria-labelledby="revisions-heading" className="mt-8" data-testid="revisions">
      <h2 id="revisions-heading" className="text-std-20B-150">
        {t('reports.revisions.title')}
      </h2>
      <ErrorText error={revisions.error} />
      {list.length === 0 ? (
        <p className="mt-1 text-solid-gray-700">{t('reports.revisions.empty')}</p>
      ) : (
        <table className="mt-2 w-full max-w-4xl text-left">
          <caption className="sr-only">{t('reports.revisions.caption')}</caption>
          <thead>
            <tr className="border-b border-solid-gray-420">
              <th scope="col" className="p-1">
                {t('reports.revisions.number')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.revisions.submittedAt')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.revisions.submittedBy')}
              </th>
              <th scope="col" className="p-1">
                {t('reports.sheet.lateness')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr
                key={r.number}
                className="border-b border-solid-gray-200"
                data-testid="revision-row"
              >
                <td className="p-1">{t('reports.reviews.revisionN', { n: r.number })}</td>
                <td className="p-1">{formatDateTime(r.submittedAt, i18n.language)}</td>
                <td className="p-1">{r.submittedByName ?? r.submittedBy}</td>
                <td className="p-1">
                  {r.late
                    ? `${t('reports.revisions.late')}: ${r.latenessReason ?? ''}`
                    : t('reports.common.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length >= 2 && (
        <div className="mt-4" data-testid="compare">
          <h3 className="text-std-17B-170">{t('reports.revisions.compare')}</h3>
          <div className="mt-2 flex flex-wrap gap-4">
            <div className="w-48">
              <SelectField
                label={t('reports.revisions.from')}
                value={String(a)}
                options={options}
                onChange={(e) => setFrom(Number(e.target.value))}
                data-testid="compare-from"
              />
            </div>
            <div className="w-48">
              <SelectField
                label={t('reports.revisions.to')}
                value={String(b)}
                options={options}
                onChange={(e) => setTo(Number(e.target.value))}
                data-testid="compare-to"
              />
            </div>
          </div>
          <ErrorText error={compare.error} />
          {compare.data &&
            (compare.data.differences.length === 0 ? (
              <p className="mt-2">{t('reports.revisions.noDifferences')}</p>
            ) : (
              <table className="mt-2 w-full text-left" data-testid="differences">
                <caption className="text-left text-std-16B-170">
                  {t('reports.revisions.differences')}（
                  {t('reports.reviews.revisionN', { n: compare.data.from })} →{' '}
                  {t('reports.reviews.revisionN', { n: compare.data.to })}）
                </caption>
                <thead>
                  <tr className="border-b border-solid-gray-420">
                    <th scope="col" className="p-1">
                      {t('reports.revisions.path')}
                    </th>
                    <th scope="col" className="p-1">
                      {t('reports.revisions.change')}
                    </th>
                    <th scope="col" className="w-2/5 p-1">
                      {t('reports.revisions.before')}
                    </th>
                    <th scope="col" className="w-2/5 p-1">
                      {t('reports.revisions.after')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {compare.data.differences.map((d, i) => (
                    <tr
                      key={i}
                      className="border-b border-solid-gray-200 align-top"
                      data-testid="difference"
                    >
                      <td className="p-1 font-mono text-dns-14N-130">{d.path}</td>
                      <td className="p-1">{t(`reports.revisions.${d.change}`)}</td>
                      <td className="bg-red-50 p-1 whitespace-pre-wrap">{d.before ?? ''}</td>
                      <td className="bg-green-50 p-1 whitespace-pre-wrap">{d.after ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
        </div>
      )}
    </section>
  );
}
