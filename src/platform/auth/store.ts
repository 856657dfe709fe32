// Users and server-side sessions. Only the auth and admin capabilities call these functions.
import { randomUUID } from 'node:crypto';
import type { Role } from '../access.js';
import type { Sql } from '../db.js';
import { one } from '../db.js';
import { hashToken, randomToken } from './password.js';

export interface UserRecord {
  id: string;
  organisation_id: string;
  organisation_name: string;
  email: string;
  display_name: string;
  password_hash: string;
  roles: Role[];
  active: boolean;
  language: string;
  totp_secret: string | null;
  totp_enrolled: boolean;
  totp_last_step: number | null;
  recovery_codes: string[];
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
}

const USER_COLUMNS = `u.id, u.organisation_id, o.name AS organisation_name, u.email, u.display_name, u.password_hash, u.roles,
  u.active, u.language, u.totp_secret, u.totp_enrolled, u.totp_last_step, u.recovery_codes, u.failed_attempts,
  u.locked_until, u.created_at`;

export function findUserByEmail(sql: Sql, email: string): Promise<UserRecord | undefined> {
  return one<UserRecord>(sql, `SELECT ${USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE lower(u.email) = lower($1)`, [email]);
}

export function findUserById(sql: Sql, id: string, lock = false): Promise<UserRecord | undefined> {
  return one<UserRecord>(sql, `SELECT ${USER_COLUMNS} FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1${lock ? ' FOR UPDATE OF u' : ''}`, [id]);
}

export async function insertUser(
  sql: Sql,
  user: { organisationId: string; email: string; displayName: string; passwordHash: string; roles: readonly Role[]; language?: string; totpSecret?: string },
): Promise<string> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO users (id, organisation_id, email, display_name, password_hash, roles, language, totp_secret, totp_enrolled)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, user.organisationId, user.email.trim(), user.displayName.trim(), user.passwordHash, [...user.roles], user.language ?? 'nl', user.totpSecret ?? null, Boolean(user.totpSecret)],
  );
  return id;
}

export async function insertOrganisation(sql: Sql, name: string): Promise<string> {
  const id = randomUUID();
  await sql.query('INSERT INTO organisations (id, name) VALUES ($1, $2)', [id, name.trim()]);
  return id;
}

/** How another capability names a user or an organisation, and where to reach a user. */
export async function userContact(sql: Sql, userId: string): Promise<{ displayName: string; email: string; language: string; active: boolean } | null> {
  const [row] = await sql.query<{ display_name: string; email: string; language: string; active: boolean }>('SELECT display_name, email, language, active FROM users WHERE id = $1', [userId]);
  return row ? { displayName: row.display_name, email: row.email, language: row.language, active: row.active } : null;
}
export async function organisationName(sql: Sql, organisationId: string): Promise<string | null> {
  const [row] = await sql.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [organisationId]);
  return row?.name ?? null;
}

export async function recordFailedAttempt(sql: Sql, userId: string, maxAttempts: number, lockoutMinutes: number): Promise<void> {
  await sql.query(
    `UPDATE users SET failed_attempts = failed_attempts + 1,
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
     WHERE id = $1`,
    [userId, maxAttempts, lockoutMinutes],
  );
}

export async function clearFailedAttempts(sql: Sql, userId: string): Promise<void> {
  await sql.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [userId]);
}

export type SessionStage = 'totp' | 'enrol_totp' | 'active';

export interface SessionRecord {
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export async function createSession(sql: Sql, userId: string, stage: SessionStage, lifetimeMinutes: number): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken();
  await sql.query(
    `INSERT INTO sessions (token_hash, user_id, stage, csrf_token, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))`,
    [hashToken(token), userId, stage, csrfToken, lifetimeMinutes],
  );
  return { token, csrfToken };
}

/** The session and its user in one query: this runs on every request. */
export async function findSessionWithUser(sql: Sql, token: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const row = await one<SessionRecord & UserRecord & { session_created_at: string }>(sql,
    `SELECT s.token_hash, s.user_id, s.stage, s.csrf_token, s.created_at AS session_created_at, s.last_seen_at, s.expires_at, ${USER_COLUMNS}
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id WHERE s.token_hash = $1`,
    [hashToken(token)]);
  if (!row) return undefined;
  const { token_hash, user_id, stage, csrf_token, session_created_at, last_seen_at, expires_at, ...user } = row;
  return {
    session: { token_hash, user_id, stage, csrf_token, created_at: session_created_at, last_seen_at, expires_at },
    user: user as UserRecord,
  };
}

export async function touchSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSessionsOfUser(sql: Sql, userId: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function deleteExpiredSessions(sql: Sql, idleMinutes: number): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)', [idleMinutes]);
}

/** The administrator resets the second factor: the user enrols a new authenticator at the next sign-in. */
export async function resetSecondFactor(sql: Sql, userId: string): Promise<void> {
  await sql.query("UPDATE users SET totp_secret = NULL, totp_enrolled = false, totp_last_step = NULL, recovery_codes = '{}' WHERE id = $1", [userId]);
  await deleteSessionsOfUser(sql, userId);
}

export async function recordTotpStep(sql: Sql, userId: string, step: number): Promise<void> {
  await sql.query('UPDATE users SET totp_last_step = $2 WHERE id = $1', [userId, step]);
}

export async function saveTotpSecret(sql: Sql, userId: string, secret: string): Promise<void> {
  await sql.query('UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enrolled = false', [userId, secret]);
}

export async function completeEnrolment(sql: Sql, userId: string, step: number, recoveryCodeHashes: readonly string[]): Promise<void> {
  await sql.query('UPDATE users SET totp_enrolled = true, totp_last_step = $2, recovery_codes = $3 WHERE id = $1', [userId, step, [...recoveryCodeHashes]]);
}

/** Removes a recovery code in one statement, so it works exactly once even under parallel requests.
 *  Returns how many remain, or null when the code was not valid. */
export async function consumeRecoveryCode(sql: Sql, userId: string, codeHash: string): Promise<number | null> {
  const [row] = await sql.query<{ remaining: number }>(
    `UPDATE users SET recovery_codes = array_remove(recovery_codes, $2) WHERE id = $1 AND $2 = ANY(recovery_codes)
     RETURNING cardinality(recovery_codes) AS remaining`,
    [userId, codeHash],
  );
  return row ? Number(row.remaining) : null;
}

export async function setUserLanguage(sql: Sql, userId: string, language: string): Promise<void> {
  await sql.query('UPDATE users SET language = $2 WHERE id = $1', [userId, language]);
}
