export { useMe } from './api/useMe';
export { primaryRole, ROLES, type Role } from './roles';
