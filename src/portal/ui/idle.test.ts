// Idle timing of the portal session: the warning 2 minutes before the end, the 4-hour end that
// "Doorgaan" cannot move, activity moving the idle end, and a device clock that is wrong.
import { describe, expect, it } from 'vitest';
import { afterActivity, clockOffsetMs, idleState, idleWindowMs, WARN_BEFORE_MS } from './idle';

const T0 = Date.parse('2026-03-03T09:00:00Z');
const MIN = 60_000;

describe('idle warning', () => {
  const times = { idle: T0 + 20 * MIN, absolute: T0 + 240 * MIN };

  it('stays quiet until 2 minutes before the idle end, and says when to look again', () => {
    const state = idleState(times, T0);
    expect(state.phase).toBe('active');
    expect(state.nextCheckMs).toBe(18 * MIN);
    expect(state.canExtend).toBe(true);
    expect(idleState(times, T0 + 18 * MIN - 1).phase).toBe('active');
  });

  it('warns from exactly 2 minutes before the idle end', () => {
    expect(WARN_BEFORE_MS).toBe(2 * MIN);
    const state = idleState(times, T0 + 18 * MIN);
    expect(state.phase).toBe('warning');
    expect(state.endsAt).toBe(T0 + 20 * MIN);
  });

  it('is over at the idle end', () => {
    expect(idleState(times, T0 + 20 * MIN).phase).toBe('ended');
  });

  it('knows when "Doorgaan" cannot help: the 4-hour end comes first', () => {
    const late = { idle: T0 + 240 * MIN, absolute: T0 + 240 * MIN };
    const state = idleState(late, T0 + 239 * MIN);
    expect(state.phase).toBe('warning');
    expect(state.canExtend).toBe(false);
    const capped = { idle: T0 + 250 * MIN, absolute: T0 + 240 * MIN };
    expect(idleState(capped, T0 + 238 * MIN).endsAt).toBe(T0 + 240 * MIN);
  });
});

describe('activity', () => {
  it('learns the idle window from the session answer', () => {
    expect(idleWindowMs(T0 + 20 * MIN, T0)).toBe(20 * MIN);
    expect(idleWindowMs(T0, T0)).toBe(1_000);
  });

  it('moves the idle end forward after a successful call, never past the absolute end, never back', () => {
    const times = { idle: T0 + 20 * MIN, absolute: T0 + 240 * MIN };
    expect(afterActivity(times, 20 * MIN, T0 + 5 * MIN).idle).toBe(T0 + 25 * MIN);
    expect(afterActivity(times, 20 * MIN, T0 + 230 * MIN).idle).toBe(T0 + 240 * MIN);
    expect(afterActivity(times, 20 * MIN, T0 - 5 * MIN).idle).toBe(T0 + 20 * MIN);
  });
});

describe('device clock', () => {
  it('corrects a device clock that is minutes off, and ignores the rounding of the Date header', () => {
    const server = new Date(T0).toUTCString();
    expect(clockOffsetMs(server, T0 + 600)).toBe(0);
    expect(clockOffsetMs(server, T0 - 10 * MIN)).toBe(10 * MIN);
    expect(clockOffsetMs(null, T0)).toBe(0);
    expect(clockOffsetMs('nonsense', T0)).toBe(0);
  });
});
