export { useMe } from '@/lib/useMe';
export { primaryRole, ROLES, type Role } from '@/lib/roles';
