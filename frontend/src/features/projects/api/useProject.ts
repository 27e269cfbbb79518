import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { projectKeys } from './queryKeys';

/** GET /api/projects/{id}; a 404 means "no such project or no access". */
export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectKeys.detail(id ?? -1),
    enabled: id !== null,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/projects/{id}', { params: { path: { id: id ?? -1 } }, signal })),
  });
}
