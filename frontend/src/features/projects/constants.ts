import type { ProjectStatus, Technology } from '@/api/types';

export const TECHNOLOGIES = [
  'AI',
  'IOT',
  'AUTONOMOUS_DRIVING',
  'DRONE',
  'ROBOT',
  'CASHLESS',
  'BLOCKCHAIN',
  'VR_AR',
  'FIVE_G',
  'OTHER',
] as const satisfies readonly Technology[];

export const STATUSES = [
  'SELECTED',
  'SUPPORTING',
  'SUPPORT_ENDED',
] as const satisfies readonly ProjectStatus[];

export const SORT_FIELDS = ['selectionFy', 'number', 'title', 'status'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
