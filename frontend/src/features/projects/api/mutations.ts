import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  api,
  unwrap,
  unwrapFile,
  unwrapVersioned,
  type Created,
  type Versioned,
} from '@/api/client';
import type {
  Assignment,
  AssignmentKind,
  ProjectDetail,
  ProjectInput,
  ProjectStatus,
  SubProject,
  SubProjectInput,
} from '@/api/types';
import { toProjectQuery, type ProjectSearch } from '../searchParams';
import { projectKeys } from './queryKeys';

export function exportProjects(search: ProjectSearch, format: 'csv' | 'xlsx') {
  const { fy, technology, prefecture, status, q, sort } = toProjectQuery(search);
  return api
    .GET('/api/projects/export', {
      params: { query: { format, fy, technology, prefecture, status, q, sort } },
      parseAs: 'blob',
    })
    .then((r) => unwrapFile(r, `projects.${format}`));
}

export function useProjectHistory(id: number) {
  return useQuery({
    queryKey: projectKeys.history(id),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/projects/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function useAssignments(projectId: number) {
  return useQuery({
    queryKey: projectKeys.assignments(projectId),
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/projects/{projectId}/assignments', {
          params: { path: { projectId } },
          signal,
        }),
      ),
  });
}

/** After any write: the saved project (when returned) goes to the cache; lists refresh. */
function useProjectWrite<A>(
  projectId: number,
  write: (args: A) => Promise<Versioned<ProjectDetail> | void>,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (saved) => {
      if (saved) qc.setQueryData(projectKeys.detail(projectId), saved);
      else void qc.invalidateQueries({ queryKey: projectKeys.detail(projectId) });
      void qc.invalidateQueries({ queryKey: projectKeys.history(projectId) });
      void qc.invalidateQueries({ queryKey: projectKeys.assignments(projectId) });
      void qc.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
    },
  });
}

const ifMatch = (id: number, etag: string) => ({ path: { id }, header: { 'If-Match': etag } });

export function useUpdateProject(id: number) {
  return useProjectWrite(id, async ({ input, etag }: { input: ProjectInput; etag: string }) =>
    unwrapVersioned(
      await api.PUT('/api/projects/{id}', { params: ifMatch(id, etag), body: input }),
    ),
  );
}

export function useUpdateSummary(id: number) {
  return useProjectWrite(id, async ({ summary, etag }: { summary: string; etag: string }) =>
    unwrapVersioned(
      await api.PUT('/api/projects/{id}/summary', {
        params: ifMatch(id, etag),
        body: { summary },
      }),
    ),
  );
}

export function useTransition(id: number) {
  return useProjectWrite(id, async ({ to, etag }: { to: ProjectStatus; etag: string }) =>
    unwrapVersioned(
      await api.POST('/api/projects/{id}/transitions', { params: ifMatch(id, etag), body: { to } }),
    ),
  );
}

export function useContinuation(id: number) {
  return useProjectWrite(id, async ({ etag }: { etag: string }) =>
    unwrapVersioned(
      await api.POST('/api/projects/{id}/continuation', { params: ifMatch(id, etag) }),
    ),
  );
}

export function useCreateAssignment(projectId: number) {
  return useProjectWrite(
    projectId,
    async (input: {
      kind: AssignmentKind;
      personId?: number;
      organisationId?: number;
      startDate: string;
    }) => {
      unwrap(
        (await api.POST('/api/projects/{projectId}/assignments', {
          params: { path: { projectId } },
          body: input,
        })) as Created<Assignment>,
      );
    },
  );
}

export function useEndAssignment(projectId: number) {
  return useProjectWrite(projectId, async ({ id, endDate }: { id: number; endDate: string }) => {
    unwrap(
      await api.POST('/api/projects/{projectId}/assignments/{id}/end', {
        params: { path: { projectId, id } },
        body: { endDate },
      }),
    );
  });
}

export function fetchSubProject(projectId: number, id: number) {
  return api
    .GET('/api/projects/{projectId}/sub-projects/{id}', { params: { path: { projectId, id } } })
    .then((r) => unwrapVersioned(r));
}

export function useSaveSubProject(projectId: number) {
  return useProjectWrite(
    projectId,
    async ({ id, input, etag }: { id: number | null; input: SubProjectInput; etag: string }) => {
      if (id === null)
        unwrap(
          (await api.POST('/api/projects/{projectId}/sub-projects', {
            params: { path: { projectId } },
            body: input,
          })) as Created<SubProject>,
        );
      else
        unwrap(
          await api.PUT('/api/projects/{projectId}/sub-projects/{id}', {
            params: { path: { projectId, id }, header: { 'If-Match': etag } },
            body: input,
          }),
        );
    },
  );
}

export function useDeleteSubProject(projectId: number) {
  return useProjectWrite(projectId, async ({ id }: { id: number }) => {
    // The sub-project's own version: read it, then delete with its ETag.
    const current = await fetchSubProject(projectId, id);
    const r = await api.DELETE('/api/projects/{projectId}/sub-projects/{id}', {
      params: { path: { projectId, id }, header: { 'If-Match': current.etag } },
    });
    if (!r.response.ok) unwrap({ ...r, data: undefined });
  });
}

/** Everyone visible to the caller, all pages: for the person selects of assignments. */
export function useAllPeople(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'all'],
    enabled,
    queryFn: async ({ signal }) => {
      const items = [];
      for (let page = 1; page <= 50; page++) {
        const data = unwrap(
          await api.GET('/api/people', { params: { query: { page, size: 100 } }, signal }),
        );
        items.push(...data.items);
        if (page >= data.totalPages) break;
      }
      return items;
    },
    staleTime: 60_000,
  });
}
