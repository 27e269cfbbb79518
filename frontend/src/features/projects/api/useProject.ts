import { useQuery } from '@tanstack/react-query';
import { api, unwrapVersioned } from '@/api/client';
import { projectKeys } from './queryKeys';

export function fetchProject(id: number, signal?: AbortSignal) {
  return api
    .GET('/api/projects/{id}', { params: { path: { id } }, signal })
    .then((r) => unwrapVersioned(r));
}

/** GET /api/projects/{id} with its ETag; a 404 means "no such project or no access". */
export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectKeys.detail(id ?? -1),
    enabled: id !== null,
    queryFn: ({ signal }) => fetchProject(id ?? -1, signal),
  });
}
