// Idle timing of the portal session (docs/portal.md): 20 minutes without activity, 4 hours at most,
// a warning 2 minutes before the idle end. All times are the server's (milliseconds since the epoch);
// `clockOffsetMs` corrects for a client clock that is wrong. Pure, so it is unit-tested in Node.

export const WARN_BEFORE_MS = 2 * 60_000;
/** After the deadline, wait a moment before asking the server, so a rounded clock does not ask too early. */
export const END_GRACE_MS = 2_000;

export interface SessionTimes {
  /** When the session ends without activity. */
  idle: number;
  /** When the session ends whatever happens. */
  absolute: number;
}

export type IdlePhase = 'active' | 'warning' | 'ended';

export interface IdleState {
  phase: IdlePhase;
  /** When the session really ends: the idle end, or the absolute end when that comes first. */
  endsAt: number;
  /** False when "Doorgaan" cannot help: the absolute end comes before a fresh idle end would. */
  canExtend: boolean;
  /** Milliseconds until the phase can next change. */
  nextCheckMs: number;
}

/** Where the session stands at `now`: still active, in the last 2 minutes, or over. */
export function idleState(times: SessionTimes, now: number): IdleState {
  const endsAt = Math.min(times.idle, times.absolute);
  const warnAt = endsAt - WARN_BEFORE_MS;
  const canExtend = times.absolute - endsAt > 1_000;
  if (now >= endsAt) return { phase: 'ended', endsAt, canExtend, nextCheckMs: 0 };
  if (now >= warnAt) return { phase: 'warning', endsAt, canExtend, nextCheckMs: endsAt - now + END_GRACE_MS };
  return { phase: 'active', endsAt, canExtend, nextCheckMs: warnAt - now };
}

/** The idle window the server uses, read from a fresh session answer (about 20 minutes). */
export function idleWindowMs(idleExpiresAt: number, serverNow: number): number {
  const window = idleExpiresAt - serverNow;
  return Math.min(Math.max(window, 1_000), 4 * 3_600_000);
}

/** After a successful call the idle end moves to now + the window, never past the absolute end, never back. */
export function afterActivity(times: SessionTimes, window: number, serverNow: number): SessionTimes {
  return { ...times, idle: Math.max(times.idle, Math.min(times.absolute, serverNow + window)) };
}

/**
 * How far the server clock is ahead of this device, from the `Date` header of an answer. The header
 * has whole seconds, so differences under 5 seconds are taken as none.
 */
export function clockOffsetMs(dateHeader: string | null, localNow: number): number {
  if (!dateHeader) return 0;
  const server = Date.parse(dateHeader);
  if (!Number.isFinite(server)) return 0;
  const offset = server - localNow;
  return Math.abs(offset) < 5_000 ? 0 : offset;
}
