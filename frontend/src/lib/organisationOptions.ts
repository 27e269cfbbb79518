import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Organisation, OrganisationKind } from '@/api/types';

/** Every organisation (of one kind), all pages: for selects in registry forms. */
export function useAllOrganisations(kind?: OrganisationKind) {
  return useQuery({
    queryKey: ['organisations', 'all', kind ?? 'ANY'],
    queryFn: async ({ signal }) => {
      const items: Organisation[] = [];
      for (let page = 1; page <= 50; page++) {
        const data = unwrap(
          await api.GET('/api/organisations', {
            params: { query: { kind, page, size: 100, sort: 'code' } },
            signal,
          }),
        );
        items.push(...data.items);
        if (page >= data.totalPages) break;
      }
      return items;
    },
    staleTime: 5 * 60_000,
  });
}
