import { describe, it, expect } from 'vitest';
import { ACTIVITY_TYPES } from '../cases/domain.js';
import {
  ACTIVITY_GOALS,
  buildAppointmentMail,
  buildWithdrawalNotice,
  formatAmsterdamDateTime,
  mailLanguageFor,
} from './invitation.js';
import { sampleAppointment } from './invitation.sample.js';

const NOW = new Date('2026-11-01T12:00:00Z');

const data = sampleAppointment;

/** The ics text with folded lines unfolded (RFC 5545 §3.1). */
function unfold(ics: string): string {
  return ics.replace(/\r?\n[ \t]/g, '');
}

describe('goal of the conversation', () => {
  it('has a sentence for every activity in both languages, and the mail uses it', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const activity of ACTIVITY_TYPES) {
        const goal = ACTIVITY_GOALS[language][activity];
        expect(goal.length, `${language}/${activity}`).toBeGreaterThan(10);
        expect(buildAppointmentMail(data({ activity }), language, NOW).text).toContain(goal);
      }
    }
    expect(new Set(ACTIVITY_TYPES.map((a) => ACTIVITY_GOALS.nl[a])).size).toBe(ACTIVITY_TYPES.length);
  });
});

describe('date and time in Europe/Amsterdam', () => {
  it('writes the date out in Dutch and English, across daylight-saving time', () => {
    expect(formatAmsterdamDateTime('2026-12-01T09:00:00Z', 'nl')).toBe('dinsdag 1 december 2026 om 10:00');
    expect(formatAmsterdamDateTime('2026-12-01T09:00:00Z', 'en')).toBe('Tuesday 1 December 2026 at 10:00');
    expect(formatAmsterdamDateTime('2026-03-30T08:00:00Z', 'nl')).toBe('maandag 30 maart 2026 om 10:00');
    // The night of the change to summer time: 01:30 UTC is 03:30 in Amsterdam.
    expect(formatAmsterdamDateTime('2026-03-29T01:30:00Z', 'nl')).toBe('zondag 29 maart 2026 om 03:30');
  });

  it('puts the local time and the duration in the mail text', () => {
    const { text, subject } = buildAppointmentMail(data({ startsAt: '2026-03-30T08:00:00Z', durationMinutes: 45 }), 'nl', NOW);
    expect(subject).toContain('maandag 30 maart 2026 om 10:00');
    expect(text).toContain('maandag 30 maart 2026 om 10:00 (tot ongeveer 10:45)');
    expect(text).toContain('ongeveer 45 minuten');
  });
});

describe('invitation text', () => {
  it('covers greeting, place, the expert role, companion, information use, next steps and the say in the form', () => {
    const { text } = buildAppointmentMail(data(), 'nl', NOW);
    expect(text).toMatch(/^Beste Anna de Vries,/);
    expect(text).toContain('Stationsplein 1, 3511 ED Utrecht');
    expect(text).toContain('onafhankelijk');
    expect(text).toContain('geen arts');
    expect(text).toContain('iemand meenemen die u vertrouwt');
    expect(text).toContain('alleen voor dit onderzoek');
    expect(text).toContain('verslag te lezen');
    expect(text).toContain('Wat gebeurt er daarna?');
    expect(text).toContain('planning@werkvermogen.nl');
    expect(text).toContain('beeldbellen of een telefoongesprek');
    expect(text).toContain('Alleen u en Pieter Bakker');
  });

  it('names the other participants with their role in words', () => {
    const { text } = buildAppointmentMail(
      data({ participants: [{ name: 'Anna de Vries', role: 'client' }, { name: 'Pieter Bakker', role: 'labour_expert' }, { name: 'Karin Smit', role: 'employer' }, { name: 'Ali Yilmaz', role: 'interpreter' }] }),
      'nl',
      NOW,
    );
    expect(text).toContain('- Karin Smit (werkgever)');
    expect(text).toContain('- Ali Yilmaz (tolk)');
    expect(text).not.toContain('(arbeidsdeskundige)');
    expect(text).not.toContain('employer');
  });

  it('says for phone that we call the known number', () => {
    const { text } = buildAppointmentMail(data({ form: 'phone', location: null }), 'nl', NOW);
    expect(text).toContain('we bellen u op het nummer dat wij van u hebben');
    expect(text).not.toContain('Stationsplein');
  });

  it('explains video: a secure link from Passend, no app or account, and the privacy-notice version', () => {
    const nl = buildAppointmentMail(data({ form: 'video', location: null, privacyNoticeVersion: 4 }), 'nl', NOW).text;
    expect(nl).toContain('veilige link');
    expect(nl).toContain('geen app en geen account');
    expect(nl).toContain('privacyverklaring (versie 4)');
    const en = buildAppointmentMail(data({ form: 'video', location: null, privacyNoticeVersion: 4 }), 'en', NOW).text;
    expect(en).toContain('privacy notice (version 4)');
    expect(en).toContain('do not need an app or an account');
  });

  it('does not contain the words undefined or null, whatever is missing', () => {
    const variants: ReturnType<typeof data>[] = [];
    for (const kind of ['invitation', 'update', 'cancellation', 'reminder'] as const) {
      for (const form of ['physical', 'video', 'phone'] as const) {
        variants.push(data({ kind, form, location: null, privacyNoticeVersion: null, cancelReason: null, companionAllowed: false, activity: 'something_new', participants: [{ name: '', role: 'unknown_role' }] }));
        variants.push(data({ kind, form, cancelReason: 'ziek' }));
      }
    }
    for (const variant of variants) {
      for (const language of ['nl', 'en'] as const) {
        const mail = buildAppointmentMail(variant, language, NOW);
        for (const part of [mail.subject, mail.text, mail.ics ?? '']) {
          expect(part).not.toMatch(/undefined|null|NaN|\[object/i);
        }
      }
    }
  });

  it('never contains case details or a birth date', () => {
    const { text } = buildAppointmentMail(data(), 'nl', NOW);
    expect(text).not.toMatch(/geboorte|dossier|\d{2}-\d{2}-\d{4}/i);
  });
});

describe('update, cancellation and reminder', () => {
  it('update says what changed and carries the higher sequence', () => {
    const first = buildAppointmentMail(data(), 'nl', NOW);
    const update = buildAppointmentMail(data({ kind: 'update', sequence: 1, startsAt: '2026-12-02T13:30:00Z', form: 'video', location: null }), 'nl', NOW);
    expect(unfold(first.ics ?? '')).toContain('SEQUENCE:0');
    expect(update.subject).toContain('Gewijzigd');
    expect(update.subject).toContain('woensdag 2 december 2026 om 14:30');
    expect(update.text).toContain('nieuwe tijd en de nieuwe vorm');
    expect(update.text).toContain('Hoe: beeldbellen');
    const ics = unfold(update.ics ?? '');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('DTSTART:20261202T133000Z');
    expect(ics).toContain('LOCATION:Beeldbellen via Passend');
  });

  it('cancellation says it is cancelled, with the reason, and that a new appointment follows', () => {
    const mail = buildAppointmentMail(data({ kind: 'cancellation', sequence: 2, cancelReason: 'De arbeidsdeskundige is ziek.' }), 'nl', NOW);
    expect(mail.subject).toContain('Afgezegd');
    expect(mail.text).toContain('gaat niet door');
    expect(mail.text).toContain('De reden: De arbeidsdeskundige is ziek.');
    expect(mail.text).toContain('nieuwe afspraak');
    const ics = unfold(mail.ics ?? '');
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:2');
    const withoutReason = buildAppointmentMail(data({ kind: 'cancellation', cancelReason: null }), 'en', NOW);
    expect(withoutReason.text).not.toContain('reason');
  });

  it('reminder is short, has date, form and place, and no calendar file', () => {
    const mail = buildAppointmentMail(data({ kind: 'reminder' }), 'nl', NOW);
    expect(mail.ics).toBeNull();
    expect(mail.subject).toContain('Herinnering');
    expect(mail.text).toContain('dinsdag 1 december 2026 om 10:00');
    expect(mail.text).toContain('Hoe: een gesprek op locatie');
    expect(mail.text).toContain('Stationsplein 1');
    expect(mail.text.length).toBeLessThan(buildAppointmentMail(data(), 'nl', NOW).text.length / 2);
  });
});

describe('calendar file', () => {
  it('has METHOD, UID, SEQUENCE, UTC times, summary, location, organizer and status', () => {
    const ics = unfold(buildAppointmentMail(data({ sequence: 3 }), 'nl', NOW).ics ?? '');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f@passend');
    expect(ics).toContain('SEQUENCE:3');
    expect(ics).toContain('DTSTART:20261201T090000Z');
    expect(ics).toContain('DTEND:20261201T100000Z');
    expect(ics).toContain('DTSTAMP:20261101T120000Z');
    expect(ics).toContain('SUMMARY:Gesprek met arbeidsdeskundige');
    expect(ics).toContain('LOCATION:Stationsplein 1\\, 3511 ED Utrecht');
    expect(ics).toMatch(/ORGANIZER;CN="?Bureau Werkvermogen"?:mailto:planning@werkvermogen\.nl/);
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(unfold(buildAppointmentMail(data(), 'en', NOW).ics ?? '')).toContain('SUMMARY:Conversation with labour expert');
    expect(unfold(buildAppointmentMail(data({ form: 'phone' }), 'nl', NOW).ics ?? '')).toContain('LOCATION:Telefoon');
  });
});

describe('language', () => {
  it('uses English for en, Dutch for everything else', () => {
    expect(mailLanguageFor('en')).toBe('en');
    expect(mailLanguageFor('en-GB')).toBe('en');
    expect(mailLanguageFor('nl')).toBe('nl');
    expect(mailLanguageFor('tr')).toBe('nl');
    expect(mailLanguageFor('ar')).toBe('nl');
    expect(mailLanguageFor('')).toBe('nl');
    const fallback = buildAppointmentMail(data(), mailLanguageFor('pl'), NOW);
    expect(fallback.text).toMatch(/^Beste /);
  });
});

describe('withdrawal notice to the labour expert', () => {
  it('says consent was withdrawn and another form is needed', () => {
    const notice = buildWithdrawalNotice(
      { expertName: 'Pieter Bakker', clientName: 'Anna de Vries', caseReference: 'AD-2026-0042', startsAt: '2026-12-01T09:00:00Z', reason: 'Ik praat liever in het echt.', appUrl: 'https://passend.example.nl/cases/1' },
      'nl',
    );
    expect(notice.subject).toContain('AD-2026-0042');
    expect(notice.text).toContain('toestemming voor beeldbellen ingetrokken');
    expect(notice.text).toContain('dinsdag 1 december 2026 om 10:00');
    expect(notice.text).toContain('Ik praat liever in het echt.');
    expect(notice.text).toContain('andere vorm');
    expect(notice.text).toContain('https://passend.example.nl/cases/1');
    const en = buildWithdrawalNotice({ expertName: 'P', clientName: 'A', caseReference: 'X', startsAt: '2026-12-01T09:00:00Z', reason: null, appUrl: 'u' }, 'en');
    expect(en.text).toContain('No reason was given.');
    expect(en.text).not.toMatch(/undefined|null/);
  });
});
