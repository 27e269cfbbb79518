import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '@/components/ExportButtons';
import { SortableHeader } from '@/components/SortableHeader';
import { Button } from '@/components/ui/Button';
import { SelectField, TextField } from '@/components/ui/Field';
import { Pagination } from '@/components/ui/Pagination';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/States';
import { organisationName } from '@/lib/organisation';
import { useAllOrganisations } from '@/lib/organisationOptions';
import { errorMessage } from '@/lib/problem';
import { hasRole } from '@/lib/roles';
import { useDocumentTitle } from '@/lib/useDocumentTitle';
import { useMe } from '@/lib/useMe';
import { exportPeople, usePeople } from '../api/hooks';
import { PEOPLE_DEFAULT_PAGE_SIZE, PEOPLE_PAGE_SIZES, type PersonSearch } from '../searchParams';

export function PersonListPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('people.title'));
  const search = useSearch({ from: '/people' });
  const navigate = useNavigate({ from: '/people' });
  const me = useMe();
  const list = usePeople(search);
  const organisations = useAllOrganisations();
  const [organisationId, setOrganisationId] = useState(
    search.organisationId ? String(search.organisationId) : '',
  );
  const [q, setQ] = useState(search.q ?? '');
  const go = (next: PersonSearch) => void navigate({ search: next });
  const data = list.data;
  const message = list.error ? errorMessage(list.error) : null;
  const canCreate = hasRole(me.data?.roles, 'cao') || hasRole(me.data?.roles, 'local-government');

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-std-32B-150">{t('people.title')}</h1>
        {canCreate && (
          <Link to="/people/new" className="text-std-16B-170" data-testid="person-new">
            {t('people.new')}
          </Link>
        )}
      </div>
      <form
        className="mt-6 grid items-end gap-4 rounded-8 border border-solid-gray-420 p-4 md:grid-cols-[20rem_1fr_auto]"
        role="search"
        aria-label={t('projects.filters.legend')}
        onSubmit={(e) => {
          e.preventDefault();
          go({
            ...search,
            page: undefined,
            organisationId: organisationId ? Number(organisationId) : undefined,
            q: q.trim() || undefined,
          });
        }}
      >
        <SelectField
          label={t('person.fields.organisationId')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          options={[
            { value: '', label: t('projects.filters.all') },
            ...(organisations.data ?? []).map((o) => ({
              value: String(o.id),
              label: organisationName(o, i18n.language),
            })),
          ]}
          data-testid="filter-organisation"
        />
        <TextField
          label={t('projects.filters.q')}
          hint={t('people.qHint')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="filter-q"
        />
        <Button type="submit" data-testid="filter-submit">
          {t('projects.filters.submit')}
        </Button>
      </form>
      <div className="mt-4">
        <ExportButtons onExport={(format) => exportPeople(search, format)} />
      </div>
      <section className="mt-6" aria-labelledby="people-results" aria-busy={list.isFetching}>
        <h2 id="people-results" className="sr-only">
          {t('people.title')}
        </h2>
        {data && (
          <p className="mb-3 text-std-17B-170" aria-live="polite" data-testid="people-total">
            {t('people.total', { count: data.totalItems })}
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
        {data && data.items.length === 0 && <EmptyState title={t('people.empty')} />}
        {data && data.items.length > 0 && (
          <>
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left" data-testid="people-table">
                <caption className="sr-only">{t('people.title')}</caption>
                <thead className="border-b-2 border-solid-gray-800 bg-solid-gray-50">
                  <tr>
                    <SortableHeader
                      field="name"
                      defaultField="name"
                      label={t('person.fields.name')}
                      sort={search.sort}
                      onSort={(sort) => go({ ...search, page: undefined, sort })}
                    />
                    <SortableHeader
                      field="organisation"
                      defaultField="name"
                      label={t('person.fields.organisationId')}
                      sort={search.sort}
                      onSort={(sort) => go({ ...search, page: undefined, sort })}
                    />
                    <th scope="col" className="px-3 py-2 text-left align-bottom">
                      {t('person.fields.title')}
                    </th>
                    <th scope="col" className="px-3 py-2 text-left align-bottom">
                      {t('person.fields.email')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr
                      key={p.id}
                      className="border-b border-solid-gray-420 hover:bg-blue-50"
                      data-testid="person-row"
                    >
                      <td className="px-3 py-3">
                        <Link
                          to="/people/$personId"
                          params={{ personId: String(p.id) }}
                          data-testid="person-link"
                        >
                          {p.name}
                        </Link>
                      </td>
                      <td className="px-3 py-3">
                        {organisationName(p.organisation, i18n.language)}
                      </td>
                      <td className="px-3 py-3">{p.title ?? ''}</td>
                      <td className="px-3 py-3">{p.email ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="mt-4">
              <Pagination
                page={data.page}
                totalPages={Math.max(1, data.totalPages)}
                size={search.size ?? PEOPLE_DEFAULT_PAGE_SIZE}
                pageSizes={PEOPLE_PAGE_SIZES}
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
                    size: size === PEOPLE_DEFAULT_PAGE_SIZE ? undefined : size,
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
