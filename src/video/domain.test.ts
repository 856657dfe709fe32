import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  admitted, applyCommand, callWindowOpen, conversationChange, EMPTY_CALL, linkState, MAX_PARTICIPANTS, presentParticipants, turnCredentials,
  type CallCommand, type CallState, type CallRole,
} from './domain.js';

const NOW = '2026-12-01T09:00:00.000Z';
const person = (id: string, role: CallRole, host = false, connection = `${id}-1`) => ({ id, role, displayName: `${role} ${id}`, host, connection });

function run(commands: CallCommand[], start: CallState = EMPTY_CALL): CallState {
  let state = start;
  for (const command of commands) {
    const result = applyCommand(state, command, NOW);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.refusal}`);
    state = result.state;
  }
  return state;
}
const stateOf = (s: CallState, id: string) => s.participants.find((p) => p.id === id)?.state;

describe('waiting room and admission', () => {
  it('lets the labour expert in directly and keeps the client waiting until admitted', () => {
    const s = run([{ type: 'join', participant: person('ad', 'labour_expert', true) }, { type: 'join', participant: person('c', 'client') }]);
    expect(stateOf(s, 'ad')).toBe('admitted');
    expect(stateOf(s, 'c')).toBe('waiting');
    const admittedNow = applyCommand(s, { type: 'admit', by: 'ad', target: 'c' }, NOW);
    expect(admittedNow.ok && stateOf(admittedNow.state, 'c')).toBe('admitted');
  });

  it('tells only the host that someone waits, with their role', () => {
    const s = run([{ type: 'join', participant: person('ad', 'labour_expert', true) }]);
    const result = applyCommand(s, { type: 'join', participant: person('c', 'client') }, NOW);
    expect(result.ok && result.events).toEqual([{ type: 'waiting', to: ['ad'], participant: { id: 'c', role: 'client', displayName: 'client c', state: 'waiting', host: false } }]);
  });

  it('announces a third person with their role to those already talking before they join (P22)', () => {
    const s = run([
      { type: 'join', participant: person('ad', 'labour_expert', true) },
      { type: 'join', participant: person('c', 'client') },
      { type: 'admit', by: 'ad', target: 'c' },
      { type: 'join', participant: person('w', 'employer') },
    ]);
    const result = applyCommand(s, { type: 'admit', by: 'ad', target: 'w' }, NOW);
    if (!result.ok) throw new Error(result.refusal);
    expect(result.events[0]).toMatchObject({ type: 'announced', participant: { id: 'w', role: 'employer' } });
    expect([...result.events[0]!.to].sort()).toEqual(['ad', 'c']);
    expect(result.events[1]).toMatchObject({ type: 'admitted', participant: { id: 'w' } });
  });

  it('does not announce the second person (the first conversation partner)', () => {
    const s = run([{ type: 'join', participant: person('ad', 'labour_expert', true) }, { type: 'join', participant: person('c', 'client') }]);
    const result = applyCommand(s, { type: 'admit', by: 'ad', target: 'c' }, NOW);
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['admitted']);
  });

  it('only the host admits, removes, mutes, switches to phone and ends the call', () => {
    const s = run([
      { type: 'join', participant: person('ad', 'labour_expert', true) },
      { type: 'join', participant: person('c', 'client') },
      { type: 'admit', by: 'ad', target: 'c' },
      { type: 'join', participant: person('w', 'employer') },
    ]);
    for (const command of [
      { type: 'admit', by: 'c', target: 'w' }, { type: 'remove', by: 'c', target: 'w' }, { type: 'mute', by: 'c', target: 'ad' },
      { type: 'switch_to_phone', by: 'c', reason: 'x', phoneNumber: null }, { type: 'end', by: 'w' },
    ] as CallCommand[]) {
      expect(applyCommand(s, command, NOW)).toEqual({ ok: false, refusal: 'not_host' });
    }
  });

  it('refuses to admit someone not waiting, and an unknown participant', () => {
    const s = run([{ type: 'join', participant: person('ad', 'labour_expert', true) }]);
    expect(applyCommand(s, { type: 'admit', by: 'ad', target: 'ad' }, NOW)).toEqual({ ok: false, refusal: 'not_waiting' });
    expect(applyCommand(s, { type: 'admit', by: 'ad', target: 'nobody' }, NOW)).toEqual({ ok: false, refusal: 'unknown_participant' });
  });
});

describe('size, removal and rejoining', () => {
  const four = run([
    { type: 'join', participant: person('ad', 'labour_expert', true) },
    { type: 'join', participant: person('c', 'client') },
    { type: 'join', participant: person('w', 'employer') },
    { type: 'join', participant: person('m', 'companion') },
  ]);

  it(`holds at most ${MAX_PARTICIPANTS} people, waiting ones included, and refuses a fifth`, () => {
    expect(presentParticipants(four)).toHaveLength(4);
    expect(applyCommand(four, { type: 'join', participant: person('x', 'other') }, NOW)).toEqual({ ok: false, refusal: 'call_full' });
  });

  it('frees a place when someone leaves', () => {
    const s = run([{ type: 'leave', participant: 'm', connection: 'm-1' }], four);
    expect(applyCommand(s, { type: 'join', participant: person('x', 'other') }, NOW).ok).toBe(true);
  });

  it('keeps a removed participant out, also with the same link', () => {
    const s = run([{ type: 'remove', by: 'ad', target: 'w' }], four);
    expect(stateOf(s, 'w')).toBe('removed');
    expect(applyCommand(s, { type: 'join', participant: person('w', 'employer') }, NOW)).toEqual({ ok: false, refusal: 'removed' });
  });

  it('never lets the host be removed', () => {
    expect(applyCommand(four, { type: 'remove', by: 'ad', target: 'ad' }, NOW)).toEqual({ ok: false, refusal: 'unknown_participant' });
  });

  it('lets an admitted participant who lost the connection back in without waiting again', () => {
    const s = run([{ type: 'admit', by: 'ad', target: 'c' }, { type: 'leave', participant: 'c', connection: 'c-1' }], four);
    const back = run([{ type: 'join', participant: person('c', 'client') }], s);
    expect(stateOf(back, 'c')).toBe('admitted');
    expect(admitted(back).map((p) => p.id).sort()).toEqual(['ad', 'c']);
  });

  it('ignores a late "left" from an older socket after the participant came back on a new one', () => {
    const s = run([{ type: 'admit', by: 'ad', target: 'c' }, { type: 'join', participant: person('c', 'client', false, 'c-2') }], four);
    expect(applyCommand(s, { type: 'leave', participant: 'c', connection: 'c-1' }, NOW)).toEqual({ ok: false, refusal: 'stale_connection' });
    expect(applyCommand(s, { type: 'leave', participant: 'c', connection: 'c-2' }, NOW).ok).toBe(true);
  });

  it('lets a waiting participant who drops wait again when they come back', () => {
    const s = run([{ type: 'leave', participant: 'c', connection: 'c-1' }, { type: 'join', participant: person('c', 'client') }], four);
    expect(stateOf(s, 'c')).toBe('waiting');
  });

  it('treats a second join of someone present as the same place (no double count)', () => {
    const s = run([{ type: 'join', participant: person('c', 'client') }], four);
    expect(presentParticipants(s)).toHaveLength(4);
  });

  it('sends a mute request only to the participant concerned', () => {
    const s = run([{ type: 'admit', by: 'ad', target: 'c' }], four);
    expect(applyCommand(s, { type: 'mute', by: 'ad', target: 'c' }, NOW)).toMatchObject({ ok: true, events: [{ type: 'mute_requested', to: ['c'] }] });
  });
});

describe('switching to phone and ending', () => {
  const call = run([
    { type: 'join', participant: person('ad', 'labour_expert', true) },
    { type: 'join', participant: person('c', 'client') },
    { type: 'admit', by: 'ad', target: 'c' },
  ]);

  it('needs a reason, ends the call and tells everyone the phone number', () => {
    expect(applyCommand(call, { type: 'switch_to_phone', by: 'ad', reason: '  ', phoneNumber: null }, NOW)).toEqual({ ok: false, refusal: 'reason_required' });
    const result = applyCommand(call, { type: 'switch_to_phone', by: 'ad', reason: 'Gevoelig onderwerp kwam op', phoneNumber: '030-1234567' }, NOW);
    if (!result.ok) throw new Error(result.refusal);
    expect(result.state.endedAt).toBe(NOW);
    expect(result.state.switchedToPhone).toEqual({ at: NOW, reason: 'Gevoelig onderwerp kwam op', phoneNumber: '030-1234567' });
    expect(result.events).toEqual([{ type: 'switched_to_phone', to: ['ad', 'c'], reason: 'Gevoelig onderwerp kwam op', phoneNumber: '030-1234567' }]);
  });

  it('refuses everything after the end', () => {
    const ended = run([{ type: 'end', by: 'ad' }], call);
    expect(applyCommand(ended, { type: 'join', participant: person('w', 'employer') }, NOW)).toEqual({ ok: false, refusal: 'call_ended' });
  });
});

describe('links', () => {
  const base = {
    now: new Date('2026-12-01T09:30:00Z'), startsAt: '2026-12-01T09:00:00Z', durationMinutes: 60, revokedAt: null,
    contactState: 'planned' as const, contactForm: 'video' as const, needsConsent: true, hasConsent: true,
  };
  it('is valid during the appointment and until the grace period ends', () => {
    expect(linkState(base)).toBe('valid');
    expect(linkState({ ...base, now: new Date('2026-12-01T10:59:00Z') })).toBe('valid');
    expect(linkState({ ...base, now: new Date('2026-12-01T11:01:00Z') })).toBe('expired');
  });
  it('is also valid days before, for the test call', () => {
    expect(linkState({ ...base, now: new Date('2026-11-25T12:00:00Z') })).toBe('valid');
  });
  it('explains revocation, cancellation, a changed form and missing consent (the client’s link only)', () => {
    expect(linkState({ ...base, revokedAt: '2026-11-30T10:00:00Z' })).toBe('revoked');
    expect(linkState({ ...base, contactState: 'cancelled' })).toBe('cancelled');
    expect(linkState({ ...base, contactForm: 'phone' })).toBe('not_video');
    expect(linkState({ ...base, hasConsent: false })).toBe('no_consent');
    expect(linkState({ ...base, hasConsent: false, needsConsent: false })).toBe('valid');
  });
  it('opens the call itself half an hour before the start', () => {
    expect(callWindowOpen(new Date('2026-12-01T08:29:00Z'), '2026-12-01T09:00:00Z', 60)).toBe(false);
    expect(callWindowOpen(new Date('2026-12-01T08:31:00Z'), '2026-12-01T09:00:00Z', 60)).toBe(true);
    expect(callWindowOpen(new Date('2026-12-01T11:01:00Z'), '2026-12-01T09:00:00Z', 60)).toBe(false);
  });
});

describe('TURN credentials (TURN REST API scheme)', () => {
  it('puts the expiry in the username and signs it with the shared secret', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    const c = turnCredentials('geheim', 'p1', now, 600);
    expect(c.username).toBe(`${Date.parse('2026-12-01T09:10:00Z') / 1000}:p1`);
    expect(c.credential).toBe(createHmac('sha1', 'geheim').update(c.username).digest('base64'));
    expect(c.expiresAt).toBe('2026-12-01T09:10:00.000Z');
    expect(turnCredentials('ander', 'p1', now, 600).credential).not.toBe(c.credential);
  });
});

describe('the conversation on the timeline: emptied and resumed', () => {
  const expertIn = run([{ type: 'join', participant: person('ad', 'labour_expert', true) }]);
  const both = run([{ type: 'join', participant: person('c', 'client') }, { type: 'admit', by: 'ad', target: 'c' }], expertIn);
  const step = (before: CallState, command: CallCommand) => {
    const result = applyCommand(before, command, NOW);
    if (!result.ok) throw new Error(result.refusal);
    return { state: result.state, change: conversationChange(before, result.state) };
  };

  it('says nothing while people come in for the first time or while someone stays', () => {
    expect(step(EMPTY_CALL, { type: 'join', participant: person('ad', 'labour_expert', true) }).change).toBeNull();
    expect(step(expertIn, { type: 'join', participant: person('c', 'client') }).change).toBeNull();
    expect(step(both, { type: 'leave', participant: 'ad', connection: 'ad-1' }).change).toBeNull();
  });

  it('sees the call emptied when the last one in it leaves, and resumed when someone comes back', () => {
    const expertLeft = step(both, { type: 'leave', participant: 'ad', connection: 'ad-1' }).state;
    const emptied = step(expertLeft, { type: 'leave', participant: 'c', connection: 'c-1' });
    expect(emptied.change).toBe('emptied');
    // The client comes back first: admitted before, so straight in, and the conversation resumes.
    const back = step(emptied.state, { type: 'join', participant: person('c', 'client', false, 'c-2') });
    expect(stateOf(back.state, 'c')).toBe('admitted');
    expect(back.change).toBe('resumed');
  });

  it('sees an expert alone who leaves as emptied, and a client who only waited and left as nothing', () => {
    expect(step(expertIn, { type: 'leave', participant: 'ad', connection: 'ad-1' }).change).toBe('emptied');
    const waiting = run([{ type: 'join', participant: person('c', 'client') }]);
    expect(step(waiting, { type: 'leave', participant: 'c', connection: 'c-1' }).change).toBeNull();
  });

  it('leaves the end by the host, or the switch to phone, to the end event itself', () => {
    expect(step(both, { type: 'end', by: 'ad' }).change).toBeNull();
    expect(step(both, { type: 'switch_to_phone', by: 'ad', reason: 'Gevoelig onderwerp (fictief).', phoneNumber: null }).change).toBeNull();
  });
});
