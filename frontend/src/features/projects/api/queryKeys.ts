import type { toProjectQuery } from '../searchParams';

export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ReturnType<typeof toProjectQuery>) => [...projectKeys.all, 'list', query] as const,
  detail: (id: number) => [...projectKeys.all, 'detail', id] as const,
  history: (id: number) => [...projectKeys.all, 'history', id] as const,
  assignments: (id: number) => [...projectKeys.all, 'assignments', id] as const,
  prefectures: ['organisations', 'PREFECTURE'] as const,
};
