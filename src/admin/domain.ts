// Rules for managing users within an organisation (the administrator's capability).
import type { Role } from '../platform/access.js';
import { MIN_PASSWORD_LENGTH } from '../platform/auth/password.js';

export type UserChangeProblem = 'roles_required' | 'own_admin_role' | 'password_weak';

/** An administrator may not lock themselves out: removing their own admin role or deactivating themselves. */
export function checkUserChange(input: { actorId: string; targetId: string; roles?: readonly Role[]; active?: boolean }): UserChangeProblem | null {
  if (input.roles && input.roles.length === 0) return 'roles_required';
  if (input.actorId === input.targetId && ((input.roles && !input.roles.includes('org_admin')) || input.active === false)) return 'own_admin_role';
  return null;
}

export function checkInitialPassword(password: string): UserChangeProblem | null {
  return [...password].length < MIN_PASSWORD_LENGTH ? 'password_weak' : null;
}
