import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/me: who is signed in, with organisation and roles as the API sees them. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
