/** Days since the epoch of an ISO date (calendar day, no time zone shift). */
function day(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/** Where a date lies between start and end, as a percentage clamped to 0–100. */
export function timelinePercent(start: string, end: string, date: string): number {
  const span = day(end) - day(start);
  if (span <= 0) return 0;
  const p = ((day(date) - day(start)) / span) * 100;
  return Math.min(100, Math.max(0, Math.round(p * 10) / 10));
}

/** Allowed next statuses (the API enforces the same lifecycle). */
export const NEXT_STATUSES = {
  SELECTED: ['SUPPORTING', 'SUPPORT_ENDED'],
  SUPPORTING: ['SUPPORT_ENDED'],
  SUPPORT_ENDED: [],
} as const;
