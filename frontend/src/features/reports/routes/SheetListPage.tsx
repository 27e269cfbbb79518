import { useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { Pagination } from '@/components/ui/Pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { exportSheets, useProjectOptions, useSheets } from '../api/hooks';
import { SheetTable } from '../components/SheetTable';
import { PAGE_SIZES, PERIOD_PATTERN, SHEET_SORTS, type SheetSearch } from '../searchParams';
import { SHEET_STATUSES, SHEET_TYPES } from '../types';

type Filters = Pick<SheetSearch, 'projectId' | 'type' | 'status' | 'period' | 'flagged'>;

function FiltersForm({ value, onSubmit }: { value: Filters; onSubmit: (f: Filters) => void }) {
  const { t } = useTranslation();
  const projects = useProjectOptions();
  const [f, setF] = useState<Filters>(value);
  const [periodText, setPeriodText] = useState(value.period ?? '');
  const periodValid = periodText === '' || PERIOD_PATTERN.test(periodText.trim());
  return (
    <form
      aria-label={t('reports.list.filters')}
      className="grid gap-4 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!periodValid) return;
        onSubmit({ ...f, period: periodText.trim() || undefined });
      }}
      data-testid="sheet-filters"
    >
      <SelectField
        label={t('reports.common.project')}
        value={f.projectId ? String(f.projectId) : ''}
        options={[
          { value: '', label: t('reports.list.projectAll') },
          ...(projects.data ?? []).map((p) => ({
            value: String(p.id),
            label: `${p.selectionFy}-${p.number} ${p.title}`,
          })),
          ...(f.projectId && !(projects.data ?? []).some((p) => p.id === f.projectId)
            ? [{ value: String(f.projectId), label: `#${f.projectId}` }]
            : []),
        ]}
        onChange={(e) =>
          setF({ ...f, projectId: e.target.value ? Number(e.target.value) : undefined })
        }
        data-testid="filter-project"
      />
      <SelectField
        label={t('reports.common.type')}
        value={f.type ?? ''}
        options={[
          { value: '', label: t('reports.list.typeAll') },
          ...SHEET_TYPES.map((s) => ({ value: s, label: t(`reports.type.${s}`) })),
        ]}
        onChange={(e) => setF({ ...f, type: (e.target.value || undefined) as Filters['type'] })}
        data-testid="filter-type"
      />
      <SelectField
        label={t('reports.common.status')}
        value={f.status ?? ''}
        options={[
          { value: '', label: t('reports.list.statusAll') },
          ...SHEET_STATUSES.map((s) => ({ value: s, label: t(`reports.status.${s}`) })),
        ]}
        onChange={(e) => setF({ ...f, status: (e.target.value || undefined) as Filters['status'] })}
        data-testid="filter-status"
      />
      <TextField
        label={t('reports.list.period')}
        value={periodText}
        error={periodValid ? undefined : t('reports.list.periodInvalid')}
        onChange={(e) => setPeriodText(e.target.value)}
        data-testid="filter-period"
      />
      <label className="inline-flex min-h-12 items-center gap-2 self-end">
        <input
          type="checkbox"
          className="size-5"
          checked={!!f.flagged}
          onChange={(e) => setF({ ...f, flagged: e.target.checked || undefined })}
          data-testid="filter-flagged"
        />
        {t('reports.list.flagged')}
      </label>
      <div className="flex items-end gap-3">
        <Button type="submit" data-testid="filter-submit">
          {t('reports.list.search')}
        </Button>
        <Button variant="text" onClick={() => onSubmit({})} data-testid="filter-reset">
          {t('reports.list.reset')}
        </Button>
      </div>
    </form>
  );
}

export function SheetListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.list.title'));
  const search = useSearch({ from: '/reports/sheets' });
  const navigate = useNavigate({ from: '/reports/sheets' });
  const sheets = useSheets(search);
  const go = (next: SheetSearch) => void navigate({ search: next });
  const { projectId, type, status, period, flagged } = search;
  const filters = { projectId, type, status, period, flagged };
  const data = sheets.data;
  const m = sheets.error ? errorMessage(sheets.error) : null;
  const size = search.size ?? 20;

  return (
    <>
      <h1 className="text-std-32B-150">{t('reports.list.title')}</h1>
      <div className="mt-6">
        <FiltersForm
          key={JSON.stringify(filters)}
          value={filters}
          onSubmit={(f) => go({ ...f, sort: search.sort, size: search.size })}
        />
      </div>
      <div className="mt-4">
        <ExportButtons onExport={(format) => exportSheets(search, format)} />
      </div>
      <section aria-labelledby="sheet-results" className="mt-6" aria-busy={sheets.isFetching}>
        <h2 id="sheet-results" className="sr-only">
          {t('reports.list.caption')}
        </h2>
        {data && (
          <p className="mb-3 text-std-17B-170" aria-live="polite" data-testid="sheet-total">
            {t('reports.list.total', { count: data.totalItems })}
          </p>
        )}
        {sheets.isPending && <LoadingState label={t('app.loading')} />}
        {m && (
          <ErrorState
            title={t('errors.title')}
            message={'key' in m ? t(m.key) : m.text}
            retryLabel={t('errors.retry')}
            onRetry={() => void sheets.refetch()}
          />
        )}
        {data && data.items.length === 0 && <EmptyState title={t('reports.list.empty')} />}
        {data && data.items.length > 0 && (
          <>
            <SheetTable
              caption={t('reports.list.caption')}
              items={data.items}
              sortable={SHEET_SORTS}
              sort={search.sort}
              onSort={(sort) => go({ ...search, sort, page: undefined })}
            />
            <div className="mt-4">
              <Pagination
                page={data.page}
                totalPages={data.totalPages}
                size={size}
                pageSizes={PAGE_SIZES}
                labels={{
                  nav: t('reports.list.pageNav'),
                  previous: t('reports.list.previous'),
                  next: t('reports.list.next'),
                  page: t('reports.list.page', {
                    page: data.page,
                    total: Math.max(1, data.totalPages),
                  }),
                  pageSize: t('reports.list.pageSize'),
                  pageSizeOption: (count) => t('reports.list.pageSizeOption', { count }),
                }}
                onPageChange={(page) => go({ ...search, page })}
                onSizeChange={(s) => go({ ...search, size: s, page: undefined })}
              />
            </div>
          </>
        )}
      </section>
    </>
  );
}
