import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { toProjectQuery, type ProjectSearch } from '../searchParams';
import { projectKeys } from './queryKeys';

/** GET /api/projects for the list page's URL state. */
export function useProjects(search: ProjectSearch) {
  const query = toProjectQuery(search);
  return useQuery({
    queryKey: projectKeys.list(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/projects', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
