// Every problem the judgement domain can name has words in Dutch and English, and every field it can
// name is said the way the form says it: no raw field path ("workTypes.1.profileId") reaches a message.
// The check functions are walked with bad input of every kind, so a new field or reason without words fails here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAdvice, checkAnomaly, checkCheckpoint, checkCoverage, checkEvidence, checkExperiment, checkExplanation, checkFactor, checkHypothesis, checkInstrument,
  checkObservation, checkPlacement, checkRating, checkReflection, checkSchema1Cell, checkSchema2Row, checkTrajectory, checkTrajectoryEnd, checkWithdrawal,
  LINKS_MAX, SHORT_MAX, TEXT_MAX, TITLE_MAX,
  type AdviceContent, type CaseRefs, type Conclusion, type Problem, type ProblemReason,
} from './domain.js';
import { ICF_CODE } from './factors.js';
import { fieldWords, problemText, REASON_WORDS } from './messages.js';

const LANGUAGES = ['nl', 'en'] as const;
const TODAY = '2026-06-15';
const refs: CaseRefs = {
  evidence: new Map([['e1', { number: 1, withdrawn: false }], ['w1', { number: 7, withdrawn: true }]]),
  factors: new Set(['anxiety']), cells: new Set(['s2:social_communicating']), profiles: new Set(['p1']), notes: new Set(['n1']), contacts: new Set(['c1']),
  documents: new Set(['d1']), instruments: new Set(['i1']), hypotheses: new Set(['h1']), observations: new Set(['o1']),
};
const long = (max: number) => 'x'.repeat(max + 1);
const many = Array.from({ length: LINKS_MAX + 1 }, (_, i) => `x${i}`);
const bad = (text = ''): Conclusion => ({ text, evidenceIds: ['zz', 'w1', 'e1', 'e1'], cellRefs: ['kapot', 's1:work_history:strength'] });
const badLinks = ['zz', 'w1', 'e1', 'e1'];

/** Bad input for every check function, each rule broken at least once; returns every problem found. */
function walk(): Problem[] {
  const all: Problem[] = [];
  const add = (p: Problem[]) => all.push(...p);
  for (const kind of ['information', 'not_investigated', 'wish'] as const) {
    add(checkEvidence({
      kind, sourceType: 'client_story', sourceName: long(TITLE_MAX), observedOn: kind === 'wish' ? '2030-01-01' : 'nooit', method: 'conversation', title: '', body: long(TEXT_MAX),
      interest: long(SHORT_MAX), reliability: kind === 'not_investigated' ? 'high' : null, realityCheck: kind === 'wish' ? long(TEXT_MAX) : 'Toets.', notInvestigatedReason: kind === 'not_investigated' ? null : 'time',
      factorCodes: kind === 'wish' ? Array.from({ length: 51 }, () => 'anxiety') : ['verzonnen'], instrumentId: 'i9', contactId: 'c9', documentId: 'd9', professionalOnly: true,
    }, refs, TODAY));
  }
  add(checkWithdrawal('kort'));
  add(checkWithdrawal(''));
  add(checkCoverage({ state: 'explored', note: long(TEXT_MAX), noteIds: ['n9', 'n9'], evidenceIds: badLinks }, refs));
  add(checkCoverage({ state: 'explored', note: null, noteIds: many, evidenceIds: many }, refs));
  add(checkSchema1Cell({ body: '', evidenceIds: badLinks }, refs));
  add(checkSchema1Cell({ body: long(TEXT_MAX), evidenceIds: many }, refs));
  add(checkSchema2Row('social_communicating', { label: 'Naam', supportNeed: long(TEXT_MAX), workImplications: long(TEXT_MAX), basis: long(TEXT_MAX), evidenceIds: badLinks }, refs));
  add(checkSchema2Row('eigen-0123abcd', { label: null, supportNeed: null, workImplications: null, basis: null, evidenceIds: [] }, refs));
  add(checkHypothesis({ explanation: '', status: 'rejected', statusArgument: 'nee', evidenceFor: ['e1', 'zz'], evidenceAgainst: ['e1', 'w1'] }, refs));
  add(checkObservation({ body: '', discriminator: long(SHORT_MAX), evidenceIds: badLinks }, refs, []));
  add(checkObservation({ body: 'x', discriminator: null, evidenceIds: [] }, refs, Array.from({ length: 13 }, () => ({ explanation: '', status: 'supported' as const, statusArgument: null, evidenceFor: ['zz'], evidenceAgainst: [] }))));
  add(checkAnomaly({ kind: 'anomaly', description: '', evidenceIds: badLinks, observationId: 'o9' }, refs));
  add(checkExplanation('kort'));
  add(checkPlacement({ willingness: -2, ability: 0, argument: '', evidenceIds: [] }, refs));
  add(checkPlacement({ willingness: 1, ability: 0, argument: long(SHORT_MAX), evidenceIds: badLinks }, refs));
  add(checkTrajectory({ screeningReason: 'kort', startedOn: '2026-02-30' }));
  add(checkTrajectoryEnd({ endedOn: '2025-01-01', endNote: '' }, '2026-01-01'));
  add(checkTrajectoryEnd({ endedOn: 'x', endNote: long(TEXT_MAX) }, '2026-01-01'));
  add(checkExperiment({ title: '', question: '', hypothesisId: 'h9', expectedSignals: long(SHORT_MAX), vulnerabilities: '', safeguards: '', startsOn: 'x', nextFeedbackOn: '2026-06-01' }, refs, TODAY));
  add(checkExperiment({ title: 'x', question: 'x', hypothesisId: null, expectedSignals: 'x', vulnerabilities: 'x', safeguards: 'x', startsOn: '2026-07-01', nextFeedbackOn: '2026-06-20' }, refs, TODAY));
  add(checkExperiment({ title: 'x', question: 'x', hypothesisId: null, expectedSignals: 'x', vulnerabilities: 'x', safeguards: 'x', startsOn: TODAY, nextFeedbackOn: 'x' }, refs, TODAY));
  const facts = { startsOn: '2026-06-10', lastCheckpointOn: null };
  for (const [heldOn, decision, next] of [['2030-01-01', 'continue', null], ['2026-06-01', 'stop', '2026-07-01'], ['x', 'adjust', 'x'], [TODAY, 'continue', TODAY], ['2026-06-11', 'continue', '2026-06-12']] as const) {
    add(checkCheckpoint({ heldOn, successExperiences: null, failureExperiences: long(TEXT_MAX), interventionStyles: ['confront', 'confront'], pictureChanges: long(TEXT_MAX), decision, nextFeedbackOn: next }, facts, TODAY));
  }
  add(checkCheckpoint({ heldOn: TODAY, successExperiences: ' ', failureExperiences: null, interventionStyles: [], pictureChanges: null, decision: 'stop', nextFeedbackOn: null }, facts, TODAY));
  add(checkCheckpoint({ heldOn: '2026-06-11', successExperiences: 'x', failureExperiences: null, interventionStyles: [], pictureChanges: null, decision: 'stop', nextFeedbackOn: null }, { startsOn: '2026-06-10', lastCheckpointOn: '2026-06-12' }, TODAY));
  add(checkExperiment({ title: 'x', question: 'x', hypothesisId: null, expectedSignals: 'x', vulnerabilities: 'x', safeguards: 'x', startsOn: '2026-06-01', nextFeedbackOn: TODAY }, refs, TODAY, '2026-06-05'));
  add(checkSchema2Row('self_confidence', { label: null, supportNeed: ' ', workImplications: null, basis: null, evidenceIds: [[...refs.evidence.keys()][0]!] }, refs));
  add(checkInstrument({ name: '', construct: '', validationStatus: 'unknown', validationNote: long(SHORT_MAX), provider: long(TITLE_MAX), costCents: null, durationMinutes: null, fitsWhen: long(SHORT_MAX) }));
  add(checkRating({ rating: 3, comment: long(SHORT_MAX) }));
  add(checkFactor({ group: 'skills', labelNl: '', labelEn: long(TITLE_MAX), icfCode: 'x1' }, ICF_CODE));
  const advice: AdviceContent = {
    workTypes: [{ ...bad(), profileId: 'p9' }, { ...bad(long(TEXT_MAX)), profileId: null, cellRefs: many }], schooling: bad(), guidance: bad(long(TEXT_MAX)),
    endGoal: bad(), supportNeed: bad(), risksAndSafeguards: { text: 'x', evidenceIds: [], cellRefs: ['s2:self_confidence', 's2:self_confidence'] }, uncertainties: bad(),
  };
  add(checkAdvice(advice, refs));
  add(checkAdvice({ ...advice, workTypes: Array.from({ length: 21 }, () => ({ text: 'x', evidenceIds: [], cellRefs: [], profileId: null })) }, refs));
  add(checkAdvice({ ...advice, endGoal: { text: 'Netwerkbeheerder', evidenceIds: [], cellRefs: [] }, supportNeed: { text: 'netwerkbeheerder!', evidenceIds: [], cellRefs: [] } }, refs));
  add(checkReflection({
    counter_arguments: long(TEXT_MAX), change_conditions: long(TEXT_MAX), open_hypotheses: long(TEXT_MAX), assumptions_and_gaps: long(TEXT_MAX),
    expertise_boundary: { choice: 'referral_needed', referralTo: null, explanation: long(TEXT_MAX) },
  }));
  add(checkReflection({ counter_arguments: null, change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null, expertise_boundary: { choice: 'within_expertise', referralTo: 'Psycholoog', explanation: null } }));
  add(checkReflection({ counter_arguments: null, change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null, expertise_boundary: { choice: 'partly_referral', referralTo: long(TITLE_MAX), explanation: null } }));
  return all;
}

const PROBLEMS = walk();
const FIELDS = [...new Set(PROBLEMS.map((p) => p.field))].sort();
/** Parts of a field path: names, positions and the reflection's "answers" wrapper. */
const namesIn = (field: string) => field.split('.').filter((part) => part !== 'answers' && !/^\d+$/.test(part));

describe('judgement problems in words', () => {
  it('the walk over the check functions meets every reason the domain has', () => {
    expect([...new Set(PROBLEMS.map((p) => p.reason))].sort()).toEqual(Object.keys(REASON_WORDS).sort());
    expect(FIELDS.length).toBeGreaterThan(60);
  });

  it.each(Object.entries(REASON_WORDS))('%s: words in Dutch and English, with the same placeholders', (_reason, words) => {
    expect(words.nl.trim().length).toBeGreaterThan(5);
    expect(words.en.trim().length).toBeGreaterThan(5);
    expect(words.nl).not.toBe(words.en);
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(words.nl)).toEqual(placeholders(words.en));
  });

  it.each(FIELDS.map((f) => [f] as const))('field %s has words in both languages', (field) => {
    for (const part of namesIn(field)) {
      // A name without words would come out as itself: Dutch words never equal the English identifier.
      expect(fieldWords('nl', part), `${field}: "${part}" has no Dutch words`).not.toBe(part);
      expect(fieldWords('en', part).length, `${field}: "${part}"`).toBeGreaterThan(0);
    }
    for (const language of LANGUAGES) {
      const words = fieldWords(language, field);
      expect(words).not.toMatch(/[a-z][A-Z]|_|\.|\bId\b/);
      expect(words).not.toContain('answers');
    }
  });

  it('every problem found becomes a message that names the field in words and fills every placeholder', () => {
    for (const problem of PROBLEMS) {
      for (const language of LANGUAGES) {
        const text = problemText(language, problem);
        expect(text.field).toBe(problem.field);
        expect(text.message).not.toMatch(/\{\w+\}/);
        // A path or an identifier never shows (a plain word like "vulnerabilities" may, in English).
        if (/[.A-Z_]/.test(problem.field)) expect(text.message).not.toContain(problem.field);
        expect(text.message.startsWith(`${fieldWords(language, problem.field)}: `)).toBe(true);
      }
    }
  });

  it('says where: positions counted from one, nested names joined as the form shows them', () => {
    expect(fieldWords('nl', 'workTypes.1.profileId')).toBe('Passende soorten werk 2, beroepsprofiel');
    expect(fieldWords('en', 'workTypes.1.profileId')).toBe('Suitable types of work 2, job profile');
    expect(fieldWords('nl', 'hypotheses.0.statusArgument')).toBe('Verklaringen 1, Argument bij de status');
    expect(fieldWords('en', 'answers.expertise_boundary.referralTo')).toBe('Boundary of expertise, Refer to');
    expect(fieldWords('nl', 'supportNeed.text')).toBe('Ondersteuningsbehoefte, tekst');
  });

  it('fills the numbers the rule gives: the maximum, the minimum, the withdrawn source', () => {
    expect(problemText('nl', { field: 'title', reason: 'too_long', params: { maximum: 200 } }).message).toBe('Titel: deze tekst is te lang (ten hoogste 200 tekens)');
    expect(problemText('en', { field: 'argument', reason: 'too_short', params: { minimum: 10 } }).message).toBe('Argument: write an argument of at least 10 characters');
    expect(problemText('nl', { field: 'endGoal.evidenceIds', reason: 'withdrawn_evidence', params: { number: 7 } }).message)
      .toBe('Einddoel, Gekoppelde bronnen: bron B7 is ingetrokken en kan niet opnieuw worden gekoppeld');
    expect(problemText('en', { field: 'supportNeed.text', reason: 'end_goal_equals_support_need' }).message)
      .toBe('Support need, text: the end goal and the support need are the same; describe each separately');
  });

  it('random bad input to the check functions never yields a message with a raw field path', () => {
    const text = fc.oneof(fc.constant(''), fc.constant(null), fc.string({ maxLength: 5 }), fc.constantFrom(long(TITLE_MAX), long(SHORT_MAX), long(TEXT_MAX)));
    const links = fc.array(fc.constantFrom('e1', 'w1', 'zz'), { maxLength: 3 });
    const conclusion = fc.record({ text: text.map((t) => t ?? ''), evidenceIds: links, cellRefs: fc.array(fc.constantFrom('s2:social_communicating', 'x', 's1:work_history:coping'), { maxLength: 2 }) });
    const call = fc.oneof(
      fc.record({ workTypes: fc.array(fc.record({ text: text.map((t) => t ?? ''), evidenceIds: links, cellRefs: fc.constant([] as string[]), profileId: fc.constantFrom(null, 'p1', 'p9') }), { maxLength: 3 }), schooling: fc.option(conclusion, { nil: null }), guidance: fc.option(conclusion, { nil: null }), endGoal: conclusion, supportNeed: conclusion, risksAndSafeguards: fc.option(conclusion, { nil: null }), uncertainties: fc.option(conclusion, { nil: null }) })
        .map((a) => checkAdvice(a, refs)),
      fc.array(fc.record({ explanation: text.map((t) => t ?? ''), status: fc.constantFrom('open', 'supported', 'weakened', 'rejected' as const), statusArgument: text, evidenceFor: links, evidenceAgainst: links }), { maxLength: 14 })
        .map((hs) => checkObservation({ body: 'x', discriminator: null, evidenceIds: [] }, refs, hs)),
      fc.record({ counter_arguments: text, change_conditions: text, open_hypotheses: text, assumptions_and_gaps: text, expertise_boundary: fc.option(fc.record({ choice: fc.constantFrom('within_expertise', 'partly_referral', 'referral_needed' as const), referralTo: text, explanation: text }), { nil: null }) })
        .map((a) => checkReflection(a)),
    );
    fc.assert(fc.property(call, (problems) => {
      for (const problem of problems) {
        for (const part of namesIn(problem.field)) expect(fieldWords('nl', part)).not.toBe(part);
        for (const language of LANGUAGES) expect(problemText(language, problem).message).not.toMatch(/[a-z][A-Z][a-z]*(\.|:)|_\w+:|\{\w+\}/);
      }
    }), { numRuns: 300 });
  });
});

// The reasons are a closed list: a ProblemReason added to the domain without words does not compile.
const _everyReason: Record<ProblemReason, unknown> = REASON_WORDS;
void _everyReason;
