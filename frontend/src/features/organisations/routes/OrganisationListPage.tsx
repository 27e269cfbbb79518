import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind } from '@/api/types';
import { ExportButtons } from '@/components/ExportButtons';
import { SortableHeader } from '@/components/SortableHeader';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { Pagination } from '@/components/ui/Pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { organisationName } from '@/lib/organisation';
import { errorMessage } from '@/lib/problem';
import { hasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useMe } from '@/lib/useMe';
import { exportOrganisations, useOrganisations } from '../api/hooks';
import { DEFAULT_PAGE_SIZE, ORGANISATION_KINDS, PAGE_SIZES } from '../constants';
import type { OrganisationSearch } from '../searchParams';

export function OrganisationListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  const search = useSearch({ from: '/organisations' });
  const navigate = useNavigate({ from: '/organisations' });
  const me = useMe();
  const list = useOrganisations(search);
  const [kind, setKind] = useState<string>(search.kind ?? '');
  const [q, setQ] = useState(search.q ?? '');
  const go = (next: OrganisationSearch) => void navigate({ search: next });
  const data = list.data;
  const message = list.error ? errorMessage(list.error) : null;

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-std-32B-150">{t('organisations.title')}</h1>
        {hasRole(me.data?.roles, 'cao') && (
          <Link to="/organisations/new" className="text-std-16B-170" data-testid="org-new">
            {t('organisations.new')}
          </Link>
        )}
      </div>

      <form
        className="mt-6 grid items-end gap-4 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-[14rem_1fr_auto]"
        role="search"
        aria-label={t('projects.filters.legend')}
        onSubmit={(e) => {
          e.preventDefault();
          go({
            ...search,
            page: undefined,
            kind: (kind || undefined) as OrganisationKind | undefined,
            q: q.trim() || undefined,
          });
        }}
      >
        <SelectField
          label={t('organisation.fields.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[
            { value: '', label: t('projects.filters.all') },
            ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKind.${k}`) })),
          ]}
          data-testid="filter-kind"
        />
        <TextField
          label={t('projects.filters.q')}
          hint={t('organisations.qHint')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="filter-q"
        />
        <Button type="submit" data-testid="filter-submit">
          {t('projects.filters.submit')}
        </Button>
      </form>

      <div className="mt-4">
        <ExportButtons onExport={(format) => exportOrganisations(search, format)} />
      </div>

      <section className="mt-6" aria-labelledby="org-results" aria-busy={list.isFetching}>
        <h2 id="org-results" className="sr-only">
          {t('organisations.title')}
        </h2>
        {data && (
          <p className="mb-3 text-std-17B-170" aria-live="polite" data-testid="org-total">
            {t('projects.total', { count: data.totalItems })}
          </p>
        )}
        {list.isPending && <LoadingState label={t('app.loading')} />}
        {message && (
          <ErrorState
            title={t('errors.title')}
            message={'key' in message ? t(message.key) : message.text}
            retryLabel={t('errors.retry')}
            onRetry={() => void list.refetch()}
          />
        )}
        {data && data.items.length === 0 && <EmptyState title={t('organisations.empty')} />}
        {data && data.items.length > 0 && (
          <>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left" data-testid="org-table">
                <caption className="sr-only">{t('organisations.title')}</caption>
                <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
                  <tr>
                    {(['code', 'nameJa', 'nameEn', 'kind'] as const).map((f) => (
                      <SortableHeader
                        key={f}
                        field={f}
                        defaultField="code"
                        label={t(`organisation.fields.${f}`)}
                        sort={search.sort}
                        onSort={(sort) => go({ ...search, page: undefined, sort })}
                      />
                    ))}
                    <th scope="col" className="px-3 py-2 text-left align-bottom">
                      {t('organisation.fields.parentId')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((o) => (
                    <tr
                      key={o.id}
                      className="border-b border-solid-gray-420 hover:bg-blue-50"
                      data-testid="org-row"
                    >
                      <td className="px-3 py-3 tabular-nums">{o.code}</td>
                      <td className="px-3 py-3">
                        <Link
                          to="/organisations/$organisationId"
                          params={{ organisationId: String(o.id) }}
                          data-testid="org-link"
                        >
                          {o.nameJa}
                        </Link>
                      </td>
                      <td className="px-3 py-3" lang="en">
                        {o.nameEn}
                      </td>
                      <td className="px-3 py-3">{t(`organisationKind.${o.kind}`)}</td>
                      <td className="px-3 py-3">
                        {o.parent ? organisationName(o.parent, i18n.language) : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
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
