/** Roles in order of precedence: a user with several shows the first one. */
export const ROLES = [
  'cao',
  'support-officer',
  'ministry-contact',
  'ministry-member',
  'local-government',
  'company',
] as const;

export type Role = (typeof ROLES)[number];

export function primaryRole(roles: readonly string[]): Role | undefined {
  return ROLES.find((role) => roles.includes(role));
}

export function hasRole(roles: readonly string[] | undefined, role: Role): boolean {
  return (roles ?? []).includes(role);
}
