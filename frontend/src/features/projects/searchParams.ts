import { z } from 'zod';
import {
  PAGE_SIZES,
  SORT_FIELDS,
  STATUSES,
  TECHNOLOGIES,
  DEFAULT_PAGE_SIZE,
  type SortField,
} from './constants';

const optionalInt = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().catch(undefined);

const sortPattern = new RegExp(`^-?(${SORT_FIELDS.join('|')})$`);

/**
 * The project list's state as it lives in the URL query string. Anything invalid in a
 * hand-edited URL is dropped rather than sent to the API.
 */
export const projectSearchSchema = z.object({
  page: optionalInt(1, 100_000),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
  sort: z.string().regex(sortPattern).optional().catch(undefined),
  fy: optionalInt(2018, 2100),
  technology: z.enum(TECHNOLOGIES).optional().catch(undefined),
  prefecture: z
    .string()
    .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/)
    .optional()
    .catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((s) => (s === '' ? undefined : s))
    .optional()
    .catch(undefined),
});

export type ProjectSearch = z.infer<typeof projectSearchSchema>;
export type ProjectFilters = Pick<
  ProjectSearch,
  'fy' | 'technology' | 'prefecture' | 'status' | 'q'
>;

export function parseProjectSearch(raw: Record<string, unknown>): ProjectSearch {
  const parsed = projectSearchSchema.parse(raw);
  // Drop keys left undefined so that URLs and query keys stay minimal.
  return Object.fromEntries(
    Object.entries(parsed).filter(([, v]) => v !== undefined),
  ) as ProjectSearch;
}

/** The query parameters of GET /api/projects for a URL state. */
export function toProjectQuery(search: ProjectSearch) {
  return {
    page: search.page ?? 1,
    size: search.size ?? DEFAULT_PAGE_SIZE,
    ...(search.sort && { sort: search.sort }),
    ...(search.fy && { fy: search.fy }),
    ...(search.technology && { technology: search.technology }),
    ...(search.prefecture && { prefecture: search.prefecture }),
    ...(search.status && { status: search.status }),
    ...(search.q && { q: search.q }),
  };
}

/** New filters start again on page 1 and keep the sort order and page size. */
export function withFilters(search: ProjectSearch, filters: ProjectFilters): ProjectSearch {
  return parseProjectSearch({ size: search.size, sort: search.sort, ...filters });
}

export type SortDirection = 'ascending' | 'descending' | 'none';

/** How a column is sorted now; without a sort parameter the API sorts by selection year. */
export function sortDirection(sort: string | undefined, field: SortField): SortDirection {
  const current = sort ?? 'selectionFy';
  if (current === field) return 'ascending';
  if (current === `-${field}`) return 'descending';
  return 'none';
}

/** Clicking a header sorts ascending, clicking it again sorts descending. */
export function nextSort(sort: string | undefined, field: SortField): string {
  return sortDirection(sort, field) === 'ascending' ? `-${field}` : field;
}
