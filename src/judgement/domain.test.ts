// The rules that make professional judgement explicit (issue 7, seed 001): required arguments, links that
// stay inside the case, completeness signals that never claim completeness, the questions asked before
// the advice is final (skipping allowed and recorded), end goal apart from support need, and text
// lengths counted in code points. Example-based per rule, then fast-check properties over all of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adviceEvidenceIds, checkAdvice, checkAnomaly, checkCheckpoint, checkCoverage, checkEvidence, checkExperiment, checkExplanation, checkFactor, checkHypothesis,
  checkInstrument, checkObservation, checkPlacement, checkRating, checkReflection, checkSchema1Cell, checkSchema2Row, checkTrajectory, checkTrajectoryEnd,
  checkWithdrawal, conclusionEvidence, coverageSummary, daysBetween, isEmptySchema2, isIsoDate, isSchema2Key, judgementSignals, parseCellRef, questionExperiment,
  ratingSummary, reflectionOf, schema1Ref, schema2Ref, textLength, tidyAdvice,
  ARGUMENT_MIN, COVERAGE_THEMES, COVERAGE_TO_SCHEMA1, FACTORS_MAX, FREQUENT_FEEDBACK_DAYS, HYPOTHESES_MAX, LINKS_MAX, QUESTION_SIGNALS, REFLECTION_QUESTIONS,
  SCHEMA1_CATEGORIES, SCHEMA1_LEVEL, SCHEMA1_THEMES, SCHEMA2_ACTIVITIES, SHORT_MAX, TEXT_MAX, TITLE_MAX, WORK_TYPES_MAX,
  type AdviceContent, type CaseRefs, type CheckpointInput, type Conclusion, type CoverageState, type CoverageTheme, type EvidenceFacts, type EvidenceInput, type EvidenceKind,
  type ExperimentInput, type HypothesisInput, type HypothesisStatus, type InstrumentInput, type JudgementState, type Problem, type ReflectionAnswers,
  type Schema2Input, type SignalCode, type SourceType,
} from './domain.js';
import { ICF_CODE, SHIPPED_FACTORS } from './factors.js';

// ---- fixtures -------------------------------------------------------------------------------------
const TODAY = '2026-06-15';
/** e1, e2, e3 live evidence of the case; w1 withdrawn. Ids of other cases are simply not in the map. */
const refs = (extra: Partial<CaseRefs> = {}): CaseRefs => ({
  evidence: new Map([['e1', { number: 1, withdrawn: false }], ['e2', { number: 2, withdrawn: false }], ['e3', { number: 3, withdrawn: false }], ['w1', { number: 4, withdrawn: true }]]),
  factors: new Set(SHIPPED_FACTORS.map((f) => f.code)),
  cells: new Set(['s1:work_history:burdening', 's2:social_communicating']),
  profiles: new Set(['p1']), notes: new Set(['n1']), contacts: new Set(['c1']), documents: new Set(['d1']), instruments: new Set(['i1']),
  hypotheses: new Set(['h1']), observations: new Set(['o1']),
  ...extra,
});
const FOREIGN = 'evidence-of-another-case';

const evidenceInput = (o: Partial<EvidenceInput> = {}): EvidenceInput => ({
  kind: 'information', sourceType: 'client_story', sourceName: null, observedOn: '2026-03-01', method: 'conversation', title: 'Eigen verhaal cliënt', body: null, interest: null,
  reliability: 'reasonable', realityCheck: null, notInvestigatedReason: null, factorCodes: [], instrumentId: null, contactId: null, documentId: null, professionalOnly: true, ...o,
});
const hypothesis = (o: Partial<HypothesisInput> = {}): HypothesisInput => ({ explanation: 'Angst voor groepen', status: 'open', statusArgument: null, evidenceFor: [], evidenceAgainst: [], ...o });
const schema2 = (o: Partial<Schema2Input> = {}): Schema2Input => ({ label: null, supportNeed: 'Vaste contactpersoon.', workImplications: null, basis: null, evidenceIds: [], ...o });
const experiment = (o: Partial<ExperimentInput> = {}): ExperimentInput => ({
  title: 'Proefdag in een kleine groep', question: 'Houdt hij een dag vol?', hypothesisId: null, expectedSignals: 'Blijft de hele dag.', vulnerabilities: 'Faalangst.',
  safeguards: 'Stoppen mag altijd.', startsOn: TODAY, nextFeedbackOn: '2026-06-22', ...o,
});
const checkpoint = (o: Partial<CheckpointInput> = {}): CheckpointInput => ({
  heldOn: TODAY, successExperiences: 'Was op tijd.', failureExperiences: null, interventionStyles: ['small_steps'], pictureChanges: null, decision: 'continue', nextFeedbackOn: '2026-06-22', ...o,
});
const instrument = (o: Partial<InstrumentInput> = {}): InstrumentInput => ({
  name: 'Leerbaarheidstest (fictief)', construct: 'Leervermogen', validationStatus: 'partly_validated', validationNote: null, provider: null, costCents: null, durationMinutes: null, fitsWhen: null, ...o,
});
const c = (text: string, evidenceIds: string[] = [], cellRefs: string[] = []): Conclusion => ({ text, evidenceIds, cellRefs });
const advice = (o: Partial<AdviceContent> = {}): AdviceContent => ({
  workTypes: [], schooling: null, guidance: null, endGoal: c('Werk als netwerkbeheerder (ICT) op termijn.', ['e1']), supportNeed: c('Steun bij sociale contacten.', [], ['s2:social_communicating']),
  risksAndSafeguards: null, uncertainties: null, ...o,
});
const answers = (o: Partial<ReflectionAnswers> = {}): ReflectionAnswers => ({
  counter_arguments: null, change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null, expertise_boundary: null, ...o,
});

/** "field:reason" of each problem, the way the form shows them. */
const found = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.reason}`);
const on = (problems: Problem[], field: string) => problems.filter((p) => p.field === field).map((p) => p.reason);

// Strings in several scripts, n code points each (the user's count, not UTF-16's).
const SCRIPTS = { latin: 'a', emoji: '😀', arabic: 'ع', cjk: '漢', hebrew: 'ש', devanagari: 'क', latin1: '\u00e9' } as const;
const times = (unit: string, n: number) => unit.repeat(n);

// ---- every free-text field of every check function --------------------------------------------------
interface TextField { name: string; field: string; max: number; required: boolean; min?: number; run: (value: string | null) => Problem[] }
const TEXT_FIELDS: TextField[] = [
  { name: 'evidence title', field: 'title', max: TITLE_MAX, required: true, run: (v) => checkEvidence(evidenceInput({ title: v as string }), refs(), TODAY) },
  { name: 'evidence source name', field: 'sourceName', max: TITLE_MAX, required: false, run: (v) => checkEvidence(evidenceInput({ sourceName: v }), refs(), TODAY) },
  { name: 'evidence body', field: 'body', max: TEXT_MAX, required: false, run: (v) => checkEvidence(evidenceInput({ body: v }), refs(), TODAY) },
  { name: 'evidence interest', field: 'interest', max: SHORT_MAX, required: false, run: (v) => checkEvidence(evidenceInput({ interest: v }), refs(), TODAY) },
  { name: 'reality check of a self-assessment', field: 'realityCheck', max: TEXT_MAX, required: false, run: (v) => checkEvidence(evidenceInput({ kind: 'self_assessment', realityCheck: v }), refs(), TODAY) },
  { name: 'reality check of a wish', field: 'realityCheck', max: TEXT_MAX, required: false, run: (v) => checkEvidence(evidenceInput({ kind: 'wish', realityCheck: v }), refs(), TODAY) },
  { name: 'withdrawal reason', field: 'reason', max: SHORT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkWithdrawal(v as string) },
  { name: 'coverage note', field: 'note', max: TEXT_MAX, required: false, run: (v) => checkCoverage({ state: 'explored', note: v, noteIds: [], evidenceIds: [] }, refs()) },
  { name: 'Schema 1 cell', field: 'body', max: TEXT_MAX, required: false, run: (v) => checkSchema1Cell({ body: v as string, evidenceIds: [] }, refs()) },
  { name: 'Schema 2 own row label', field: 'label', max: TITLE_MAX, required: true, run: (v) => checkSchema2Row('eigen-0123abcd', schema2({ label: v }), refs()) },
  { name: 'Schema 2 support need', field: 'supportNeed', max: TEXT_MAX, required: false, run: (v) => checkSchema2Row('self_confidence', schema2({ supportNeed: v }), refs()) },
  { name: 'Schema 2 work implications', field: 'workImplications', max: TEXT_MAX, required: false, run: (v) => checkSchema2Row('self_confidence', schema2({ workImplications: v }), refs()) },
  { name: 'Schema 2 derived from', field: 'basis', max: TEXT_MAX, required: false, run: (v) => checkSchema2Row('self_confidence', schema2({ basis: v }), refs()) },
  { name: 'hypothesis explanation', field: 'explanation', max: SHORT_MAX, required: true, run: (v) => checkHypothesis(hypothesis({ explanation: v as string }), refs()) },
  { name: 'argument of an open hypothesis', field: 'statusArgument', max: SHORT_MAX, required: false, run: (v) => checkHypothesis(hypothesis({ statusArgument: v }), refs()) },
  ...(['supported', 'weakened', 'rejected'] as const).map((status): TextField => ({
    name: `argument of a ${status} hypothesis`, field: 'statusArgument', max: SHORT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkHypothesis(hypothesis({ status, statusArgument: v }), refs()),
  })),
  { name: 'hypothesis inside an observation', field: 'hypotheses.1.explanation', max: SHORT_MAX, required: true, run: (v) => checkObservation({ body: 'Spijbelen', discriminator: null, evidenceIds: [] }, refs(), [hypothesis(), hypothesis({ explanation: v as string })]) },
  { name: 'observation', field: 'body', max: SHORT_MAX, required: true, run: (v) => checkObservation({ body: v as string, discriminator: null, evidenceIds: [] }, refs()) },
  { name: 'discriminating information', field: 'discriminator', max: SHORT_MAX, required: false, run: (v) => checkObservation({ body: 'Spijbelen', discriminator: v, evidenceIds: [] }, refs()) },
  { name: 'anomaly description', field: 'description', max: SHORT_MAX, required: true, run: (v) => checkAnomaly({ kind: 'inconsistency', description: v as string, evidenceIds: [], observationId: null }, refs()) },
  { name: 'explanation of an anomaly', field: 'explanation', max: SHORT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkExplanation(v as string) },
  { name: 'placement argument', field: 'argument', max: SHORT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkPlacement({ willingness: 1, ability: 0, argument: v as string, evidenceIds: [] }, refs()) },
  { name: 'screening reason', field: 'screeningReason', max: TEXT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkTrajectory({ screeningReason: v as string, startedOn: TODAY }) },
  { name: 'closing note of a trajectory', field: 'endNote', max: TEXT_MAX, required: true, min: ARGUMENT_MIN, run: (v) => checkTrajectoryEnd({ endedOn: TODAY, endNote: v as string }, '2026-01-01') },
  ...(['title', 'question', 'expectedSignals', 'vulnerabilities', 'safeguards'] as const).map((field): TextField => ({
    name: `experiment ${field}`, field, max: field === 'title' ? TITLE_MAX : SHORT_MAX, required: true, run: (v) => checkExperiment(experiment({ [field]: v as string }), refs(), TODAY),
  })),
  ...(['successExperiences', 'failureExperiences', 'pictureChanges'] as const).map((field): TextField => ({
    name: `checkpoint ${field}`, field, max: TEXT_MAX, required: false,
    run: (v) => checkCheckpoint(checkpoint({ successExperiences: 'Was op tijd.', pictureChanges: 'Beeld scherper.', [field]: v }), { startsOn: '2026-06-01', lastCheckpointOn: null }, TODAY),
  })),
  { name: 'instrument name', field: 'name', max: TITLE_MAX, required: true, run: (v) => checkInstrument(instrument({ name: v as string })) },
  { name: 'instrument construct', field: 'construct', max: SHORT_MAX, required: true, run: (v) => checkInstrument(instrument({ construct: v as string })) },
  { name: 'instrument validation note', field: 'validationNote', max: SHORT_MAX, required: false, run: (v) => checkInstrument(instrument({ validationNote: v })) },
  { name: 'instrument provider', field: 'provider', max: TITLE_MAX, required: false, run: (v) => checkInstrument(instrument({ provider: v })) },
  { name: 'instrument fits when', field: 'fitsWhen', max: SHORT_MAX, required: false, run: (v) => checkInstrument(instrument({ fitsWhen: v })) },
  { name: 'rating comment', field: 'comment', max: SHORT_MAX, required: false, run: (v) => checkRating({ rating: 4, comment: v }) },
  { name: 'own factor, Dutch name', field: 'labelNl', max: TITLE_MAX, required: true, run: (v) => checkFactor({ group: 'skills', labelNl: v as string, labelEn: 'Own factor', icfCode: null }, ICF_CODE) },
  { name: 'own factor, English name', field: 'labelEn', max: TITLE_MAX, required: true, run: (v) => checkFactor({ group: 'skills', labelNl: 'Eigen factor', labelEn: v as string, icfCode: null }, ICF_CODE) },
  { name: 'end goal', field: 'endGoal.text', max: TEXT_MAX, required: true, run: (v) => checkAdvice(advice({ endGoal: c(v as string, ['e1']) }), refs()) },
  { name: 'support need', field: 'supportNeed.text', max: TEXT_MAX, required: true, run: (v) => checkAdvice(advice({ supportNeed: c(v as string, ['e2']) }), refs()) },
  { name: 'a suitable type of work', field: 'workTypes.0.text', max: TEXT_MAX, required: true, run: (v) => checkAdvice(advice({ workTypes: [{ ...c(v as string), profileId: null }] }), refs()) },
  ...(['schooling', 'guidance', 'risksAndSafeguards', 'uncertainties'] as const).map((section): TextField => ({
    name: `advice ${section}`, field: `${section}.text`, max: TEXT_MAX, required: false, run: (v) => checkAdvice(advice({ [section]: c(v as string) }), refs()),
  })),
  ...(['counter_arguments', 'change_conditions', 'open_hypotheses', 'assumptions_and_gaps'] as const).map((q): TextField => ({
    name: `answer to ${q}`, field: `answers.${q}`, max: TEXT_MAX, required: false, run: (v) => checkReflection(answers({ [q]: v })),
  })),
  { name: 'referral', field: 'answers.expertise_boundary.referralTo', max: TITLE_MAX, required: true, run: (v) => checkReflection(answers({ expertise_boundary: { choice: 'referral_needed', referralTo: v, explanation: null } })) },
  { name: 'expertise explanation', field: 'answers.expertise_boundary.explanation', max: TEXT_MAX, required: false, run: (v) => checkReflection(answers({ expertise_boundary: { choice: 'within_expertise', referralTo: null, explanation: v } })) },
];

describe('text lengths: counted in code points, any script, at exactly the maximum and one over', () => {
  it('textLength counts code points: an emoji is one, a combining accent is its own, a ZWJ family is five', () => {
    expect(textLength('😀')).toBe(1);
    expect('😀'.length).toBe(2);
    expect(textLength('e\u0301')).toBe(2);
    expect(textLength('\u00e9')).toBe(1);
    expect(textLength('👨‍👩‍👧')).toBe(5);
    expect(textLength('قال إنه بخير')).toBe(12);
    expect(textLength('他说他很好')).toBe(5);
  });

  describe.each(TEXT_FIELDS.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    it.each(Object.entries(SCRIPTS))('%s at exactly the maximum is accepted, one more is too long', (_script, unit) => {
      expect(on(f.run(times(unit, f.max)), f.field)).toEqual([]);
      const over = f.run(times(unit, f.max + 1)).filter((p) => p.field === f.field);
      expect(over).toEqual([{ field: f.field, reason: 'too_long', params: { maximum: f.max } }]);
    });

    it(f.required ? 'is required: empty or only whitespace is refused' : 'may stay empty', () => {
      for (const value of ['', '   ', '\t\n', ...(f.required ? [] : [null])]) {
        expect(on(f.run(value), f.field)).toEqual(f.required ? ['required'] : []);
      }
    });

    const min = f.min;
    if (min) {
      it(`is an argument of at least ${min} characters, counted after trimming`, () => {
        expect(on(f.run(times('x', min - 1)), f.field)).toEqual(['too_short']);
        expect(f.run(times('x', min - 1)).find((p) => p.field === f.field)?.params).toEqual({ minimum: min });
        expect(on(f.run(`   ${times('x', min - 1)}   `), f.field)).toEqual(['too_short']);
        expect(on(f.run(times('x', min)), f.field)).toEqual([]);
        expect(on(f.run(times('😀', min)), f.field)).toEqual([]);
        expect(on(f.run(times('ع', min - 1)), f.field)).toEqual(['too_short']);
      });
    }
  });
});

// ---- evidence -------------------------------------------------------------------------------------
describe('checkEvidence', () => {
  it('accepts a plain source and every kind with what it needs', () => {
    expect(checkEvidence(evidenceInput(), refs(), TODAY)).toEqual([]);
    expect(checkEvidence(evidenceInput({ kind: 'self_assessment', realityCheck: 'Intake toont praktijkkennis.' }), refs(), TODAY)).toEqual([]);
    expect(checkEvidence(evidenceInput({ kind: 'wish', realityCheck: null }), refs(), TODAY)).toEqual([]);
    expect(checkEvidence(evidenceInput({ kind: 'not_investigated', reliability: null, notInvestigatedReason: 'cost' }), refs(), TODAY)).toEqual([]);
    expect(checkEvidence(evidenceInput({ reliability: 'unknown' }), refs(), TODAY)).toEqual([]);
  });

  it('"not investigated because of time or cost" is an item: it needs its reason and has no reliability', () => {
    expect(found(checkEvidence(evidenceInput({ kind: 'not_investigated', reliability: 'high', notInvestigatedReason: null }), refs(), TODAY)))
      .toEqual(['reliability:not_applicable', 'notInvestigatedReason:required']);
    for (const reason of ['time', 'cost', 'time_and_cost', 'other'] as const) {
      expect(checkEvidence(evidenceInput({ kind: 'not_investigated', reliability: null, notInvestigatedReason: reason }), refs(), TODAY)).toEqual([]);
    }
  });

  it('every other kind states its reliability (or that it is unknown) and has no not-investigated reason', () => {
    for (const kind of ['information', 'self_assessment', 'wish'] as const) {
      expect(found(checkEvidence(evidenceInput({ kind, reliability: null, notInvestigatedReason: 'time' }), refs(), TODAY)))
        .toEqual(['reliability:required', 'notInvestigatedReason:not_applicable']);
    }
  });

  it('keeps the reality check beside the self-assessment and the wish, never on other information', () => {
    expect(on(checkEvidence(evidenceInput({ kind: 'information', realityCheck: 'Toets.' }), refs(), TODAY), 'realityCheck')).toEqual(['not_applicable']);
    expect(on(checkEvidence(evidenceInput({ kind: 'not_investigated', reliability: null, notInvestigatedReason: 'time', realityCheck: 'Toets.' }), refs(), TODAY), 'realityCheck')).toEqual(['not_applicable']);
    expect(on(checkEvidence(evidenceInput({ kind: 'information', realityCheck: '   ' }), refs(), TODAY), 'realityCheck')).toEqual([]);
  });

  it('a date: real, in the calendar, not in the future (today is fine)', () => {
    expect(on(checkEvidence(evidenceInput({ observedOn: TODAY }), refs(), TODAY), 'observedOn')).toEqual([]);
    expect(on(checkEvidence(evidenceInput({ observedOn: '2026-06-16' }), refs(), TODAY), 'observedOn')).toEqual(['date_in_future']);
    for (const bad of ['2026-02-30', '2023-02-29', '26-01-01', '2026-1-1', '', 'gisteren', '1899-12-31', '2026-06-15T00:00:00Z']) {
      expect(on(checkEvidence(evidenceInput({ observedOn: bad }), refs(), TODAY), 'observedOn')).toEqual(['date_invalid']);
    }
  });

  it('factors come from the catalogue, once each, at most 50', () => {
    expect(on(checkEvidence(evidenceInput({ factorCodes: ['anxiety', 'truancy'] }), refs(), TODAY), 'factorCodes')).toEqual([]);
    expect(checkEvidence(evidenceInput({ factorCodes: ['anxiety', 'made_up', 'also_made_up'] }), refs(), TODAY)).toEqual([{ field: 'factorCodes', reason: 'unknown_factor', params: { code: 'made_up' } }]);
    expect(on(checkEvidence(evidenceInput({ factorCodes: ['anxiety', 'anxiety'] }), refs(), TODAY), 'factorCodes')).toEqual(['duplicate']);
    const many = SHIPPED_FACTORS.slice(0, FACTORS_MAX + 1).map((f) => f.code);
    expect(on(checkEvidence(evidenceInput({ factorCodes: many.slice(0, FACTORS_MAX) }), refs(), TODAY), 'factorCodes')).toEqual([]);
    expect(on(checkEvidence(evidenceInput({ factorCodes: many }), refs(), TODAY), 'factorCodes')).toEqual(['too_many']);
    // An organisation's own factor counts once the store has loaded it into the refs.
    expect(on(checkEvidence(evidenceInput({ factorCodes: ['org:x'] }), refs({ factors: new Set(['org:x']) }), TODAY), 'factorCodes')).toEqual([]);
  });

  it('an instrument, contact or document must be of this case (or its organisation\'s databank)', () => {
    expect(checkEvidence(evidenceInput({ instrumentId: 'i1', contactId: 'c1', documentId: 'd1' }), refs(), TODAY)).toEqual([]);
    expect(found(checkEvidence(evidenceInput({ instrumentId: 'i9', contactId: 'c9', documentId: 'd9' }), refs(), TODAY)))
      .toEqual(['instrumentId:unknown_instrument', 'contactId:unknown_contact', 'documentId:unknown_document']);
    // Nothing loaded is nothing known: the store loads the organisation's databank before checking.
    expect(found(checkEvidence(evidenceInput({ instrumentId: 'i1' }), { evidence: new Map() }, TODAY))).toEqual(['instrumentId:unknown_instrument']);
  });

  it('reports every problem at once', () => {
    const problems = checkEvidence(evidenceInput({ title: ' ', observedOn: 'x', reliability: null, realityCheck: 'Toets.', factorCodes: ['x'] }), refs(), TODAY);
    expect(found(problems)).toEqual(['title:required', 'observedOn:date_invalid', 'reliability:required', 'realityCheck:not_applicable', 'factorCodes:unknown_factor']);
  });
});

describe('checkWithdrawal', () => {
  it('a withdrawal is argued', () => {
    expect(checkWithdrawal('Bleek over iemand anders te gaan.')).toEqual([]);
    expect(found(checkWithdrawal('fout'))).toEqual(['reason:too_short']);
    expect(found(checkWithdrawal(''))).toEqual(['reason:required']);
  });
});

// ---- links: only this case's, withdrawn ones may stay but never be newly linked --------------------
interface LinkField { name: string; field: string; run: (ids: string[], already?: string[]) => Problem[] }
const LINK_FIELDS: LinkField[] = [
  { name: 'coverage', field: 'evidenceIds', run: (ids, already) => checkCoverage({ state: 'partly', note: null, noteIds: [], evidenceIds: ids }, refs(), already) },
  { name: 'Schema 1 cell', field: 'evidenceIds', run: (ids, already) => checkSchema1Cell({ body: 'Korte uitzendbanen.', evidenceIds: ids }, refs(), already) },
  { name: 'Schema 2 row', field: 'evidenceIds', run: (ids, already) => checkSchema2Row('self_confidence', schema2({ evidenceIds: ids }), refs(), already) },
  { name: 'evidence for a hypothesis', field: 'evidenceFor', run: (ids, already = []) => checkHypothesis(hypothesis({ evidenceFor: ids }), refs(), '', { for: already, against: [] }) },
  { name: 'evidence against a hypothesis', field: 'evidenceAgainst', run: (ids, already = []) => checkHypothesis(hypothesis({ evidenceAgainst: ids }), refs(), '', { for: [], against: already }) },
  { name: 'observation', field: 'evidenceIds', run: (ids, already) => checkObservation({ body: 'Spijbelen', discriminator: null, evidenceIds: ids }, refs(), null, already) },
  { name: 'anomaly', field: 'evidenceIds', run: (ids, already) => checkAnomaly({ kind: 'anomaly', description: 'Veel korte banen', evidenceIds: ids, observationId: null }, refs(), already) },
  { name: 'end goal', field: 'endGoal.evidenceIds', run: (ids, already) => checkAdvice(advice({ endGoal: c('Netwerkbeheerder worden.', ids) }), refs(), already ? advice({ endGoal: c('Eerder.', already) }) : null) },
  { name: 'a work type', field: 'workTypes.0.evidenceIds', run: (ids, already) => checkAdvice(advice({ workTypes: [{ ...c('ICT-beheer', ids), profileId: null }] }), refs(), already ? advice({ schooling: c('Eerder.', already) }) : null) },
  { name: 'uncertainties', field: 'uncertainties.evidenceIds', run: (ids, already) => checkAdvice(advice({ uncertainties: c('Leervermogen onbekend.', ids) }), refs(), already ? advice({ uncertainties: c('Eerder.', already) }) : null) },
];

describe('links to evidence stay inside the case', () => {
  describe.each(LINK_FIELDS.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    it('accepts evidence of this case, and no links at all', () => {
      expect(on(f.run(['e1', 'e2']), f.field)).toEqual([]);
      expect(on(f.run([]), f.field)).toEqual([]);
    });
    it('refuses evidence of another case (or none that exists)', () => {
      expect(on(f.run(['e1', FOREIGN]), f.field)).toEqual(['unknown_evidence']);
    });
    it('refuses a withdrawn item newly linked, naming its number, but lets it stay where it was', () => {
      expect(f.run(['w1']).filter((p) => p.field === f.field)).toEqual([{ field: f.field, reason: 'withdrawn_evidence', params: { number: 4 } }]);
      expect(on(f.run(['w1', 'e1'], ['w1']), f.field)).toEqual([]);
    });
    it('refuses the same item twice and more than 200 links', () => {
      expect(on(f.run(['e1', 'e1']), f.field)).toEqual(['duplicate']);
      expect(on(f.run(Array.from({ length: LINKS_MAX + 1 }, (_, i) => `x${i}`)), f.field)).toContain('too_many');
    });
  });

  it('too many links: exactly 200 pass, 201 are refused (Schema 1, with 201 items of the case)', () => {
    const ids = Array.from({ length: LINKS_MAX + 1 }, (_, i) => `x${i}`);
    const wide: CaseRefs = { evidence: new Map(ids.map((id, i) => [id, { number: i + 1, withdrawn: false }])) };
    expect(checkSchema1Cell({ body: 'Veel bronnen.', evidenceIds: ids.slice(0, LINKS_MAX) }, wide)).toEqual([]);
    expect(checkSchema1Cell({ body: 'Veel bronnen.', evidenceIds: ids }, wide)).toEqual([{ field: 'evidenceIds', reason: 'too_many', params: { maximum: LINKS_MAX } }]);
  });

  it('a placement is new each time: a withdrawn item can never be linked to it', () => {
    expect(found(checkPlacement({ willingness: -1, ability: 0, argument: 'Komt afspraken niet na, drie keer.', evidenceIds: ['w1'] }, refs()))).toEqual(['evidenceIds:withdrawn_evidence']);
  });
});

// ---- coverage of the conversation model -------------------------------------------------------------
describe('coverage of the conversation model', () => {
  it('links conversation notes of this case only, once each', () => {
    expect(checkCoverage({ state: 'explored', note: 'Besproken.', noteIds: ['n1'], evidenceIds: ['e1'] }, refs())).toEqual([]);
    expect(found(checkCoverage({ state: 'explored', note: null, noteIds: ['n1', 'n9', 'n8'], evidenceIds: [] }, refs()))).toEqual(['noteIds:unknown_note']);
    expect(found(checkCoverage({ state: 'explored', note: null, noteIds: ['n1', 'n1'], evidenceIds: [] }, refs()))).toEqual(['noteIds:duplicate']);
    const many = Array.from({ length: LINKS_MAX + 1 }, (_, i) => `n${i}`);
    expect(found(checkCoverage({ state: 'explored', note: null, noteIds: many, evidenceIds: [] }, refs({ notes: new Set(many) })))).toEqual(['noteIds:too_many']);
  });

  it('coverageSummary: what was explored, partly explored and untouched, in the model\'s order; never complete', () => {
    expect(coverageSummary([])).toEqual({ explored: [], partly: [], untouched: [...COVERAGE_THEMES], claimsComplete: false });
    expect(coverageSummary([{ theme: 'future_wishes', state: 'explored' }, { theme: 'work_history', state: 'partly' }, { theme: 'incapacity_reason', state: 'explored' }])).toEqual({
      explored: ['incapacity_reason', 'future_wishes'], partly: ['work_history'], untouched: COVERAGE_THEMES.filter((t) => !['future_wishes', 'work_history', 'incapacity_reason'].includes(t)), claimsComplete: false,
    });
    // Every theme explored: nothing untouched, and still no claim that the picture is complete (Bijlage 1: "not complete").
    const all = coverageSummary(COVERAGE_THEMES.map((theme) => ({ theme, state: 'explored' as const })));
    expect(all.untouched).toEqual([]);
    expect(all.claimsComplete).toBe(false);
  });

  it('every theme of the conversation model feeds a column of Schema 1', () => {
    expect(Object.keys(COVERAGE_TO_SCHEMA1).sort()).toEqual([...COVERAGE_THEMES].sort());
    for (const column of Object.values(COVERAGE_TO_SCHEMA1)) expect(SCHEMA1_THEMES).toContain(column);
    expect(new Set(Object.values(COVERAGE_TO_SCHEMA1))).toEqual(new Set(SCHEMA1_THEMES));
  });
});

// ---- Schema 1 and Schema 2 -------------------------------------------------------------------------
describe('Schema 1 and Schema 2', () => {
  it('Schema 1 has 8 themes × 6 categories, level 1 burdening/strength and level 2 how the client deals with it', () => {
    expect(SCHEMA1_THEMES.length * SCHEMA1_CATEGORIES.length).toBe(48);
    expect(SCHEMA1_CATEGORIES.filter((k) => SCHEMA1_LEVEL[k] === 1)).toEqual(['burdening', 'strength']);
    expect(SCHEMA1_CATEGORIES.filter((k) => SCHEMA1_LEVEL[k] === 2)).toEqual(['coping', 'self_assessment_abilities', 'self_assessment_limitations', 'personality']);
  });

  it('a Schema 1 cell: text with links, or empty to clear; links without text are refused', () => {
    expect(checkSchema1Cell({ body: 'Veel gespijbeld.', evidenceIds: ['e1'] }, refs())).toEqual([]);
    expect(checkSchema1Cell({ body: '', evidenceIds: [] }, refs())).toEqual([]);
    expect(found(checkSchema1Cell({ body: '  ', evidenceIds: ['e1'] }, refs()))).toEqual(['body:required']);
  });

  it('Schema 2: the fixed rows have their name; a row of the expert\'s own needs one', () => {
    for (const key of SCHEMA2_ACTIVITIES) {
      expect(checkSchema2Row(key, schema2(), refs())).toEqual([]);
      expect(found(checkSchema2Row(key, schema2({ label: 'Andere naam' }), refs()))).toEqual(['label:label_for_activity']);
      expect(checkSchema2Row(key, schema2({ label: '  ' }), refs())).toEqual([]);
    }
    expect(checkSchema2Row('eigen-0123abcd', schema2({ label: 'Beroepsvaardigheden: netwerkbeheer' }), refs())).toEqual([]);
    expect(found(checkSchema2Row('eigen-0123abcd', schema2({ label: null }), refs()))).toEqual(['label:required']);
  });

  it('isSchema2Key and isEmptySchema2', () => {
    for (const key of SCHEMA2_ACTIVITIES) expect(isSchema2Key(key)).toBe(true);
    expect(isSchema2Key('eigen-0123abcd')).toBe(true);
    for (const key of ['eigen-0123ABCD', 'eigen-0123abc', 'eigen-0123abcde', 'eigen-', 'social_skills', '', 'formulating_wishes ']) expect(isSchema2Key(key)).toBe(false);
    expect(isEmptySchema2({ supportNeed: ' ', workImplications: null, basis: '', evidenceIds: [] })).toBe(true);
    expect(isEmptySchema2({ supportNeed: null, workImplications: null, basis: null, evidenceIds: ['e1'] })).toBe(false);
    expect(isEmptySchema2({ supportNeed: null, workImplications: null, basis: 'Intake.', evidenceIds: [] })).toBe(false);
  });

  it('parseCellRef: Schema 1 theme × category, Schema 2 activity or own row; anything else is no cell', () => {
    for (const theme of SCHEMA1_THEMES) for (const category of SCHEMA1_CATEGORIES) {
      expect(parseCellRef(schema1Ref(theme, category))).toEqual({ schema: 1, theme, category });
    }
    for (const key of SCHEMA2_ACTIVITIES) expect(parseCellRef(schema2Ref(key))).toEqual({ schema: 2, key });
    expect(parseCellRef('s2:eigen-0123abcd')).toEqual({ schema: 2, key: 'eigen-0123abcd' });
    for (const bad of ['s1:work_history', 's1:work_history:burdening:x', 's1:hobbies:strength', 's1:work_history:weakness', 's2:', 's2:social_skills', 's2:eigen-XYZ',
      's3:work_history:burdening', 'work_history:burdening', '', 'S1:work_history:burdening', ' s1:work_history:burdening']) {
      expect(parseCellRef(bad)).toBeNull();
    }
  });
});

// ---- observations, hypotheses, anomalies -------------------------------------------------------------
describe('hypotheses: competing explanations, each status other than open argued', () => {
  it('open needs no argument; supported, weakened and rejected need one of at least 10 characters', () => {
    expect(checkHypothesis(hypothesis(), refs())).toEqual([]);
    for (const status of ['supported', 'weakened', 'rejected'] as const satisfies readonly HypothesisStatus[]) {
      expect(found(checkHypothesis(hypothesis({ status, statusArgument: null }), refs()))).toEqual(['statusArgument:required']);
      expect(found(checkHypothesis(hypothesis({ status, statusArgument: 'nee' }), refs()))).toEqual(['statusArgument:too_short']);
      expect(checkHypothesis(hypothesis({ status, statusArgument: 'De broer is zijn voorbeeld.' }), refs())).toEqual([]);
    }
  });

  it('a hypothesis without an explanation is refused', () => {
    expect(found(checkHypothesis(hypothesis({ explanation: '' }), refs()))).toEqual(['explanation:required']);
  });

  it('a source cannot count both for and against', () => {
    expect(found(checkHypothesis(hypothesis({ evidenceFor: ['e1', 'e2'], evidenceAgainst: ['e2'] }), refs()))).toEqual(['evidenceAgainst:for_and_against']);
    expect(checkHypothesis(hypothesis({ evidenceFor: ['e1'], evidenceAgainst: ['e2'] }), refs())).toEqual([]);
  });

  it('inside an observation, problems name the hypothesis by position', () => {
    const problems = checkHypothesis(hypothesis({ explanation: ' ', status: 'rejected', statusArgument: 'nee', evidenceFor: [FOREIGN] }), refs(), 'hypotheses.2');
    expect(found(problems)).toEqual(['hypotheses.2.explanation:required', 'hypotheses.2.statusArgument:too_short', 'hypotheses.2.evidenceFor:unknown_evidence']);
  });
});

describe('observations', () => {
  const body = { body: 'Spijbelen tijdens elke opleiding', discriminator: null, evidenceIds: ['e1'] };
  it('a new observation comes with at least one explanation and at most 12', () => {
    expect(checkObservation(body, refs(), [hypothesis()])).toEqual([]);
    expect(found(checkObservation(body, refs(), []))).toEqual(['hypotheses:required']);
    expect(checkObservation(body, refs(), Array.from({ length: HYPOTHESES_MAX }, () => hypothesis()))).toEqual([]);
    expect(found(checkObservation(body, refs(), Array.from({ length: HYPOTHESES_MAX + 1 }, () => hypothesis())))).toEqual(['hypotheses:too_many']);
  });
  it('each explanation is checked, named by its position', () => {
    expect(found(checkObservation(body, refs(), [hypothesis(), hypothesis({ status: 'supported', statusArgument: null })]))).toEqual(['hypotheses.1.statusArgument:required']);
  });
  it('an update of the observation itself does not touch its hypotheses', () => {
    expect(checkObservation(body, refs(), null)).toEqual([]);
    expect(found(checkObservation({ ...body, body: '' }, refs(), null))).toEqual(['body:required']);
  });
});

describe('inconsistencies and anomalies', () => {
  it('are described, may link an observation of this case only', () => {
    expect(checkAnomaly({ kind: 'inconsistency', description: '“Niets aan de hand” tegenover angst voor groepen.', evidenceIds: ['e1', 'e2'], observationId: 'o1' }, refs())).toEqual([]);
    expect(found(checkAnomaly({ kind: 'anomaly', description: 'Veel korte banen.', evidenceIds: [], observationId: 'o9' }, refs()))).toEqual(['observationId:unknown_observation']);
  });
  it('stay open until explained in an argument, never by a tick', () => {
    expect(found(checkExplanation(''))).toEqual(['explanation:required']);
    expect(found(checkExplanation('ok'))).toEqual(['explanation:too_short']);
    expect(checkExplanation('Angst verklaart beide: hij ontkent uit schaamte.')).toEqual([]);
  });
});

// ---- willingness and ability -----------------------------------------------------------------------
describe('placement on willingness and ability (Figure 1)', () => {
  const argument = 'Wil wel, maar angst en prikkelgevoeligheid remmen hem.';
  it('only with a written argument, anywhere on both axes', () => {
    for (const willingness of [-2, -1, 0, 1, 2] as const) for (const ability of [-2, -1, 0, 1, 2] as const) {
      expect(found(checkPlacement({ willingness, ability, argument: '', evidenceIds: ['e1'] }, refs()))).toEqual(['argument:required']);
      expect(checkPlacement({ willingness, ability, argument, evidenceIds: ['e1'] }, refs())).toEqual([]);
    }
  });
  it('toward "unwilling" only with linked evidence; toward "unable" or neutral without is allowed', () => {
    for (const willingness of [-2, -1] as const) {
      expect(checkPlacement({ willingness, ability: 0, argument, evidenceIds: [] }, refs())).toEqual([{ field: 'evidenceIds', reason: 'evidence_required_unwilling' }]);
    }
    for (const willingness of [0, 1, 2] as const) expect(checkPlacement({ willingness, ability: -2, argument, evidenceIds: [] }, refs())).toEqual([]);
  });
  it('evidence of another case does not count as support', () => {
    expect(found(checkPlacement({ willingness: -2, ability: 0, argument, evidenceIds: [FOREIGN] }, refs()))).toEqual(['evidenceIds:unknown_evidence']);
  });
});

// ---- trial-and-error ------------------------------------------------------------------------------
describe('trial-and-error', () => {
  it('a trajectory starts with a screening reason and a real date', () => {
    expect(checkTrajectory({ screeningReason: 'Beeld is niet rond: leervermogen onbekend.', startedOn: TODAY })).toEqual([]);
    expect(found(checkTrajectory({ screeningReason: 'kort', startedOn: '2026-02-30' }))).toEqual(['screeningReason:too_short', 'startedOn:date_invalid']);
  });

  it('a trajectory ends on or after its start, with a closing note', () => {
    expect(checkTrajectoryEnd({ endedOn: '2026-01-01', endNote: 'Doel bereikt, plaatsing bij werkgever.' }, '2026-01-01')).toEqual([]);
    expect(found(checkTrajectoryEnd({ endedOn: '2025-12-31', endNote: 'Doel bereikt, plaatsing bij werkgever.' }, '2026-01-01'))).toEqual(['endedOn:before_start']);
    expect(found(checkTrajectoryEnd({ endedOn: 'nooit', endNote: '' }, '2026-01-01'))).toEqual(['endedOn:date_invalid', 'endNote:required']);
  });

  it('an experiment names its question, signals, the client\'s vulnerabilities and the safeguards; a hypothesis of this case', () => {
    expect(checkExperiment(experiment(), refs(), TODAY)).toEqual([]);
    expect(checkExperiment(experiment({ hypothesisId: 'h1' }), refs(), TODAY)).toEqual([]);
    expect(found(checkExperiment(experiment({ hypothesisId: 'h9' }), refs(), TODAY))).toEqual(['hypothesisId:unknown_hypothesis']);
    expect(found(checkExperiment(experiment({ question: '', expectedSignals: ' ', vulnerabilities: '', safeguards: '' }), refs(), TODAY)))
      .toEqual(['question:required', 'expectedSignals:required', 'vulnerabilities:required', 'safeguards:required']);
  });

  it('its feedback moment is a real date, not past, not before the start', () => {
    expect(on(checkExperiment(experiment({ nextFeedbackOn: TODAY }), refs(), TODAY), 'nextFeedbackOn')).toEqual([]);
    expect(on(checkExperiment(experiment({ nextFeedbackOn: '2026-06-14' }), refs(), TODAY), 'nextFeedbackOn')).toEqual(['date_in_past']);
    expect(on(checkExperiment(experiment({ startsOn: '2026-07-01', nextFeedbackOn: '2026-06-30' }), refs(), TODAY), 'nextFeedbackOn')).toEqual(['before_start']);
    expect(on(checkExperiment(experiment({ nextFeedbackOn: '2026-13-01' }), refs(), TODAY), 'nextFeedbackOn')).toEqual(['date_invalid']);
    expect(found(checkExperiment(experiment({ startsOn: 'morgen' }), refs(), TODAY))).toEqual(['startsOn:date_invalid']);
  });

  it('asks, never refuses, about a feedback moment more than two weeks away', () => {
    expect(questionExperiment('2026-06-01', '2026-06-15')).toEqual([]);
    expect(questionExperiment('2026-06-01', '2026-06-16')).toEqual([{ code: 'feedback_interval_long', days: FREQUENT_FEEDBACK_DAYS + 1, threshold: FREQUENT_FEEDBACK_DAYS }]);
    expect(questionExperiment('2026-06-01', '2026-09-01')).toEqual([{ code: 'feedback_interval_long', days: 92, threshold: 14 }]);
    expect(questionExperiment('x', '2026-09-01')).toEqual([]);
    expect(checkExperiment(experiment({ startsOn: TODAY, nextFeedbackOn: '2026-12-31' }), refs(), TODAY)).toEqual([]);
  });

  it('a checkpoint records what succeeded, failed or changed, the styles used once each, and the next moment', () => {
    const experimentFacts = { startsOn: '2026-06-01', lastCheckpointOn: null };
    expect(checkCheckpoint(checkpoint(), experimentFacts, TODAY)).toEqual([]);
    expect(found(checkCheckpoint(checkpoint({ successExperiences: null, failureExperiences: ' ', pictureChanges: '' }), experimentFacts, TODAY))).toEqual(['successExperiences:nothing_recorded']);
    expect(checkCheckpoint(checkpoint({ successExperiences: null, failureExperiences: 'Haakte af na een uur.' }), experimentFacts, TODAY)).toEqual([]);
    expect(found(checkCheckpoint(checkpoint({ interventionStyles: ['small_steps', 'small_steps'] }), experimentFacts, TODAY))).toEqual(['interventionStyles:duplicate']);
    expect(checkCheckpoint(checkpoint({ interventionStyles: [] }), experimentFacts, TODAY)).toEqual([]);
  });

  it('a checkpoint is held between the start and today', () => {
    const facts = { startsOn: '2026-06-10', lastCheckpointOn: null };
    expect(found(checkCheckpoint(checkpoint({ heldOn: '2026-06-16' }), facts, TODAY))).toEqual(['heldOn:date_in_future']);
    expect(found(checkCheckpoint(checkpoint({ heldOn: '2026-06-09' }), facts, TODAY))).toEqual(['heldOn:before_start']);
    expect(checkCheckpoint(checkpoint({ heldOn: '2026-06-10' }), facts, TODAY)).toEqual([]);
    expect(found(checkCheckpoint(checkpoint({ heldOn: 'vandaag' }), facts, TODAY))).toEqual(['heldOn:date_invalid']);
  });

  it('continue or adjust names the next feedback moment after the checkpoint; stop has none', () => {
    const facts = { startsOn: '2026-06-01', lastCheckpointOn: null };
    for (const decision of ['continue', 'adjust'] as const) {
      expect(found(checkCheckpoint(checkpoint({ decision, nextFeedbackOn: null }), facts, TODAY))).toEqual(['nextFeedbackOn:required']);
      expect(found(checkCheckpoint(checkpoint({ decision, nextFeedbackOn: TODAY }), facts, TODAY))).toEqual(['nextFeedbackOn:not_after_checkpoint']);
      expect(found(checkCheckpoint(checkpoint({ decision, heldOn: '2026-06-10', nextFeedbackOn: '2026-06-12' }), facts, TODAY))).toEqual(['nextFeedbackOn:date_in_past']);
      expect(found(checkCheckpoint(checkpoint({ decision, nextFeedbackOn: '2026-02-30' }), facts, TODAY))).toEqual(['nextFeedbackOn:date_invalid']);
      expect(checkCheckpoint(checkpoint({ decision, nextFeedbackOn: '2026-06-16' }), facts, TODAY)).toEqual([]);
    }
    expect(checkCheckpoint(checkpoint({ decision: 'stop', nextFeedbackOn: null }), facts, TODAY)).toEqual([]);
    expect(found(checkCheckpoint(checkpoint({ decision: 'stop', nextFeedbackOn: '2026-06-22' }), facts, TODAY))).toEqual(['nextFeedbackOn:not_applicable']);
  });
});

// ---- instruments and factors ---------------------------------------------------------------------
describe('the instrument databank and own factors', () => {
  it('an instrument names what it measures', () => {
    expect(checkInstrument(instrument())).toEqual([]);
    expect(found(checkInstrument(instrument({ name: ' ', construct: '' })))).toEqual(['name:required', 'construct:required']);
  });
  it('a rating may carry a comment; its average is never shown without how many it rests on', () => {
    expect(checkRating({ rating: 5, comment: null })).toEqual([]);
    expect(ratingSummary([])).toEqual({ average: null, count: 0 });
    expect(ratingSummary([4])).toEqual({ average: 4, count: 1 });
    expect(ratingSummary([4, 5])).toEqual({ average: 4.5, count: 2 });
    expect(ratingSummary([1, 2, 2])).toEqual({ average: 1.7, count: 3 });
  });
  it('an own factor has names in both languages and, optionally, a real ICF code', () => {
    const factor = { group: 'skills', labelNl: 'Digitale vaardigheden', labelEn: 'Digital skills' };
    expect(checkFactor({ ...factor, icfCode: null }, ICF_CODE)).toEqual([]);
    for (const code of ['d2', 'd240', 'e310', 'b1644', 's7302', 'd23001']) expect(checkFactor({ ...factor, icfCode: code }, ICF_CODE)).toEqual([]);
    for (const code of ['x240', 'd24', 'd240000', 'D240', 'd 240', '', 'd24a']) expect(found(checkFactor({ ...factor, icfCode: code }, ICF_CODE))).toEqual(['icfCode:icf_invalid']);
  });
});

// ---- the advice -------------------------------------------------------------------------------------
describe('the reintegration advice', () => {
  it('an advice needs an end goal and a support need, each written', () => {
    expect(checkAdvice(advice(), refs())).toEqual([]);
    expect(found(checkAdvice(advice({ endGoal: c(''), supportNeed: c('  ') }), refs()))).toEqual(['endGoal.text:required', 'supportNeed.text:required']);
  });

  it('end goal and support need cannot be merged: the same after case, whitespace and punctuation is refused', () => {
    const same = [
      ['Netwerkbeheerder', 'netwerkbeheerder.'], ['Werk als netwerkbeheerder', '  WERK   als\tnetwerkbeheerder!  '], ['ICT-beheer, klein team', 'ict beheer klein team'],
      ['Één vaste collega', 'één vaste collega…'], ['Weer aan het werk', '“Weer aan het werk”'], ['Zelfstandig werken', 'zelfstandig\u00a0werken'],
    ];
    for (const [goal, need] of same) {
      expect(checkAdvice(advice({ endGoal: c(goal!, ['e1']), supportNeed: c(need!, ['e2']) }), refs())).toEqual([{ field: 'supportNeed.text', reason: 'end_goal_equals_support_need' }]);
    }
    for (const [goal, need] of [['Netwerkbeheerder', 'Netwerkbeheerder worden'], ['Werk in de ICT', 'Steun bij werk in de ICT'], ['ICT', 'ICTS']]) {
      expect(checkAdvice(advice({ endGoal: c(goal!, ['e1']), supportNeed: c(need!, ['e2']) }), refs())).toEqual([]);
    }
  });

  it('optional sections may be absent or empty; written without text but with links is refused', () => {
    for (const section of ['schooling', 'guidance', 'risksAndSafeguards', 'uncertainties'] as const) {
      expect(checkAdvice(advice({ [section]: null }), refs())).toEqual([]);
      expect(checkAdvice(advice({ [section]: c('  ') }), refs())).toEqual([]);
      expect(found(checkAdvice(advice({ [section]: c('', ['e1']) }), refs()))).toEqual([`${section}.text:required`]);
      expect(found(checkAdvice(advice({ [section]: c('', [], ['s1:work_history:burdening']) }), refs()))).toEqual([`${section}.text:required`]);
    }
  });

  it('links schema cells that exist and are filled in this case, once each', () => {
    expect(checkAdvice(advice({ guidance: c('Jobcoach.', [], ['s1:work_history:burdening', 's2:social_communicating']) }), refs())).toEqual([]);
    expect(found(checkAdvice(advice({ guidance: c('Jobcoach.', [], ['s1:work_history:weakness']) }), refs()))).toEqual(['guidance.cellRefs:unknown_cell']);
    expect(found(checkAdvice(advice({ guidance: c('Jobcoach.', [], ['s1:future_view:strength']) }), refs()))).toEqual(['guidance.cellRefs:empty_cell']);
    expect(found(checkAdvice(advice({ guidance: c('Jobcoach.', [], ['s2:self_confidence']) }), refs()))).toEqual(['guidance.cellRefs:empty_cell']);
    expect(found(checkAdvice(advice({ guidance: c('Jobcoach.', [], ['s2:social_communicating', 's2:social_communicating']) }), refs()))).toEqual(['guidance.cellRefs:duplicate']);
    const many = Array.from({ length: LINKS_MAX + 1 }, (_, i) => `s2:eigen-${i.toString(16).padStart(8, '0')}`);
    expect(found(checkAdvice(advice({ guidance: c('Jobcoach.', [], many) }), refs({ cells: new Set([...many, 's2:social_communicating']) })))).toEqual(['guidance.cellRefs:too_many']);
  });

  it('work types: at most 20, each written, a job profile of this case only', () => {
    const work = (profileId: string | null) => ({ ...c('Eenvoudig ICT-beheer in een klein team.', ['e1']), profileId });
    expect(checkAdvice(advice({ workTypes: [work(null), work('p1')] }), refs())).toEqual([]);
    expect(found(checkAdvice(advice({ workTypes: [work(null), work('p9')] }), refs()))).toEqual(['workTypes.1.profileId:unknown_profile']);
    expect(checkAdvice(advice({ workTypes: Array.from({ length: WORK_TYPES_MAX }, () => work(null)) }), refs())).toEqual([]);
    expect(found(checkAdvice(advice({ workTypes: Array.from({ length: WORK_TYPES_MAX + 1 }, () => work(null)) }), refs()))).toEqual(['workTypes:too_many']);
  });

  it('adviceEvidenceIds: every section\'s direct links, for "already linked"', () => {
    expect(adviceEvidenceIds(null)).toEqual([]);
    const content = advice({ workTypes: [{ ...c('A', ['e3']), profileId: null }], schooling: c('B', ['e2']), uncertainties: c('C', ['w1']) });
    expect(adviceEvidenceIds(content).sort()).toEqual(['e1', 'e2', 'e3', 'w1']);
  });

  it('tidyAdvice stores an unwritten optional section as absent and keeps nothing but the contract', () => {
    const messy = {
      ...advice({ schooling: c('   ', [], []), guidance: c('Jobcoach.', ['e1'], []), risksAndSafeguards: null, uncertainties: c('') }),
      workTypes: [{ ...c('ICT', ['e1']), profileId: 'p1', extra: 'x' } as AdviceContent['workTypes'][number]],
    } as AdviceContent;
    (messy.endGoal as Conclusion & { extra?: string }).extra = 'weg';
    const tidy = tidyAdvice(messy);
    expect(tidy).toEqual({
      workTypes: [{ text: 'ICT', profileId: 'p1', evidenceIds: ['e1'], cellRefs: [] }], schooling: null, guidance: c('Jobcoach.', ['e1'], []),
      endGoal: c('Werk als netwerkbeheerder (ICT) op termijn.', ['e1']), supportNeed: c('Steun bij sociale contacten.', [], ['s2:social_communicating']),
      risksAndSafeguards: null, uncertainties: null,
    });
    expect(tidyAdvice(tidy)).toEqual(tidy);
  });

  it('conclusionEvidence: direct links and the evidence of the cells it names, once each', () => {
    const state = {
      schema1: [{ theme: 'work_history' as const, category: 'burdening' as const, body: 'x', evidenceIds: ['e2', 'e3'], updatedAt: '' }],
      schema2: [{ key: 'social_communicating', supportNeed: 'x', workImplications: null, basis: null, evidenceIds: ['e3', 'e4'], updatedAt: '' }],
    };
    expect(conclusionEvidence(c('x', ['e1', 'e2'], ['s1:work_history:burdening', 's2:social_communicating', 's2:self_confidence', 'kapot']), state).sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(conclusionEvidence(c('x'), state)).toEqual([]);
  });
});

// ---- the questions before the advice is final -----------------------------------------------------
describe('before the advice is final', () => {
  it('every answer may be skipped: no answer at all is no problem', () => {
    expect(checkReflection(answers())).toEqual([]);
  });

  it('a referral names to whom; within expertise names no one', () => {
    for (const choice of ['partly_referral', 'referral_needed'] as const) {
      expect(found(checkReflection(answers({ expertise_boundary: { choice, referralTo: null, explanation: null } })))).toEqual(['answers.expertise_boundary.referralTo:required']);
      expect(checkReflection(answers({ expertise_boundary: { choice, referralTo: 'Psycholoog', explanation: null } }))).toEqual([]);
    }
    expect(checkReflection(answers({ expertise_boundary: { choice: 'within_expertise', referralTo: null, explanation: 'Binnen mijn vak.' } }))).toEqual([]);
    expect(found(checkReflection(answers({ expertise_boundary: { choice: 'within_expertise', referralTo: 'Psycholoog', explanation: null } })))).toEqual(['answers.expertise_boundary.referralTo:not_applicable']);
  });

  it('reflectionOf keeps the answers and records which questions were skipped, in the order asked', () => {
    const signals = [{ code: 'hypotheses_open' as const, refs: ['h1'] }];
    const r = reflectionOf(answers({ counter_arguments: 'De RIBW twijfelt.', open_hypotheses: '   ', expertise_boundary: { choice: 'partly_referral', referralTo: 'Psycholoog', explanation: ' ' } }), signals);
    expect(r).toEqual({
      answers: {
        counter_arguments: 'De RIBW twijfelt.', change_conditions: null, open_hypotheses: null, assumptions_and_gaps: null,
        expertise_boundary: { choice: 'partly_referral', referralTo: 'Psycholoog', explanation: null },
      },
      skipped: ['change_conditions', 'open_hypotheses', 'assumptions_and_gaps'],
      signals,
    });
    expect(reflectionOf(answers(), []).skipped).toEqual([...REFLECTION_QUESTIONS]);
  });

  it('each question brings signals to mind; every signal code belongs to at least one question', () => {
    const asked = new Set(Object.values(QUESTION_SIGNALS).flat());
    expect([...asked].sort()).toEqual([...SIGNAL_CODES].sort());
    expect(Object.keys(QUESTION_SIGNALS).sort()).toEqual([...REFLECTION_QUESTIONS].sort());
    for (const q of REFLECTION_QUESTIONS) expect(QUESTION_SIGNALS[q].length).toBeGreaterThan(0);
  });
});

// ---- signals ------------------------------------------------------------------------------------------
/** Every SignalCode, checked by the compiler: a code added to the domain without a case here fails to compile. */
const SIGNAL_CASES: Record<SignalCode, true> = {
  coverage_untouched: true, single_explanation: true, no_discriminator: true, supported_without_evidence: true, hypotheses_open: true, anomalies_open: true,
  not_investigated: true, self_assessment_unchecked: true, schema2_without_basis: true, stale_since_checkpoint: true, feedback_overdue: true, placement_unwilling: true,
  boundary_factors: true, conclusion_without_basis: true, end_goal_own_circle_only: true, support_need_without_schema2: true, work_type_not_suitable: true,
  withdrawn_evidence_linked: true,
};
const SIGNAL_CODES = Object.keys(SIGNAL_CASES) as SignalCode[];

const fact = (id: string, number: number, o: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
  id, number, kind: 'information', sourceType: 'employer', realityCheck: null, factorCodes: [], withdrawn: false, ...o,
});
/** A case where nothing is open, untouched or unargued: no signal at all. */
function quiet(): JudgementState {
  return {
    today: TODAY,
    evidence: [fact('e1', 1), fact('e2', 2, { sourceType: 'school', factorCodes: ['truancy'] })],
    coverage: COVERAGE_THEMES.map((theme) => ({ theme, state: 'explored' as CoverageState })),
    schema1: [{ theme: 'work_history', category: 'burdening', body: 'Korte banen.', evidenceIds: ['e1'], updatedAt: '2026-06-10T10:00:00.000Z' }],
    schema2: [{ key: 'social_communicating', supportNeed: 'Vaste contactpersoon.', workImplications: null, basis: null, evidenceIds: ['e2'], updatedAt: '2026-06-10T10:00:00.000Z' }],
    observations: [{ id: 'o1', discriminator: null, hypotheses: [{ id: 'h1', status: 'supported', evidenceFor: ['e1'] }, { id: 'h2', status: 'rejected', evidenceFor: [] }] }],
    anomalies: [{ id: 'a1', explanation: 'Angst verklaart beide.' }],
    placement: { willingness: 1, ability: -1 },
    experiments: [{ id: 'x1', state: 'running', nextFeedbackOn: TODAY }, { id: 'x2', state: 'ended', nextFeedbackOn: '2026-01-01' }],
    lastCheckpointAt: '2026-06-01T09:00:00.000Z',
    advice: advice({ workTypes: [{ ...c('ICT-beheer', ['e2']), profileId: 'p1' }], endGoal: c('Netwerkbeheerder', ['e1', 'e2']), supportNeed: c('Vaste groep', [], ['s2:social_communicating']) }),
    profileConclusions: new Map([['p1', 'suitable'], ['p2', 'not_suitable']]),
    boundaryFactors: new Set(['anxiety', 'addiction']),
  };
}
const codes = (state: JudgementState) => judgementSignals(state).map((s) => s.code);
const refsOf = (state: JudgementState, code: SignalCode) => judgementSignals(state).find((s) => s.code === code)?.refs;

describe('judgementSignals: what is open, untouched or unargued, each firing and not firing', () => {
  it('a case with nothing open gives no signal', () => {
    expect(judgementSignals(quiet())).toEqual([]);
  });

  // For each code: the change that makes it fire (alone), with the refs it must name.
  const FIRING: Record<SignalCode, { change: (s: JudgementState) => JudgementState; refs: string[]; also?: SignalCode[] }> = {
    coverage_untouched: { change: (s) => ({ ...s, coverage: s.coverage.filter((x) => !['biography', 'social_situation'].includes(x.theme)) }), refs: ['social_situation', 'biography'] },
    single_explanation: { change: (s) => ({ ...s, observations: [...s.observations, { id: 'o2', discriminator: null, hypotheses: [{ id: 'h3', status: 'rejected', evidenceFor: [] }] }] }), refs: ['o2'] },
    no_discriminator: {
      change: (s) => ({ ...s, observations: [{ id: 'o1', discriminator: '  ', hypotheses: [{ id: 'h1', status: 'open', evidenceFor: [] }, { id: 'h2', status: 'open', evidenceFor: [] }] }] }),
      refs: ['o1'], also: ['hypotheses_open'],
    },
    supported_without_evidence: { change: (s) => ({ ...s, observations: [{ ...s.observations[0]!, hypotheses: [{ id: 'h1', status: 'supported', evidenceFor: [] }, { id: 'h2', status: 'rejected', evidenceFor: [] }] }] }), refs: ['h1'] },
    hypotheses_open: { change: (s) => ({ ...s, observations: [{ ...s.observations[0]!, discriminator: 'Observatie in een kleine groep.', hypotheses: [{ id: 'h1', status: 'open', evidenceFor: [] }, { id: 'h2', status: 'open', evidenceFor: [] }] }] }), refs: ['h1', 'h2'] },
    anomalies_open: { change: (s) => ({ ...s, anomalies: [...s.anomalies, { id: 'a2', explanation: null }, { id: 'a3', explanation: ' ' }] }), refs: ['a2', 'a3'] },
    not_investigated: { change: (s) => ({ ...s, evidence: [...s.evidence, fact('e3', 3, { kind: 'not_investigated', sourceType: 'test_instrument' }), fact('w3', 4, { kind: 'not_investigated', withdrawn: true })] }), refs: ['e3'] },
    self_assessment_unchecked: {
      change: (s) => ({ ...s, evidence: [...s.evidence, fact('e3', 3, { kind: 'self_assessment' }), fact('e4', 4, { kind: 'wish', realityCheck: ' ' }), fact('e5', 5, { kind: 'wish', realityCheck: 'Intake.' }), fact('w3', 6, { kind: 'wish', withdrawn: true })] }),
      refs: ['e3', 'e4'],
    },
    schema2_without_basis: {
      change: (s) => ({ ...s, schema2: [...s.schema2, { key: 'self_confidence', supportNeed: null, workImplications: 'Geen leidinggevende taken.', basis: null, evidenceIds: [], updatedAt: '2026-06-10T10:00:00.000Z' }, { key: 'eigen-0123abcd', supportNeed: 'x', workImplications: null, basis: 'Intake.', evidenceIds: [], updatedAt: '2026-06-10T10:00:00.000Z' }] }),
      refs: ['self_confidence'],
    },
    stale_since_checkpoint: { change: (s) => ({ ...s, lastCheckpointAt: '2026-06-12T08:00:00.000Z' }), refs: ['s1:work_history:burdening', 's2:social_communicating'] },
    feedback_overdue: { change: (s) => ({ ...s, experiments: [...s.experiments, { id: 'x3', state: 'running', nextFeedbackOn: '2026-06-14' }, { id: 'x4', state: 'running', nextFeedbackOn: null }] }), refs: ['x3'] },
    placement_unwilling: { change: (s) => ({ ...s, placement: { willingness: -1, ability: 2 } }), refs: ['placement'] },
    boundary_factors: {
      change: (s) => ({ ...s, evidence: [...s.evidence, fact('e3', 3, { factorCodes: ['anxiety', 'truancy'] }), fact('e4', 4, { factorCodes: ['anxiety'] }), fact('w3', 5, { factorCodes: ['addiction'], withdrawn: true })] }),
      refs: ['anxiety'],
    },
    conclusion_without_basis: { change: (s) => ({ ...s, advice: { ...s.advice!, guidance: c('Jobcoach.'), workTypes: [{ ...c('Magazijn'), profileId: null }, ...s.advice!.workTypes] } }), refs: ['workTypes.0', 'guidance'] },
    end_goal_own_circle_only: {
      change: (s) => ({ ...s, evidence: [...s.evidence, fact('e3', 3, { sourceType: 'family' }), fact('e4', 4, { sourceType: 'client_story' })], schema1: [...s.schema1, { theme: 'future_view', category: 'strength', body: 'Wens: ICT.', evidenceIds: ['e4'], updatedAt: '2026-06-10T10:00:00.000Z' }], advice: { ...s.advice!, endGoal: c('Netwerkbeheerder', ['e3'], ['s1:future_view:strength']) } }),
      refs: ['e3', 'e4'],
    },
    support_need_without_schema2: { change: (s) => ({ ...s, advice: { ...s.advice!, supportNeed: c('Vaste groep', ['e1'], ['s1:work_history:burdening']) } }), refs: ['supportNeed'] },
    work_type_not_suitable: { change: (s) => ({ ...s, advice: { ...s.advice!, workTypes: [...s.advice!.workTypes, { ...c('Ander werk', ['e1']), profileId: 'p2' }, { ...c('Onbekend profiel', ['e1']), profileId: 'p9' }] } }), refs: ['p2'] },
    withdrawn_evidence_linked: { change: (s) => ({ ...s, evidence: s.evidence.map((e) => (e.id === 'e2' ? { ...e, withdrawn: true } : e)) }), refs: ['e2'] },
  };

  it.each(SIGNAL_CODES.map((code) => [code] as const))('%s fires on its cause, naming what it is about, and only then', (code) => {
    const { change, refs: expected, also = [] } = FIRING[code];
    const state = change(quiet());
    expect(refsOf(state, code)).toEqual(expected);
    expect(codes(state).sort()).toEqual([code, ...also].sort());
    expect(codes(quiet())).not.toContain(code);
  });

  it('no advice yet: none of the advice signals, the others as they are', () => {
    const state = { ...FIRING.anomalies_open.change(quiet()), advice: null };
    expect(codes(state)).toEqual(['anomalies_open']);
  });

  it('an end goal resting on the client\'s own circle and on anything else is not "own circle only"', () => {
    const state = FIRING.end_goal_own_circle_only.change(quiet());
    const mixed = { ...state, advice: { ...state.advice!, endGoal: c('Netwerkbeheerder', ['e3', 'e1']) } };
    expect(codes(mixed)).not.toContain('end_goal_own_circle_only');
    // No evidence at all is another signal (no basis), not this one.
    const bare = { ...state, advice: { ...state.advice!, endGoal: c('Netwerkbeheerder') } };
    expect(codes(bare)).toEqual(['conclusion_without_basis']);
  });

  it('without a checkpoint nothing is stale; a cell revisited after the checkpoint is not stale', () => {
    expect(codes({ ...quiet(), lastCheckpointAt: null })).toEqual([]);
    const state = FIRING.stale_since_checkpoint.change(quiet());
    const revisited = { ...state, schema1: state.schema1.map((x) => ({ ...x, updatedAt: '2026-06-13T08:00:00.000Z' })) };
    expect(refsOf(revisited, 'stale_since_checkpoint')).toEqual(['s2:social_communicating']);
  });
});

// ---- properties ---------------------------------------------------------------------------------------
/** Any code point outside the surrogates, not whitespace (so a text of them is never blank). */
const codePoint = fc.oneof(
  fc.integer({ min: 0x21, max: 0x7e }), fc.integer({ min: 0xa1, max: 0x2fff }), fc.integer({ min: 0x3001, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xfefe }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
).map((cp) => String.fromCodePoint(cp)).filter((ch) => !/\s/u.test(ch));
/** A text of exactly `length` code points, from a short pattern of any script repeated. */
const textOf = (length: fc.Arbitrary<number>) => fc.tuple(fc.array(codePoint, { minLength: 1, maxLength: 12 }), length)
  .map(([pattern, n]) => Array.from({ length: n }, (_, i) => pattern[i % pattern.length]!).join(''));

describe('properties', () => {
  it('any text within its limit never yields too_long, any text over it always does (every text field)', () => {
    const fieldAndText = fc.constantFrom(...TEXT_FIELDS).chain((f) => fc.tuple(fc.constant(f), textOf(fc.integer({ min: f.min ?? 1, max: f.max })), fc.integer({ min: 1, max: 40 })));
    fc.assert(fc.property(fieldAndText, codePoint, ([f, value, extra], ch) => {
      expect(textLength(value)).toBeLessThanOrEqual(f.max);
      expect(on(f.run(value), f.field)).toEqual([]);
      expect(on(f.run(value + ch.repeat(f.max + extra - textLength(value))), f.field)).toEqual(['too_long']);
    }), { numRuns: 300 });
  });

  it('any evidence id that is not of the case is always refused, wherever it is linked', () => {
    const notInRefs = fc.oneof(fc.uuid(), fc.string()).filter((id) => !refs().evidence.has(id));
    fc.assert(fc.property(fc.constantFrom(...LINK_FIELDS), fc.array(fc.constantFrom<string>('e1', 'e2', 'e3'), { maxLength: 3 }), notInRefs, fc.nat(), (f, ok, foreign, at) => {
      const ids = [...new Set(ok)];
      ids.splice(at % (ids.length + 1), 0, foreign);
      expect(on(f.run(ids), f.field)).toContain('unknown_evidence');
      expect(on(f.run([...new Set(ok)]), f.field)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('a hypothesis status other than open is never accepted without an argument of 10 characters', () => {
    fc.assert(fc.property(fc.constantFrom<HypothesisStatus>('supported', 'weakened', 'rejected'), fc.string({ maxLength: 30 }), (status, argument) => {
      const problems = on(checkHypothesis(hypothesis({ status, statusArgument: argument }), refs()), 'statusArgument');
      expect(problems.length === 0).toBe(textLength(argument.trim()) >= ARGUMENT_MIN);
    }), { numRuns: 300 });
  });

  it('end goal and support need that differ only in case, whitespace and punctuation are always refused', () => {
    const word = fc.stringMatching(/^[a-zà-ÿ0-9]{1,10}$/).filter((w) => w.toLocaleUpperCase('nl').toLocaleLowerCase('nl') === w);
    const separator = fc.constantFrom(' ', '  ', ', ', ' - ', '\t', '.\n', '; ', ' (', ') ', '!? ', '… ');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(separator, { minLength: 7, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (words, seps, upper) => {
      const goal = words.join(' ');
      const need = seps[0]! + words.map((w, i) => (upper[i] ? w.toLocaleUpperCase('nl') : w) + seps[i + 1]!).join('');
      expect(on(checkAdvice(advice({ endGoal: c(goal, ['e1']), supportNeed: c(need, ['e2']) }), refs()), 'supportNeed.text')).toEqual(['end_goal_equals_support_need']);
      expect(on(checkAdvice(advice({ endGoal: c(goal, ['e1']), supportNeed: c(`${need} extra`, ['e2']) }), refs()), 'supportNeed.text')).toEqual([]);
    }), { numRuns: 300 });
  });

  it('skipping is always allowed: any combination of blank and written answers passes, and exactly the blank ones are skipped', () => {
    const answer = fc.oneof(fc.constant(null), fc.constantFrom('', '  ', '\n'), textOf(fc.integer({ min: 1, max: 50 })));
    fc.assert(fc.property(answer, answer, answer, answer, fc.option(fc.constantFrom('within_expertise', 'partly_referral', 'referral_needed'), { nil: null }), (a, b, q, g, choice) => {
      const given = answers({
        counter_arguments: a, change_conditions: b, open_hypotheses: q, assumptions_and_gaps: g,
        expertise_boundary: choice ? { choice, referralTo: choice === 'within_expertise' ? null : 'Psycholoog', explanation: null } : null,
      });
      expect(checkReflection(given)).toEqual([]);
      const blank = (s: string | null) => s === null || s.trim() === '';
      const expected = REFLECTION_QUESTIONS.filter((k) => (k === 'expertise_boundary' ? choice === null : blank(given[k] as string | null)));
      expect(reflectionOf(given, []).skipped).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('coverage: the summary partitions the nine themes and never claims completeness', () => {
    fc.assert(fc.property(fc.subarray([...COVERAGE_THEMES]), fc.array(fc.constantFrom<CoverageState>('explored', 'partly'), { minLength: 9, maxLength: 9 }), (themes, states) => {
      const summary = coverageSummary(themes.map((theme, i) => ({ theme, state: states[i]! })));
      expect([...summary.explored, ...summary.partly, ...summary.untouched].sort()).toEqual([...COVERAGE_THEMES].sort());
      expect(summary.untouched.length).toBe(9 - themes.length);
      expect(summary.claimsComplete).toBe(false);
    }));
  });

  it('parseCellRef never throws and only accepts what schema1Ref / schema2Ref make', () => {
    const valid: string[] = [...SCHEMA1_THEMES.flatMap((t) => SCHEMA1_CATEGORIES.map((k) => schema1Ref(t, k))), ...SCHEMA2_ACTIVITIES.map(schema2Ref), 's2:eigen-0123abcd'];
    const near = fc.tuple(fc.constantFrom(...valid), fc.constantFrom('', ' ', 'x', ':', '\n'), fc.boolean()).map(([ref, junk, before]) => (before ? junk + ref : ref + junk));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.constantFrom(...valid), near, fc.constantFrom('s1:', 's2:', 's1:work_history:', 's2:eigen-').chain((p) => fc.string({ maxLength: 20 }).map((s) => p + s))), (ref) => {
      const parsed = parseCellRef(ref);
      if (parsed) expect(parsed.schema === 1 ? schema1Ref(parsed.theme, parsed.category) : schema2Ref(parsed.key)).toBe(ref);
    }), { numRuns: 500 });
  });

  it('questionExperiment asks exactly when the interval is over two weeks, and never blocks', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (start, gap) => {
      const from = new Date(Date.UTC(2026, 0, 1 + start)).toISOString().slice(0, 10);
      const next = new Date(Date.UTC(2026, 0, 1 + start + gap)).toISOString().slice(0, 10);
      expect(daysBetween(from, next)).toBe(gap);
      expect(questionExperiment(from, next).length).toBe(gap > FREQUENT_FEEDBACK_DAYS ? 1 : 0);
      expect(checkExperiment(experiment({ startsOn: from, nextFeedbackOn: next }), refs(), from)).toEqual([]);
    }));
  });

  // Arbitrary case states, consistent or not (links to evidence that does not exist, cells that were emptied …).
  const id = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'w1', 'zz', 'o1', 'h1', 'p1', 'p2', '');
  const stamp = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
  const day = fc.option(stamp.map((s) => s.slice(0, 10)), { nil: null });
  const maybe = fc.option(fc.constantFrom('', ' ', 'tekst'), { nil: null });
  const conclusionArb = fc.record({ text: fc.constantFrom('', 'tekst'), evidenceIds: fc.array(id, { maxLength: 3 }), cellRefs: fc.array(fc.constantFrom('s1:work_history:burdening', 's1:future_view:strength', 's2:social_communicating', 's2:eigen-0123abcd', 'kapot', 's2:x'), { maxLength: 3 }) });
  const stateArb: fc.Arbitrary<JudgementState> = fc.record({
    today: stamp.map((s) => s.slice(0, 10)),
    evidence: fc.uniqueArray(fc.record({
      id, number: fc.nat(1000), kind: fc.constantFrom<EvidenceKind>('information', 'self_assessment', 'wish', 'not_investigated'), sourceType: fc.constantFrom<SourceType>('client_story', 'family', 'partner', 'employer', 'school'),
      realityCheck: maybe, factorCodes: fc.array(fc.constantFrom('anxiety', 'addiction', 'truancy', 'org:x'), { maxLength: 3 }), withdrawn: fc.boolean(),
    }), { selector: (e) => e.id, maxLength: 8 }),
    coverage: fc.uniqueArray(fc.record({ theme: fc.constantFrom<CoverageTheme>(...COVERAGE_THEMES), state: fc.constantFrom<CoverageState>('explored', 'partly') }), { selector: (x) => x.theme }),
    schema1: fc.array(fc.record({ theme: fc.constantFrom(...SCHEMA1_THEMES), category: fc.constantFrom(...SCHEMA1_CATEGORIES), body: fc.constantFrom('', 'tekst'), evidenceIds: fc.array(id, { maxLength: 3 }), updatedAt: stamp }), { maxLength: 5 }),
    schema2: fc.array(fc.record({ key: fc.constantFrom(...SCHEMA2_ACTIVITIES, 'eigen-0123abcd'), supportNeed: maybe, workImplications: maybe, basis: maybe, evidenceIds: fc.array(id, { maxLength: 3 }), updatedAt: stamp }), { maxLength: 5 }),
    observations: fc.array(fc.record({
      id: fc.constantFrom('o1', 'o2', 'o3'), discriminator: maybe,
      hypotheses: fc.array(fc.record({ id: fc.constantFrom('h1', 'h2', 'h3', 'h4'), status: fc.constantFrom<HypothesisStatus>('open', 'supported', 'weakened', 'rejected'), evidenceFor: fc.array(id, { maxLength: 2 }) }), { maxLength: 4 }),
    }), { maxLength: 4 }),
    anomalies: fc.array(fc.record({ id: fc.constantFrom('a1', 'a2'), explanation: maybe }), { maxLength: 3 }),
    placement: fc.option(fc.record({ willingness: fc.integer({ min: -2, max: 2 }), ability: fc.integer({ min: -2, max: 2 }) }), { nil: null }),
    experiments: fc.array(fc.record({ id: fc.constantFrom('x1', 'x2'), state: fc.constantFrom<'running' | 'ended'>('running', 'ended'), nextFeedbackOn: day }), { maxLength: 3 }),
    lastCheckpointAt: fc.option(stamp, { nil: null }),
    advice: fc.option(fc.record({
      workTypes: fc.array(fc.record({ text: fc.constantFrom('', 'tekst'), evidenceIds: fc.array(id, { maxLength: 2 }), cellRefs: fc.constant([] as string[]), profileId: fc.option(fc.constantFrom('p1', 'p2', 'p9'), { nil: null }) }), { maxLength: 3 }),
      schooling: fc.option(conclusionArb, { nil: null }), guidance: fc.option(conclusionArb, { nil: null }), endGoal: conclusionArb, supportNeed: conclusionArb,
      risksAndSafeguards: fc.option(conclusionArb, { nil: null }), uncertainties: fc.option(conclusionArb, { nil: null }),
    }), { nil: null }),
    profileConclusions: fc.constantFrom(new Map<string, string | null>([['p1', 'suitable'], ['p2', 'not_suitable']]), new Map<string, string | null>(), new Map<string, string | null>([['p1', null]])),
    boundaryFactors: fc.constantFrom(new Set(['anxiety', 'addiction']), new Set<string>()),
  });

  it('judgementSignals never throws; every code is known and asked about; every ref names something in the state; no number, no score', () => {
    fc.assert(fc.property(stateArb, (state) => {
      const signals = judgementSignals(state);
      const evidence = new Set(state.evidence.map((e) => e.id));
      const sections = new Set(['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties', ...(state.advice?.workTypes.map((_, i) => `workTypes.${i}`) ?? [])]);
      const cells = new Set<string>([...state.schema1.map((x) => schema1Ref(x.theme, x.category)), ...state.schema2.map((x) => schema2Ref(x.key))]);
      const allowed: Record<SignalCode, (ref: string) => boolean> = {
        coverage_untouched: (r) => (COVERAGE_THEMES as readonly string[]).includes(r) && !state.coverage.some((x) => x.theme === r),
        single_explanation: (r) => state.observations.some((o) => o.id === r && o.hypotheses.length === 1),
        no_discriminator: (r) => state.observations.some((o) => o.id === r),
        supported_without_evidence: (r) => state.observations.some((o) => o.hypotheses.some((h) => h.id === r && h.status === 'supported')),
        hypotheses_open: (r) => state.observations.some((o) => o.hypotheses.some((h) => h.id === r && h.status === 'open')),
        anomalies_open: (r) => state.anomalies.some((a) => a.id === r),
        not_investigated: (r) => state.evidence.some((e) => e.id === r && e.kind === 'not_investigated' && !e.withdrawn),
        self_assessment_unchecked: (r) => state.evidence.some((e) => e.id === r && !e.withdrawn),
        schema2_without_basis: (r) => state.schema2.some((x) => x.key === r),
        stale_since_checkpoint: (r) => cells.has(r),
        feedback_overdue: (r) => state.experiments.some((x) => x.id === r && x.state === 'running'),
        placement_unwilling: (r) => r === 'placement' && state.placement !== null && state.placement.willingness < 0,
        boundary_factors: (r) => state.boundaryFactors.has(r) && state.evidence.some((e) => !e.withdrawn && e.factorCodes.includes(r)),
        conclusion_without_basis: (r) => sections.has(r),
        end_goal_own_circle_only: (r) => evidence.has(r),
        support_need_without_schema2: (r) => r === 'supportNeed' && state.advice !== null,
        work_type_not_suitable: (r) => state.profileConclusions.get(r) === 'not_suitable',
        withdrawn_evidence_linked: (r) => state.evidence.some((e) => e.id === r && e.withdrawn),
      };
      for (const signal of signals) {
        expect(Object.keys(signal).sort()).toEqual(['code', 'refs']);
        expect(SIGNAL_CODES).toContain(signal.code);
        expect(signal.refs.length).toBeGreaterThan(0);
        for (const ref of signal.refs) {
          expect(typeof ref).toBe('string');
          expect(allowed[signal.code](ref), `${signal.code} → ${ref}`).toBe(true);
        }
      }
      expect(new Set(signals.map((s) => s.code)).size).toBe(signals.length);
      // Never a number anywhere (no score, no weight, no count to add up).
      const numbers: unknown[] = [];
      JSON.parse(JSON.stringify(signals), (_key, value) => { if (typeof value === 'number') numbers.push(value); return value; });
      expect(numbers).toEqual([]);
    }), { numRuns: 500 });
  });
});

describe('order and content rules of the trajectory and Schema 2', () => {
  const found = (problems: Array<{ field: string; reason: string }>) => problems.map((p) => `${p.field}:${p.reason}`);
  it('a checkpoint dated before the previous one of the same experiment is refused; the same day or later is fine', () => {
    expect(found(checkCheckpoint(checkpoint({ heldOn: '2026-06-11' }), { startsOn: '2026-06-01', lastCheckpointOn: '2026-06-12' }, TODAY))).toEqual(['heldOn:before_previous_checkpoint']);
    expect(checkCheckpoint(checkpoint({ heldOn: '2026-06-12' }), { startsOn: '2026-06-01', lastCheckpointOn: '2026-06-12' }, TODAY)).toEqual([]);
    expect(checkCheckpoint(checkpoint({ heldOn: '2026-06-13' }), { startsOn: '2026-06-01', lastCheckpointOn: '2026-06-12' }, TODAY)).toEqual([]);
  });
  it('an experiment cannot start before its trajectory; without a known start nothing is asked', () => {
    expect(found(checkExperiment(experiment({ startsOn: '2026-06-10' }), refs(), TODAY, '2026-06-11'))).toEqual(['startsOn:before_trajectory']);
    expect(checkExperiment(experiment({ startsOn: '2026-06-11' }), refs(), TODAY, '2026-06-11')).toEqual([]);
    expect(checkExperiment(experiment({ startsOn: '2026-06-10' }), refs(), TODAY)).toEqual([]);
  });
  it('a Schema 2 row with sources but no words is refused, as in Schema 1; any of its three texts is enough', () => {
    const bare = { supportNeed: null, workImplications: null, basis: null, evidenceIds: ['e1'] };
    expect(found(checkSchema2Row('self_confidence', schema2(bare), refs()))).toEqual(['supportNeed:required']);
    expect(found(checkSchema2Row('self_confidence', schema2({ ...bare, supportNeed: '  ' }), refs()))).toEqual(['supportNeed:required']);
    for (const words of [{ supportNeed: 'Steun.' }, { workImplications: 'Kleine groep.' }, { basis: 'Intake.' }]) {
      expect(checkSchema2Row('self_confidence', schema2({ ...bare, ...words }), refs())).toEqual([]);
    }
    expect(checkSchema2Row('self_confidence', schema2({ supportNeed: null, evidenceIds: [] }), refs())).toEqual([]);
  });
});
