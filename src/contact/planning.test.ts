import { describe, expect, it } from 'vitest';
import { CONTACT_FORMS } from '../cases/domain.js';
import { evaluateAdvice, type ContactCircumstances } from './domain.js';
import { buildJustification, type JustificationContact, type JustificationDecision } from './justification.js';
import {
  amsterdamParts, appointmentTimeProblems, assessReadiness, channelApprovalProblems, DEFAULT_CONTACT_SETTINGS, deviationsOfChoice, minutesOfDay,
  READINESS_QUESTIONS, settingsProblems, suggestPhysicalFollowUp, unequalChannels, videoPlanningBlocks, type ReadinessAnswers,
} from './planning.js';
import { SEED_000_RULE_SET } from './rules.js';

const circumstances = (extra: Partial<ContactCircumstances> = {}): ContactCircumstances => ({
  activity: 'checking_facts', physicalPossible: true, physicalImpossibleReason: null, clientConditions: [], employerConflict: false,
  complaintContext: false, earlierContacts: 0, physicalFirstContactHeld: false, outcomeExpectation: 'unknown', workplaceMaterial: [],
  expertKnowsWorkplace: false, clientPreference: null, employerPreference: null,
  preconditions: { videoConsent: true, clientInformed: true, approvedChannel: true, medicalObstacle: false }, ...extra,
});
const advise = (extra: Partial<ContactCircumstances> = {}) => evaluateAdvice(SEED_000_RULE_SET, circumstances(extra), '2026-11-23');

describe('appointment guards (P10, P13)', () => {
  const now = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam
  const settings = DEFAULT_CONTACT_SETTINGS;
  const check = (startsAt: string, durationMinutes = 60, busy: Parameters<typeof appointmentTimeProblems>[0]['busy'] = []) =>
    appointmentTimeProblems({ startsAt, durationMinutes, now, settings, busy }).map((p) => p.code);

  it('accepts a working-day appointment inside office hours with enough notice', () => {
    expect(check('2026-11-25T10:00:00+01:00')).toEqual([]);
  });
  it('refuses the past and the present moment', () => {
    expect(check('2026-11-20T10:00:00+01:00')).toContain('in_past');
    expect(check(now.toISOString())).toContain('in_past');
  });
  it('refuses a "quick call in between": less notice than the organisation requires', () => {
    expect(check('2026-11-23T15:00:00+01:00')).toEqual(['too_short_notice']);
    expect(appointmentTimeProblems({ startsAt: '2026-11-23T15:00:00+01:00', durationMinutes: 30, now, settings: { ...settings, minLeadHours: 0 }, busy: [] })).toEqual([]);
  });
  it('refuses weekends, early starts and late ends, in Amsterdam time', () => {
    expect(check('2026-11-28T10:00:00+01:00')).toEqual(['outside_office_hours']); // Saturday
    expect(check('2026-11-25T08:00:00+01:00')).toEqual(['outside_office_hours']);
    expect(check('2026-11-25T17:00:00+01:00', 60)).toEqual(['outside_office_hours']);
    expect(check('2026-11-25T16:30:00+01:00', 60)).toEqual([]);
    // Written in UTC, judged in local time: 07:45Z is 08:45 in winter.
    expect(check('2026-11-25T07:45:00Z', 30)).toEqual([]);
  });
  it('judges summer time with the summer offset', () => {
    const summerNow = new Date('2027-06-01T06:00:00Z');
    const problems = (startsAt: string) => appointmentTimeProblems({ startsAt, durationMinutes: 60, now: summerNow, settings, busy: [] }).map((p) => p.code);
    expect(problems('2027-06-03T06:45:00Z')).toEqual([]); // 08:45 CEST
    expect(problems('2027-06-03T06:15:00Z')).toEqual(['outside_office_hours']); // 08:15 CEST
  });
  it('refuses an appointment running past midnight', () => {
    expect(appointmentTimeProblems({ startsAt: '2026-11-25T23:30:00+01:00', durationMinutes: 60, now, settings: { ...settings, officeStart: '00:00', officeEnd: '23:59' }, busy: [] }).map((p) => p.code)).toEqual(['outside_office_hours']);
  });
  it('refuses overlap with another planned contact, but not back-to-back', () => {
    const busy = [{ contactId: 'c1', startsAt: '2026-11-25T10:00:00+01:00', durationMinutes: 60 }];
    expect(check('2026-11-25T10:30:00+01:00', 30, busy)).toEqual(['overlap']);
    expect(check('2026-11-25T09:30:00+01:00', 45, busy)).toEqual(['overlap']);
    expect(check('2026-11-25T11:00:00+01:00', 30, busy)).toEqual([]);
    expect(check('2026-11-25T09:00:00+01:00', 60, busy)).toEqual([]);
  });
  it('reads local parts and times of day', () => {
    expect(amsterdamParts(new Date('2026-11-23T09:00:00Z'))).toEqual({ weekday: 1, date: '2026-11-23', minutes: 600 });
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBeNull();
    expect(minutesOfDay('8:30')).toBeNull();
  });
  it('validates the organisation settings', () => {
    expect(settingsProblems(settings)).toEqual([]);
    expect(settingsProblems({ ...settings, officeDays: [] })).toEqual(['office_days_empty']);
    expect(settingsProblems({ ...settings, officeDays: [8] })).toEqual(['office_days_empty']);
    expect(settingsProblems({ ...settings, officeStart: '18:00' })).toEqual(['office_end_before_start']);
    expect(settingsProblems({ ...settings, officeStart: 'acht uur' })).toEqual(['office_time_invalid']);
    expect(settingsProblems({ ...settings, minLeadHours: -1 })).toEqual(['lead_time_invalid']);
    expect(settingsProblems({ ...settings, reminderHours: 0 })).toEqual(['reminder_invalid']);
  });
});

describe('equal channels in hoor en wederhoor (P12)', () => {
  it('is quiet while only one side has been heard, or both through the same forms', () => {
    expect(unequalChannels([])).toBeNull();
    expect(unequalChannels([{ form: 'video', roles: ['client'] }])).toBeNull();
    expect(unequalChannels([{ form: 'physical', roles: ['client'] }, { form: 'physical', roles: ['employer'] }])).toBeNull();
    expect(unequalChannels([{ form: 'physical', roles: ['client', 'employer'] }])).toBeNull();
  });
  it('names the forms of each side when they differ', () => {
    expect(unequalChannels([{ form: 'physical', roles: ['client'] }, { form: 'video', roles: ['employer'] }])).toEqual({ client: ['physical'], employer: ['video'] });
    expect(unequalChannels([{ form: 'phone', roles: ['client', 'companion'] }, { form: 'phone', roles: ['employer'] }, { form: 'video', roles: ['employer'] }]))
      .toEqual({ client: ['phone'], employer: ['phone', 'video'] });
  });
});

describe('choosing against the advice or the client (P8)', () => {
  it('sees no deviation when the chosen form is advised and the client agrees', () => {
    const advice = advise({ activity: 'workplace_investigation', clientPreference: { form: 'physical', reason: 'Graag op de werkplek' } });
    expect(deviationsOfChoice(advice, 'physical')).toEqual([]);
  });
  it('flags a form the advice calls not suitable or discouraged', () => {
    const advice = advise({ activity: 'experienced_limitations', clientConditions: ['concentration_problems'] });
    expect(deviationsOfChoice(advice, 'video')).toContainEqual({ kind: 'advice_against', strength: 'not_suitable' });
  });
  it('flags choosing anything but a required form', () => {
    const advice = advise({ activity: 'workplace_investigation' });
    expect(advice.forms.physical.strength).toBe('required');
    expect(deviationsOfChoice(advice, 'phone')).toContainEqual({ kind: 'other_form_required', requiredForm: 'physical' });
  });
  it('flags a choice that departs from the client’s stated preference, even when the advice allows it', () => {
    const advice = advise({ activity: 'practical', clientPreference: { form: 'phone', reason: 'Kort en makkelijk' } });
    expect(deviationsOfChoice(advice, 'video')).toContainEqual({ kind: 'client_preference_not_followed', preferredForm: 'phone' });
    expect(deviationsOfChoice(advice, 'phone').filter((d) => d.kind === 'client_preference_not_followed')).toEqual([]);
  });
  it('blocks planning video only for the channel and a medical obstacle; consent comes per appointment', () => {
    const missingAll = evaluateAdvice(SEED_000_RULE_SET, circumstances({ preconditions: { videoConsent: false, clientInformed: false, approvedChannel: false, medicalObstacle: true } }), '2026-11-23');
    expect(videoPlanningBlocks(missingAll).sort()).toEqual(['approvedChannel', 'medicalObstacle']);
    const onlyConsentMissing = evaluateAdvice(SEED_000_RULE_SET, circumstances({ preconditions: { videoConsent: false, clientInformed: false, approvedChannel: true, medicalObstacle: false } }), '2026-11-23');
    expect(videoPlanningBlocks(onlyConsentMissing)).toEqual([]);
    expect(onlyConsentMissing.forms.video.blockedBy.map((b) => b.precondition).sort()).toEqual(['clientInformed', 'videoConsent']);
  });
});

describe('digital readiness (after the Pharos quickscan idea)', () => {
  const ready: ReadinessAnswers = { device: 'smartphone', connection: 'good', videoExperience: 'often', helpAtHome: 'no', hearing: 'good', reading: 'good' };
  it('finds a practised client with a device and a good connection ready, without a test call', () => {
    expect(assessReadiness(ready)).toEqual({ result: 'ready', conditions: [], offerTestCall: false, because: [] });
  });
  it('is not ready without a device or a connection', () => {
    expect(assessReadiness({ ...ready, device: 'none' })).toMatchObject({ result: 'not_ready', conditions: ['limited_digital_skills'], offerTestCall: false });
    expect(assessReadiness({ ...ready, connection: 'none' }).result).toBe('not_ready');
  });
  it('needs help when the connection is unstable or experience is missing but help is at home, and offers a test call', () => {
    expect(assessReadiness({ ...ready, connection: 'unstable' })).toMatchObject({ result: 'ready_with_help', offerTestCall: true });
    expect(assessReadiness({ ...ready, videoExperience: 'never', helpAtHome: 'yes' })).toMatchObject({ result: 'ready_with_help', offerTestCall: true, conditions: [] });
    expect(assessReadiness({ ...ready, videoExperience: 'sometimes', helpAtHome: 'no' })).toMatchObject({ result: 'ready_with_help', offerTestCall: true });
  });
  it('is not ready with no experience and no help, and adds limited digital skills to the advice', () => {
    expect(assessReadiness({ ...ready, videoExperience: 'never', helpAtHome: 'no' })).toMatchObject({ result: 'not_ready', conditions: ['limited_digital_skills'] });
  });
  it('turns hearing and reading difficulties into client conditions of seed 000 §2.3', () => {
    expect(assessReadiness({ ...ready, hearing: 'some_difficulty' })).toMatchObject({ result: 'ready_with_help', conditions: ['speech_or_hearing_problems'] });
    expect(assessReadiness({ ...ready, hearing: 'poor' }).result).toBe('not_ready');
    expect(assessReadiness({ ...ready, reading: 'poor' })).toMatchObject({ result: 'ready_with_help', conditions: ['limited_language_skills'] });
  });
  it('gives a result for every combination of answers, and never offers a test call to someone not ready', () => {
    const keys = Object.keys(READINESS_QUESTIONS) as Array<keyof ReadinessAnswers>;
    let combinations: ReadinessAnswers[] = [{} as ReadinessAnswers];
    for (const key of keys) combinations = combinations.flatMap((c) => READINESS_QUESTIONS[key].map((v) => ({ ...c, [key]: v }) as ReadinessAnswers));
    expect(combinations.length).toBe(4 * 4 * 3 * 2 * 3 * 3);
    for (const answers of combinations) {
      const r = assessReadiness(answers);
      expect(['ready', 'ready_with_help', 'not_ready']).toContain(r.result);
      if (r.result === 'not_ready') expect(r.offerTestCall).toBe(false);
      if (r.result === 'ready') expect(r.because).toEqual([]);
      else expect(r.because.length).toBeGreaterThan(0);
    }
  });
});

describe('approved channels (P14, P15, P16)', () => {
  it('approves only with a completed DPIA, a legal basis and a retention policy', () => {
    expect(channelApprovalProblems({ dpiaStatus: 'completed', legalBasis: 'AVG art. 6', retention: 'Geen opnames' })).toEqual([]);
    expect(channelApprovalProblems({ dpiaStatus: 'in_progress', legalBasis: ' ', retention: null })).toEqual(['dpia_not_completed', 'legal_basis_missing', 'retention_missing']);
  });
});

describe('after the contact (P9)', () => {
  it('suggests a physical follow-up when a remote form fell short, never after a physical contact', () => {
    expect(suggestPhysicalFollowUp('video', 'not_adequate', [])).toBe(true);
    expect(suggestPhysicalFollowUp('phone', 'partly', ['emotion'])).toBe(true);
    expect(suggestPhysicalFollowUp('phone', 'partly', [])).toBe(false);
    expect(suggestPhysicalFollowUp('video', 'adequate', ['technical_problems'])).toBe(false);
    expect(suggestPhysicalFollowUp('physical', 'not_adequate', ['distrust'])).toBe(false);
  });
});

describe('Verantwoording contactvorm', () => {
  const contact = (id: string, extra: Partial<JustificationContact> = {}): JustificationContact => ({
    id, activity_type: 'checking_facts', contact_form: 'video', state: 'held', planned_at: '2026-11-25T09:00:00.000Z', held_at: '2026-11-25T09:00:00.000Z',
    channel_name: 'Passend beeldbellen', circumstances: { clientPreference: { form: 'video', reason: 'Reizen is zwaar' } }, mitigations: 'Pauzes',
    adequacy: null, follow_up_of: null, consent: { givenAt: '2026-11-20T10:00:00.000Z', method: 'verbal_phone', privacyNoticeVersion: 2, withdrawnAt: null }, ...extra,
  });
  const decision = (contactId: string, kind: JustificationDecision['kind'], extra: Partial<JustificationDecision> = {}): JustificationDecision => ({
    contact_id: contactId, kind, at: '2026-11-20T10:00:00.000Z', rule_set_version: 'v1', advice: advise({ activity: 'checking_facts' }), chosen_form: 'video',
    against_advice: false, reason_codes: [], reason_text: null, ...extra,
  });

  it('explains each contact: advice at the time, the choice, consent, the client’s say and mitigations', () => {
    const { entries, summary } = buildJustification([contact('a')], [decision('a', 'form_chosen', { against_advice: true, reason_codes: ['client_preference'], reason_text: 'Cliënt koos zelf' })]);
    expect(entries[0]).toMatchObject({
      contactId: 'a', form: 'video', channel: 'Passend beeldbellen', againstAdvice: true, reasonCodes: ['client_preference'], reasonText: 'Cliënt koos zelf',
      clientPreferenceFollowed: true, mitigations: 'Pauzes', consent: { privacyNoticeVersion: 2 }, followUp: null,
      choices: [{ at: '2026-11-20T10:00:00.000Z', kind: 'form_chosen', form: 'video', againstAdvice: true, reasonCodes: ['client_preference'], reasonText: 'Cliënt koos zelf' }],
    });
    expect(entries[0]!.advice).toMatchObject({ ruleSetVersion: 'v1' });
    expect(summary).toEqual({ physical: 0, video: 1, phone: 0, againstAdvice: 1, openFollowUps: 0 });
  });
  it('uses the latest choice to explain the current form and keeps every earlier choice with its reasons', () => {
    const { entries } = buildJustification([contact('a', { contact_form: 'phone' })], [
      decision('a', 'form_chosen', { reason_codes: ['client_preference'], reason_text: 'Cliënt wilde beeldbellen' }),
      decision('a', 'form_changed', { at: '2026-11-21T10:00:00.000Z', chosen_form: 'phone', reason_codes: ['client_preference'], reason_text: 'Toestemming ingetrokken' }),
    ]);
    expect(entries[0]!.reasonText).toBe('Toestemming ingetrokken');
    expect(entries[0]!.choices.map((c) => [c.kind, c.form, c.reasonText])).toEqual([
      ['form_chosen', 'video', 'Cliënt wilde beeldbellen'],
      ['form_changed', 'phone', 'Toestemming ingetrokken'],
    ]);
    expect(entries[0]!.clientPreferenceFollowed).toBe(false);
  });
  it('tracks a physical follow-up from open to planned, and leaves cancelled contacts out of the counts', () => {
    const wanted = contact('a', { adequacy: { verdict: 'partly', signs: ['emotion'], note: null, physicalFollowUp: true } });
    expect(buildJustification([wanted], []).summary.openFollowUps).toBe(1);
    expect(buildJustification([wanted], []).entries[0]!.followUp).toEqual({ contactId: null, plannedAt: null, state: 'open' });
    const planned = contact('b', { contact_form: 'physical', state: 'planned', follow_up_of: 'a', held_at: null });
    const result = buildJustification([wanted, planned, contact('c', { state: 'cancelled' })], []);
    expect(result.entries[0]!.followUp).toMatchObject({ contactId: 'b', state: 'planned' });
    expect(result.summary).toMatchObject({ physical: 1, video: 1, openFollowUps: 0 });
  });
  it('has an entry for every contact, also without a recorded choice (contacts from before the decision log)', () => {
    const { entries } = buildJustification([contact('a'), contact('b')], []);
    expect(entries.map((e) => e.advice)).toEqual([null, null]);
    for (const form of CONTACT_FORMS) expect(typeof buildJustification([], []).summary[form]).toBe('number');
  });
});
