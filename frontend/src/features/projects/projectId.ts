/** Project ids are positive integers; anything else in the URL cannot name a project. */
export function parseProjectId(value: string): number | null {
  if (!/^[1-9]\d{0,14}$/.test(value)) return null;
  return Number(value);
}
