import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { projectKeys } from './queryKeys';

/** The 47 prefectures for the filter (GET /api/organisations?kind=PREFECTURE&size=100). */
export function usePrefectures() {
  return useQuery({
    queryKey: projectKeys.prefectures,
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
