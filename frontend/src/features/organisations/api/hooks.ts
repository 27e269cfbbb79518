import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Created, unwrap, unwrapFile, unwrapVersioned } from '@/api/client';
import type { Organisation, OrganisationInput } from '@/api/types';
import { toOrganisationQuery, type OrganisationSearch } from '../searchParams';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (q: ReturnType<typeof toOrganisationQuery>) => ['organisations', 'list', q] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const,
  history: (id: number) => ['organisations', 'history', id] as const,
  prefectures: ['organisations', 'PREFECTURE'] as const,
};

export function useOrganisations(search: OrganisationSearch) {
  const query = toOrganisationQuery(search);
  return useQuery({
    queryKey: organisationKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/organisations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function exportOrganisations(search: OrganisationSearch, format: 'csv' | 'xlsx') {
  const { kind, q, sort } = toOrganisationQuery(search);
  return api
    .GET('/api/organisations/export', {
      params: { query: { format, kind, q, sort } },
      parseAs: 'blob',
    })
    .then((r) => unwrapFile(r, `organisations.${format}`));
}

/** The 47 prefectures, for the parent select of a municipality. */
export function usePrefectureOptions() {
  return useQuery({
    queryKey: organisationKeys.prefectures,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/organisations', {
          params: { query: { kind: 'PREFECTURE', size: 100 } },
          signal,
        }),
      ),
    select: (page) => [...page.items].sort((a, b) => a.code.localeCompare(b.code)),
    staleTime: Infinity,
  });
}

export function fetchOrganisation(id: number) {
  return api
    .GET('/api/organisations/{id}', { params: { path: { id } } })
    .then((r) => unwrapVersioned(r));
}

export function useOrganisation(id: number | null) {
  return useQuery({
    queryKey: organisationKeys.detail(id ?? -1),
    enabled: id !== null,
    queryFn: () => fetchOrganisation(id ?? -1),
  });
}

export function useOrganisationHistory(id: number) {
  return useQuery({
    queryKey: organisationKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/organisations/{id}/history', { params: { path: { id } }, signal }),
      ),
  });
}

export function useSaveOrganisation(id: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: OrganisationInput; etag: string }) =>
      id === null
        ? unwrapVersioned<Organisation>(
            (await api.POST('/api/organisations', { body: input })) as Created<Organisation>,
          )
        : unwrapVersioned(
            await api.PUT('/api/organisations/{id}', {
              params: { path: { id }, header: { 'If-Match': etag } },
              body: input,
            }),
          ),
    onSuccess: (saved) => {
      qc.setQueryData(organisationKeys.detail(saved.data.id), saved);
      void qc.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}

export function useDeleteOrganisation(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) => {
      const r = await api.DELETE('/api/organisations/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
      });
      if (!r.response.ok) unwrap({ ...r, data: undefined });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}
