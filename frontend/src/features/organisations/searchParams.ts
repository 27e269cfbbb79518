import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, ORGANISATION_KINDS, ORGANISATION_SORTS, PAGE_SIZES } from './constants';

const sortPattern = new RegExp(`^-?(${ORGANISATION_SORTS.join('|')})$`);

/** /organisations?kind=MINISTRY&q=…&sort=-nameJa&page=2&size=50; invalid values are dropped. */
export const organisationSearchSchema = z.object({
  kind: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((s) => (s === '' ? undefined : s))
    .optional()
    .catch(undefined),
  sort: z.string().regex(sortPattern).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
});

export type OrganisationSearch = z.infer<typeof organisationSearchSchema>;

export function parseOrganisationSearch(raw: Record<string, unknown>): OrganisationSearch {
  return organisationSearchSchema.parse(raw);
}

export function toOrganisationQuery(s: OrganisationSearch) {
  return {
    kind: s.kind,
    q: s.q,
    sort: s.sort,
    page: s.page ?? 1,
    size: s.size ?? DEFAULT_PAGE_SIZE,
  };
}
