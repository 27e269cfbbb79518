import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { Pagination } from '@/components/ui/Pagination';
import { errorMessage } from '@/lib/problem';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { exportProjects } from '../api/mutations';
import { useProjects } from '../api/useProjects';
import { usePrefectures } from '../api/usePrefectures';
import { ProjectFiltersForm } from '../components/ProjectFiltersForm';
import { ProjectTable } from '../components/ProjectTable';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type SortField } from '../constants';
import { nextSort, withFilters, type ProjectSearch } from '../searchParams';

export function ProjectListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('projects.title'));
  const search = useSearch({ from: '/projects' });
  const navigate = useNavigate({ from: '/projects' });
  const projects = useProjects(search);
  const prefectures = usePrefectures();

  const go = (next: ProjectSearch) => void navigate({ search: next });
  const { fy, technology, prefecture, status, q } = search;
  const filters = { fy, technology, prefecture, status, q };
  const prefectureList = prefectures.data ?? [];

  const data = projects.data;
  const from = data && data.totalItems > 0 ? (data.page - 1) * data.size + 1 : 0;
  const to = data ? from + data.items.length - (data.items.length > 0 ? 1 : 0) : 0;

  const message = projects.error ? errorMessage(projects.error) : null;

  return (
    <>
      <h1 className="text-std-32B-150">{t('projects.title')}</h1>

      <div className="mt-6">
        <ProjectFiltersForm
          key={`${JSON.stringify(filters)}|${prefectureList.length}`}
          value={filters}
          prefectures={prefectureList}
          onSubmit={(f) => go(withFilters(search, f))}
          onReset={() => go(withFilters(search, {}))}
        />
      </div>

      <div className="mt-4">
        <ExportButtons onExport={(format) => exportProjects(search, format)} />
      </div>

      <section aria-labelledby="results-heading" className="mt-8" aria-busy={projects.isFetching}>
        <h2 id="results-heading" className="sr-only">
          {t('projects.title')}
        </h2>
        {data && (
          <p className="mb-3 text-std-17B-170" aria-live="polite">
            <span data-testid="project-total">
              {t('projects.total', { count: data.totalItems })}
            </span>
            {data.totalItems > 0 && (
              <span className="ml-3 text-std-16N-170 text-solid-gray-700">
                {t('projects.showing', { from, to })}
              </span>
            )}
          </p>
        )}

        {projects.isPending && <LoadingState label={t('app.loading')} />}

        {message && (
          <ErrorState
            title={t('errors.title')}
            message={'key' in message ? t(message.key) : message.text}
            retryLabel={t('errors.retry')}
            onRetry={() => void projects.refetch()}
          />
        )}

        {data && data.items.length === 0 && (
          <EmptyState title={t('projects.empty')}>{t('projects.emptyHint')}</EmptyState>
        )}

        {data && data.items.length > 0 && (
          <>
            <ProjectTable
              items={data.items}
              caption={t('projects.caption', { from, to })}
              sort={search.sort}
              onSort={(field: SortField) =>
                go({ ...search, page: undefined, sort: nextSort(search.sort, field) })
              }
            />
            <div className="mt-4">
              <Pagination
                page={data.page}
                totalPages={Math.max(1, data.totalPages)}
                size={search.size ?? DEFAULT_PAGE_SIZE}
                pageSizes={PAGE_SIZES}
                labels={{
                  nav: t('projects.paging.label'),
                  previous: t('projects.paging.previous'),
                  next: t('projects.paging.next'),
                  page: t('projects.paging.page', {
                    page: data.page,
                    pages: Math.max(1, data.totalPages),
                  }),
                  pageSize: t('projects.paging.pageSize'),
                  pageSizeOption: (count) => t('projects.paging.pageSizeOption', { count }),
                }}
                onPageChange={(page) => go({ ...search, page: page > 1 ? page : undefined })}
                onSizeChange={(size) =>
                  go({
                    ...search,
                    page: undefined,
                    size: size === DEFAULT_PAGE_SIZE ? undefined : size,
                  })
                }
              />
            </div>
          </>
        )}
      </section>
    </>
  );
}
