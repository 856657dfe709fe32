// Users of one organisation, as the administrator sees and manages them.
import { mayInOrganisation, type Role } from '../platform/access.js';
import { hashPassword } from '../platform/auth/password.js';
import { deleteSessionsOfUser, insertUser, resetSecondFactor } from '../platform/auth/store.js';
import type { Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError, invalidField } from '../platform/errors.js';
import { checkInitialPassword, checkUserChange, type UserChangeProblem } from './domain.js';

export interface AdminUserView {
  id: string; email: string; displayName: string; roles: Role[]; active: boolean; totpEnrolled: boolean; lockedUntil: string | null; createdAt: string;
}

function requireAdmin(door: Door) {
  if (!mayInOrganisation(door.actor, 'user.manage')) throw new AppError('forbidden', 'error.forbidden');
}

function problemError(problem: UserChangeProblem, field: string): AppError {
  return invalidField(field, `validation.${problem}`);
}

async function requireUserInOrganisation(tx: Sql, door: Door, userId: string) {
  const rows = await tx.query('SELECT 1 FROM users WHERE id = $1 AND organisation_id = $2 FOR UPDATE', [userId, door.actor.organisationId]);
  if (rows.length === 0) throw new AppError('not_found', 'admin.user_unknown');
}

export async function listUsers(door: Door): Promise<AdminUserView[]> {
  requireAdmin(door);
  return door.work(async (tx, audit) => {
    const rows = await tx.query<{ id: string; email: string; display_name: string; roles: Role[]; active: boolean; totp_enrolled: boolean; locked_until: string | null; created_at: string }>(
      'SELECT id, email, display_name, roles, active, totp_enrolled, locked_until, created_at FROM users WHERE organisation_id = $1 ORDER BY display_name', [door.actor.organisationId]);
    audit({ action: 'user.list', entityType: 'user', entityIds: rows.map((r) => r.id) });
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id, email: r.email, displayName: r.display_name, roles: r.roles, active: r.active, totpEnrolled: r.totp_enrolled,
      lockedUntil: r.locked_until && Date.parse(r.locked_until) > now ? r.locked_until : null, createdAt: r.created_at,
    }));
  });
}

export async function createUser(door: Door, input: { email: string; displayName: string; roles: Role[]; initialPassword: string }): Promise<{ id: string }> {
  requireAdmin(door);
  const problem = checkInitialPassword(input.initialPassword) ?? checkUserChange({ actorId: door.actor.userId, targetId: '', roles: input.roles });
  if (problem) throw problemError(problem, problem === 'password_weak' ? 'initialPassword' : 'roles');
  const passwordHash = await hashPassword(input.initialPassword);
  return door.work(async (tx, audit) => {
    const taken = await tx.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [input.email]);
    if (taken.length > 0) throw invalidField('email', 'validation.email_taken');
    const id = await insertUser(tx, { organisationId: door.actor.organisationId, email: input.email, displayName: input.displayName, passwordHash, roles: [...new Set(input.roles)] });
    audit({ action: 'user.create', entityType: 'user', entityIds: [id] });
    return { id };
  });
}

export async function updateUser(door: Door, userId: string, input: { displayName?: string; roles?: Role[]; active?: boolean }): Promise<void> {
  requireAdmin(door);
  const problem = checkUserChange({ actorId: door.actor.userId, targetId: userId, roles: input.roles, active: input.active });
  if (problem) throw problemError(problem, problem === 'roles_required' || input.roles ? 'roles' : 'active');
  await door.work(async (tx, audit) => {
    await requireUserInOrganisation(tx, door, userId);
    await tx.query(
      'UPDATE users SET display_name = COALESCE($2, display_name), roles = COALESCE($3, roles), active = COALESCE($4, active) WHERE id = $1',
      [userId, input.displayName ?? null, input.roles ? [...new Set(input.roles)] : null, input.active ?? null],
    );
    // A change of roles or deactivation takes effect now: the user signs in again.
    if (input.roles || input.active === false) await deleteSessionsOfUser(tx, userId);
    audit({ action: 'user.update', entityType: 'user', entityIds: [userId] });
  });
}

export async function resetUserSecondFactor(door: Door, userId: string): Promise<void> {
  requireAdmin(door);
  await door.work(async (tx, audit) => {
    await requireUserInOrganisation(tx, door, userId);
    await resetSecondFactor(tx, userId);
    audit({ action: 'user.reset_totp', entityType: 'user', entityIds: [userId] });
  });
}

export async function unlockUser(door: Door, userId: string): Promise<void> {
  requireAdmin(door);
  await door.work(async (tx, audit) => {
    await requireUserInOrganisation(tx, door, userId);
    await tx.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [userId]);
    audit({ action: 'user.unlock', entityType: 'user', entityIds: [userId] });
  });
}
