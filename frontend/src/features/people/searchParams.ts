import { z } from 'zod';

export const PEOPLE_PAGE_SIZES = [10, 20, 50, 100] as const;
export const PEOPLE_DEFAULT_PAGE_SIZE = 20;

/** /people?organisationId=4&q=…&sort=-name&page=2&size=50 */
export const personSearchSchema = z.object({
  organisationId: z.coerce.number().int().min(1).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((s) => (s === '' ? undefined : s))
    .optional()
    .catch(undefined),
  sort: z
    .string()
    .regex(/^-?(name|organisation)$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((n) => (PEOPLE_PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
});

export type PersonSearch = z.infer<typeof personSearchSchema>;

export function parsePersonSearch(raw: Record<string, unknown>): PersonSearch {
  return personSearchSchema.parse(raw);
}

export function toPersonQuery(s: PersonSearch) {
  return {
    organisationId: s.organisationId,
    q: s.q,
    sort: s.sort,
    page: s.page ?? 1,
    size: s.size ?? PEOPLE_DEFAULT_PAGE_SIZE,
  };
}
