// Pure helpers of the portal page: dates in Dutch time in the chosen language, durations, the order of
// appointments, the code as typed, where the code went, the reason text and template parts.
import { describe, expect, it } from 'vitest';
import {
  amsterdamDay,
  callPagePath,
  canStatePreference,
  formatDate,
  formatDuration,
  formatNumber,
  formatTime,
  formatWhen,
  isCallDay,
  isCompleteCode,
  isOpenVideoContact,
  normaliseCode,
  orderContacts,
  reasonLength,
  reasonProblem,
  sentToText,
  telHref,
  templateParts,
  wrongCodeText,
} from './format';
import type { PortalContact } from './types';

// Tuesday 3 March 2026, 10:00 in Amsterdam (winter time, UTC+1).
const WINTER = '2026-03-03T09:00:00Z';
// Friday 3 July 2026, 14:30 in Amsterdam (summer time, UTC+2).
const SUMMER = '2026-07-03T12:30:00Z';

function contact(overrides: Partial<PortalContact> = {}): PortalContact {
  return {
    id: 'c1', plannedAt: WINTER, durationMinutes: 60, form: 'video', location: null, state: 'planned', expertName: 'Sanne de Vries',
    preference: null, video: { consent: null, privacyNoticeId: null }, ...overrides,
  };
}

describe('dates and times', () => {
  it('writes weekday and date in each language, in Dutch time', () => {
    expect(formatDate(WINTER, 'nl')).toBe('dinsdag 3 maart 2026');
    expect(formatDate(WINTER, 'en')).toMatch(/^Tuesday,? 3 March 2026$/);
    expect(formatDate(WINTER, 'tr')).toContain('Mart');
    expect(formatDate(WINTER, 'tr')).toContain('Salı');
    expect(formatDate(WINTER, 'pl')).toContain('wtorek');
    expect(formatDate(WINTER, 'pl')).toContain('marca');
    expect(formatDate(WINTER, 'ar')).toContain('الثلاثاء');
    expect(formatDate(WINTER, 'ar')).toContain('مارس');
  });

  it('uses western digits and the Gregorian calendar in Arabic too', () => {
    expect(formatDate(WINTER, 'ar')).toContain('2026');
    expect(formatDate(WINTER, 'ar')).not.toMatch(/[\u0660-\u0669]/);
    expect(formatTime(WINTER, 'ar')).toBe('10:00');
  });

  it('gives the time in Amsterdam, summer and winter, 24 hours', () => {
    for (const language of ['nl', 'en', 'ar', 'tr', 'pl'] as const) {
      expect(formatTime(WINTER, language), language).toBe('10:00');
      expect(formatTime(SUMMER, language), language).toBe('14:30');
    }
    expect(formatTime('2026-03-03T22:30:00Z', 'en')).toBe('23:30');
  });

  it('takes the day in Amsterdam, not in UTC', () => {
    expect(amsterdamDay('2026-03-03T23:30:00Z')).toBe('2026-03-04');
    expect(amsterdamDay('2026-07-03T21:59:00Z')).toBe('2026-07-03');
    expect(amsterdamDay('2026-07-03T22:00:00Z')).toBe('2026-07-04');
  });

  it('says only the time for today, and the date too for another day', () => {
    const now = Date.parse('2026-03-03T08:00:00Z');
    expect(formatWhen(WINTER, 'nl', now)).toBe('10:00');
    expect(formatWhen('2026-03-04T09:00:00Z', 'nl', now)).toBe('woensdag 4 maart 2026, 10:00');
  });

  it('writes durations with the right plural in each language', () => {
    expect(formatDuration(45, 'nl')).toBe('45 minuten');
    expect(formatDuration(60, 'nl')).toBe('1 uur');
    expect(formatDuration(90, 'nl')).toBe('1 uur en 30 minuten');
    expect(formatDuration(1, 'en')).toBe('1 minute');
    expect(formatDuration(120, 'en')).toBe('2 hours');
    expect(formatDuration(45, 'pl')).toBe('45 minut');
    expect(formatDuration(60, 'pl')).toBe('1 godzina');
    expect(formatDuration(45, 'tr')).toBe('45 dakika');
    expect(formatDuration(45, 'ar')).toContain('دقيقة');
  });

  it('writes numbers in the language, with western digits', () => {
    expect(formatNumber(1000, 'nl')).toBe('1.000');
    expect(formatNumber(1000, 'en')).toBe('1,000');
    expect(formatNumber(950, 'ar')).toBe('950');
  });
});

describe('appointments', () => {
  it('orders coming appointments soonest first and earlier ones latest first', () => {
    const a = contact({ id: 'a', plannedAt: '2026-03-05T09:00:00Z' });
    const b = contact({ id: 'b', plannedAt: '2026-03-04T09:00:00Z' });
    const c = contact({ id: 'c', plannedAt: '2026-01-01T09:00:00Z' });
    const d = contact({ id: 'd', plannedAt: '2026-02-01T09:00:00Z' });
    const ordered = orderContacts([a, b], [c, d]);
    expect(ordered.upcoming.map((x) => x.id)).toEqual(['b', 'a']);
    expect(ordered.past.map((x) => x.id)).toEqual(['d', 'c']);
  });

  it('allows a preference only for a planned appointment still to come', () => {
    const before = Date.parse(WINTER) - 60_000;
    const after = Date.parse(WINTER) + 60_000;
    expect(canStatePreference(contact(), before)).toBe(true);
    expect(canStatePreference(contact(), after)).toBe(false);
    expect(canStatePreference(contact({ state: 'cancelled' }), before)).toBe(false);
  });

  it('offers consent and the call for a planned video appointment until it ends, the call button on the day', () => {
    const during = Date.parse(WINTER) + 30 * 60_000;
    expect(isOpenVideoContact(contact(), during)).toBe(true);
    expect(isOpenVideoContact(contact(), Date.parse(WINTER) + 61 * 60_000)).toBe(false);
    expect(isOpenVideoContact(contact({ form: 'phone', video: null }), during)).toBe(false);
    expect(isCallDay(contact(), Date.parse('2026-03-02T23:30:00Z'))).toBe(true); // 00:30 in Amsterdam
    expect(isCallDay(contact(), Date.parse('2026-03-02T22:30:00Z'))).toBe(false);
  });
});

describe('the one-time code', () => {
  it('accepts the code typed with spaces, or in Arabic-Indic, Persian or full-width digits', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('123-456')).toBe('123456');
    expect(normaliseCode('١٢٣٤٥٦')).toBe('123456');
    expect(normaliseCode('۱۲۳۴۵۶')).toBe('123456');
    expect(normaliseCode('１２３４５６')).toBe('123456');
    expect(isCompleteCode('123456')).toBe(true);
    expect(isCompleteCode('12345')).toBe(false);
    expect(isCompleteCode('12345a')).toBe(false);
  });

  it('says where the code went, using the masked address as the server gave it', () => {
    expect(sentToText('email', 'l•••@voorbeeld.test')).toEqual({ key: 'codeSentEmail', sentTo: 'l•••@voorbeeld.test' });
    expect(sentToText('sms', '06 •••• 78')).toEqual({ key: 'codeSentSms', sentTo: '06 •••• 78' });
    expect(sentToText('email', null)).toEqual({ key: 'codeSentPlain', sentTo: null });
  });

  it('counts the attempts left in the message for a wrong code', () => {
    expect(wrongCodeText(3)).toEqual({ key: 'codeWrong', count: 3 });
    expect(wrongCodeText(1)).toEqual({ key: 'codeWrongOne' });
    expect(wrongCodeText(undefined)).toEqual({ key: 'codeWrongPlain' });
  });
});

describe('the reason in the client\'s own words', () => {
  it('requires some text, allows 1000 characters in any script, and refuses more', () => {
    expect(reasonProblem('', true)).toBe('required');
    expect(reasonProblem('   \n ', true)).toBe('required');
    expect(reasonProblem('', false)).toBeNull();
    expect(reasonProblem('أفضل الحديث عبر الهاتف لأنني أعمل.', true)).toBeNull();
    expect(reasonProblem('Çünkü işteyim', true)).toBeNull();
    expect(reasonProblem('x'.repeat(1000), true)).toBeNull();
    expect(reasonProblem('x'.repeat(1001), true)).toBe('tooLong');
    expect(reasonProblem('ل'.repeat(1000), true)).toBeNull();
  });

  it('counts characters as the server does: code points, so an emoji counts once', () => {
    expect(reasonLength('ab')).toBe(2);
    expect(reasonLength('😀')).toBe(1);
    expect(reasonProblem('😀'.repeat(1000), true)).toBeNull();
    expect(reasonProblem('😀'.repeat(1001), true)).toBe('tooLong');
  });
});

describe('small parts', () => {
  it('splits a template into text and named parts', () => {
    expect(templateParts('We hebben een code gestuurd naar {sentTo}.')).toEqual([{ text: 'We hebben een code gestuurd naar ' }, { name: 'sentTo' }, { text: '.' }]);
    expect(templateParts('{sentTo} adresine bir kod gönderdik.')).toEqual([{ name: 'sentTo' }, { text: ' adresine bir kod gönderdik.' }]);
    expect(templateParts('geen')).toEqual([{ text: 'geen' }]);
  });

  it('makes a phone number dialable', () => {
    expect(telHref('030 - 123 45 67')).toBe('tel:0301234567');
    expect(telHref('+31 (0)30 1234567')).toBe('tel:+310301234567');
    expect(telHref('–')).toBeNull();
  });

  it('follows only the call page, on the address the portal was opened on', () => {
    expect(callPagePath('https://passend.test/gesprek#abc', 'https://passend.test')).toBe('/gesprek#abc');
    expect(callPagePath('http://localhost:3000/gesprek#abc', 'http://127.0.0.1:3000')).toBe('/gesprek#abc');
    expect(callPagePath('/gesprek#abc', 'https://passend.test')).toBe('/gesprek#abc');
    expect(callPagePath('https://elders.test/inloggen#abc', 'https://passend.test')).toBeNull();
    expect(callPagePath('https://passend.test/gesprek', 'https://passend.test')).toBeNull();
    expect(callPagePath('javascript:alert(1)', 'https://passend.test')).toBeNull();
  });
});

