// Explicit professional judgement (issue 7), pure: the conversation model's coverage, evidence items,
// Schema 1 and Schema 2, observations with competing hypotheses, inconsistencies and anomalies, the
// willingness/ability placement, the safeguarded trial-and-error trajectory, the instrument databank,
// and the reintegration advice with the questions Passend asks before it is final.
// Source: seed 001 (shared/domain/secondary-factors.md). Its authors reject cookbooks and a form-filling
// exercise (*invuloefening*): nothing here scores, ranks or deduces an advice. The rules only demand
// the arguments a judgement needs, keep links inside the case, and make gaps and skipped questions
// visible. No I/O; unit-tested in domain.test.ts.

// ---- limits ---------------------------------------------------------------------------------------

/** Free text accepts any script and is counted as the user sees it (code points). */
export const TEXT_MAX = 10_000;
export const SHORT_MAX = 2_000;
export const TITLE_MAX = 200;
/** An argument (a status change, a placement, an explanation) is at least a short sentence. */
export const ARGUMENT_MIN = 10;
export const LINKS_MAX = 200;
export const FACTORS_MAX = 50;
export const WORK_TYPES_MAX = 20;
export const HYPOTHESES_MAX = 12;
/** Recommendation 2 asks for "very frequent feedback moments"; the seed gives no number. Passend asks
 *  about an interval longer than two weeks (its own choice, docs/judgement.md); it never refuses one. */
export const FREQUENT_FEEDBACK_DAYS = 14;

export const textLength = (s: string) => [...s].length;
const blank = (s: string | null | undefined) => s === null || s === undefined || s.trim() === '';

// ---- vocabularies ---------------------------------------------------------------------------------

/** Bijlage 1, Gespreksmodel: nine themes, "rough, in random order, not complete". */
export const COVERAGE_THEMES = [
  'incapacity_reason', 'own_view_of_limitation', 'work_history', 'education_history', 'private_situation', 'social_situation', 'biography',
  'hobbies_interests', 'future_wishes',
] as const;
export type CoverageTheme = (typeof COVERAGE_THEMES)[number];
export const COVERAGE_STATES = ['explored', 'partly'] as const;
export type CoverageState = (typeof COVERAGE_STATES)[number];

/** Where a piece of information comes from (seed 001 §4 step 5, and the list). */
export const SOURCE_TYPES = [
  'client_story', 'partner', 'family', 'employer', 'manager', 'colleague', 'bedrijfsarts', 'verzekeringsarts', 'school', 'jobcoach', 'care_agency',
  'home_visit', 'observation', 'test_instrument', 'earlier_report', 'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/** Sources that tell the client's own story or that of the people closest to them (§5 "dependence on the client"). */
export const OWN_CIRCLE_SOURCES: readonly SourceType[] = ['client_story', 'partner', 'family'];

export const METHODS = ['conversation', 'phone', 'video', 'home_visit', 'workplace_visit', 'observation', 'document', 'test', 'feedback_call', 'other'] as const;
export type Method = (typeof METHODS)[number];

/** The client's self-assessment and wishes are kept as such, next to the expert's reality check. */
export const EVIDENCE_KINDS = ['information', 'self_assessment', 'wish', 'not_investigated'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const NOT_INVESTIGATED_REASONS = ['time', 'cost', 'time_and_cost', 'other'] as const;
export type NotInvestigatedReason = (typeof NOT_INVESTIGATED_REASONS)[number];
export const RELIABILITIES = ['high', 'reasonable', 'low', 'unknown'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Bijlage 2, Schema 1: the conversation themes (columns) … */
export const SCHEMA1_THEMES = [
  'incapacity_illness', 'work_history', 'education_history', 'private_situation', 'social_situation', 'childhood_upbringing', 'hobbies_interests', 'future_view',
] as const;
export type Schema1Theme = (typeof SCHEMA1_THEMES)[number];
/** … and the analysis categories (rows): level 1 burdening / strength, level 2 how the client deals with it. */
export const SCHEMA1_CATEGORIES = ['burdening', 'strength', 'coping', 'self_assessment_abilities', 'self_assessment_limitations', 'personality'] as const;
export type Schema1Category = (typeof SCHEMA1_CATEGORIES)[number];
export const SCHEMA1_LEVEL: Record<Schema1Category, 1 | 2> = {
  burdening: 1, strength: 1, coping: 2, self_assessment_abilities: 2, self_assessment_limitations: 2, personality: 2,
};
/** Which Schema 1 column a conversation-model theme feeds (Bijlage 1 → Bijlage 2). */
export const COVERAGE_TO_SCHEMA1: Record<CoverageTheme, Schema1Theme> = {
  incapacity_reason: 'incapacity_illness', own_view_of_limitation: 'incapacity_illness', work_history: 'work_history', education_history: 'education_history',
  private_situation: 'private_situation', social_situation: 'social_situation', biography: 'childhood_upbringing', hobbies_interests: 'hobbies_interests',
  future_wishes: 'future_view',
};

/** Bijlage 2, Schema 2: the activities (rows); the expert adds rows of their own ("[nader invullen]"). */
export const SCHEMA2_ACTIVITIES = [
  'formulating_wishes', 'occupational_skills', 'social_cooperating', 'social_communicating', 'social_under_pressure', 'self_confidence',
  'psychological_capacity', 'working_independently',
] as const;
export type Schema2Activity = (typeof SCHEMA2_ACTIVITIES)[number];
/** The schema groups three activities under "Sociale vaardigheden". */
export const SCHEMA2_GROUP: Partial<Record<Schema2Activity, 'social_skills'>> = {
  social_cooperating: 'social_skills', social_communicating: 'social_skills', social_under_pressure: 'social_skills',
};
export const CUSTOM_ROW_KEY = /^eigen-[0-9a-f]{8}$/;
export const isSchema2Activity = (key: string): key is Schema2Activity => (SCHEMA2_ACTIVITIES as readonly string[]).includes(key);
export const isSchema2Key = (key: string) => isSchema2Activity(key) || CUSTOM_ROW_KEY.test(key);

export const HYPOTHESIS_STATUSES = ['open', 'supported', 'weakened', 'rejected'] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];
export const ANOMALY_KINDS = ['inconsistency', 'anomaly'] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** Figure 1's two axes: willen ↔ onwil and kunnen ↔ onkunde, each on five positions (negative: toward onwil / onkunde). */
export const AXIS_POSITIONS = [-2, -1, 0, 1, 2] as const;
export type AxisPosition = (typeof AXIS_POSITIONS)[number];

/** The intervention styles the seed describes (§4). */
export const INTERVENTION_STYLES = [
  'explain', 'confront', 'concrete_instruction', 'help_past_fear', 'new_perspective', 'small_steps', 'stay_close', 'one_step_behind',
] as const;
export type InterventionStyle = (typeof INTERVENTION_STYLES)[number];
export const CHECKPOINT_DECISIONS = ['continue', 'adjust', 'stop'] as const;
export type CheckpointDecision = (typeof CHECKPOINT_DECISIONS)[number];

export const VALIDATION_STATUSES = ['validated', 'partly_validated', 'not_validated', 'unknown'] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number];

/** The questions asked before the advice is final (issue 7; seed 001 §5–§6, recommendation 1). */
export const REFLECTION_QUESTIONS = ['counter_arguments', 'change_conditions', 'open_hypotheses', 'assumptions_and_gaps', 'expertise_boundary'] as const;
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number];
export const EXPERTISE_CHOICES = ['within_expertise', 'partly_referral', 'referral_needed'] as const;
export type ExpertiseChoice = (typeof EXPERTISE_CHOICES)[number];

/** The advice's sections in the order of the report (seed 001 §2: work type, schooling, guidance; then the rest). */
export const ADVICE_SECTIONS = ['workTypes', 'schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const;
export type AdviceSection = (typeof ADVICE_SECTIONS)[number];

// ---- problems -------------------------------------------------------------------------------------

export type ProblemReason =
  | 'required' | 'too_long' | 'too_short' | 'date_invalid' | 'date_in_future' | 'date_in_past' | 'not_applicable' | 'duplicate' | 'too_many'
  | 'unknown_evidence' | 'withdrawn_evidence' | 'unknown_factor' | 'unknown_cell' | 'empty_cell' | 'unknown_profile' | 'unknown_note'
  | 'unknown_contact' | 'unknown_document' | 'unknown_instrument' | 'unknown_hypothesis' | 'unknown_observation'
  | 'evidence_required_unwilling' | 'end_goal_equals_support_need' | 'for_and_against' | 'before_start' | 'not_after_checkpoint'
  | 'nothing_recorded' | 'icf_invalid' | 'label_for_activity' | 'before_previous_checkpoint' | 'before_trajectory';

export interface Problem {
  field: string;
  reason: ProblemReason;
  params?: Record<string, string | number>;
}

/** What a case holds that input may link to; the store loads it, so a link can never leave the case. */
export interface CaseRefs {
  evidence: ReadonlyMap<string, { number: number; withdrawn: boolean }>;
  cells?: ReadonlySet<string>;
  profiles?: ReadonlySet<string>;
  notes?: ReadonlySet<string>;
  contacts?: ReadonlySet<string>;
  documents?: ReadonlySet<string>;
  instruments?: ReadonlySet<string>;
  hypotheses?: ReadonlySet<string>;
  observations?: ReadonlySet<string>;
  factors?: ReadonlySet<string>;
}

function text(problems: Problem[], field: string, value: string | null | undefined, max: number, options: { required?: boolean; min?: number } = {}) {
  if (blank(value)) {
    if (options.required || options.min) problems.push({ field, reason: 'required' });
    return;
  }
  const length = textLength(value!);
  if (length > max) problems.push({ field, reason: 'too_long', params: { maximum: max } });
  else if (options.min && textLength(value!.trim()) < options.min) problems.push({ field, reason: 'too_short', params: { minimum: options.min } });
}

/** YYYY-MM-DD that exists in the calendar. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && Number(value.slice(0, 4)) >= 1900;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every id must be evidence of this case; a withdrawn item may stay linked where it was, never be newly linked. */
function evidenceLinks(problems: Problem[], field: string, ids: readonly string[], refs: CaseRefs, alreadyLinked: readonly string[] = []) {
  if (ids.length > LINKS_MAX) problems.push({ field, reason: 'too_many', params: { maximum: LINKS_MAX } });
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) { problems.push({ field, reason: 'duplicate' }); continue; }
    seen.add(id);
    const item = refs.evidence.get(id);
    if (!item) problems.push({ field, reason: 'unknown_evidence' });
    else if (item.withdrawn && !alreadyLinked.includes(id)) problems.push({ field, reason: 'withdrawn_evidence', params: { number: item.number } });
  }
}

function known(problems: Problem[], field: string, id: string | null | undefined, set: ReadonlySet<string> | undefined, reason: ProblemReason) {
  if (id === null || id === undefined) return;
  if (!set || !set.has(id)) problems.push({ field, reason });
}

// ---- evidence -------------------------------------------------------------------------------------

export interface EvidenceInput {
  kind: EvidenceKind;
  sourceType: SourceType;
  sourceName: string | null;
  observedOn: string;
  method: Method;
  title: string;
  body: string | null;
  interest: string | null;
  reliability: Reliability | null;
  realityCheck: string | null;
  notInvestigatedReason: NotInvestigatedReason | null;
  factorCodes: string[];
  instrumentId: string | null;
  contactId: string | null;
  documentId: string | null;
  professionalOnly: boolean;
}

export function checkEvidence(input: EvidenceInput, refs: CaseRefs, today: string): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'title', input.title, TITLE_MAX, { required: true });
  text(problems, 'sourceName', input.sourceName, TITLE_MAX);
  text(problems, 'body', input.body, TEXT_MAX);
  text(problems, 'interest', input.interest, SHORT_MAX);
  if (!isIsoDate(input.observedOn)) problems.push({ field: 'observedOn', reason: 'date_invalid' });
  else if (input.observedOn > today) problems.push({ field: 'observedOn', reason: 'date_in_future' });
  const notInvestigated = input.kind === 'not_investigated';
  // "Not investigated" has no reliability: there is nothing to rely on. Everything else says how reliable it is (or that it is unknown).
  if (notInvestigated && input.reliability !== null) problems.push({ field: 'reliability', reason: 'not_applicable' });
  if (!notInvestigated && input.reliability === null) problems.push({ field: 'reliability', reason: 'required' });
  if (notInvestigated && input.notInvestigatedReason === null) problems.push({ field: 'notInvestigatedReason', reason: 'required' });
  if (!notInvestigated && input.notInvestigatedReason !== null) problems.push({ field: 'notInvestigatedReason', reason: 'not_applicable' });
  // A reality check belongs beside the client's own self-assessment or wish, never in place of it.
  if (input.kind === 'self_assessment' || input.kind === 'wish') text(problems, 'realityCheck', input.realityCheck, TEXT_MAX);
  else if (!blank(input.realityCheck)) problems.push({ field: 'realityCheck', reason: 'not_applicable' });
  if (input.factorCodes.length > FACTORS_MAX) problems.push({ field: 'factorCodes', reason: 'too_many', params: { maximum: FACTORS_MAX } });
  if (new Set(input.factorCodes).size !== input.factorCodes.length) problems.push({ field: 'factorCodes', reason: 'duplicate' });
  for (const code of input.factorCodes) if (!refs.factors?.has(code)) { problems.push({ field: 'factorCodes', reason: 'unknown_factor', params: { code } }); break; }
  known(problems, 'instrumentId', input.instrumentId, refs.instruments, 'unknown_instrument');
  known(problems, 'contactId', input.contactId, refs.contacts, 'unknown_contact');
  known(problems, 'documentId', input.documentId, refs.documents, 'unknown_document');
  return problems;
}

export function checkWithdrawal(reason: string): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'reason', reason, SHORT_MAX, { min: ARGUMENT_MIN });
  return problems;
}

// ---- coverage of the conversation model (Bijlage 1) ----------------------------------------------

export interface CoverageInput {
  state: CoverageState;
  note: string | null;
  noteIds: string[];
  evidenceIds: string[];
}

export function checkCoverage(input: CoverageInput, refs: CaseRefs, alreadyLinked: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'note', input.note, TEXT_MAX);
  if (input.noteIds.length > LINKS_MAX) problems.push({ field: 'noteIds', reason: 'too_many', params: { maximum: LINKS_MAX } });
  if (new Set(input.noteIds).size !== input.noteIds.length) problems.push({ field: 'noteIds', reason: 'duplicate' });
  for (const id of input.noteIds) if (!refs.notes?.has(id)) { problems.push({ field: 'noteIds', reason: 'unknown_note' }); break; }
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs, alreadyLinked);
  return problems;
}

export interface CoverageSummary {
  explored: CoverageTheme[];
  partly: CoverageTheme[];
  untouched: CoverageTheme[];
  /** Always false: the model is "not complete" (Bijlage 1) and there is "no independent touchstone for completeness" (§5). */
  claimsComplete: false;
}

export function coverageSummary(rows: ReadonlyArray<{ theme: CoverageTheme; state: CoverageState }>): CoverageSummary {
  const state = new Map(rows.map((r) => [r.theme, r.state]));
  return {
    explored: COVERAGE_THEMES.filter((t) => state.get(t) === 'explored'),
    partly: COVERAGE_THEMES.filter((t) => state.get(t) === 'partly'),
    untouched: COVERAGE_THEMES.filter((t) => !state.has(t)),
    claimsComplete: false,
  };
}

// ---- Schema 1 and Schema 2 (Bijlage 2) ------------------------------------------------------------

export type CellRef = `s1:${Schema1Theme}:${Schema1Category}` | `s2:${string}`;
export const schema1Ref = (theme: Schema1Theme, category: Schema1Category): CellRef => `s1:${theme}:${category}`;
export const schema2Ref = (key: string): CellRef => `s2:${key}`;

export function parseCellRef(ref: string): { schema: 1; theme: Schema1Theme; category: Schema1Category } | { schema: 2; key: string } | null {
  const one = /^s1:([a-z_]+):([a-z_]+)$/.exec(ref);
  if (one && (SCHEMA1_THEMES as readonly string[]).includes(one[1]!) && (SCHEMA1_CATEGORIES as readonly string[]).includes(one[2]!)) {
    return { schema: 1, theme: one[1] as Schema1Theme, category: one[2] as Schema1Category };
  }
  const two = /^s2:(.+)$/.exec(ref);
  if (two && isSchema2Key(two[1]!)) return { schema: 2, key: two[1]! };
  return null;
}

export interface Schema1Input { body: string; evidenceIds: string[] }

export function checkSchema1Cell(input: Schema1Input, refs: CaseRefs, alreadyLinked: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'body', input.body, TEXT_MAX);
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs, alreadyLinked);
  if (blank(input.body) && input.evidenceIds.length > 0) problems.push({ field: 'body', reason: 'required' });
  return problems;
}

export interface Schema2Input {
  label: string | null;
  supportNeed: string | null;
  workImplications: string | null;
  basis: string | null;
  evidenceIds: string[];
}

export function checkSchema2Row(key: string, input: Schema2Input, refs: CaseRefs, alreadyLinked: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  if (isSchema2Activity(key)) {
    if (!blank(input.label)) problems.push({ field: 'label', reason: 'label_for_activity' });
  } else text(problems, 'label', input.label, TITLE_MAX, { required: true });
  text(problems, 'supportNeed', input.supportNeed, TEXT_MAX);
  text(problems, 'workImplications', input.workImplications, TEXT_MAX);
  text(problems, 'basis', input.basis, TEXT_MAX);
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs, alreadyLinked);
  // As in Schema 1: sources linked to a row that says nothing cannot be read or linked from the advice.
  if (input.evidenceIds.length > 0 && blank(input.supportNeed) && blank(input.workImplications) && blank(input.basis)) problems.push({ field: 'supportNeed', reason: 'required' });
  return problems;
}

export const isEmptySchema2 = (input: Omit<Schema2Input, 'label'>) =>
  blank(input.supportNeed) && blank(input.workImplications) && blank(input.basis) && input.evidenceIds.length === 0;

// ---- observations, hypotheses, anomalies ----------------------------------------------------------

export interface HypothesisInput {
  explanation: string;
  status: HypothesisStatus;
  statusArgument: string | null;
  evidenceFor: string[];
  evidenceAgainst: string[];
}

export function checkHypothesis(input: HypothesisInput, refs: CaseRefs, field = '', already: { for: readonly string[]; against: readonly string[] } = { for: [], against: [] }): Problem[] {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const problems: Problem[] = [];
  // A hypothesis is an explanation: without one there is nothing to weigh.
  text(problems, at('explanation'), input.explanation, SHORT_MAX, { required: true });
  // Moving away from "open" is a judgement, so it is argued (recommendation 1: "legitimised with arguments").
  if (input.status !== 'open') text(problems, at('statusArgument'), input.statusArgument, SHORT_MAX, { min: ARGUMENT_MIN });
  else text(problems, at('statusArgument'), input.statusArgument, SHORT_MAX);
  evidenceLinks(problems, at('evidenceFor'), input.evidenceFor, refs, already.for);
  evidenceLinks(problems, at('evidenceAgainst'), input.evidenceAgainst, refs, already.against);
  if (input.evidenceFor.some((id) => input.evidenceAgainst.includes(id))) problems.push({ field: at('evidenceAgainst'), reason: 'for_and_against' });
  return problems;
}

export interface ObservationInput {
  body: string;
  discriminator: string | null;
  evidenceIds: string[];
}

export function checkObservation(input: ObservationInput, refs: CaseRefs, hypotheses: HypothesisInput[] | null = null, alreadyLinked: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'body', input.body, SHORT_MAX, { required: true });
  text(problems, 'discriminator', input.discriminator, SHORT_MAX);
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs, alreadyLinked);
  if (hypotheses !== null) {
    if (hypotheses.length === 0) problems.push({ field: 'hypotheses', reason: 'required' });
    if (hypotheses.length > HYPOTHESES_MAX) problems.push({ field: 'hypotheses', reason: 'too_many', params: { maximum: HYPOTHESES_MAX } });
    hypotheses.forEach((h, i) => problems.push(...checkHypothesis(h, refs, `hypotheses.${i}`)));
  }
  return problems;
}

export interface AnomalyInput {
  kind: AnomalyKind;
  description: string;
  evidenceIds: string[];
  observationId: string | null;
}

export function checkAnomaly(input: AnomalyInput, refs: CaseRefs, alreadyLinked: readonly string[] = []): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'description', input.description, SHORT_MAX, { required: true });
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs, alreadyLinked);
  known(problems, 'observationId', input.observationId, refs.observations, 'unknown_observation');
  return problems;
}

/** An inconsistency stays visibly open until it is explained, in an argument (never by a tick). */
export function checkExplanation(explanation: string): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'explanation', explanation, SHORT_MAX, { min: ARGUMENT_MIN });
  return problems;
}

// ---- willingness and ability (Figure 1) -----------------------------------------------------------

export interface PlacementInput {
  willingness: AxisPosition;
  ability: AxisPosition;
  argument: string;
  evidenceIds: string[];
}

/**
 * A placement is only possible with a written argument; one toward "unwilling" also needs evidence
 * linked. The seed found that this distinction "often cannot be substantiated and seems to rest on a
 * feeling", and that an expert's own powerlessness may be projected on the client as "not cooperating".
 */
export function checkPlacement(input: PlacementInput, refs: CaseRefs): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'argument', input.argument, SHORT_MAX, { min: ARGUMENT_MIN });
  evidenceLinks(problems, 'evidenceIds', input.evidenceIds, refs);
  if (input.willingness < 0 && input.evidenceIds.length === 0) problems.push({ field: 'evidenceIds', reason: 'evidence_required_unwilling' });
  return problems;
}

// ---- trial-and-error (recommendation 2) -----------------------------------------------------------

export function checkTrajectory(input: { screeningReason: string; startedOn: string }): Problem[] {
  const problems: Problem[] = [];
  // The screening question: why does this client get an extended, trying-out track (and not a direct advice)?
  text(problems, 'screeningReason', input.screeningReason, TEXT_MAX, { min: ARGUMENT_MIN });
  if (!isIsoDate(input.startedOn)) problems.push({ field: 'startedOn', reason: 'date_invalid' });
  return problems;
}

export function checkTrajectoryEnd(input: { endedOn: string; endNote: string }, startedOn: string): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(input.endedOn)) problems.push({ field: 'endedOn', reason: 'date_invalid' });
  else if (input.endedOn < startedOn) problems.push({ field: 'endedOn', reason: 'before_start' });
  text(problems, 'endNote', input.endNote, TEXT_MAX, { min: ARGUMENT_MIN });
  return problems;
}

export interface ExperimentInput {
  title: string;
  question: string;
  hypothesisId: string | null;
  expectedSignals: string;
  vulnerabilities: string;
  safeguards: string;
  startsOn: string;
  nextFeedbackOn: string;
}

export function checkExperiment(input: ExperimentInput, refs: CaseRefs, today: string, trajectoryStartedOn: string | null = null): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'title', input.title, TITLE_MAX, { required: true });
  // What the experiment tests, what would show it, where the client is vulnerable, and what keeps a
  // try from becoming a new failure experience (*faalervaring*): the seed's safeguards, each required.
  text(problems, 'question', input.question, SHORT_MAX, { required: true });
  text(problems, 'expectedSignals', input.expectedSignals, SHORT_MAX, { required: true });
  text(problems, 'vulnerabilities', input.vulnerabilities, SHORT_MAX, { required: true });
  text(problems, 'safeguards', input.safeguards, SHORT_MAX, { required: true });
  known(problems, 'hypothesisId', input.hypothesisId, refs.hypotheses, 'unknown_hypothesis');
  if (!isIsoDate(input.startsOn)) problems.push({ field: 'startsOn', reason: 'date_invalid' });
  // An experiment belongs to its trajectory: it cannot start before the track does.
  else if (trajectoryStartedOn !== null && input.startsOn < trajectoryStartedOn) problems.push({ field: 'startsOn', reason: 'before_trajectory' });
  if (!isIsoDate(input.nextFeedbackOn)) problems.push({ field: 'nextFeedbackOn', reason: 'date_invalid' });
  else if (input.nextFeedbackOn < today) problems.push({ field: 'nextFeedbackOn', reason: 'date_in_past' });
  else if (isIsoDate(input.startsOn) && input.nextFeedbackOn < input.startsOn) problems.push({ field: 'nextFeedbackOn', reason: 'before_start' });
  return problems;
}

export type ExperimentQuestion = { code: 'feedback_interval_long'; days: number; threshold: number };

/** Passend asks, never refuses: a feedback moment further away than two weeks is not "very frequent". */
export function questionExperiment(from: string, nextFeedbackOn: string): ExperimentQuestion[] {
  if (!isIsoDate(from) || !isIsoDate(nextFeedbackOn)) return [];
  const days = daysBetween(from, nextFeedbackOn);
  return days > FREQUENT_FEEDBACK_DAYS ? [{ code: 'feedback_interval_long', days, threshold: FREQUENT_FEEDBACK_DAYS }] : [];
}

export interface CheckpointInput {
  heldOn: string;
  successExperiences: string | null;
  failureExperiences: string | null;
  interventionStyles: InterventionStyle[];
  pictureChanges: string | null;
  decision: CheckpointDecision;
  nextFeedbackOn: string | null;
}

export function checkCheckpoint(input: CheckpointInput, experiment: { startsOn: string; lastCheckpointOn: string | null }, today: string): Problem[] {
  const problems: Problem[] = [];
  if (!isIsoDate(input.heldOn)) problems.push({ field: 'heldOn', reason: 'date_invalid' });
  else if (input.heldOn > today) problems.push({ field: 'heldOn', reason: 'date_in_future' });
  else if (input.heldOn < experiment.startsOn) problems.push({ field: 'heldOn', reason: 'before_start' });
  // Checkpoints follow each other: one dated before the last recorded one would rewrite the order of what happened.
  else if (experiment.lastCheckpointOn !== null && input.heldOn < experiment.lastCheckpointOn) problems.push({ field: 'heldOn', reason: 'before_previous_checkpoint' });
  text(problems, 'successExperiences', input.successExperiences, TEXT_MAX);
  text(problems, 'failureExperiences', input.failureExperiences, TEXT_MAX);
  text(problems, 'pictureChanges', input.pictureChanges, TEXT_MAX);
  if (blank(input.successExperiences) && blank(input.failureExperiences) && blank(input.pictureChanges)) problems.push({ field: 'successExperiences', reason: 'nothing_recorded' });
  if (new Set(input.interventionStyles).size !== input.interventionStyles.length) problems.push({ field: 'interventionStyles', reason: 'duplicate' });
  if (input.decision === 'stop') {
    if (input.nextFeedbackOn !== null) problems.push({ field: 'nextFeedbackOn', reason: 'not_applicable' });
  } else if (input.nextFeedbackOn === null) problems.push({ field: 'nextFeedbackOn', reason: 'required' });
  else if (!isIsoDate(input.nextFeedbackOn)) problems.push({ field: 'nextFeedbackOn', reason: 'date_invalid' });
  else if (input.nextFeedbackOn < today) problems.push({ field: 'nextFeedbackOn', reason: 'date_in_past' });
  else if (isIsoDate(input.heldOn) && input.nextFeedbackOn <= input.heldOn) problems.push({ field: 'nextFeedbackOn', reason: 'not_after_checkpoint' });
  return problems;
}

// ---- the instrument databank (recommendation 3) ---------------------------------------------------

export interface InstrumentInput {
  name: string;
  construct: string;
  validationStatus: ValidationStatus;
  validationNote: string | null;
  provider: string | null;
  costCents: number | null;
  durationMinutes: number | null;
  fitsWhen: string | null;
}

export function checkInstrument(input: InstrumentInput): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'name', input.name, TITLE_MAX, { required: true });
  text(problems, 'construct', input.construct, SHORT_MAX, { required: true });
  text(problems, 'validationNote', input.validationNote, SHORT_MAX);
  text(problems, 'provider', input.provider, TITLE_MAX);
  text(problems, 'fitsWhen', input.fitsWhen, SHORT_MAX);
  return problems;
}

export function checkRating(input: { rating: number; comment: string | null }): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'comment', input.comment, SHORT_MAX);
  return problems;
}

/** Average usefulness as the profession rated it; never shown without how many ratings it rests on. */
export function ratingSummary(ratings: readonly number[]): { average: number | null; count: number } {
  if (ratings.length === 0) return { average: null, count: 0 };
  return { average: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10, count: ratings.length };
}

export function checkFactor(input: { group: string; labelNl: string; labelEn: string; icfCode: string | null }, icfPattern: RegExp): Problem[] {
  const problems: Problem[] = [];
  text(problems, 'labelNl', input.labelNl, TITLE_MAX, { required: true });
  text(problems, 'labelEn', input.labelEn, TITLE_MAX, { required: true });
  if (input.icfCode !== null && !icfPattern.test(input.icfCode)) problems.push({ field: 'icfCode', reason: 'icf_invalid' });
  return problems;
}

// ---- the reintegration advice ---------------------------------------------------------------------

export interface Conclusion {
  text: string;
  evidenceIds: string[];
  cellRefs: string[];
}
export interface WorkType extends Conclusion { profileId: string | null }

export interface AdviceContent {
  workTypes: WorkType[];
  schooling: Conclusion | null;
  guidance: Conclusion | null;
  endGoal: Conclusion;
  supportNeed: Conclusion;
  risksAndSafeguards: Conclusion | null;
  uncertainties: Conclusion | null;
}

const normalised = (s: string) => s.toLocaleLowerCase('nl').replace(/[\s\p{P}]+/gu, ' ').trim();

function checkConclusion(problems: Problem[], field: string, c: Conclusion, refs: CaseRefs, required: boolean, already: readonly string[]) {
  text(problems, `${field}.text`, c.text, TEXT_MAX, { required });
  if (!required && blank(c.text) && (c.evidenceIds.length > 0 || c.cellRefs.length > 0)) problems.push({ field: `${field}.text`, reason: 'required' });
  evidenceLinks(problems, `${field}.evidenceIds`, c.evidenceIds, refs, already);
  if (c.cellRefs.length > LINKS_MAX) problems.push({ field: `${field}.cellRefs`, reason: 'too_many', params: { maximum: LINKS_MAX } });
  if (new Set(c.cellRefs).size !== c.cellRefs.length) problems.push({ field: `${field}.cellRefs`, reason: 'duplicate' });
  for (const ref of c.cellRefs) {
    if (parseCellRef(ref) === null) { problems.push({ field: `${field}.cellRefs`, reason: 'unknown_cell' }); break; }
    if (!refs.cells?.has(ref)) { problems.push({ field: `${field}.cellRefs`, reason: 'empty_cell' }); break; }
  }
}

/** Every evidence id the advice links, for "already linked" (a withdrawn item may stay where it was). */
export function adviceEvidenceIds(content: AdviceContent | null): string[] {
  if (!content) return [];
  return [...content.workTypes, ...(['schooling', 'guidance', 'endGoal', 'supportNeed', 'risksAndSafeguards', 'uncertainties'] as const).map((s) => content[s])]
    .flatMap((c) => (c ? c.evidenceIds : []));
}

/**
 * An advice names its end goal and its support need, separately: recommendation 4 asks to distinguish
 * setting the end goal from assessing the support need, and the seed's second risk is the future job
 * crowding out the support need. The same text in both is a merge, refused.
 */
export function checkAdvice(content: AdviceContent, refs: CaseRefs, previous: AdviceContent | null = null): Problem[] {
  const problems: Problem[] = [];
  const already = adviceEvidenceIds(previous);
  if (content.workTypes.length > WORK_TYPES_MAX) problems.push({ field: 'workTypes', reason: 'too_many', params: { maximum: WORK_TYPES_MAX } });
  content.workTypes.forEach((w, i) => {
    checkConclusion(problems, `workTypes.${i}`, w, refs, true, already);
    known(problems, `workTypes.${i}.profileId`, w.profileId, refs.profiles, 'unknown_profile');
  });
  checkConclusion(problems, 'endGoal', content.endGoal, refs, true, already);
  checkConclusion(problems, 'supportNeed', content.supportNeed, refs, true, already);
  for (const section of ['schooling', 'guidance', 'risksAndSafeguards', 'uncertainties'] as const) {
    const c = content[section];
    if (c) checkConclusion(problems, section, c, refs, false, already);
  }
  if (!blank(content.endGoal.text) && !blank(content.supportNeed.text) && normalised(content.endGoal.text) === normalised(content.supportNeed.text)) {
    problems.push({ field: 'supportNeed.text', reason: 'end_goal_equals_support_need' });
  }
  return problems;
}

/** Empty optional sections are stored as absent, so "not written" and "written" never blur. */
export function tidyAdvice(content: AdviceContent): AdviceContent {
  const tidy = (c: Conclusion | null) => (c && !blank(c.text) ? { text: c.text, evidenceIds: c.evidenceIds, cellRefs: c.cellRefs } : null);
  return {
    workTypes: content.workTypes.map((w) => ({ text: w.text, profileId: w.profileId, evidenceIds: w.evidenceIds, cellRefs: w.cellRefs })),
    schooling: tidy(content.schooling), guidance: tidy(content.guidance),
    endGoal: { text: content.endGoal.text, evidenceIds: content.endGoal.evidenceIds, cellRefs: content.endGoal.cellRefs },
    supportNeed: { text: content.supportNeed.text, evidenceIds: content.supportNeed.evidenceIds, cellRefs: content.supportNeed.cellRefs },
    risksAndSafeguards: tidy(content.risksAndSafeguards), uncertainties: tidy(content.uncertainties),
  };
}

// ---- signals: what is open, untouched or unargued (never a score) --------------------------------

export interface EvidenceFacts {
  id: string;
  number: number;
  kind: EvidenceKind;
  sourceType: SourceType;
  realityCheck: string | null;
  factorCodes: readonly string[];
  withdrawn: boolean;
}

export interface JudgementState {
  today: string;
  evidence: readonly EvidenceFacts[];
  coverage: ReadonlyArray<{ theme: CoverageTheme; state: CoverageState }>;
  schema1: ReadonlyArray<{ theme: Schema1Theme; category: Schema1Category; body: string; evidenceIds: readonly string[]; updatedAt: string }>;
  schema2: ReadonlyArray<{ key: string; supportNeed: string | null; workImplications: string | null; basis: string | null; evidenceIds: readonly string[]; updatedAt: string }>;
  observations: ReadonlyArray<{ id: string; discriminator: string | null; hypotheses: ReadonlyArray<{ id: string; status: HypothesisStatus; evidenceFor: readonly string[] }> }>;
  anomalies: ReadonlyArray<{ id: string; explanation: string | null }>;
  placement: { willingness: number; ability: number } | null;
  experiments: ReadonlyArray<{ id: string; state: 'running' | 'ended'; nextFeedbackOn: string | null }>;
  /** When the newest checkpoint was recorded (ISO instant): schema cells not revisited since are flagged. */
  lastCheckpointAt: string | null;
  advice: AdviceContent | null;
  /** The capacity conclusion of each job profile on the case (issue 6), for work types linked to one. */
  profileConclusions: ReadonlyMap<string, string | null>;
  /** Factor codes of the groups where the expertise boundary may lie (psychological, substances). */
  boundaryFactors: ReadonlySet<string>;
}

export type SignalCode =
  | 'coverage_untouched' | 'single_explanation' | 'no_discriminator' | 'supported_without_evidence' | 'hypotheses_open' | 'anomalies_open'
  | 'not_investigated' | 'self_assessment_unchecked' | 'schema2_without_basis' | 'stale_since_checkpoint' | 'feedback_overdue'
  | 'placement_unwilling' | 'boundary_factors' | 'conclusion_without_basis' | 'end_goal_own_circle_only' | 'support_need_without_schema2'
  | 'work_type_not_suitable' | 'withdrawn_evidence_linked';

export interface Signal { code: SignalCode; refs: string[] }

const hasBasis = (c: Conclusion) => c.evidenceIds.length > 0 || c.cellRefs.length > 0;

/** The evidence a conclusion rests on: linked directly, or through the schema cells it names. */
export function conclusionEvidence(c: Conclusion, state: Pick<JudgementState, 'schema1' | 'schema2'>): string[] {
  const ids = new Set(c.evidenceIds);
  for (const ref of c.cellRefs) {
    const parsed = parseCellRef(ref);
    if (!parsed) continue;
    const cell = parsed.schema === 1
      ? state.schema1.find((x) => x.theme === parsed.theme && x.category === parsed.category)
      : state.schema2.find((x) => x.key === parsed.key);
    for (const id of cell?.evidenceIds ?? []) ids.add(id);
  }
  return [...ids];
}

/**
 * What Passend points at: gaps, open questions, unargued or one-sided ground. Each signal names what it
 * is about, so the expert can go there; none blocks anything, and none is ever summed into a score.
 */
export function judgementSignals(state: JudgementState): Signal[] {
  const signals: Signal[] = [];
  const push = (code: SignalCode, refs: string[]) => { if (refs.length > 0) signals.push({ code, refs }); };
  const evidenceById = new Map(state.evidence.map((e) => [e.id, e]));

  push('coverage_untouched', coverageSummary(state.coverage).untouched);
  // Tunnel vision (§5, Case A): one explanation for a salient observation leaves nothing to weigh against it.
  push('single_explanation', state.observations.filter((o) => o.hypotheses.length === 1).map((o) => o.id));
  push('no_discriminator', state.observations.filter((o) => o.hypotheses.filter((h) => h.status === 'open').length >= 2 && blank(o.discriminator)).map((o) => o.id));
  push('supported_without_evidence', state.observations.flatMap((o) => o.hypotheses.filter((h) => h.status === 'supported' && h.evidenceFor.length === 0).map((h) => h.id)));
  push('hypotheses_open', state.observations.flatMap((o) => o.hypotheses.filter((h) => h.status === 'open').map((h) => h.id)));
  push('anomalies_open', state.anomalies.filter((a) => blank(a.explanation)).map((a) => a.id));
  const live = state.evidence.filter((e) => !e.withdrawn);
  push('not_investigated', live.filter((e) => e.kind === 'not_investigated').map((e) => e.id));
  push('self_assessment_unchecked', live.filter((e) => (e.kind === 'self_assessment' || e.kind === 'wish') && blank(e.realityCheck)).map((e) => e.id));
  push('schema2_without_basis', state.schema2.filter((r) => (!blank(r.supportNeed) || !blank(r.workImplications)) && r.evidenceIds.length === 0 && blank(r.basis)).map((r) => r.key));
  if (state.lastCheckpointAt) {
    const since = state.lastCheckpointAt;
    push('stale_since_checkpoint', [
      ...state.schema1.filter((c) => c.updatedAt < since).map((c) => schema1Ref(c.theme, c.category)),
      ...state.schema2.filter((r) => r.updatedAt < since).map((r) => schema2Ref(r.key)),
    ]);
  }
  push('feedback_overdue', state.experiments.filter((x) => x.state === 'running' && x.nextFeedbackOn !== null && x.nextFeedbackOn < state.today).map((x) => x.id));
  if (state.placement && state.placement.willingness < 0) push('placement_unwilling', ['placement']);
  push('boundary_factors', [...new Set(live.flatMap((e) => e.factorCodes.filter((f) => state.boundaryFactors.has(f))))]);

  const advice = state.advice;
  if (advice) {
    const sections: Array<[string, Conclusion | null]> = [
      ...advice.workTypes.map((w, i): [string, Conclusion] => [`workTypes.${i}`, w]),
      ['schooling', advice.schooling], ['guidance', advice.guidance], ['endGoal', advice.endGoal], ['supportNeed', advice.supportNeed],
      ['risksAndSafeguards', advice.risksAndSafeguards], ['uncertainties', advice.uncertainties],
    ];
    push('conclusion_without_basis', sections.filter(([, c]) => c !== null && !hasBasis(c)).map(([name]) => name));
    // Case A: the mother supports the ICT wish, the sheltered-housing organisation doubts it. An end goal
    // resting only on the client's own circle has not been tested against any other source.
    const goalEvidence = conclusionEvidence(advice.endGoal, state).map((id) => evidenceById.get(id)).filter((e): e is EvidenceFacts => e !== undefined);
    if (goalEvidence.length > 0 && goalEvidence.every((e) => OWN_CIRCLE_SOURCES.includes(e.sourceType))) push('end_goal_own_circle_only', goalEvidence.map((e) => e.id));
    if (!advice.supportNeed.cellRefs.some((r) => r.startsWith('s2:'))) push('support_need_without_schema2', ['supportNeed']);
    push('work_type_not_suitable', advice.workTypes.filter((w) => w.profileId !== null && state.profileConclusions.get(w.profileId) === 'not_suitable').map((w) => w.profileId!));
    push('withdrawn_evidence_linked', [...new Set(adviceEvidenceIds(advice).filter((id) => evidenceById.get(id)?.withdrawn))]);
  }
  return signals;
}

/** Which signals each before-final question brings to mind (shown with the question, kept with the answers). */
export const QUESTION_SIGNALS: Record<ReflectionQuestion, readonly SignalCode[]> = {
  counter_arguments: ['end_goal_own_circle_only', 'work_type_not_suitable', 'conclusion_without_basis', 'withdrawn_evidence_linked'],
  change_conditions: ['feedback_overdue', 'stale_since_checkpoint'],
  open_hypotheses: ['hypotheses_open', 'single_explanation', 'no_discriminator', 'supported_without_evidence'],
  assumptions_and_gaps: ['not_investigated', 'coverage_untouched', 'anomalies_open', 'self_assessment_unchecked', 'schema2_without_basis', 'support_need_without_schema2'],
  expertise_boundary: ['boundary_factors', 'placement_unwilling'],
};

export interface ExpertiseAnswer { choice: ExpertiseChoice; referralTo: string | null; explanation: string | null }

export interface ReflectionAnswers {
  counter_arguments: string | null;
  change_conditions: string | null;
  open_hypotheses: string | null;
  assumptions_and_gaps: string | null;
  expertise_boundary: ExpertiseAnswer | null;
}

export function checkReflection(answers: ReflectionAnswers): Problem[] {
  const problems: Problem[] = [];
  for (const q of ['counter_arguments', 'change_conditions', 'open_hypotheses', 'assumptions_and_gaps'] as const) text(problems, `answers.${q}`, answers[q], TEXT_MAX);
  const e = answers.expertise_boundary;
  if (e) {
    if (e.choice !== 'within_expertise') text(problems, 'answers.expertise_boundary.referralTo', e.referralTo, TITLE_MAX, { required: true });
    else if (!blank(e.referralTo)) problems.push({ field: 'answers.expertise_boundary.referralTo', reason: 'not_applicable' });
    text(problems, 'answers.expertise_boundary.explanation', e.explanation, TEXT_MAX);
  }
  return problems;
}

export interface Reflection {
  answers: ReflectionAnswers;
  /** The questions the expert left unanswered: allowed, and kept visible with the final advice. */
  skipped: ReflectionQuestion[];
  /** The signals as they stood when the advice became final. */
  signals: Signal[];
}

/** Finalising never waits for an answer; it records which questions were answered and which were skipped. */
export function reflectionOf(answers: ReflectionAnswers, signals: Signal[]): Reflection {
  const tidy = (s: string | null) => (blank(s) ? null : s);
  const clean: ReflectionAnswers = {
    counter_arguments: tidy(answers.counter_arguments), change_conditions: tidy(answers.change_conditions), open_hypotheses: tidy(answers.open_hypotheses),
    assumptions_and_gaps: tidy(answers.assumptions_and_gaps),
    expertise_boundary: answers.expertise_boundary
      ? { choice: answers.expertise_boundary.choice, referralTo: tidy(answers.expertise_boundary.referralTo), explanation: tidy(answers.expertise_boundary.explanation) }
      : null,
  };
  const skipped = REFLECTION_QUESTIONS.filter((q) => clean[q] === null);
  return { answers: clean, skipped, signals };
}
