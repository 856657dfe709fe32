// Contact-form advice in-process (issue 3): `evaluateAdvice` with the full seed-based rule set on a
// varied, deterministic set of circumstances, timed per call with process.hrtime.bigint() after a
// warm-up. Baseline in the same run: the same inputs against the same rule set with no rules, which is
// the interpreter's fixed overhead (setting up the three forms, observations, conflicts).
// Target (issue 3, "Speed"): median under 1 ms.
//
// Also the source of circumstances for the planning-page load (bench/run.ts) and for the contacts
// the data generator gives the new contact-form columns (bench/generate.ts).
//
// Standalone: `npx tsx bench/advice.ts` prints the figures.
import { pathToFileURL } from 'node:url';
import { ACTIVITY_TYPES, CONTACT_FORMS, type ActivityType, type ContactForm } from '../src/cases/domain.js';
import {
  CLIENT_CONDITIONS, evaluateAdvice, OUTCOME_EXPECTATIONS, PHYSICAL_IMPOSSIBLE_REASONS, WORKPLACE_MATERIALS, type Advice, type ContactCircumstances,
  type RuleSet,
} from '../src/contact/domain.js';
import { SEED_000_RULE_SET } from '../src/contact/rules.js';
import type { CircumstancesInput } from '../src/contact/schemas.js';
import { todayInAmsterdam } from '../src/platform/time.js';
import { percentile } from './load.js';
import { Rng } from './rng.js';

export const ADVICE_TARGET_MEDIAN_US = 1000;

// ---- circumstances ---------------------------------------------------------------------------
const PREFERENCE_REASONS: Record<ContactForm, readonly string[]> = {
  physical: [
    'Cliënt wil de arbeidsdeskundige liever in persoon ontmoeten (fictief).',
    'Werkgever wil de werkplek samen laten zien (fictief).',
    'Cliënt vindt het lastig om via een scherm te praten over de klachten (fictief).',
  ],
  video: [
    'Reizen kost cliënt veel energie (fictief).',
    'Cliënt werkt zelf dagelijks met beeldbellen (fictief).',
    'Werkgever zit op een andere locatie (fictief).',
  ],
  phone: [
    'Cliënt heeft geen camera thuis (fictief).',
    'Kort praktisch overleg volstaat volgens de werkgever (fictief).',
  ],
};
const CONDITION_COUNTS = [0, 0, 0, 1, 1, 1, 2, 2, 3, 5] as const;

/** One planned contact's circumstances, as a labour expert could state them (contradictions included, now and then). */
export function randomCircumstances(rng: Rng, activity: ActivityType): ContactCircumstances {
  const physicalPossible = rng.chance(0.7);
  const physicalImpossibleReason = physicalPossible
    ? (rng.chance(0.04) ? rng.pick(PHYSICAL_IMPOSSIBLE_REASONS) : null) // contradictory: explained in the advice, not rejected
    : (rng.chance(0.9) ? rng.pick(PHYSICAL_IMPOSSIBLE_REASONS) : null);
  const earlierContacts = activity === 'first_contact' ? (rng.chance(0.9) ? 0 : rng.int(1, 2)) : rng.int(0, 8);
  const preference = (form: ContactForm) => ({ form, reason: rng.pick(PREFERENCE_REASONS[form]) });
  return {
    activity,
    physicalPossible,
    physicalImpossibleReason,
    clientConditions: rng.some(CLIENT_CONDITIONS, rng.pick(CONDITION_COUNTS)),
    employerConflict: rng.chance(0.15),
    complaintContext: rng.chance(0.08),
    earlierContacts,
    physicalFirstContactHeld: earlierContacts > 0 ? rng.chance(0.6) : rng.chance(0.03),
    outcomeExpectation: activity === 'discussing_outcome' || rng.chance(0.05) ? rng.pick(OUTCOME_EXPECTATIONS) : 'unknown',
    workplaceMaterial: rng.chance(0.5) ? rng.some(WORKPLACE_MATERIALS, rng.int(1, WORKPLACE_MATERIALS.length)) : [],
    expertKnowsWorkplace: rng.chance(0.3),
    clientPreference: rng.chance(0.55) ? preference(rng.pick(CONTACT_FORMS)) : null,
    employerPreference: rng.chance(0.3) ? preference(rng.pick(CONTACT_FORMS)) : null,
    preconditions: {
      videoConsent: rng.chance(0.5),
      clientInformed: rng.chance(0.6),
      approvedChannel: rng.chance(0.7),
      medicalObstacle: rng.chance(0.1),
    },
  };
}

/** `count` circumstances; the activities take turns, so every activity of ACTIVITY_TYPES is equally present. */
export function circumstancesSet(count: number, seed = 20_261_123): ContactCircumstances[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => randomCircumstances(rng, ACTIVITY_TYPES[i % ACTIVITY_TYPES.length]!));
}

/** As the planning page sends them (`circumstancesSchema`): the §3 preconditions come from the case, only the medical obstacle is stated. */
export function toCircumstancesInput(c: ContactCircumstances): CircumstancesInput {
  const { preconditions, clientConditions, workplaceMaterial, ...rest } = c;
  return { ...rest, clientConditions: [...clientConditions], workplaceMaterial: [...workplaceMaterial], medicalObstacle: preconditions.medicalObstacle };
}

// ---- the timing ------------------------------------------------------------------------------
export interface TimingStats { calls: number; medianUs: number; p95Us: number; p99Us: number; meanUs: number; minUs: number; maxUs: number }

export interface AdviceBenchResult {
  today: string;
  ruleSetVersion: string;
  rules: number;
  notYetEffective: number;
  inputs: number;
  warmupCalls: number;
  rounds: number;
  full: TimingStats;
  /** The same inputs against `{ ...ruleSet, rules: [] }`: the interpreter's fixed overhead. */
  empty: TimingStats;
  /** full median / empty median. */
  ratioMedian: number;
  /** What the rules themselves cost: full median − empty median. */
  rulesMedianUs: number;
  targetMedianUs: number;
  pass: boolean;
  /** How varied the inputs were, judged by the advice they got. */
  variety: {
    activities: number; distinctAdvice: number; meanReasons: number; conflictsPercent: number; videoBlockedPercent: number;
    observationsPercent: number; noRuleAppliesPercent: number;
  };
  seconds: number;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function stats(ns: Float64Array): TimingStats {
  const sorted = Array.from(ns, (v) => v / 1000).sort((a, b) => a - b);
  return {
    calls: sorted.length,
    medianUs: round2(percentile(sorted, 50)), p95Us: round2(percentile(sorted, 95)), p99Us: round2(percentile(sorted, 99)),
    meanUs: round2(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)), minUs: round2(sorted[0] ?? Number.NaN),
    maxUs: round2(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

export interface AdviceBenchOptions { inputs?: number; rounds?: number; warmupRounds?: number; seed?: number; today?: string; ruleSet?: RuleSet }

export function benchAdvice(options: AdviceBenchOptions = {}): AdviceBenchResult {
  const started = performance.now();
  const ruleSet = options.ruleSet ?? SEED_000_RULE_SET;
  const empty: RuleSet = { ...ruleSet, rules: [] };
  const inputs = circumstancesSet(options.inputs ?? 2_000, options.seed);
  const rounds = options.rounds ?? 20;
  const warmupRounds = options.warmupRounds ?? 5;
  // Every rule must be in force, or fewer rules are timed than the set has.
  const latestRule = ruleSet.rules.reduce((max, r) => (r.effectiveFrom > max ? r.effectiveFrom : max), ruleSet.effectiveFrom);
  const asked = options.today ?? todayInAmsterdam();
  const today = asked < latestRule ? latestRule : asked;

  let sink = 0;
  const use = (a: Advice) => { sink += a.conflicts.length + a.forms.video.reasons.length + a.observations.length; };
  for (let r = 0; r < warmupRounds; r++) {
    for (const c of inputs) { use(evaluateAdvice(ruleSet, c, today)); use(evaluateAdvice(empty, c, today)); }
  }

  const fullNs = new Float64Array(rounds * inputs.length);
  const emptyNs = new Float64Array(rounds * inputs.length);
  const pass = (set: RuleSet, into: Float64Array, offset: number) => {
    for (let i = 0; i < inputs.length; i++) {
      const t0 = process.hrtime.bigint();
      const advice = evaluateAdvice(set, inputs[i]!, today);
      const t1 = process.hrtime.bigint();
      into[offset + i] = Number(t1 - t0);
      use(advice);
    }
  };
  // Alternating order per round, so neither variant always runs on a just-warmed (or just-collected) heap.
  for (let r = 0; r < rounds; r++) {
    const offset = r * inputs.length;
    if (r % 2 === 0) { pass(ruleSet, fullNs, offset); pass(empty, emptyNs, offset); } else { pass(empty, emptyNs, offset); pass(ruleSet, fullNs, offset); }
  }

  // Variety of the inputs, as seen in their advice.
  const adviceOf = inputs.map((c) => evaluateAdvice(ruleSet, c, today));
  const shapes = new Set(adviceOf.map((a) => JSON.stringify([
    ...Object.values(a.forms).map((f) => [f.strength, f.reasons.map((x) => x.ruleId), f.blockedBy.map((b) => b.precondition)]), a.conflicts,
  ])));
  const share = (p: (a: Advice) => boolean) => Math.round((adviceOf.filter(p).length / adviceOf.length) * 1000) / 10;
  if (sink < 0) console.log(sink); // keep the work

  const full = stats(fullNs);
  const base = stats(emptyNs);
  return {
    today,
    ruleSetVersion: ruleSet.version,
    rules: ruleSet.rules.length,
    notYetEffective: adviceOf[0]?.notYetEffective.length ?? 0,
    inputs: inputs.length,
    warmupCalls: warmupRounds * inputs.length * 2,
    rounds,
    full,
    empty: base,
    ratioMedian: round2(full.medianUs / base.medianUs),
    rulesMedianUs: round2(full.medianUs - base.medianUs),
    targetMedianUs: ADVICE_TARGET_MEDIAN_US,
    pass: full.medianUs < ADVICE_TARGET_MEDIAN_US,
    variety: {
      activities: new Set(inputs.map((c) => c.activity)).size,
      distinctAdvice: shapes.size,
      meanReasons: round2(adviceOf.reduce((s, a) => s + Object.values(a.forms).reduce((t, f) => t + f.reasons.length, 0), 0) / adviceOf.length),
      conflictsPercent: share((a) => a.conflicts.length > 0),
      videoBlockedPercent: share((a) => a.forms.video.blockedBy.length > 0),
      observationsPercent: share((a) => a.observations.some((o) => o.code !== 'no_rule_applies')),
      noRuleAppliesPercent: share((a) => a.observations.some((o) => o.code === 'no_rule_applies')),
    },
    seconds: round2((performance.now() - started) / 1000),
  };
}

export function describeAdviceBench(r: AdviceBenchResult): string[] {
  const f = (s: TimingStats) => `median ${s.medianUs} µs, p95 ${s.p95Us} µs, p99 ${s.p99Us} µs, mean ${s.meanUs} µs, max ${s.maxUs} µs`;
  return [
    `rule set ${r.ruleSetVersion}: ${r.rules} rules (${r.notYetEffective} not yet in force on ${r.today}); ${r.inputs} circumstances × ${r.rounds} rounds = ${r.full.calls} calls per variant after ${r.warmupCalls} warm-up calls`,
    `inputs: ${r.variety.activities} activities, ${r.variety.distinctAdvice} distinct advice outcomes, ${r.variety.meanReasons} reasons per advice, conflicts in ${r.variety.conflictsPercent}%, video blocked in ${r.variety.videoBlockedPercent}%, observations in ${r.variety.observationsPercent}%, no rule applies in ${r.variety.noRuleAppliesPercent}%`,
    `full rule set:          ${f(r.full)}`,
    `baseline (empty set):   ${f(r.empty)}`,
    `full / baseline median: ${r.ratioMedian}× (the rules themselves: ${r.rulesMedianUs} µs per call)`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = benchAdvice();
  for (const line of describeAdviceBench(result)) console.log(line);
  console.log(`${result.pass ? 'PASS' : 'FAIL'} advice evaluation median ${result.full.medianUs} µs (target < ${result.targetMedianUs} µs); ${result.seconds} s`);
}
