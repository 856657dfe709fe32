// Moving between home and the screens below it: each opened screen has its own history entry (the
// address itself does not change, and its fragment belongs to the link token), so the browser's Back
// button returns home. Pure, so it is unit-tested in Node.
import type { Audience } from './types';

/** The screens below home. */
export type Inner = 'contact' | 'worksheet' | 'readiness' | 'report' | 'evaluation' | 'sources';
export const INNER: readonly Inner[] = ['contact', 'worksheet', 'readiness', 'report', 'evaluation', 'sources'];
/**
 * Only the reports are for the employer too: no appointments, no "Ons gesprek", no readiness check, no
 * evaluation, and never the information used about the client.
 */
const FOR_EMPLOYER: readonly Inner[] = ['report'];

export interface InnerEntry {
  portaal: Inner;
  /** The appointment, report or contact; '' for "Ons gesprek", the readiness check and the information used. */
  id: string;
}

export function isInnerEntry(value: unknown): value is InnerEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as InnerEntry;
  return INNER.includes(entry.portaal) && typeof entry.id === 'string';
}

export type Place = { kind: 'home' } | { kind: 'worksheet' } | { kind: 'readiness' } | { kind: 'sources' } | { kind: 'contact' | 'report' | 'evaluation'; id: string };

/** The screen of a history entry for this audience; home for anything else (or not theirs). */
export function placeOf(entry: unknown, audience: Audience): Place {
  if (!isInnerEntry(entry) || (audience === 'employer' && !FOR_EMPLOYER.includes(entry.portaal))) return { kind: 'home' };
  if (entry.portaal === 'worksheet') return { kind: 'worksheet' };
  if (entry.portaal === 'readiness') return { kind: 'readiness' };
  if (entry.portaal === 'sources') return { kind: 'sources' };
  return entry.id ? { kind: entry.portaal, id: entry.id } : { kind: 'home' };
}
