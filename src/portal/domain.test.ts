import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWrongCode, checkOwnWords, codeDecision, codeFrom, isLocked, isMobileNumber, LOCK_MINUTES, maskDestination, MAX_CODES_PER_HOUR, MAX_WRONG_CODES,
  newSessionExpiry, normaliseCode, PREFERENCE_REASON_MAX, secondChannel, sessionAlive, sessionEnds, SESSION_IDLE_MINUTES,
} from './domain.js';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('the second channel', () => {
  it.each([
    ['06-12345678', true], ['06 1234 5678', true], ['+31 6 12345678', true], ['0031612345678', true],
    ['030-1234567', false], ['+31 30 1234567', false], ['010 123 45 67', false],
    ['+48 601 234 567', true], ['0090 532 123 4567', true], ['12', false], ['', false],
  ])('%s is a mobile number: %s', (phone, mobile) => {
    expect(isMobileNumber(phone)).toBe(mobile);
  });

  it('prefers SMS to a mobile number, then e-mail, and otherwise has none', () => {
    expect(secondChannel({ email: 'a@b.nl', phone: '06-12345678' })).toEqual({ channel: 'sms', to: '06-12345678' });
    expect(secondChannel({ email: 'a@b.nl', phone: '030-1234567' })).toEqual({ channel: 'email', to: 'a@b.nl' });
    expect(secondChannel({ email: ' a@b.nl ', phone: null })).toEqual({ channel: 'email', to: 'a@b.nl' });
    expect(secondChannel({ email: 'not an address', phone: '030-1234567' })).toBeNull();
    expect(secondChannel({ email: null, phone: null })).toBeNull();
  });

  it('masks where the code went', () => {
    expect(maskDestination({ channel: 'email', to: 'lotte.visser@voorbeeld.test' })).toBe('l•••@voorbeeld.test');
    expect(maskDestination({ channel: 'sms', to: '06-12345678' })).toBe('06 •••• 78');
    expect(maskDestination({ channel: 'sms', to: '+48 601 234 567' })).toBe('+48 •••• 67');
    expect(maskDestination(null)).toBeNull();
  });

  it('never shows more than the first character of an e-mail address’s local part', () => {
    fc.assert(fc.property(fc.emailAddress(), (email) => {
      const masked = maskDestination({ channel: 'email', to: email })!;
      const local = email.split('@')[0]!;
      if (local.length > 1) expect(masked).not.toContain(local);
      expect(masked.endsWith(`@${email.split('@')[1]}`)).toBe(true);
    }));
  });
});

describe('one-time codes', () => {
  it('are six digits with leading zeros, from any number below a million', () => {
    expect(codeFrom(0)).toBe('000000');
    expect(codeFrom(42)).toBe('000042');
    expect(codeFrom(999_999)).toBe('999999');
    expect(() => codeFrom(1_000_000)).toThrow(RangeError);
    expect(() => codeFrom(-1)).toThrow(RangeError);
    expect(() => codeFrom(1.5)).toThrow(RangeError);
  });

  it('ignore the spaces and dashes people type', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('123-456')).toBe('123456');
  });

  it(`lock the link after ${MAX_WRONG_CODES} wrong codes for ${LOCK_MINUTES} minutes, counting down before`, () => {
    let failed = 0;
    for (let i = 1; i < MAX_WRONG_CODES; i++) {
      const next = afterWrongCode(failed, NOW);
      expect(next).toEqual({ failed: i, attemptsLeft: MAX_WRONG_CODES - i, lockedUntil: null });
      failed = next.failed;
    }
    const locked = afterWrongCode(failed, NOW);
    expect(locked.attemptsLeft).toBe(0);
    expect(locked.lockedUntil).toBe(new Date(NOW.getTime() + LOCK_MINUTES * 60_000).toISOString());
    expect(isLocked(locked.lockedUntil, NOW)).toBe(true);
    expect(isLocked(locked.lockedUntil, new Date(NOW.getTime() + LOCK_MINUTES * 60_000 + 1))).toBe(false);
    expect(isLocked(null, NOW)).toBe(false);
  });

  it('are not sent again on a reload, but are on request, within the hourly limit', () => {
    expect(codeDecision({ lastSentAt: null, lastUsable: false, sentLastHour: 0, resend: false, now: NOW })).toBe('send');
    expect(codeDecision({ lastSentAt: ago(10), lastUsable: true, sentLastHour: 1, resend: false, now: NOW })).toBe('reuse');
    expect(codeDecision({ lastSentAt: ago(10), lastUsable: true, sentLastHour: 1, resend: true, now: NOW })).toBe('rate_limited');
    expect(codeDecision({ lastSentAt: ago(10), lastUsable: false, sentLastHour: 1, resend: false, now: NOW })).toBe('send');
    expect(codeDecision({ lastSentAt: ago(61), lastUsable: true, sentLastHour: 1, resend: true, now: NOW })).toBe('send');
    expect(codeDecision({ lastSentAt: ago(61), lastUsable: true, sentLastHour: 1, resend: false, now: NOW })).toBe('send');
    expect(codeDecision({ lastSentAt: ago(600), lastUsable: true, sentLastHour: MAX_CODES_PER_HOUR, resend: true, now: NOW })).toBe('rate_limited');
  });
});

describe('portal sessions', () => {
  const session = { createdAt: NOW.toISOString(), lastSeenAt: NOW.toISOString(), expiresAt: newSessionExpiry(NOW) };

  it(`end after ${SESSION_IDLE_MINUTES} quiet minutes, and never after their absolute end`, () => {
    expect(sessionEnds(session).idleExpiresAt).toBe(new Date(NOW.getTime() + SESSION_IDLE_MINUTES * 60_000).toISOString());
    expect(sessionAlive(session, null, new Date(NOW.getTime() + SESSION_IDLE_MINUTES * 60_000 - 1))).toBe(true);
    expect(sessionAlive(session, null, new Date(NOW.getTime() + SESSION_IDLE_MINUTES * 60_000))).toBe(false);
    const late = { ...session, lastSeenAt: new Date(Date.parse(session.expiresAt) - 60_000).toISOString() };
    expect(sessionEnds(late).idleExpiresAt).toBe(session.expiresAt);
    expect(sessionAlive(late, null, new Date(Date.parse(session.expiresAt)))).toBe(false);
  });

  it('end at once when the labour expert ends them', () => {
    expect(sessionAlive(session, NOW.toISOString(), NOW)).toBe(false);
  });
});

describe('the client’s own words', () => {
  it('accept any script, refuse nothing-but-spaces and more than the limit (counted as the client sees it)', () => {
    expect(checkOwnWords('Reizen kost mij veel energie.')).toBe('ok');
    expect(checkOwnWords('السفر متعب جدا بالنسبة لي')).toBe('ok');
    expect(checkOwnWords('Yolculuk beni çok yoruyor 🙂')).toBe('ok');
    expect(checkOwnWords('   \n ')).toBe('required');
    expect(checkOwnWords('')).toBe('required');
    expect(checkOwnWords('😀'.repeat(PREFERENCE_REASON_MAX))).toBe('ok');
    expect(checkOwnWords('a'.repeat(PREFERENCE_REASON_MAX + 1))).toBe('too_long');
  });
});
