// The built-in video call (issue 4), pure: who may be in a call, the waiting room, admission by the
// labour expert, the announcement of a third person (P22), removal, the switch to phone (seed 000
// §2.5), link validity and short-lived TURN credentials. No I/O; the signalling server applies it.
import { createHmac } from 'node:crypto';

/** Up to four people in one call (full mesh, browser to browser). */
export const MAX_PARTICIPANTS = 4;

export const CALL_ROLES = ['labour_expert', 'client', 'employer', 'bedrijfsarts', 'verzekeringsarts', 'companion', 'interpreter', 'other'] as const;
export type CallRole = (typeof CALL_ROLES)[number];

export const PARTICIPANT_STATES = ['waiting', 'admitted', 'removed', 'left'] as const;
export type ParticipantState = (typeof PARTICIPANT_STATES)[number];

export interface Participant {
  id: string;
  role: CallRole;
  /** As the organisation set it for professionals (P20); as the invitation names everyone else. */
  displayName: string;
  state: ParticipantState;
  /** The labour expert leads the call: admits, removes, mutes, switches to phone. */
  host: boolean;
  /** Admitted once in this call: after a dropped connection they come straight back in. */
  admittedBefore: boolean;
  /** The socket they are on now: a late "left" from an older socket must not throw them out. */
  connection: string;
}

export interface CallState {
  participants: Participant[];
  endedAt: string | null;
  switchedToPhone: { at: string; reason: string; phoneNumber: string | null } | null;
}

export type CallCommand =
  | { type: 'join'; participant: Omit<Participant, 'state' | 'admittedBefore'> }
  | { type: 'admit'; by: string; target: string }
  | { type: 'remove'; by: string; target: string }
  | { type: 'mute'; by: string; target: string }
  | { type: 'leave'; participant: string; connection: string }
  | { type: 'switch_to_phone'; by: string; reason: string; phoneNumber: string | null }
  | { type: 'end'; by: string };

/** What the others are told; each event names its audience (participant ids). */
export type CallEvent =
  | { type: 'waiting'; to: string[]; participant: PublicParticipant }
  | { type: 'announced'; to: string[]; participant: PublicParticipant }
  | { type: 'admitted'; to: string[]; participant: PublicParticipant }
  | { type: 'removed'; to: string[]; participant: string }
  | { type: 'mute_requested'; to: string[] }
  | { type: 'left'; to: string[]; participant: string }
  | { type: 'switched_to_phone'; to: string[]; reason: string; phoneNumber: string | null }
  | { type: 'ended'; to: string[] };

export type PublicParticipant = Pick<Participant, 'id' | 'role' | 'displayName' | 'state' | 'host'>;

export type CallRefusal =
  | 'call_ended'
  | 'call_full'
  | 'not_host'
  | 'unknown_participant'
  | 'removed'
  | 'not_waiting'
  | 'reason_required'
  | 'stale_connection';

export type CommandResult = { ok: true; state: CallState; events: CallEvent[] } | { ok: false; refusal: CallRefusal };

export const EMPTY_CALL: CallState = { participants: [], endedAt: null, switchedToPhone: null };

const present = (p: Participant) => p.state === 'waiting' || p.state === 'admitted';
const publicView = (p: Participant): PublicParticipant => ({ id: p.id, role: p.role, displayName: p.displayName, state: p.state, host: p.host });
const idsOf = (list: Participant[]) => list.map((p) => p.id);

/** Everyone in the call who is admitted: they see and hear each other. */
export function admitted(state: CallState): Participant[] {
  return state.participants.filter((p) => p.state === 'admitted');
}

/** Everyone present, waiting or admitted: at most MAX_PARTICIPANTS. */
export function presentParticipants(state: CallState): Participant[] {
  return state.participants.filter(present);
}

/**
 * What a command did to the conversation itself, for the timeline (start and end on the contact):
 * 'emptied' when the last admitted person left without the host ending the call (a closed tab, a lost
 * connection), 'resumed' when someone comes back into a conversation that had emptied. The link stays
 * usable in its window, so an emptied call can resume; the timeline then shows each stretch.
 */
export function conversationChange(before: CallState, after: CallState): 'emptied' | 'resumed' | null {
  if (after.endedAt !== null) return null;
  const wasTalking = admitted(before).length > 0;
  const isTalking = admitted(after).length > 0;
  if (wasTalking && !isTalking) return 'emptied';
  if (!wasTalking && isTalking && before.participants.some((p) => p.admittedBefore)) return 'resumed';
  return null;
}

function replace(state: CallState, updated: Participant): CallState {
  const others = state.participants.filter((p) => p.id !== updated.id);
  return { ...state, participants: [...others, updated] };
}

/**
 * Applies one command. Pure and total: a refused command leaves the state as it was and says why.
 * The host joins straight in; everyone else waits until the host admits them (a waiting room, so no
 * intruder reaches the conversation). Admitting a third person or more first announces them, with
 * their role, to those already in the call (P22).
 */
export function applyCommand(state: CallState, command: CallCommand, now: string): CommandResult {
  if (state.endedAt !== null) return { ok: false, refusal: 'call_ended' };
  const find = (id: string) => state.participants.find((p) => p.id === id);
  const hostOk = (by: string) => {
    const actor = find(by);
    return actor !== undefined && actor.host && actor.state === 'admitted';
  };
  switch (command.type) {
    case 'join': {
      const existing = find(command.participant.id);
      if (existing?.state === 'removed') return { ok: false, refusal: 'removed' };
      const alreadyPresent = existing !== undefined && present(existing);
      if (!alreadyPresent && presentParticipants(state).length >= MAX_PARTICIPANTS) return { ok: false, refusal: 'call_full' };
      // Rejoining with the same link after a dropped connection takes the old place back: whoever the
      // host admitted before comes straight in again, without waiting a second time.
      const admit = command.participant.host || existing?.admittedBefore === true;
      const participant: Participant = { ...command.participant, state: admit ? 'admitted' : 'waiting', admittedBefore: admit };
      const next = replace(state, participant);
      const others = presentParticipants(next).filter((p) => p.id !== participant.id);
      if (participant.state === 'admitted') {
        return { ok: true, state: next, events: [{ type: 'admitted', to: idsOf(others), participant: publicView(participant) }] };
      }
      // Only the host is told someone waits; the others learn of them when they are admitted.
      return { ok: true, state: next, events: [{ type: 'waiting', to: idsOf(others.filter((p) => p.host)), participant: publicView(participant) }] };
    }
    case 'admit': {
      if (!hostOk(command.by)) return { ok: false, refusal: 'not_host' };
      const target = find(command.target);
      if (!target) return { ok: false, refusal: 'unknown_participant' };
      if (target.state !== 'waiting') return { ok: false, refusal: 'not_waiting' };
      const inCall = admitted(state);
      const participant: Participant = { ...target, state: 'admitted', admittedBefore: true };
      const next = replace(state, participant);
      const events: CallEvent[] = [];
      // P22: with two or more already talking, say who comes in and in what role before they do.
      if (inCall.length >= 2) events.push({ type: 'announced', to: idsOf(inCall), participant: publicView(target) });
      events.push({ type: 'admitted', to: idsOf(presentParticipants(next)), participant: publicView(participant) });
      return { ok: true, state: next, events };
    }
    case 'remove': {
      if (!hostOk(command.by)) return { ok: false, refusal: 'not_host' };
      const target = find(command.target);
      if (!target || !present(target) || target.host) return { ok: false, refusal: 'unknown_participant' };
      const next = replace(state, { ...target, state: 'removed' });
      return { ok: true, state: next, events: [{ type: 'removed', to: idsOf(presentParticipants(state)), participant: target.id }] };
    }
    case 'mute': {
      if (!hostOk(command.by)) return { ok: false, refusal: 'not_host' };
      const target = find(command.target);
      if (!target || target.state !== 'admitted') return { ok: false, refusal: 'unknown_participant' };
      // A request the participant's browser carries out; nobody else's microphone is touched remotely.
      return { ok: true, state, events: [{ type: 'mute_requested', to: [target.id] }] };
    }
    case 'leave': {
      const target = find(command.participant);
      if (!target || !present(target)) return { ok: false, refusal: 'unknown_participant' };
      if (target.connection !== command.connection) return { ok: false, refusal: 'stale_connection' };
      const next = replace(state, { ...target, state: 'left' });
      return { ok: true, state: next, events: [{ type: 'left', to: idsOf(presentParticipants(next)), participant: target.id }] };
    }
    case 'switch_to_phone': {
      if (!hostOk(command.by)) return { ok: false, refusal: 'not_host' };
      if (command.reason.trim().length === 0) return { ok: false, refusal: 'reason_required' };
      const everyone = idsOf(presentParticipants(state));
      const next: CallState = { ...state, endedAt: now, switchedToPhone: { at: now, reason: command.reason.trim(), phoneNumber: command.phoneNumber } };
      return { ok: true, state: next, events: [{ type: 'switched_to_phone', to: everyone, reason: command.reason.trim(), phoneNumber: command.phoneNumber }] };
    }
    case 'end': {
      if (!hostOk(command.by)) return { ok: false, refusal: 'not_host' };
      return { ok: true, state: { ...state, endedAt: now }, events: [{ type: 'ended', to: idsOf(presentParticipants(state)) }] };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Links: one per participant per appointment, unguessable, no personal data, valid in a window
// ---------------------------------------------------------------------------------------------

/** How long before the appointment a link may be used for the test call and the waiting room. */
export const LINK_OPENS_BEFORE_MINUTES = 14 * 24 * 60;
/** How long after the planned end the link still works (running late, a dropped connection). */
export const LINK_GRACE_AFTER_MINUTES = 60;

export type LinkState = 'valid' | 'expired' | 'revoked' | 'cancelled' | 'no_consent' | 'not_video';

export function linkState(input: {
  now: Date;
  startsAt: string;
  durationMinutes: number;
  revokedAt: string | null;
  contactState: 'planned' | 'held' | 'cancelled';
  contactForm: 'physical' | 'video' | 'phone';
  /** Consent is the client's: only the client's link depends on it (P1). */
  needsConsent: boolean;
  hasConsent: boolean;
}): LinkState {
  if (input.revokedAt !== null) return 'revoked';
  if (input.contactState === 'cancelled') return 'cancelled';
  const end = Date.parse(input.startsAt) + (input.durationMinutes + LINK_GRACE_AFTER_MINUTES) * 60_000;
  if (input.now.getTime() > end) return 'expired';
  if (input.contactForm !== 'video') return 'not_video';
  if (input.needsConsent && !input.hasConsent) return 'no_consent';
  return 'valid';
}

/** Is the appointment window open for the call itself (not only the test call)? */
export function callWindowOpen(now: Date, startsAt: string, durationMinutes: number, opensBeforeMinutes = 30): boolean {
  const start = Date.parse(startsAt) - opensBeforeMinutes * 60_000;
  const end = Date.parse(startsAt) + (durationMinutes + LINK_GRACE_AFTER_MINUTES) * 60_000;
  return now.getTime() >= start && now.getTime() <= end;
}

// ---------------------------------------------------------------------------------------------
// TURN REST API credentials (draft-uberti-behave-turn-rest; coturn `use-auth-secret`)
// ---------------------------------------------------------------------------------------------

export interface TurnCredentials {
  username: string;
  credential: string;
  /** Seconds the credential stays valid. */
  ttl: number;
  expiresAt: string;
}

/**
 * Short-lived credentials for one participant: username "<expiry unix seconds>:<participant>",
 * credential base64(HMAC-SHA1(shared secret, username)). coturn checks the HMAC and refuses the
 * username once its expiry has passed, so a leaked credential stops working by itself.
 */
export function turnCredentials(sharedSecret: string, participantId: string, now: Date, ttlSeconds: number): TurnCredentials {
  const expiry = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const username = `${expiry}:${participantId}`;
  const credential = createHmac('sha1', sharedSecret).update(username).digest('base64');
  return { username, credential, ttl: ttlSeconds, expiresAt: new Date(expiry * 1000).toISOString() };
}
