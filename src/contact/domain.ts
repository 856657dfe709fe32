// Contact-form advice (issue 3): the pure domain core.
//
// Rules are DATA (see rules.ts); this module only interprets them. The advice never decides: it
// shows, per contact form, how strongly the rule set speaks for or against it, every reason with its
// rule id, source section and statistic, the conflicts between rules side by side, and the hard
// preconditions that block video until they are met. No I/O.

import { ACTIVITY_TYPES, CONTACT_FORMS, type ActivityType, type ContactForm } from '../cases/domain.js';

// ---------------------------------------------------------------------------------------------
// Circumstances
// ---------------------------------------------------------------------------------------------

/** Client conditions of seed 000 §2.3 (plus a few circumstance codes from §4.4.2 and §5.1.4). */
export const CLIENT_CONDITIONS = [
  'concentration_problems',
  'energy_problems',
  'speech_or_hearing_problems',
  'cannot_sit_long',
  'resistance',
  'little_illness_insight',
  'psychological_complaints',
  'vulnerability',
  'limited_digital_skills',
  'limited_language_skills',
  'unmotivated',
  'nervous_about_video',
  'travel_difficulty',
  'terminal_illness',
  'home_visit_undesirable',
  'uses_video_at_work',
] as const;
export type ClientCondition = (typeof CLIENT_CONDITIONS)[number];

/** Why physical contact is not possible (§5.1.2, §5.2). */
export const PHYSICAL_IMPOSSIBLE_REASONS = [
  'lockdown',
  'infection_risk',
  'workplace_inaccessible',
  'employer_refuses_visit',
  'organisation_ban',
  'other',
] as const;
export type PhysicalImpossibleReason = (typeof PHYSICAL_IMPOSSIBLE_REASONS)[number];

/** For A7: is the outcome expected by the client, or already told in person (§5.4.1, §4.4.2)? */
export const OUTCOME_EXPECTATIONS = ['unknown', 'expected', 'unexpected', 'told_in_person'] as const;
export type OutcomeExpectation = (typeof OUTCOME_EXPECTATIONS)[number];

/** Workplace material available as a basis for remote work (§5.6). */
export const WORKPLACE_MATERIALS = ['job_description', 'earlier_report', 'photos', 'films'] as const;
export type WorkplaceMaterial = (typeof WORKPLACE_MATERIALS)[number];

export const PRECONDITIONS = ['videoConsent', 'clientInformed', 'approvedChannel', 'medicalObstacle'] as const;
export type Precondition = (typeof PRECONDITIONS)[number];

export interface Preference {
  form: ContactForm;
  reason: string;
}

export interface ContactCircumstances {
  activity: ActivityType;
  physicalPossible: boolean;
  /** Only meaningful when physicalPossible is false. */
  physicalImpossibleReason: PhysicalImpossibleReason | null;
  clientConditions: readonly ClientCondition[];
  employerConflict: boolean;
  /** Complaint context (hoor en wederhoor after a complaint, §5.4.1). */
  complaintContext: boolean;
  earlierContacts: number;
  physicalFirstContactHeld: boolean;
  outcomeExpectation: OutcomeExpectation;
  workplaceMaterial: readonly WorkplaceMaterial[];
  expertKnowsWorkplace: boolean;
  clientPreference: Preference | null;
  employerPreference: Preference | null;
  preconditions: {
    videoConsent: boolean;
    clientInformed: boolean;
    approvedChannel: boolean;
    medicalObstacle: boolean;
  };
}

// ---------------------------------------------------------------------------------------------
// Condition language (JSON-serialisable, small and total)
// ---------------------------------------------------------------------------------------------

/** Facts with one value out of a closed list; operator `in`. */
export const ENUM_FACTS = {
  activity: ACTIVITY_TYPES,
  physicalImpossibleReason: PHYSICAL_IMPOSSIBLE_REASONS,
  outcomeExpectation: OUTCOME_EXPECTATIONS,
  clientPreferenceForm: CONTACT_FORMS,
  employerPreferenceForm: CONTACT_FORMS,
} as const;
/** Facts holding a list; operator `includes`. */
export const LIST_FACTS = {
  clientConditions: CLIENT_CONDITIONS,
  workplaceMaterial: WORKPLACE_MATERIALS,
} as const;
/** Boolean facts; operator `equals`. */
export const BOOLEAN_FACTS = [
  'physicalPossible',
  'employerConflict',
  'complaintContext',
  'physicalFirstContactHeld',
  'expertKnowsWorkplace',
  'videoConsent',
  'clientInformed',
  'approvedChannel',
  'medicalObstacle',
] as const;
/** Numeric facts; operators `atLeast` / `atMost` (inclusive). */
export const NUMBER_FACTS = ['earlierContacts'] as const;

export type EnumFact = keyof typeof ENUM_FACTS;
export type ListFact = keyof typeof LIST_FACTS;
export type BooleanFact = (typeof BOOLEAN_FACTS)[number];
export type NumberFact = (typeof NUMBER_FACTS)[number];

export type Condition =
  | { always: true }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: EnumFact; in: string[] }
  | { fact: ListFact; includes: string }
  | { fact: ListFact; nonEmpty: true }
  | { fact: BooleanFact; equals: boolean }
  | { fact: NumberFact; atLeast?: number; atMost?: number };

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/**
 * Strengths, in the fixed order used to pick the headline strength of a form: the most decisive
 * statement wins, caution first. `not_suitable` outranks `required` (they should never meet on one
 * form; if they do, the conflict is listed), then `discouraged` outranks `preferred` and `possible`,
 * so that "video must never become the default" (seed 003) holds when rules disagree. The headline
 * never hides the other reasons: all of them are returned and opposing ones are listed as conflicts.
 */
export const STRENGTH_ORDER = ['not_suitable', 'required', 'discouraged', 'preferred', 'possible'] as const;
export type Strength = (typeof STRENGTH_ORDER)[number];
const POSITIVE: ReadonlySet<Strength> = new Set(['required', 'preferred', 'possible']);
const NEGATIVE: ReadonlySet<Strength> = new Set(['discouraged', 'not_suitable']);

export interface Bilingual {
  nl: string;
  en: string;
}

export type RuleEffect = { form: ContactForm; strength: Strength } | { form: 'video'; blocks: Precondition };

export interface Rule {
  id: string;
  condition: Condition;
  effects: RuleEffect[];
  explanation: Bilingual;
  /** e.g. 'seed 000 §5.6' */
  source: string;
  statistic?: Bilingual;
  /** YYYY-MM-DD */
  effectiveFrom: string;
}

export interface RuleSet {
  version: string;
  effectiveFrom: string;
  rules: Rule[];
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export interface RuleSetProblem {
  ruleId: string | null;
  message: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
function isDate(s: unknown): boolean {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function has<T extends object>(obj: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function validateCondition(c: unknown, path: string, out: string[]): void {
  if (!isRecord(c)) {
    out.push(`${path}: condition must be an object`);
    return;
  }
  if ('always' in c) {
    if (c.always !== true) out.push(`${path}: 'always' must be true`);
    return;
  }
  if ('all' in c || 'any' in c) {
    const key = 'all' in c ? 'all' : 'any';
    const list = c[key];
    if (!Array.isArray(list) || list.length === 0) out.push(`${path}.${key}: must be a non-empty list`);
    else list.forEach((sub, i) => validateCondition(sub, `${path}.${key}[${i}]`, out));
    return;
  }
  if ('not' in c) {
    validateCondition(c.not, `${path}.not`, out);
    return;
  }
  const fact = c.fact;
  if (typeof fact !== 'string') {
    out.push(`${path}: unknown condition shape`);
    return;
  }
  if (has(ENUM_FACTS, fact)) {
    const allowed: readonly string[] = ENUM_FACTS[fact];
    if (!Array.isArray(c.in) || c.in.length === 0) out.push(`${path}: fact '${fact}' needs a non-empty 'in' list`);
    else
      for (const v of c.in)
        if (typeof v !== 'string' || !allowed.includes(v)) out.push(`${path}: unknown value '${String(v)}' for fact '${fact}'`);
    return;
  }
  if (has(LIST_FACTS, fact)) {
    const allowed: readonly string[] = LIST_FACTS[fact];
    if ('nonEmpty' in c) {
      if (c.nonEmpty !== true) out.push(`${path}: 'nonEmpty' must be true`);
    } else if (typeof c.includes !== 'string' || !allowed.includes(c.includes))
      out.push(`${path}: unknown value '${String(c.includes)}' for fact '${fact}'`);
    return;
  }
  if ((BOOLEAN_FACTS as readonly string[]).includes(fact)) {
    if (typeof c.equals !== 'boolean') out.push(`${path}: fact '${fact}' needs a boolean 'equals'`);
    return;
  }
  if ((NUMBER_FACTS as readonly string[]).includes(fact)) {
    const okNum = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
    if (!okNum(c.atLeast) || !okNum(c.atMost) || (c.atLeast === undefined && c.atMost === undefined))
      out.push(`${path}: fact '${fact}' needs a numeric 'atLeast' and/or 'atMost'`);
    return;
  }
  out.push(`${path}: unknown fact '${fact}'`);
}

/** Problems in a rule set (e.g. after an administrator edited it). Empty list = valid. */
export function validateRuleSet(ruleSet: unknown): RuleSetProblem[] {
  const problems: RuleSetProblem[] = [];
  if (!isRecord(ruleSet)) return [{ ruleId: null, message: 'rule set must be an object' }];
  if (typeof ruleSet.version !== 'string' || ruleSet.version.trim() === '')
    problems.push({ ruleId: null, message: 'rule set needs a version' });
  if (!isDate(ruleSet.effectiveFrom)) problems.push({ ruleId: null, message: 'rule set effectiveFrom must be YYYY-MM-DD' });
  if (!Array.isArray(ruleSet.rules)) {
    problems.push({ ruleId: null, message: 'rule set needs a rules list' });
    return problems;
  }
  const seen = new Set<string>();
  ruleSet.rules.forEach((rule: unknown, index) => {
    if (!isRecord(rule)) {
      problems.push({ ruleId: null, message: `rule #${index} must be an object` });
      return;
    }
    const id = typeof rule.id === 'string' && rule.id.trim() !== '' ? rule.id : null;
    const add = (message: string) => problems.push({ ruleId: id, message });
    if (id === null) add(`rule #${index} needs an id`);
    else if (seen.has(id)) add(`duplicate rule id '${id}'`);
    else seen.add(id);
    const condProblems: string[] = [];
    validateCondition(rule.condition, 'condition', condProblems);
    condProblems.forEach(add);
    if (!Array.isArray(rule.effects) || rule.effects.length === 0) add('rule needs at least one effect');
    else
      rule.effects.forEach((e: unknown, i) => {
        if (!isRecord(e)) return add(`effects[${i}] must be an object`);
        if (typeof e.form !== 'string' || !(CONTACT_FORMS as readonly string[]).includes(e.form))
          add(`effects[${i}]: unknown form '${String(e.form)}'`);
        if ('blocks' in e) {
          if (e.form !== 'video') add(`effects[${i}]: only video can be blocked by a precondition`);
          if (typeof e.blocks !== 'string' || !(PRECONDITIONS as readonly string[]).includes(e.blocks))
            add(`effects[${i}]: unknown precondition '${String(e.blocks)}'`);
        } else if (typeof e.strength !== 'string' || !(STRENGTH_ORDER as readonly string[]).includes(e.strength))
          add(`effects[${i}]: unknown strength '${String(e.strength)}'`);
      });
    const bilingual = (x: unknown) => isRecord(x) && typeof x.nl === 'string' && x.nl !== '' && typeof x.en === 'string' && x.en !== '';
    if (!bilingual(rule.explanation)) add('explanation needs Dutch (nl) and English (en) text');
    if (rule.statistic !== undefined && !bilingual(rule.statistic)) add('statistic needs Dutch (nl) and English (en) text');
    if (typeof rule.source !== 'string' || !/§\d/.test(rule.source)) add('source must name a section (§)');
    if (!isDate(rule.effectiveFrom)) add('effectiveFrom must be YYYY-MM-DD');
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------

function factValue(c: ContactCircumstances, fact: string): unknown {
  switch (fact) {
    case 'activity':
      return c.activity;
    case 'physicalImpossibleReason':
      return c.physicalPossible ? null : c.physicalImpossibleReason;
    case 'outcomeExpectation':
      return c.outcomeExpectation;
    case 'clientPreferenceForm':
      return c.clientPreference?.form ?? null;
    case 'employerPreferenceForm':
      return c.employerPreference?.form ?? null;
    case 'clientConditions':
      return c.clientConditions;
    case 'workplaceMaterial':
      return c.workplaceMaterial;
    case 'physicalPossible':
    case 'employerConflict':
    case 'complaintContext':
    case 'physicalFirstContactHeld':
    case 'expertKnowsWorkplace':
    case 'earlierContacts':
      return c[fact];
    case 'videoConsent':
    case 'clientInformed':
    case 'approvedChannel':
    case 'medicalObstacle':
      return c.preconditions[fact];
    default:
      return undefined;
  }
}

/** Total: malformed or unknown conditions evaluate to false instead of throwing. */
export function matches(condition: Condition, c: ContactCircumstances): boolean {
  const cond = condition as unknown;
  if (!isRecord(cond)) return false;
  if ('always' in cond) return cond.always === true;
  if ('all' in cond) return Array.isArray(cond.all) && cond.all.every((s) => matches(s as Condition, c));
  if ('any' in cond) return Array.isArray(cond.any) && cond.any.some((s) => matches(s as Condition, c));
  if ('not' in cond) return isRecord(cond.not) && !matches(cond.not as Condition, c);
  if (typeof cond.fact !== 'string') return false;
  const value = factValue(c, cond.fact);
  if ('in' in cond) return Array.isArray(cond.in) && cond.in.includes(value);
  if ('includes' in cond) return Array.isArray(value) && value.includes(cond.includes);
  if ('nonEmpty' in cond) return Array.isArray(value) && value.length > 0;
  if ('equals' in cond) return typeof value === 'boolean' && value === cond.equals;
  if ('atLeast' in cond || 'atMost' in cond) {
    if (typeof value !== 'number') return false;
    if (typeof cond.atLeast === 'number' && value < cond.atLeast) return false;
    if (typeof cond.atMost === 'number' && value > cond.atMost) return false;
    return true;
  }
  return false;
}

export interface AdviceReason {
  ruleId: string;
  strength: Strength;
  explanation: Bilingual;
  source: string;
  statistic: Bilingual | null;
}

export interface PreconditionBlock {
  precondition: Precondition;
  ruleId: string;
  explanation: Bilingual;
  source: string;
}

export interface FormAdvice {
  form: ContactForm;
  /** Headline strength by STRENGTH_ORDER; null when no rule speaks about this form. */
  strength: Strength | null;
  reasons: AdviceReason[];
  /** Rules that speak for this form while others speak against it: shown side by side. */
  conflict: { for: AdviceReason[]; against: AdviceReason[] } | null;
  /** Only for video: unmet hard preconditions; video stays blocked until they are met. */
  blockedBy: PreconditionBlock[];
  /** Who asked for this form, with their reason (echoed, never used to decide silently). */
  preferredBy: { party: 'client' | 'employer'; reason: string }[];
}

export interface Advice {
  ruleSetVersion: string;
  /** Always true: the professional decides, and records the reason. */
  advisoryOnly: true;
  forms: Record<ContactForm, FormAdvice>;
  /** Forms with opposing strengths, in CONTACT_FORMS order. */
  conflicts: ContactForm[];
  clientPreference: Preference | null;
  employerPreference: Preference | null;
  /** Rules skipped because their effectiveFrom lies after `today`. */
  notYetEffective: string[];
  /** Contradictory or incomplete circumstances, explained instead of rejected. */
  observations: Observation[];
}

export interface Observation {
  code: 'reason_given_but_physical_possible' | 'physical_impossible_without_reason' | 'outcome_expectation_outside_a7' | 'first_contact_after_contacts' | 'physical_first_contact_without_contacts' | 'no_rule_applies';
  explanation: Bilingual;
}

const OBSERVATION_TEXT: Record<Observation['code'], Bilingual> = {
  reason_given_but_physical_possible: {
    nl: 'Er is een reden opgegeven waarom fysiek contact niet kan, maar ook dat fysiek contact wel mogelijk is. Het advies gaat uit van: fysiek contact is mogelijk.',
    en: 'A reason why physical contact is impossible was given, but also that physical contact is possible. The advice assumes physical contact is possible.',
  },
  physical_impossible_without_reason: {
    nl: 'Fysiek contact is volgens de invoer niet mogelijk, maar de reden ontbreekt. Leg de reden vast: die telt mee in het advies en in de verantwoording.',
    en: 'Physical contact is said to be impossible, but no reason is given. Record the reason: it counts in the advice and in the justification.',
  },
  outcome_expectation_outside_a7: {
    nl: 'De verwachting over de uitkomst telt alleen mee bij het bespreken van een uitkomst (A7); bij deze activiteit is ze niet gebruikt.',
    en: 'The expectation about the outcome only counts when discussing an outcome (A7); it was not used for this activity.',
  },
  first_contact_after_contacts: {
    nl: 'Dit is als eerste contact aangemerkt, terwijl er al eerdere contacten zijn geweest. Controleer de activiteit.',
    en: 'This is marked as a first contact, while there were earlier contacts. Check the activity.',
  },
  physical_first_contact_without_contacts: {
    nl: 'Er zou een fysiek eerste contact zijn geweest, maar het aantal eerdere contacten is 0. Het advies gaat uit van een eerder fysiek contact.',
    en: 'A physical first contact is said to have taken place, but the number of earlier contacts is 0. The advice assumes an earlier physical contact.',
  },
  no_rule_applies: {
    nl: 'Geen enkele regel zegt iets over deze situatie. Kies de vorm samen met de cliënt en leg uit waarom.',
    en: 'No rule speaks to this situation. Choose the form together with the client and explain why.',
  },
};

/** Contradictions in the stated circumstances: explained in the advice, never a refusal. */
export function observationsOf(c: ContactCircumstances): Observation[] {
  const codes: Observation['code'][] = [];
  if (c.physicalPossible && c.physicalImpossibleReason !== null) codes.push('reason_given_but_physical_possible');
  if (!c.physicalPossible && c.physicalImpossibleReason === null) codes.push('physical_impossible_without_reason');
  if (c.activity !== 'discussing_outcome' && c.outcomeExpectation !== 'unknown') codes.push('outcome_expectation_outside_a7');
  if (c.activity === 'first_contact' && c.earlierContacts > 0) codes.push('first_contact_after_contacts');
  if (c.physicalFirstContactHeld && c.earlierContacts === 0) codes.push('physical_first_contact_without_contacts');
  return codes.map((code) => ({ code, explanation: OBSERVATION_TEXT[code] }));
}

function rank(s: Strength): number {
  return STRENGTH_ORDER.indexOf(s);
}

/**
 * Evaluate the rule set for one planned contact. `today` is 'YYYY-MM-DD'; rules whose
 * effectiveFrom is later are skipped (and listed). Pure and total.
 */
export function evaluateAdvice(ruleSet: RuleSet, circumstances: ContactCircumstances, today: string): Advice {
  const forms = {} as Record<ContactForm, FormAdvice>;
  for (const form of CONTACT_FORMS) {
    const preferredBy: FormAdvice['preferredBy'] = [];
    if (circumstances.clientPreference?.form === form)
      preferredBy.push({ party: 'client', reason: circumstances.clientPreference.reason });
    if (circumstances.employerPreference?.form === form)
      preferredBy.push({ party: 'employer', reason: circumstances.employerPreference.reason });
    forms[form] = { form, strength: null, reasons: [], conflict: null, blockedBy: [], preferredBy };
  }
  const notYetEffective: string[] = [];
  for (const rule of ruleSet.rules) {
    if (typeof rule.effectiveFrom === 'string' && rule.effectiveFrom > today) {
      notYetEffective.push(rule.id);
      continue;
    }
    if (!matches(rule.condition, circumstances)) continue;
    for (const effect of Array.isArray(rule.effects) ? rule.effects : []) {
      const target = forms[effect.form as ContactForm] as FormAdvice | undefined;
      if (!target) continue;
      if ('blocks' in effect) {
        if (effect.form === 'video' && (PRECONDITIONS as readonly string[]).includes(effect.blocks))
          target.blockedBy.push({ precondition: effect.blocks, ruleId: rule.id, explanation: rule.explanation, source: rule.source });
        continue;
      }
      if (!(STRENGTH_ORDER as readonly string[]).includes(effect.strength)) continue;
      target.reasons.push({
        ruleId: rule.id,
        strength: effect.strength,
        explanation: rule.explanation,
        source: rule.source,
        statistic: rule.statistic ?? null,
      });
    }
  }
  const conflicts: ContactForm[] = [];
  for (const form of CONTACT_FORMS) {
    const f = forms[form];
    for (const r of f.reasons) if (f.strength === null || rank(r.strength) < rank(f.strength)) f.strength = r.strength;
    const pro = f.reasons.filter((r) => POSITIVE.has(r.strength));
    const contra = f.reasons.filter((r) => NEGATIVE.has(r.strength));
    if (pro.length > 0 && contra.length > 0) {
      f.conflict = { for: pro, against: contra };
      conflicts.push(form);
    }
  }
  return {
    ruleSetVersion: ruleSet.version,
    advisoryOnly: true,
    forms,
    conflicts,
    clientPreference: circumstances.clientPreference,
    employerPreference: circumstances.employerPreference,
    notYetEffective,
    observations: [
      ...observationsOf(circumstances),
      ...(CONTACT_FORMS.every((f) => forms[f].reasons.length === 0) ? [{ code: 'no_rule_applies' as const, explanation: OBSERVATION_TEXT.no_rule_applies }] : []),
    ],
  };
}
