import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapFile, unwrapVersioned, type Versioned } from '@/api/client';
import type { ReportScheduleInput, Sheet, SheetContent, SheetType } from '../types';
import type { SheetSearch } from '../searchParams';

export const reportKeys = {
  all: ['reports'] as const,
  sheets: (q: unknown) => ['reports', 'sheets', q] as const,
  sheet: (id: number) => ['reports', 'sheet', id] as const,
  reviews: (id: number) => ['reports', 'sheet', id, 'reviews'] as const,
  revisions: (id: number) => ['reports', 'sheet', id, 'revisions'] as const,
  compare: (id: number, from: number, to: number) =>
    ['reports', 'sheet', id, 'compare', from, to] as const,
  history: (id: number) => ['reports', 'sheet', id, 'history'] as const,
  tasks: ['reports', 'tasks'] as const,
  notifications: ['reports', 'notifications'] as const,
  overdue: (q: unknown) => ['reports', 'overdue', q] as const,
  schedules: ['reports', 'schedules'] as const,
  ministries: ['reports', 'ministries'] as const,
  projects: ['reports', 'projects'] as const,
};

export function toSheetQuery(s: SheetSearch) {
  return {
    projectId: s.projectId,
    type: s.type,
    status: s.status,
    period: s.period,
    flagged: s.flagged,
    sort: s.sort,
    page: s.page,
    size: s.size,
  };
}

export function useSheets(search: SheetSearch) {
  const query = toSheetQuery(search);
  return useQuery({
    queryKey: reportKeys.sheets(query),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/reports/sheets', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function exportSheets(search: SheetSearch, format: 'csv' | 'xlsx') {
  const { projectId, type, status, period, flagged, sort } = toSheetQuery(search);
  return api
    .GET('/api/reports/sheets/export', {
      params: { query: { format, projectId, type, status, period, flagged, sort } },
      parseAs: 'blob',
    })
    .then((r) => unwrapFile(r, `reports.${format}`));
}

export function fetchSheet(id: number) {
  return api
    .GET('/api/reports/sheets/{id}', { params: { path: { id } } })
    .then((r) => unwrapVersioned(r));
}

export function useSheet(id: number) {
  return useQuery({
    queryKey: reportKeys.sheet(id),
    queryFn: () => fetchSheet(id),
  });
}

export function saveContent(id: number, content: SheetContent, etag: string) {
  return api
    .PUT('/api/reports/sheets/{id}/content', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: content,
    })
    .then((r) => unwrapVersioned(r));
}

/** After a state change: the new sheet goes to the cache; lists, tasks and reviews refresh. */
function useSheetWrite<A>(id: number, write: (args: A) => Promise<Versioned<Sheet>>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (saved) => {
      qc.setQueryData(reportKeys.sheet(id), saved);
      void qc.invalidateQueries({ queryKey: ['reports', 'sheet', id], exact: false });
      void qc.invalidateQueries({ queryKey: ['reports', 'sheets'] });
      void qc.invalidateQueries({ queryKey: reportKeys.tasks });
    },
  });
}

const ifMatch = (id: number, etag: string) => ({ path: { id }, header: { 'If-Match': etag } });

export function useSubmit(id: number) {
  return useSheetWrite(id, async (a: { etag: string; latenessReason?: string }) =>
    unwrapVersioned(
      await api.POST('/api/reports/sheets/{id}/submit', {
        params: ifMatch(id, a.etag),
        body: a.latenessReason ? { latenessReason: a.latenessReason } : {},
      }),
    ),
  );
}

export function useReturn(id: number) {
  return useSheetWrite(
    id,
    async (a: { etag: string; comments: { section: string; comment: string }[] }) =>
      unwrapVersioned(
        await api.POST('/api/reports/sheets/{id}/return', {
          params: ifMatch(id, a.etag),
          body: { comments: a.comments },
        }),
      ),
  );
}

export function useAccept(id: number) {
  return useSheetWrite(id, async (a: { etag: string; comment?: string }) =>
    unwrapVersioned(
      await api.POST('/api/reports/sheets/{id}/accept', {
        params: ifMatch(id, a.etag),
        body: a.comment ? { comment: a.comment } : {},
      }),
    ),
  );
}

export function useComment(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (a: { section: string; comment: string }) =>
      unwrap(
        await api.POST('/api/reports/sheets/{id}/comments', {
          params: { path: { id } },
          body: a,
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.reviews(id) }),
  });
}

export function useAddFollowUp(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (a: { issueId: string; date: string; text: string }) =>
      unwrap(
        await api.POST('/api/reports/sheets/{id}/issues/{issueId}/follow-ups', {
          params: { path: { id, issueId: a.issueId } },
          body: { date: a.date, text: a.text },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['reports', 'sheet', id] }),
  });
}

export function useReviews(id: number) {
  return useQuery({
    queryKey: reportKeys.reviews(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/reports/sheets/{id}/reviews', { params: { path: { id } }, signal }),
      ),
  });
}

export function useRevisions(id: number) {
  return useQuery({
    queryKey: reportKeys.revisions(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/reports/sheets/{id}/revisions', { params: { path: { id } }, signal }),
      ),
  });
}

export function useCompare(id: number, from: number, to: number, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.compare(id, from, to),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/reports/sheets/{id}/revisions/compare', {
          params: { path: { id }, query: { from, to } },
          signal,
        }),
      ),
  });
}

export function useSheetHistory(id: number) {
  return useQuery({
    queryKey: reportKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/reports/sheets/{id}/history', { params: { path: { id } }, signal }),
      ),
  });
}

export function downloadSheetXlsx(id: number) {
  return api
    .GET('/api/reports/sheets/{id}/xlsx', { params: { path: { id } }, parseAs: 'blob' })
    .then((r) => unwrapFile(r, `sheet-${id}.xlsx`));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** PUT …/xlsx: the body is the file itself (not JSON). */
export function uploadSheetXlsx(id: number, file: Blob, etag: string) {
  return api
    .PUT('/api/reports/sheets/{id}/xlsx', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: file as unknown as string,
      bodySerializer: (b: unknown) => b as Blob,
      headers: { 'Content-Type': XLSX_TYPE },
    })
    .then((r) => unwrapVersioned(r));
}

export function useTasks() {
  return useQuery({
    queryKey: reportKeys.tasks,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/reports/tasks', { params: { query: { size: 100 } }, signal })),
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: reportKeys.notifications,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/reports/notifications', { signal })),
    refetchInterval: 5 * 60_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => {
      const r = await api.POST('/api/reports/notifications/{id}/read', {
        params: { path: { id } },
      });
      if (!r.response.ok) unwrap({ ...r, data: undefined });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.notifications }),
  });
}

export type OverdueQuery = { type?: SheetType; sort?: string; page?: number; size?: number };

export function useOverdue(q: OverdueQuery) {
  return useQuery({
    queryKey: reportKeys.overdue(q),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/reports/overdue', { params: { query: q }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function exportOverdue(q: OverdueQuery, format: 'csv' | 'xlsx') {
  return api
    .GET('/api/reports/overdue/export', {
      params: { query: { format, type: q.type, sort: q.sort } },
      parseAs: 'blob',
    })
    .then((r) => unwrapFile(r, `overdue.${format}`));
}

export function useSchedules() {
  return useQuery({
    queryKey: reportKeys.schedules,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/reports/schedules', { signal })),
  });
}

export function useSaveSchedule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ type, input }: { type: SheetType; input: ReportScheduleInput }) => {
      const current = unwrapVersioned(
        await api.GET('/api/reports/schedules/{type}', { params: { path: { type } } }),
      );
      return unwrapVersioned(
        await api.PUT('/api/reports/schedules/{type}', {
          params: { path: { type }, header: { 'If-Match': current.etag } },
          body: input,
        }),
      );
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.schedules }),
  });
}

export function useGenerate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (until: string | undefined) =>
      unwrap(await api.POST('/api/reports/generation', { body: until ? { until } : {} })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

/** Ministries (organisation codes) for the ministry selects. */
export function useMinistries() {
  return useQuery({
    queryKey: reportKeys.ministries,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/organisations', {
          params: { query: { kind: 'MINISTRY', size: 100, sort: 'code' } },
          signal,
        }),
      ).items,
    staleTime: 10 * 60_000,
  });
}

/** Projects the caller can see, for the project filter. */
export function useProjectOptions() {
  return useQuery({
    queryKey: reportKeys.projects,
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/projects', { params: { query: { size: 100 } }, signal })).items,
    staleTime: 10 * 60_000,
  });
}
