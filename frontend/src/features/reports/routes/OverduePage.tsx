import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { SelectField } from '@/components/ui/Field';
import { Pagination } from '@/components/ui/Pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { exportOverdue, useOverdue } from '../api/hooks';
import { SheetTable } from '../components/SheetTable';
import { OVERDUE_SORTS, PAGE_SIZES, type OverdueSearch } from '../searchParams';
import { SHEET_TYPES } from '../types';

export function OverduePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.overdue.title'));
  const search = useSearch({ from: '/reports/overdue' });
  const navigate = useNavigate({ from: '/reports/overdue' });
  const overdue = useOverdue(search);
  const go = (next: OverdueSearch) => void navigate({ search: next });
  const data = overdue.data;
  const m = overdue.error ? errorMessage(overdue.error) : null;
  return (
    <>
      <h1 className="text-std-32B-150">{t('reports.overdue.title')}</h1>
      <p className="mt-2">{t('reports.overdue.intro')}</p>
      <div className="mt-4 flex flex-wrap items-end gap-6">
        <div className="w-64">
          <SelectField
            label={t('reports.common.type')}
            value={search.type ?? ''}
            options={[
              { value: '', label: t('reports.list.typeAll') },
              ...SHEET_TYPES.map((s) => ({ value: s, label: t(`reports.type.${s}`) })),
            ]}
            onChange={(e) =>
              go({
                ...search,
                type: (e.target.value || undefined) as OverdueSearch['type'],
                page: undefined,
              })
            }
            data-testid="overdue-type"
          />
        </div>
        <ExportButtons onExport={(format) => exportOverdue(search, format)} />
      </div>
      <section aria-labelledby="overdue-results" className="mt-6" aria-busy={overdue.isFetching}>
        <h2 id="overdue-results" className="sr-only">
          {t('reports.overdue.caption')}
        </h2>
        {data && (
          <p className="mb-3 text-std-17B-170" aria-live="polite" data-testid="overdue-total">
            {t('reports.list.total', { count: data.totalItems })}
          </p>
        )}
        {overdue.isPending && <LoadingState label={t('app.loading')} />}
        {m && (
          <ErrorState
            title={t('errors.title')}
            message={'key' in m ? t(m.key) : m.text}
            retryLabel={t('errors.retry')}
            onRetry={() => void overdue.refetch()}
          />
        )}
        {data && data.items.length === 0 && <EmptyState title={t('reports.overdue.empty')} />}
        {data && data.items.length > 0 && (
          <>
            <SheetTable
              caption={t('reports.overdue.caption')}
              items={data.items}
              sortable={OVERDUE_SORTS}
              sort={search.sort}
              defaultSort="-daysOverdue"
              onSort={(sort) => go({ ...search, sort, page: undefined })}
              showOverdue
            />
            <div className="mt-4">
              <Pagination
                page={data.page}
                totalPages={data.totalPages}
                size={search.size ?? 20}
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
