import { z } from 'zod';
import { SHEET_STATUSES, SHEET_TYPES } from './types';

export const SHEET_SORTS = ['dueDate', 'period', 'project', 'status', 'type'] as const;
export const OVERDUE_SORTS = ['daysOverdue', 'dueDate', 'project', 'type'] as const;
export const PAGE_SIZES = [20, 50, 100] as const;

const optionalInt = (min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).optional().catch(undefined);
const size = z.coerce
  .number()
  .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
  .optional()
  .catch(undefined);
const sortOf = (fields: readonly string[]) =>
  z
    .string()
    .regex(new RegExp(`^-?(${fields.join('|')})$`))
    .optional()
    .catch(undefined);

export const PERIOD_PATTERN = /^(\d{4}-(0[1-9]|1[0-2])|FY\d{4})$/;

export const sheetSearchSchema = z.object({
  projectId: optionalInt(1, 1_000_000_000),
  type: z.enum(SHEET_TYPES).optional().catch(undefined),
  status: z.enum(SHEET_STATUSES).optional().catch(undefined),
  period: z.string().regex(PERIOD_PATTERN).optional().catch(undefined),
  flagged: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional()
    .catch(undefined),
  sort: sortOf(SHEET_SORTS),
  page: optionalInt(1, 100_000),
  size,
});
export type SheetSearch = z.infer<typeof sheetSearchSchema>;

export const overdueSearchSchema = z.object({
  type: z.enum(SHEET_TYPES).optional().catch(undefined),
  sort: sortOf(OVERDUE_SORTS),
  page: optionalInt(1, 100_000),
  size,
});
export type OverdueSearch = z.infer<typeof overdueSearchSchema>;

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function parseSheetSearch(raw: Record<string, unknown>): SheetSearch {
  return compact(sheetSearchSchema.parse(raw));
}

export function parseOverdueSearch(raw: Record<string, unknown>): OverdueSearch {
  return compact(overdueSearchSchema.parse(raw));
}
