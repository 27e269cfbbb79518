import type { OrganisationKind } from '@/api/types';

export const ORGANISATION_KINDS = [
  'CABINET_OFFICE',
  'MINISTRY',
  'PREFECTURE',
  'MUNICIPALITY',
  'COMPANY',
  'OTHER',
] as const satisfies readonly OrganisationKind[];

export const ORGANISATION_SORTS = ['code', 'nameJa', 'nameEn', 'kind'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export function isLocalGovernment(kind: OrganisationKind | ''): boolean {
  return kind === 'PREFECTURE' || kind === 'MUNICIPALITY';
}
