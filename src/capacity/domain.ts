// Capacity against the demands of work (issue 6), pure: the capacity profile (FML), job profiles on the
// same items, the item-by-item comparison with the labour expert's judgement beside it, conclusions
// per profile with questions (never blocks), the Poortwachter spoor outcome, FML warnings and the FML
// import file. No I/O; the store asks. Sources: ../shared/domain/social-domain.md §§3, 5 and
// secondary-factors.md §§1–2 (seed 001: the FML is "a direction, not a boundary"). The system records
// and questions the expert's judgement; it never makes it: a computed overshoot is a prompt to weigh,
// the override with its reason is the expert's word, and both stay visible.
import type { Catalogue, CatalogueItem, CatalogueRef, HoursItem, OrdinalItem, PeriodsItem, QuantityItem } from './catalogue.js';

// ---- values -------------------------------------------------------------------------------------

/** What the person can do on one item (*belastbaarheid*). Absent from a profile = not assessed. */
export type CapacityValue =
  /** Index into the item's levels: 0 = the normal value, higher = more limited. */
  | { kind: 'ordinal'; level: number }
  /** The most the person manages, in the item's unit; null = not limited (the normal value, §5). */
  | { kind: 'quantity'; max: number | null; unit: string }
  /** Hours per day or week (as the item says); null = not limited. */
  | { kind: 'hours'; max: number | null }
  /** The periods of the day the person can work (e.g. not the night). */
  | { kind: 'periods'; allowed: string[] };

/** What the work asks on one item (*belasting*). Absent = not described. */
export type DemandValue =
  /** The most limited level at which the work can still be done (0 = the work asks normal functioning). */
  | { kind: 'ordinal'; level: number }
  | { kind: 'quantity'; amount: number; unit: string }
  | { kind: 'hours'; hours: number }
  | { kind: 'periods'; needed: string[] };

export type CapacityValues = Record<string, CapacityValue>;
export type DemandValues = Record<string, DemandValue>;

export const AUTHOR_ROLES = ['bedrijfsarts', 'verzekeringsarts', 'other'] as const;
export type AuthorRole = (typeof AUTHOR_ROLES)[number];

export interface FmlMeta {
  /** 'YYYY-MM-DD': the day the physician drew it up. */
  date: string;
  authorRole: AuthorRole;
  circumstances: {
    /** Drawn up while treatment was still going on (seed 001: "terwijl hij nog in dagbehandeling is"). */
    duringTreatment: boolean;
    prognosis: string | null;
  };
  /** The expert's own label, e.g. "FML na herbeoordeling". */
  versionLabel: string | null;
}

/** A capacity profile (FML) on a case. Several stay side by side; nothing here erases an older one. */
export interface Fml extends FmlMeta {
  id: string;
  catalogue: CatalogueRef;
  values: CapacityValues;
}

export const JOB_PROFILE_KINDS = ['own_job', 'adapted_own_job', 'other_work_same_employer', 'work_elsewhere', 'named_profile'] as const;
export type JobProfileKind = (typeof JOB_PROFILE_KINDS)[number];
/** Poortwachter spoor 1: work within the employer's organisation (social-domain.md §3). */
export const SPOOR1_KINDS: readonly JobProfileKind[] = ['own_job', 'adapted_own_job', 'other_work_same_employer'];

/** An adjustment (*voorziening*) and its effect, recorded per profile. */
export interface Adjustment {
  description: string;
  effect: string;
  /** The items it bears on. */
  items: string[];
}

export interface JobProfile {
  id: string;
  kind: JobProfileKind;
  name: string;
  catalogue: CatalogueRef;
  values: DemandValues;
  adjustments: Adjustment[];
}

// ---- checking values (the store answers 4xx on any problem and saves nothing) ----------------------

export type ValueProblemReason =
  | 'not_an_object'
  | 'unknown_item'
  | 'wrong_kind'
  | 'required'
  | 'not_a_number'
  | 'not_integer'
  | 'level_out_of_scale'
  | 'unit_missing'
  | 'unit_mismatch'
  | 'negative_amount'
  | 'amount_too_large'
  | 'hours_above_day'
  | 'hours_above_week'
  | 'not_a_list'
  | 'unknown_period'
  | 'duplicate_period';

export interface ValueProblem {
  /** The item code; '' for the values as a whole. */
  item: string;
  reason: ValueProblemReason;
}

/** Amounts larger than this are taken as a typing error (no FML or job asks a million of anything). */
export const AMOUNT_MAX = 100_000;
const HOURS_MAX = { day: 24, week: 168 } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function readNumber(v: unknown, item: string, problems: ValueProblem[], opts: { integer?: boolean; nullable: boolean }): number | null | undefined {
  if (v === undefined || (v === null && !opts.nullable)) { problems.push({ item, reason: 'required' }); return undefined; }
  if (v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) { problems.push({ item, reason: 'not_a_number' }); return undefined; }
  if (opts.integer && !Number.isInteger(v)) { problems.push({ item, reason: 'not_integer' }); return undefined; }
  return v;
}

function checkAmount(v: number, item: string, problems: ValueProblem[], per?: 'day' | 'week'): boolean {
  if (v < 0) { problems.push({ item, reason: 'negative_amount' }); return false; }
  if (per !== undefined && v > HOURS_MAX[per]) { problems.push({ item, reason: per === 'day' ? 'hours_above_day' : 'hours_above_week' }); return false; }
  if (v > AMOUNT_MAX) { problems.push({ item, reason: 'amount_too_large' }); return false; }
  return true;
}

function checkUnit(v: unknown, item: QuantityItem, problems: ValueProblem[]): boolean {
  if (v === undefined || v === null || v === '') { problems.push({ item: item.code, reason: 'unit_missing' }); return false; }
  if (v !== item.unit) { problems.push({ item: item.code, reason: 'unit_mismatch' }); return false; }
  return true;
}

function checkPeriods(v: unknown, item: PeriodsItem, problems: ValueProblem[]): string[] | undefined {
  if (v === undefined || v === null) { problems.push({ item: item.code, reason: 'required' }); return undefined; }
  if (!Array.isArray(v)) { problems.push({ item: item.code, reason: 'not_a_list' }); return undefined; }
  const known = item.periods.map((p) => p.code);
  const seen = new Set<string>();
  let ok = true;
  for (const p of v) {
    if (typeof p !== 'string' || !known.includes(p)) { problems.push({ item: item.code, reason: 'unknown_period' }); ok = false; continue; }
    if (seen.has(p)) { problems.push({ item: item.code, reason: 'duplicate_period' }); ok = false; }
    seen.add(p);
  }
  // Kept in the catalogue's order, so equal sets look equal.
  return ok ? known.filter((k) => seen.has(k)) : undefined;
}

/** A level on an ordinal item: the same rule for capacity and demand (an index into the item's levels). */
function checkLevel(item: OrdinalItem, raw: Obj, problems: ValueProblem[]): { kind: 'ordinal'; level: number } | undefined {
  const level = readNumber(raw.level, item.code, problems, { integer: true, nullable: false });
  if (level === undefined || level === null) return undefined;
  if (level < 0 || level >= item.levels.length) { problems.push({ item: item.code, reason: 'level_out_of_scale' }); return undefined; }
  return { kind: 'ordinal', level };
}

function checkValues<V>(
  catalogue: Catalogue,
  input: unknown,
  one: (item: CatalogueItem, raw: Obj, problems: ValueProblem[]) => V | undefined,
): { ok: true; values: Record<string, V> } | { ok: false; problems: ValueProblem[] } {
  if (!isObj(input)) return { ok: false, problems: [{ item: '', reason: 'not_an_object' }] };
  const byCode = new Map(catalogue.items.map((i) => [i.code, i]));
  const problems: ValueProblem[] = [];
  const values: Record<string, V> = {};
  for (const [code, raw] of Object.entries(input)) {
    const item = byCode.get(code);
    if (!item) { problems.push({ item: code, reason: 'unknown_item' }); continue; }
    if (!isObj(raw)) { problems.push({ item: code, reason: 'not_an_object' }); continue; }
    if (raw.kind !== undefined && raw.kind !== item.kind) { problems.push({ item: code, reason: 'wrong_kind' }); continue; }
    const value = one(item, raw, problems);
    if (value !== undefined) values[code] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, values };
}

/**
 * Checks capacity values against the catalogue and returns them typed (with `kind` filled in from
 * the item), or every problem with its item code: unknown items, levels outside the item's scale,
 * a unit that is not the item's, negative amounts, more hours than a day or week has.
 */
export function checkCapacityValues(catalogue: Catalogue, input: unknown): { ok: true; values: CapacityValues } | { ok: false; problems: ValueProblem[] } {
  return checkValues<CapacityValue>(catalogue, input, (item, raw, problems) => {
    switch (item.kind) {
      case 'ordinal':
        return checkLevel(item, raw, problems);
      case 'quantity': {
        const max = readNumber(raw.max, item.code, problems, { nullable: true });
        const unitOk = checkUnit(raw.unit, item, problems);
        if (max === undefined || !unitOk || (max !== null && !checkAmount(max, item.code, problems))) return undefined;
        return { kind: 'quantity', max, unit: item.unit };
      }
      case 'hours': {
        const max = readNumber(raw.max, item.code, problems, { nullable: true });
        if (max === undefined || (max !== null && !checkAmount(max, item.code, problems, item.per))) return undefined;
        return { kind: 'hours', max };
      }
      case 'periods': {
        const allowed = checkPeriods(raw.allowed, item, problems);
        return allowed === undefined ? undefined : { kind: 'periods', allowed };
      }
    }
  });
}

/** As `checkCapacityValues`, for a job profile's demands. */
export function checkDemandValues(catalogue: Catalogue, input: unknown): { ok: true; values: DemandValues } | { ok: false; problems: ValueProblem[] } {
  return checkValues<DemandValue>(catalogue, input, (item, raw, problems) => {
    switch (item.kind) {
      case 'ordinal':
        return checkLevel(item, raw, problems);
      case 'quantity': {
        const amount = readNumber(raw.amount, item.code, problems, { nullable: false });
        const unitOk = checkUnit(raw.unit, item, problems);
        if (amount === undefined || amount === null || !unitOk || !checkAmount(amount, item.code, problems)) return undefined;
        return { kind: 'quantity', amount, unit: item.unit };
      }
      case 'hours': {
        const hours = readNumber(raw.hours, item.code, problems, { nullable: false });
        if (hours === undefined || hours === null || !checkAmount(hours, item.code, problems, item.per)) return undefined;
        return { kind: 'hours', hours };
      }
      case 'periods': {
        const needed = checkPeriods(raw.needed, item, problems);
        return needed === undefined ? undefined : { kind: 'periods', needed };
      }
    }
  });
}

export type MetaProblemReason = 'required' | 'date_invalid' | 'author_invalid' | 'not_boolean' | 'not_text' | 'too_long';
export interface MetaProblem {
  field: 'date' | 'authorRole' | 'circumstances.duringTreatment' | 'circumstances.prognosis' | 'versionLabel';
  reason: MetaProblemReason;
}
export const PROGNOSIS_MAX = 10_000;
export const VERSION_LABEL_MAX = 200;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar day written 'YYYY-MM-DD'. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** An FML needs its date and its author's role (issue 6, "Bad input"); the rest is optional. */
export function checkFmlMeta(input: unknown): { ok: true; meta: FmlMeta } | { ok: false; problems: MetaProblem[] } {
  const o = isObj(input) ? input : {};
  const problems: MetaProblem[] = [];
  if (o.date === undefined || o.date === null || o.date === '') problems.push({ field: 'date', reason: 'required' });
  else if (!isIsoDate(o.date)) problems.push({ field: 'date', reason: 'date_invalid' });
  if (o.authorRole === undefined || o.authorRole === null || o.authorRole === '') problems.push({ field: 'authorRole', reason: 'required' });
  else if (!AUTHOR_ROLES.includes(o.authorRole as AuthorRole)) problems.push({ field: 'authorRole', reason: 'author_invalid' });
  const c = isObj(o.circumstances) ? o.circumstances : {};
  if (c.duringTreatment !== undefined && typeof c.duringTreatment !== 'boolean') problems.push({ field: 'circumstances.duringTreatment', reason: 'not_boolean' });
  const optText = (v: unknown, field: MetaProblem['field'], max: number): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') { problems.push({ field, reason: 'not_text' }); return null; }
    if ([...v].length > max) { problems.push({ field, reason: 'too_long' }); return null; }
    return v.trim() === '' ? null : v;
  };
  const prognosis = optText(c.prognosis, 'circumstances.prognosis', PROGNOSIS_MAX);
  const versionLabel = optText(o.versionLabel, 'versionLabel', VERSION_LABEL_MAX);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    meta: { date: o.date as string, authorRole: o.authorRole as AuthorRole, circumstances: { duringTreatment: c.duringTreatment === true, prognosis }, versionLabel },
  };
}

/**
 * Fills the items of the given sections that have no value with the normal value: for when the FML
 * states a whole section as "geen beperkingen". Given values are never changed.
 */
export function withNormalValues(catalogue: Catalogue, values: CapacityValues, sections: readonly string[]): CapacityValues {
  const out: CapacityValues = { ...values };
  for (const item of catalogue.items) {
    if (!sections.includes(item.section) || out[item.code] !== undefined) continue;
    out[item.code] = item.kind === 'ordinal' ? { kind: 'ordinal', level: 0 }
      : item.kind === 'quantity' ? { kind: 'quantity', max: null, unit: item.unit }
      : item.kind === 'hours' ? { kind: 'hours', max: null }
      : { kind: 'periods', allowed: item.periods.map((p) => p.code) };
  }
  return out;
}

// ---- the comparison ------------------------------------------------------------------------------

export type Outcome = 'fits' | 'exceeds' | 'unknown';

/** By how much the demand exceeds the capacity, in the item's own terms. */
export interface Overshoot {
  /** Ordinal: how many levels the person is more limited than the work allows. */
  levels?: number;
  /** Quantity and hours: the difference, in `unit`. */
  amount?: number;
  unit?: string;
  /** Demand ÷ capacity (the other way where lower is heavier); absent where the capacity is 0. */
  ratio?: number;
  /** Periods the work needs that the person cannot work. */
  periods?: string[];
}

export interface ItemComparison {
  outcome: Outcome;
  by: Overshoot | null;
  /** Only for 'unknown': which side is missing. */
  missing?: 'capacity' | 'demand' | 'both';
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;
const round2 = (v: number) => Math.round(v * 100) / 100;
const FITS: ItemComparison = Object.freeze({ outcome: 'fits', by: null }) as ItemComparison;

function kindMismatch(item: CatalogueItem): never {
  throw new TypeError(`compareItem: a value does not match item ${item.code} (${item.kind}); check values first`);
}

/**
 * One cell of the matrix: does the demand fit the capacity, exceed it (and by how much), or is it
 * unknown because a side is missing? Ordinal: the person's level is more limited than the work
 * allows. Quantity: the demand is above the person's maximum (below, where lower is heavier). Hours:
 * more hours than the person can work. Periods: a period the work needs that the person cannot work
 * (e.g. night). A capacity "not limited" (normal value) fits any demand: the FML's reference values
 * are not caps (§5). Values must have been checked; a value of another kind than its item throws.
 */
export function compareItem(item: CatalogueItem, capacity: CapacityValue | undefined, demand: DemandValue | undefined): ItemComparison {
  if (capacity === undefined || demand === undefined) {
    return { outcome: 'unknown', by: null, missing: capacity === undefined && demand === undefined ? 'both' : capacity === undefined ? 'capacity' : 'demand' };
  }
  if (capacity.kind !== item.kind || demand.kind !== item.kind) kindMismatch(item);
  switch (item.kind) {
    case 'ordinal': {
      const c = (capacity as Extract<CapacityValue, { kind: 'ordinal' }>).level;
      const d = (demand as Extract<DemandValue, { kind: 'ordinal' }>).level;
      return c > d ? { outcome: 'exceeds', by: { levels: c - d } } : FITS;
    }
    case 'quantity': {
      const max = (capacity as Extract<CapacityValue, { kind: 'quantity' }>).max;
      const amount = (demand as Extract<DemandValue, { kind: 'quantity' }>).amount;
      if (max === null) return FITS;
      const over = item.higherIsHeavier ? amount > max : amount < max;
      if (!over) return FITS;
      const by: Overshoot = { amount: round3(Math.abs(amount - max)), unit: item.unit };
      const [num, den] = item.higherIsHeavier ? [amount, max] : [max, amount];
      if (den > 0) by.ratio = round2(num / den);
      return { outcome: 'exceeds', by };
    }
    case 'hours': {
      const max = (capacity as Extract<CapacityValue, { kind: 'hours' }>).max;
      const hours = (demand as Extract<DemandValue, { kind: 'hours' }>).hours;
      if (max === null || hours <= max) return FITS;
      const by: Overshoot = { amount: round3(hours - max), unit: item.per === 'day' ? 'hours_per_day' : 'hours_per_week' };
      if (max > 0) by.ratio = round2(hours / max);
      return { outcome: 'exceeds', by };
    }
    case 'periods': {
      const allowed = (capacity as Extract<CapacityValue, { kind: 'periods' }>).allowed;
      const needed = (demand as Extract<DemandValue, { kind: 'periods' }>).needed;
      const outside = item.periods.map((p) => p.code).filter((p) => needed.includes(p) && !allowed.includes(p));
      return outside.length > 0 ? { outcome: 'exceeds', by: { periods: outside } } : FITS;
    }
  }
}

// ---- the expert's judgement per cell --------------------------------------------------------------

export const JUDGED_CONCLUSIONS = ['fits', 'exceeds', 'fits_with_adjustment'] as const;
export type JudgedConclusion = (typeof JUDGED_CONCLUSIONS)[number];

/** The expert overrides a cell's conclusion, always with a reason ("a direction, not a boundary", seed 001). */
export interface CellOverride {
  conclusion: JudgedConclusion;
  reason: string;
}
export const REASON_MIN = 10;
export const REASON_MAX = 5_000;
export const NOTE_MAX = 10_000;

export type CellProblemReason = 'unknown_item' | 'conclusion_invalid' | 'reason_required' | 'reason_too_short' | 'too_long' | 'not_text';
export interface CellProblem {
  item: string;
  field: 'override' | 'note';
  reason: CellProblemReason;
}

function reasonProblem(reason: unknown): CellProblemReason | null {
  if (reason === undefined || reason === null) return 'reason_required';
  if (typeof reason !== 'string') return 'not_text';
  const length = [...reason.trim()].length;
  if (length === 0) return 'reason_required';
  if (length < REASON_MIN) return 'reason_too_short';
  if ([...reason].length > REASON_MAX) return 'too_long';
  return null;
}

/** Checks overrides and notes per item: known items, a known conclusion, a reason of at least 10 characters. */
export function checkCellInputs(catalogue: Catalogue, overrides: unknown, notes: unknown): CellProblem[] {
  const codes = new Set(catalogue.items.map((i) => i.code));
  const problems: CellProblem[] = [];
  for (const [item, o] of Object.entries(isObj(overrides) ? overrides : {})) {
    if (!codes.has(item)) { problems.push({ item, field: 'override', reason: 'unknown_item' }); continue; }
    const ov = isObj(o) ? o : {};
    if (!JUDGED_CONCLUSIONS.includes(ov.conclusion as JudgedConclusion)) problems.push({ item, field: 'override', reason: 'conclusion_invalid' });
    const r = reasonProblem(ov.reason);
    if (r) problems.push({ item, field: 'override', reason: r });
  }
  for (const [item, n] of Object.entries(isObj(notes) ? notes : {})) {
    if (!codes.has(item)) { problems.push({ item, field: 'note', reason: 'unknown_item' }); continue; }
    if (typeof n !== 'string') problems.push({ item, field: 'note', reason: 'not_text' });
    else if ([...n].length > NOTE_MAX) problems.push({ item, field: 'note', reason: 'too_long' });
  }
  return problems;
}

export type JudgedOutcome = 'fits' | 'fits_with_adjustment' | 'exceeds' | 'unknown';

/** One row of a profile's column in the matrix: computed and judged side by side. */
export interface MatrixCell {
  item: string;
  section: string;
  computed: ItemComparison;
  judgement: CellOverride | null;
  /** What counts after judgement: the override's conclusion, else the computed outcome. */
  outcome: JudgedOutcome;
  note: string | null;
}

export interface SectionCount {
  section: string;
  count: number;
}

export interface ProfileSummary {
  items: number;
  computed: { fits: number; exceeds: number; unknown: number; overshootSections: SectionCount[] };
  judged: { fits: number; fitsWithAdjustment: number; exceeds: number; unknown: number; overshootSections: SectionCount[] };
  overridden: number;
  /** Computed overshoots without any judgement on them (item codes, catalogue order). */
  unaddressedOvershoots: string[];
}

export interface ProfileComparison {
  profileId: string;
  cells: MatrixCell[];
  summary: ProfileSummary;
}

function sectionCounts(catalogue: Catalogue, counts: Map<string, number>): SectionCount[] {
  const out: SectionCount[] = [];
  for (const s of catalogue.sections) {
    const count = counts.get(s.code);
    if (count) out.push({ section: s.code, count });
  }
  return out;
}

/**
 * The matrix column of one job profile against one FML, in catalogue order, plus its summary: counts
 * of fits / exceeds / unknown as computed and after judgement, and the sections causing overshoots
 * (with counts, catalogue order). Overrides and notes for items not in the catalogue are ignored
 * (the store refuses them first with `checkCellInputs`).
 */
export function compareProfile(
  catalogue: Catalogue,
  fml: Pick<Fml, 'values'>,
  profile: Pick<JobProfile, 'id' | 'values'>,
  overrides: Readonly<Record<string, CellOverride>> = {},
  notes: Readonly<Record<string, string>> = {},
): ProfileComparison {
  const cells: MatrixCell[] = [];
  const computed = { fits: 0, exceeds: 0, unknown: 0 };
  const judged = { fits: 0, fitsWithAdjustment: 0, exceeds: 0, unknown: 0 };
  const computedSections = new Map<string, number>();
  const judgedSections = new Map<string, number>();
  const unaddressed: string[] = [];
  let overridden = 0;
  for (const item of catalogue.items) {
    const c = compareItem(item, fml.values[item.code], profile.values[item.code]);
    const judgement = overrides[item.code] ?? null;
    const outcome: JudgedOutcome = judgement ? judgement.conclusion : c.outcome;
    computed[c.outcome] += 1;
    if (c.outcome === 'exceeds') {
      computedSections.set(item.section, (computedSections.get(item.section) ?? 0) + 1);
      if (!judgement) unaddressed.push(item.code);
    }
    if (judgement) overridden += 1;
    if (outcome === 'fits_with_adjustment') judged.fitsWithAdjustment += 1;
    else judged[outcome] += 1;
    if (outcome === 'exceeds') judgedSections.set(item.section, (judgedSections.get(item.section) ?? 0) + 1);
    cells.push({ item: item.code, section: item.section, computed: c, judgement, outcome, note: notes[item.code] ?? null });
  }
  return {
    profileId: profile.id,
    cells,
    summary: {
      items: catalogue.items.length,
      computed: { ...computed, overshootSections: sectionCounts(catalogue, computedSections) },
      judged: { ...judged, overshootSections: sectionCounts(catalogue, judgedSections) },
      overridden,
      unaddressedOvershoots: unaddressed,
    },
  };
}

// ---- conclusions per profile ---------------------------------------------------------------------

export const PROFILE_CONCLUSIONS = ['suitable', 'suitable_with_adjustments', 'not_suitable', 'not_yet_judgeable'] as const;
export type ProfileConclusionCode = (typeof PROFILE_CONCLUSIONS)[number];
export interface ProfileConclusion {
  conclusion: ProfileConclusionCode;
  reasoning: string;
}

export type ConclusionProblem = { field: 'conclusion'; reason: 'conclusion_invalid' } | { field: 'reasoning'; reason: CellProblemReason };
/** A conclusion needs one of the four codes and its reasoning (at least 10 characters). */
export function checkConclusion(input: unknown): ConclusionProblem[] {
  const o = isObj(input) ? input : {};
  const problems: ConclusionProblem[] = [];
  if (!PROFILE_CONCLUSIONS.includes(o.conclusion as ProfileConclusionCode)) problems.push({ field: 'conclusion', reason: 'conclusion_invalid' });
  const r = reasonProblem(o.reasoning);
  if (r) problems.push({ field: 'reasoning', reason: r });
  return problems;
}

/** Share of items not comparable from which a conclusion is questioned. */
export const MANY_UNKNOWNS_SHARE = 0.5;

export type ConclusionQuestion =
  /** 'suitable' while computed overshoots stand without any judgement. */
  | { code: 'suitable_despite_overshoots'; items: string[] }
  /** 'suitable' while cells were judged to fit only with an adjustment. */
  | { code: 'adjustments_judged_but_suitable'; count: number }
  /** 'suitable with adjustments' while computed overshoots stand without any judgement. */
  | { code: 'overshoots_without_adjustment'; items: string[] }
  /** 'suitable with adjustments' with no adjustment recorded and no cell judged to fit with one. */
  | { code: 'no_adjustment_recorded' }
  /** 'not suitable' while nothing exceeds after judgement: the reasoning should say what decides. */
  | { code: 'not_suitable_without_overshoot' }
  /** Many items could not be compared. */
  | { code: 'many_unknowns'; unknown: number; items: number };

/**
 * Questions to put to the expert about a conclusion; they never block it. The expert may well
 * conclude against the computed picture (seed 001: the FML is "a direction, not a boundary"; context
 * changes what a limitation means); the question asks that the reasoning say why. A conclusion of
 * 'not yet judgeable' is never questioned.
 */
export function questionConclusion(conclusion: ProfileConclusion, summary: ProfileSummary, adjustments: readonly Adjustment[] = []): ConclusionQuestion[] {
  const c = conclusion.conclusion;
  if (c === 'not_yet_judgeable') return [];
  const questions: ConclusionQuestion[] = [];
  const open = summary.unaddressedOvershoots;
  if (c === 'suitable') {
    if (open.length > 0) questions.push({ code: 'suitable_despite_overshoots', items: [...open] });
    if (summary.judged.fitsWithAdjustment > 0) questions.push({ code: 'adjustments_judged_but_suitable', count: summary.judged.fitsWithAdjustment });
  }
  if (c === 'suitable_with_adjustments') {
    if (open.length > 0) questions.push({ code: 'overshoots_without_adjustment', items: [...open] });
    if (summary.judged.fitsWithAdjustment === 0 && adjustments.length === 0) questions.push({ code: 'no_adjustment_recorded' });
  }
  if (c === 'not_suitable' && summary.judged.exceeds === 0) questions.push({ code: 'not_suitable_without_overshoot' });
  if (summary.items > 0 && summary.judged.unknown / summary.items >= MANY_UNKNOWNS_SHARE) {
    questions.push({ code: 'many_unknowns', unknown: summary.judged.unknown, items: summary.items });
  }
  return questions;
}

export type AdjustmentProblem = { index: number; field: 'description' | 'effect' | 'items'; reason: 'required' | 'too_long' | 'unknown_item' | 'not_text' };
/** An adjustment names what it is and what it does (and may name the items it bears on). */
export function checkAdjustments(catalogue: Catalogue, input: unknown): AdjustmentProblem[] {
  if (!Array.isArray(input)) return [{ index: -1, field: 'items', reason: 'required' }];
  const codes = new Set(catalogue.items.map((i) => i.code));
  const problems: AdjustmentProblem[] = [];
  input.forEach((raw, index) => {
    const a = isObj(raw) ? raw : {};
    for (const field of ['description', 'effect'] as const) {
      const v = a[field];
      if (typeof v !== 'string' || v.trim() === '') problems.push({ index, field, reason: v === undefined || typeof v === 'string' ? 'required' : 'not_text' });
      else if ([...v].length > NOTE_MAX) problems.push({ index, field, reason: 'too_long' });
    }
    const items = a.items ?? [];
    if (!Array.isArray(items) || items.some((c) => typeof c !== 'string' || !codes.has(c))) problems.push({ index, field: 'items', reason: 'unknown_item' });
  });
  return problems;
}

// ---- Poortwachter: spoor 1 and spoor 2 (social-domain.md §3) ---------------------------------------

export interface ProfileWithConclusion {
  id: string;
  kind: JobProfileKind;
  conclusion: ProfileConclusion | null;
}

export interface SpoorOutcome {
  /**
   * possible: some spoor-1 profile (own job, adapted own job, other work at the same employer) is
   * suitable, with or without adjustments; not_possible: every spoor-1 profile is concluded not
   * suitable; undecided: otherwise (none described, or one not concluded or not yet judgeable).
   */
  spoor1: 'possible' | 'not_possible' | 'undecided';
  /** Spoor 2 (work elsewhere) is indicated when return within the organisation is not in sight. */
  spoor2Indicated: boolean;
  suitableSpoor1: string[];
  /** Spoor-1 profiles without a conclusion or concluded 'not yet judgeable'. */
  openSpoor1: string[];
  /** Spoor-1 kinds no profile describes: shown, so the expert can say why they were not examined. */
  unexaminedKinds: JobProfileKind[];
  /** Other profiles (work elsewhere, named profiles) concluded suitable: candidates for spoor 2. */
  suitableElsewhere: string[];
}

const isSuitable = (c: ProfileConclusion | null) => c?.conclusion === 'suitable' || c?.conclusion === 'suitable_with_adjustments';

/**
 * Spoor 1 from the conclusions on the spoor-1 profiles (§3: the first-year evaluation weighs own
 * work, adapted work and other work at the employer; spoor 2 starts when return within the
 * organisation is not in sight). Named profiles count as work elsewhere: where they are not, the
 * expert describes them as one of the spoor-1 kinds. It reports; the expert and employer decide.
 */
export function spoorOutcome(profiles: readonly ProfileWithConclusion[]): SpoorOutcome {
  const spoor1 = profiles.filter((p) => SPOOR1_KINDS.includes(p.kind));
  const suitableSpoor1 = spoor1.filter((p) => isSuitable(p.conclusion)).map((p) => p.id);
  const openSpoor1 = spoor1.filter((p) => p.conclusion === null || p.conclusion.conclusion === 'not_yet_judgeable').map((p) => p.id);
  const unexaminedKinds = SPOOR1_KINDS.filter((k) => !spoor1.some((p) => p.kind === k));
  const suitableElsewhere = profiles.filter((p) => !SPOOR1_KINDS.includes(p.kind) && isSuitable(p.conclusion)).map((p) => p.id);
  const status: SpoorOutcome['spoor1'] = suitableSpoor1.length > 0 ? 'possible' : spoor1.length === 0 || openSpoor1.length > 0 ? 'undecided' : 'not_possible';
  return { spoor1: status, spoor2Indicated: status === 'not_possible', suitableSpoor1, openSpoor1, unexaminedKinds, suitableElsewhere };
}

// ---- FML warnings and history ----------------------------------------------------------------------

/** A dated event on the case timeline that may change what the FML means (treatment, surgery, relapse…). */
export interface CaseEvent {
  kind: string;
  /** 'YYYY-MM-DD' or an ISO timestamp; compared as a calendar day. */
  at: string;
  label?: string;
}

export type FmlWarning =
  /**
   * Seed 001 (focus group 1): "er wordt nu al een FML opgesteld, terwijl hij nog in dagbehandeling
   * is … je weet helemaal niet hoe hij daaruit gaat komen"; use it "niet als een
   * claimbeoordelingsinstrument … maar als een richtlijn. Een richting waarin de belastbaarheid zich
   * begeeft." Capacity may have changed by the time reintegration starts: a direction, not a boundary.
   */
  | { code: 'drawn_up_during_treatment' }
  /** Events after the FML's date (up to now): the FML may no longer describe the person. */
  | { code: 'predates_events'; events: CaseEvent[] }
  /** A newer FML exists on the case; both stay, side by side. */
  | { code: 'older_fml_than_another'; newer: string[] }
  /** Dated after today: a typing error, or drawn up ahead. */
  | { code: 'dated_in_future' };

const day = (s: string) => s.slice(0, 10);

/**
 * Warnings to show beside an FML. `now` is today (or an ISO timestamp); events after today are not
 * counted yet. `others` are the other FMLs on the case.
 */
export function fmlWarnings(
  fml: Pick<Fml, 'id' | 'date' | 'circumstances'>,
  events: readonly CaseEvent[],
  now: string,
  others: ReadonlyArray<Pick<Fml, 'id' | 'date'>> = [],
): FmlWarning[] {
  const today = day(now);
  const warnings: FmlWarning[] = [];
  if (fml.circumstances.duringTreatment) warnings.push({ code: 'drawn_up_during_treatment' });
  const after = events.filter((e) => day(e.at) > fml.date && day(e.at) <= today).sort((a, b) => (day(a.at) < day(b.at) ? -1 : day(a.at) > day(b.at) ? 1 : 0));
  if (after.length > 0) warnings.push({ code: 'predates_events', events: after });
  const newer = others.filter((o) => o.id !== fml.id && o.date > fml.date).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).map((o) => o.id);
  if (newer.length > 0) warnings.push({ code: 'older_fml_than_another', newer });
  if (fml.date > today) warnings.push({ code: 'dated_in_future' });
  return warnings;
}

/** The FMLs of a case newest first (by date, then as recorded), each kept; the first is the latest. */
export function fmlHistory<T extends Pick<Fml, 'id' | 'date'>>(fmls: readonly T[]): Array<T & { latest: boolean }> {
  const order = fmls.map((f, i) => ({ f, i })).sort((a, b) => (a.f.date < b.f.date ? 1 : a.f.date > b.f.date ? -1 : b.i - a.i));
  return order.map(({ f }, k) => ({ ...f, latest: k === 0 }));
}

// ---- FML import ------------------------------------------------------------------------------------
//
// A structured text file, UTF-8, fields separated by ';' (as Dutch spreadsheet programs write CSV):
//
//   # Passend FML-import (lines starting with # and empty lines are skipped)
//   datum;2026-03-14                       required; YYYY-MM-DD or DD-MM-YYYY
//   auteur;bedrijfsarts                    required; bedrijfsarts | verzekeringsarts | overig
//   tijdens_behandeling;ja                 optional; ja | nee (default nee)
//   prognose;Verbetering verwacht          optional; the rest of the line
//   versie;Herbeoordeling maart            optional; the expert's label
//   catalogus;<name>;<version>             optional; must be the catalogue imported into
//   code;waarde;eenheid                    the table header (English: code;value;unit)
//   I-1;1                                  ordinal: the level code (0 = Norm, 1, 2 …), its label, or "normaal"
//   IV-13;7,5;kg                           quantity: number (decimal comma or point) + the item's unit
//   V-1;normaal;minuten                    "normaal": not limited (the normal value)
//   VI-2;4;uur                             hours: number; unit empty or "uur"
//   VI-1;dag,avond                         periods: the periods the person CAN work, comma-separated
//
// English keys are accepted too (date, author, during_treatment, prognosis, version, catalogue).
// A point followed by exactly three digits ("1.200") is refused as ambiguous (Dutch thousands).
// Every problem is reported with its line number; nothing is imported unless there are none.

export type ImportProblemCode =
  | 'empty_file'
  | 'table_header_missing'
  | 'unknown_header_key'
  | 'duplicate_header_key'
  | 'date_missing'
  | 'date_invalid'
  | 'author_missing'
  | 'author_invalid'
  | 'yes_no_invalid'
  | 'too_long'
  | 'catalogue_mismatch'
  | 'columns'
  | 'duplicate_item'
  | 'value_missing'
  | 'number_invalid'
  | 'number_ambiguous'
  | 'unit_unknown'
  | 'unknown_level'
  | ValueProblemReason;

export interface ImportProblem {
  /** 1-based line number; null for the file as a whole (e.g. no date anywhere). */
  line: number | null;
  code: ImportProblemCode;
  item?: string;
}

export type ImportedFml = FmlMeta & { catalogue: CatalogueRef; values: CapacityValues };

const HEADER_KEYS: Record<string, 'date' | 'author' | 'duringTreatment' | 'prognosis' | 'version' | 'catalogue'> = {
  datum: 'date', date: 'date', auteur: 'author', author: 'author', tijdens_behandeling: 'duringTreatment', during_treatment: 'duringTreatment',
  prognose: 'prognosis', prognosis: 'prognosis', versie: 'version', version: 'version', catalogus: 'catalogue', catalogue: 'catalogue',
};
const AUTHOR_WORDS: Record<string, AuthorRole> = { bedrijfsarts: 'bedrijfsarts', verzekeringsarts: 'verzekeringsarts', overig: 'other', other: 'other', anders: 'other' };
const YES_NO: Record<string, boolean> = { ja: true, nee: false, yes: true, no: false, true: true, false: false };
const NORMAL_WORDS = new Set(['normaal', 'norm', 'normal', 'geen beperking', 'niet beperkt']);
/** Unit words in a file, to the catalogue's unit keys. */
export const UNIT_ALIASES: Record<string, string> = {
  kg: 'kg', kilo: 'kg', kilogram: 'kg', n: 'newton', newton: 'newton', cm: 'cm', centimeter: 'cm', min: 'minutes', minuut: 'minutes', minuten: 'minutes',
  minutes: 'minutes', 'x/u': 'times_per_hour', 'x per uur': 'times_per_hour', 'keer per uur': 'times_per_hour', 'per uur': 'times_per_hour',
  times_per_hour: 'times_per_hour',
};
const HOUR_UNITS: Record<string, 'day' | 'week' | null> = {
  uur: null, u: null, uren: null, hours: null, 'uur per dag': 'day', 'uur/dag': 'day', hours_per_day: 'day', 'uur per week': 'week', 'uur/week': 'week', hours_per_week: 'week',
};
const NUMBER_RE = /^\d+(?:[.,]\d+)?$/;

function parseNumber(raw: string): number | 'invalid' | 'ambiguous' {
  const s = raw.replace(/\s/g, '');
  if (!NUMBER_RE.test(s)) return 'invalid';
  if (/^\d{1,3}\.\d{3}$/.test(s)) return 'ambiguous';
  return Number(s.replace(',', '.'));
}

function parseDate(raw: string): string | null {
  const s = raw.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Reads an FML import file (format above) against a catalogue: the typed FML, or EVERY problem with
 * its line number; nothing partial.
 */
export function parseFmlImport(text: string, catalogue: Catalogue): { ok: true; fml: ImportedFml } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.every((l) => l.trim() === '' || l.trimStart().startsWith('#'))) return { ok: false, problems: [{ line: null, code: 'empty_file' }] };

  const header = new Map<string, { value: string; line: number }>();
  let tableAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fields = line.split(';');
    const key = fields[0]!.trim().toLowerCase();
    if (key === 'code') { tableAt = i; break; }
    const known = HEADER_KEYS[key];
    if (!known) { problems.push({ line: i + 1, code: 'unknown_header_key' }); continue; }
    if (header.has(known)) { problems.push({ line: i + 1, code: 'duplicate_header_key' }); continue; }
    header.set(known, { value: fields.slice(1).join(';').trim(), line: i + 1 });
  }
  if (tableAt < 0) problems.push({ line: null, code: 'table_header_missing' });

  // The header block.
  const date = header.get('date');
  let isoDate = '';
  if (!date || date.value === '') problems.push({ line: date?.line ?? null, code: 'date_missing' });
  else {
    const d = parseDate(date.value);
    if (d === null) problems.push({ line: date.line, code: 'date_invalid' });
    else isoDate = d;
  }
  const author = header.get('author');
  let authorRole: AuthorRole = 'other';
  if (!author || author.value === '') problems.push({ line: author?.line ?? null, code: 'author_missing' });
  else {
    const role = AUTHOR_WORDS[author.value.toLowerCase()];
    if (!role) problems.push({ line: author.line, code: 'author_invalid' });
    else authorRole = role;
  }
  const during = header.get('duringTreatment');
  let duringTreatment = false;
  if (during) {
    const yn = YES_NO[during.value.toLowerCase()];
    if (yn === undefined) problems.push({ line: during.line, code: 'yes_no_invalid' });
    else duringTreatment = yn;
  }
  const prognosis = header.get('prognosis');
  if (prognosis && [...prognosis.value].length > PROGNOSIS_MAX) problems.push({ line: prognosis.line, code: 'too_long' });
  const version = header.get('version');
  if (version && [...version.value].length > VERSION_LABEL_MAX) problems.push({ line: version.line, code: 'too_long' });
  const cat = header.get('catalogue');
  if (cat) {
    const [name, ver] = cat.value.split(';').map((s) => s.trim());
    if (name !== catalogue.name || (ver !== undefined && ver !== '' && ver !== catalogue.version)) problems.push({ line: cat.line, code: 'catalogue_mismatch' });
  }

  // The table.
  const byCode = new Map(catalogue.items.map((i) => [i.code, i]));
  const raw: Record<string, unknown> = {};
  const lineOf = new Map<string, number>();
  if (tableAt >= 0) {
    for (let i = tableAt + 1; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (line === '' || line.startsWith('#')) continue;
      const n = i + 1;
      const fields = line.split(';').map((f) => f.trim());
      while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
      if (fields.length > 3) { problems.push({ line: n, code: 'columns' }); continue; }
      const [code = '', value = '', unitWord = ''] = fields;
      const item = byCode.get(code);
      if (!item) { problems.push({ line: n, code: 'unknown_item', item: code }); continue; }
      if (lineOf.has(code)) { problems.push({ line: n, code: 'duplicate_item', item: code }); continue; }
      lineOf.set(code, n);
      if (value === '') { problems.push({ line: n, code: 'value_missing', item: code }); continue; }
      const parsed = importValue(item, value, unitWord.toLowerCase());
      if (typeof parsed === 'string') problems.push({ line: n, code: parsed, item: code });
      else raw[code] = parsed;
    }
  }
  // Range and unit checks are those of the store's own entry.
  const checked = checkCapacityValues(catalogue, raw);
  if (!checked.ok) for (const p of checked.problems) problems.push({ line: lineOf.get(p.item) ?? null, code: p.reason, item: p.item });

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return {
    ok: true,
    fml: {
      date: isoDate, authorRole,
      circumstances: { duringTreatment, prognosis: prognosis && prognosis.value !== '' ? prognosis.value : null },
      versionLabel: version && version.value !== '' ? version.value : null,
      catalogue: { name: catalogue.name, version: catalogue.version },
      values: checked.ok ? checked.values : {},
    },
  };
}

function importValue(item: CatalogueItem, value: string, unitWord: string): Record<string, unknown> | ImportProblemCode {
  const normal = NORMAL_WORDS.has(value.toLowerCase());
  switch (item.kind) {
    case 'ordinal': {
      if (normal) return { level: 0 };
      // The level code, or the level's Dutch label where only one level carries it ("Sterk beperkt").
      const levels = (item as OrdinalItem).levels;
      const v = value.toLowerCase();
      let index = levels.findIndex((l) => l.code.toLowerCase() === v);
      if (index < 0) {
        const byLabel = levels.flatMap((l, i) => (l.label.nl.toLowerCase() === v ? [i] : []));
        if (byLabel.length === 1) index = byLabel[0]!;
      }
      return index < 0 ? 'unknown_level' : { level: index };
    }
    case 'quantity': {
      const q = item as QuantityItem;
      let unit: string | undefined;
      if (unitWord !== '') {
        unit = UNIT_ALIASES[unitWord] ?? (unitWord === q.unit ? q.unit : undefined);
        if (unit === undefined) return 'unit_unknown';
      }
      if (normal) return { max: null, unit: unit ?? q.unit };
      const n = parseNumber(value);
      if (n === 'invalid') return 'number_invalid';
      if (n === 'ambiguous') return 'number_ambiguous';
      return unit === undefined ? 'unit_missing' : { max: n, unit };
    }
    case 'hours': {
      const h = item as HoursItem;
      if (unitWord !== '') {
        const per = HOUR_UNITS[unitWord];
        if (per === undefined) return 'unit_unknown';
        if (per !== null && per !== h.per) return 'unit_mismatch';
      }
      if (normal) return { max: null };
      const n = parseNumber(value);
      return n === 'invalid' ? 'number_invalid' : n === 'ambiguous' ? 'number_ambiguous' : { max: n };
    }
    case 'periods': {
      const p = item as PeriodsItem;
      if (normal) return { allowed: p.periods.map((x) => x.code) };
      const words = value.split(',').map((w) => w.trim().toLowerCase()).filter((w) => w !== '');
      const codes = words.map((w) => p.periods.find((x) => x.code.toLowerCase() === w || x.label.nl.toLowerCase().split(/[\s(]/)[0] === w)?.code ?? `?${w}`);
      return { allowed: codes };
    }
  }
}
