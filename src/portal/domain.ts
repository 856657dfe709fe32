// The portal's rules (issue 5), pure: which second channel confirms it is the client, how a one-time
// code is made, masked, limited and locked, how long a portal session lives, and what a preference in
// the client's own words may be. Nothing here touches the database or the clock on its own.

export const PORTAL_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];
export const isPortalLanguage = (value: unknown): value is PortalLanguage => typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);

export const CODE_DIGITS = 6;
export const CODE_VALID_MINUTES = 10;
/** A code is not sent again within this time unless the client asks for a new one. */
export const RESEND_AFTER_SECONDS = 60;
export const MAX_CODES_PER_HOUR = 5;
/** After this many wrong codes in a row the link locks for LOCK_MINUTES, and the expert is told. */
export const MAX_WRONG_CODES = 5;
export const LOCK_MINUTES = 15;
/** Short sessions (issue 5): the page warns before the idle end and offers to continue. */
export const SESSION_IDLE_MINUTES = 20;
export const SESSION_MAX_HOURS = 4;
export const PREFERENCE_REASON_MAX = 1000;

export type SecondChannel = { channel: 'sms'; to: string } | { channel: 'email'; to: string } | null;

/** Digits only, with a leading + kept as 00. */
function digitsOf(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '00' : '') + trimmed.replace(/\D/g, '');
}

/**
 * Can a text message reach this number? A Dutch mobile number (06…, +316…, 00316…) yes; a Dutch
 * landline no; a number abroad (+48…, 0090…) is taken as mobile, as many clients keep a foreign phone.
 */
export function isMobileNumber(phone: string | null | undefined): boolean {
  if (!phone) return false;
  const digits = digitsOf(phone);
  if (/^06\d{8}$/.test(digits) || /^00316\d{8}$/.test(digits)) return true;
  if (digits.startsWith('0031')) return false;
  return /^00[1-9]\d{6,14}$/.test(digits);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The second channel that confirms it is them: SMS to a mobile number first, else e-mail, else none. */
export function secondChannel(person: { email: string | null; phone: string | null }): SecondChannel {
  if (person.phone && isMobileNumber(person.phone)) return { channel: 'sms', to: person.phone.trim() };
  if (person.email && EMAIL.test(person.email.trim())) return { channel: 'email', to: person.email.trim() };
  return null;
}

/** Where the code went, without giving the address away: "l•••@voorbeeld.test", "06 •••• 78". */
export function maskDestination(channel: SecondChannel): string | null {
  if (!channel) return null;
  if (channel.channel === 'email') {
    const [local, domain] = channel.to.split('@') as [string, string];
    return `${[...local][0] ?? ''}•••@${domain}`;
  }
  const digits = channel.to.replace(/\D/g, '');
  const start = channel.to.trim().startsWith('+') ? `+${digits.slice(0, 2)}` : digits.slice(0, 2);
  return `${start} •••• ${digits.slice(-2)}`;
}

/** A code from a uniform random integer below 10^CODE_DIGITS, with its leading zeros. */
export function codeFrom(randomBelowMillion: number): string {
  if (!Number.isInteger(randomBelowMillion) || randomBelowMillion < 0 || randomBelowMillion >= 10 ** CODE_DIGITS) throw new RangeError('code out of range');
  return String(randomBelowMillion).padStart(CODE_DIGITS, '0');
}

/** What the client typed, tidied: spaces and dashes people type between digits are ignored. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}

/** After a wrong code: how many are left, and whether (and until when) the link locks now. */
export function afterWrongCode(failedBefore: number, now: Date): { failed: number; attemptsLeft: number; lockedUntil: string | null } {
  const failed = failedBefore + 1;
  if (failed >= MAX_WRONG_CODES) return { failed: 0, attemptsLeft: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() };
  return { failed, attemptsLeft: MAX_WRONG_CODES - failed, lockedUntil: null };
}

/**
 * Whether to send a code now: 'send' a new one; 'reuse' the one sent moments ago (the page was only
 * reloaded); 'rate_limited' when too many went out this hour.
 */
export function codeDecision(input: { lastSentAt: string | null; lastUsable: boolean; sentLastHour: number; resend: boolean; now: Date }): 'send' | 'reuse' | 'rate_limited' {
  const recent = input.lastSentAt !== null && input.now.getTime() - Date.parse(input.lastSentAt) < RESEND_AFTER_SECONDS * 1000;
  if (recent && input.lastUsable && !input.resend) return 'reuse';
  if (recent && input.resend) return 'rate_limited';
  if (input.sentLastHour >= MAX_CODES_PER_HOUR) return 'rate_limited';
  return 'send';
}

export interface SessionTimes { createdAt: string; lastSeenAt: string; expiresAt: string }

/** The moments a portal session ends: after SESSION_IDLE_MINUTES quiet, and at its absolute end. */
export function sessionEnds(session: SessionTimes): { idleExpiresAt: string; absoluteExpiresAt: string } {
  const idle = Date.parse(session.lastSeenAt) + SESSION_IDLE_MINUTES * 60_000;
  const absolute = Date.parse(session.expiresAt);
  return { idleExpiresAt: new Date(Math.min(idle, absolute)).toISOString(), absoluteExpiresAt: new Date(absolute).toISOString() };
}

export function sessionAlive(session: SessionTimes, endedAt: string | null, now: Date): boolean {
  if (endedAt !== null) return false;
  return Date.parse(sessionEnds(session).idleExpiresAt) > now.getTime();
}

export function newSessionExpiry(now: Date): string {
  return new Date(now.getTime() + SESSION_MAX_HOURS * 3_600_000).toISOString();
}

/**
 * A reason in the client's own words: any language and script, stored exactly as typed; it must say
 * something (not only spaces) and stay within PREFERENCE_REASON_MAX characters (code points, so a
 * reason in Arabic or with emoji counts as the client sees it).
 */
export function checkOwnWords(text: string, max = PREFERENCE_REASON_MAX): 'ok' | 'required' | 'too_long' {
  if (text.trim().length === 0) return 'required';
  if ([...text].length > max) return 'too_long';
  return 'ok';
}
