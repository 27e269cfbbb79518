import type { OrganisationRef } from '@/api/types';

/** The organisation name in the UI language (Japanese unless English is chosen). */
export function organisationName(
  org: Pick<OrganisationRef, 'nameJa' | 'nameEn'>,
  language: string,
): string {
  return language.startsWith('en') && org.nameEn ? org.nameEn : org.nameJa;
}

/** The 2-digit prefecture number of a local-government code (全国地方公共団体コード). */
export function prefectureNumber(code: string): string {
  return code.slice(0, 2);
}
