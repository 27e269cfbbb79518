import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Created, unwrap, unwrapFile, unwrapVersioned } from '@/api/client';
import type { Person, PersonInput } from '@/api/types';
import { toPersonQuery, type PersonSearch } from '../searchParams';

export const personKeys = {
  all: ['people'] as const,
  list: (q: ReturnType<typeof toPersonQuery>) => ['people', 'list', q] as const,
  detail: (id: number) => ['people', 'detail', id] as const,
  history: (id: number) => ['people', 'history', id] as const,
};

export function usePeople(search: PersonSearch) {
  const query = toPersonQuery(search);
  return useQuery({
    queryKey: personKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/people', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function exportPeople(search: PersonSearch, format: 'csv' | 'xlsx') {
  const { organisationId, q, sort } = toPersonQuery(search);
  return api
    .GET('/api/people/export', {
      params: { query: { format, organisationId, q, sort } },
      parseAs: 'blob',
    })
    .then((r) => unwrapFile(r, `people.${format}`));
}

export function fetchPerson(id: number) {
  return api.GET('/api/people/{id}', { params: { path: { id } } }).then((r) => unwrapVersioned(r));
}

export function usePerson(id: number | null) {
  return useQuery({
    queryKey: personKeys.detail(id ?? -1),
    enabled: id !== null,
    queryFn: () => fetchPerson(id ?? -1),
  });
}

export function usePersonHistory(id: number) {
  return useQuery({
    queryKey: personKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/people/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function useSavePerson(id: number | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, etag }: { input: PersonInput; etag: string }) =>
      id === null
        ? unwrapVersioned<Person>(
            (await api.POST('/api/people', { body: input })) as Created<Person>,
          )
        : unwrapVersioned(
            await api.PUT('/api/people/{id}', {
              params: { path: { id }, header: { 'If-Match': etag } },
              body: input,
            }),
          ),
    onSuccess: (saved) => {
      qc.setQueryData(personKeys.detail(saved.data.id), saved);
      void qc.invalidateQueries({ queryKey: personKeys.all });
    },
  });
}

export function useDeletePerson(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) => {
      const r = await api.DELETE('/api/people/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
      });
      if (!r.response.ok) unwrap({ ...r, data: undefined });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: personKeys.all }),
  });
}
