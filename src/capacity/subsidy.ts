// Wage value and wage-cost subsidy under the Participatiewet (issue 6; social-domain.md §2), pure.
// *Loonwaarde* = productivity as a percentage of the job's wage (*functieloon*, incl. holiday pay),
// measured at the workplace by a validated method. *Loonkostensubsidie* = WML (incl. holiday pay) minus
// the wage value in euros, never more than 70% of the WML, plus 23% of that amount for employer costs.
// Where the collective-agreement wage is above the WML, the employer pays the difference. WML amounts
// are dated data (wml-rates.ts), never constants here.
//
// Money is in integer euro cents. Rounding rule: every step of the sum is rounded to whole cents,
// half up (amounts are never negative), and the next step uses the rounded amount, so the steps shown
// add up exactly. Hours and percentages may carry two decimals and are computed exactly (integers in
// hundredths), so no floating-point error reaches a cent.
import { isIsoDate } from './domain.js';

export interface WmlRate {
  /** 'YYYY-MM-DD', the first day it is in force; it stays in force until the next rate's date. */
  validFrom: string;
  /** Gross statutory minimum wage per hour, 21 and older, in euros (e.g. 14.4). */
  hourlyGross: number;
  /** Statutory minimum holiday pay, in percent (8). */
  holidayPayPercent: number;
  source: string;
}

export const WAGE_VALUE_METHODS = ['dariuz', 'inclusief_loonwaardemeting', 'loonwaarde_plus', 'other'] as const;
export type WageValueMethod = (typeof WAGE_VALUE_METHODS)[number];

export interface WageValueMeasurement {
  method: WageValueMethod;
  /** The method's name where `method` is 'other'. */
  methodOther: string | null;
  /** 'YYYY-MM-DD' of the measurement. */
  date: string;
  assessor: string;
  /** Wage value as a percentage of the functieloon, 0–100, at most two decimals. */
  percentage: number;
  job: string;
  /** The job's gross wage (functieloon) excl. holiday pay, in cents, per hour or per month (for `hoursPerWeek`). */
  jobWage: { cents: number; per: 'hour' | 'month' };
  /** The job's holiday pay in percent; null = the statutory 8% of the WML rate. */
  jobHolidayPayPercent: number | null;
  hoursPerWeek: number;
}

/** The Participatiewet's cap: the subsidy (excl. the supplement) is at most 70% of the WML. */
export const SUBSIDY_CAP_PERCENT = 70;
/** The flat supplement for employer costs (*werkgeverslasten*): 23% of the subsidy. */
export const EMPLOYER_COST_PERCENT = 23;
/** Arbeidstijdenwet: at most 60 hours in any one week. */
export const HOURS_PER_WEEK_MAX = 60;
/** Weeks per month: 52 weeks ÷ 12 months. */
const WEEKS_PER_YEAR = 52;

export type SubsidyProblem =
  | { field: 'method' | 'methodOther' | 'date' | 'assessor' | 'job' | 'percentage' | 'jobWage' | 'jobHolidayPayPercent' | 'hoursPerWeek' | 'calculationDate';
    reason: 'required' | 'invalid' | 'out_of_range' | 'too_many_decimals' | 'too_long' }
  | { field: 'wml'; reason: 'no_wml_in_force' };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const TEXT_MAX = 500;
const JOB_WAGE_MAX_CENTS = 10_000_000; // € 100,000 per month: above it, a typing error

/** Hundredths as an exact integer, or null when the number has more than two decimals. */
function hundredths(v: number): number | null {
  const h = Math.round(v * 100);
  return Math.abs(h - v * 100) < 1e-6 ? h : null;
}

/** round-half-up(a × b ÷ c) for non-negative integers, exactly. */
function mulDiv(a: number, b: number, c: number): number {
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  return Number((2n * num + den) / (2n * den));
}

/** Checks a wage-value measurement: every problem, named by field. */
export function checkMeasurement(input: unknown): SubsidyProblem[] {
  const o = isObj(input) ? input : {};
  const problems: SubsidyProblem[] = [];
  const text = (field: 'assessor' | 'job' | 'methodOther', required: boolean) => {
    const v = o[field];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) { if (required) problems.push({ field, reason: 'required' }); return; }
    if (typeof v !== 'string') problems.push({ field, reason: 'invalid' });
    else if ([...v].length > TEXT_MAX) problems.push({ field, reason: 'too_long' });
  };
  if (o.method === undefined || o.method === null) problems.push({ field: 'method', reason: 'required' });
  else if (!WAGE_VALUE_METHODS.includes(o.method as WageValueMethod)) problems.push({ field: 'method', reason: 'invalid' });
  text('methodOther', o.method === 'other');
  if (o.date === undefined || o.date === null || o.date === '') problems.push({ field: 'date', reason: 'required' });
  else if (!isIsoDate(o.date)) problems.push({ field: 'date', reason: 'invalid' });
  text('assessor', true);
  text('job', true);
  const pct = o.percentage;
  if (pct === undefined || pct === null) problems.push({ field: 'percentage', reason: 'required' });
  else if (typeof pct !== 'number' || !Number.isFinite(pct)) problems.push({ field: 'percentage', reason: 'invalid' });
  else if (pct < 0 || pct > 100) problems.push({ field: 'percentage', reason: 'out_of_range' });
  else if (hundredths(pct) === null) problems.push({ field: 'percentage', reason: 'too_many_decimals' });
  const wage = isObj(o.jobWage) ? o.jobWage : null;
  if (!wage) problems.push({ field: 'jobWage', reason: 'required' });
  else if (!Number.isInteger(wage.cents) || (wage.per !== 'hour' && wage.per !== 'month')) problems.push({ field: 'jobWage', reason: 'invalid' });
  else if ((wage.cents as number) <= 0 || (wage.cents as number) > JOB_WAGE_MAX_CENTS) problems.push({ field: 'jobWage', reason: 'out_of_range' });
  const hp = o.jobHolidayPayPercent;
  if (hp !== undefined && hp !== null) {
    if (typeof hp !== 'number' || !Number.isFinite(hp)) problems.push({ field: 'jobHolidayPayPercent', reason: 'invalid' });
    else if (hp < 0 || hp > 100) problems.push({ field: 'jobHolidayPayPercent', reason: 'out_of_range' });
    else if (hundredths(hp) === null) problems.push({ field: 'jobHolidayPayPercent', reason: 'too_many_decimals' });
  }
  const hoursProblem = checkHours(o.hoursPerWeek);
  if (hoursProblem) problems.push({ field: 'hoursPerWeek', reason: hoursProblem });
  return problems;
}

function checkHours(h: unknown): 'required' | 'invalid' | 'out_of_range' | 'too_many_decimals' | null {
  if (h === undefined || h === null) return 'required';
  if (typeof h !== 'number' || !Number.isFinite(h)) return 'invalid';
  if (h <= 0 || h > HOURS_PER_WEEK_MAX) return 'out_of_range';
  return hundredths(h) === null ? 'too_many_decimals' : null;
}

// ---- WML in force -----------------------------------------------------------------------------------

export type WmlRateProblem = { index: number; field: 'validFrom' | 'hourlyGross' | 'holidayPayPercent' | 'source'; reason: 'invalid' | 'duplicate' | 'required' };

/** Checks an administrator's WML table: real dates (no two alike), positive amounts in cents, a source. */
export function checkWmlRates(input: unknown): WmlRateProblem[] {
  if (!Array.isArray(input)) return [{ index: -1, field: 'validFrom', reason: 'required' }];
  const problems: WmlRateProblem[] = [];
  const seen = new Set<string>();
  input.forEach((raw, index) => {
    const r = isObj(raw) ? raw : {};
    if (!isIsoDate(r.validFrom)) problems.push({ index, field: 'validFrom', reason: 'invalid' });
    else if (seen.has(r.validFrom)) problems.push({ index, field: 'validFrom', reason: 'duplicate' });
    else seen.add(r.validFrom);
    if (typeof r.hourlyGross !== 'number' || !(r.hourlyGross > 0) || r.hourlyGross > 1000 || hundredths(r.hourlyGross) === null) problems.push({ index, field: 'hourlyGross', reason: 'invalid' });
    if (typeof r.holidayPayPercent !== 'number' || !(r.holidayPayPercent >= 0) || r.holidayPayPercent > 100 || hundredths(r.holidayPayPercent) === null) {
      problems.push({ index, field: 'holidayPayPercent', reason: 'invalid' });
    }
    if (typeof r.source !== 'string' || r.source.trim() === '') problems.push({ index, field: 'source', reason: 'required' });
  });
  return problems;
}

/** The next 1 January or 1 July after a date: when the WML is next indexed (§2). */
function nextIndexation(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) < '07-01' ? `${year}-07-01` : `${year + 1}-01-01`;
}

/**
 * The WML rate in force on a date: the one with the latest `validFrom` on or before it (a date
 * exactly at a change takes the new rate). `possiblyOutdated` says the table has no rate for the
 * indexation due since (1 January / 1 July): the administrator should add it.
 */
export function wmlInForce(rates: readonly WmlRate[], date: string):
  { ok: true; rate: WmlRate; possiblyOutdated: boolean } | { ok: false; problem: 'no_wml_in_force' | 'date_invalid' } {
  if (!isIsoDate(date)) return { ok: false, problem: 'date_invalid' };
  let best: WmlRate | null = null;
  for (const r of rates) if (r.validFrom <= date && (best === null || r.validFrom > best.validFrom)) best = r;
  if (best === null) return { ok: false, problem: 'no_wml_in_force' };
  return { ok: true, rate: best, possiblyOutdated: date >= nextIndexation(best.validFrom) };
}

// ---- the sum ------------------------------------------------------------------------------------------

export type SubsidyNote = 'job_wage_below_wml' | 'wml_possibly_outdated';

/** Every step of the sum, per month, in cents; `percent`/`hours` fields say what was applied. */
export interface SubsidySteps {
  date: string;
  rate: WmlRate;
  hoursPerWeek: number;
  /** hoursPerWeek × 52 ÷ 12, for display (the sums use the exact fraction). */
  hoursPerMonth: number;
  wmlHourCents: number;
  wmlHourInclHolidayCents: number;
  /** 1. WML for the hours, per month. */
  wmlMonthCents: number;
  /** 2. … incl. holiday pay. */
  wmlMonthInclHolidayCents: number;
  /** 3. The job's wage for the hours, per month, and incl. its holiday pay. */
  jobWageMonthCents: number;
  jobHolidayPayPercent: number;
  jobWageMonthInclHolidayCents: number;
  /** 4. Wage value in euros = percentage × functieloon incl. holiday pay. */
  percentage: number;
  wageValueCents: number;
  /** 5. WML incl. holiday pay − wage value, never below 0. */
  differenceCents: number;
  /** 6. The 70% cap of the WML incl. holiday pay, and whether it bites. */
  capPercent: number;
  capCents: number;
  capApplied: boolean;
  subsidyCents: number;
  /** 7. 23% employer-cost supplement on the (capped) subsidy. */
  supplementPercent: number;
  supplementCents: number;
  /** 8. What the employer receives per month. */
  totalCents: number;
  /** What the employer pays above the WML when the job's (collective-agreement) wage is higher. */
  employerAboveWmlCents: number;
  notes: SubsidyNote[];
}

/**
 * The wage-cost subsidy per month on `date` for `hoursPerWeek` (default: the measurement's hours),
 * with every step as data; or every problem (bad measurement, percentage outside 0–100, no WML in
 * force on the date). A monthly functieloon is taken as the wage for the measurement's hours and
 * scaled to other hours.
 */
export function computeSubsidy(measurement: WageValueMeasurement, rates: readonly WmlRate[], date: string, hoursPerWeek: number = measurement.hoursPerWeek):
  { ok: true; steps: SubsidySteps } | { ok: false; problems: SubsidyProblem[] } {
  const problems = checkMeasurement(measurement);
  const hoursProblem = checkHours(hoursPerWeek);
  if (hoursProblem && hoursPerWeek !== measurement.hoursPerWeek) problems.push({ field: 'hoursPerWeek', reason: hoursProblem });
  const inForce = wmlInForce(rates, date);
  if (!inForce.ok) problems.push(inForce.problem === 'date_invalid' ? { field: 'calculationDate', reason: 'invalid' } : { field: 'wml', reason: 'no_wml_in_force' });
  if (problems.length > 0 || !inForce.ok) return { ok: false, problems };

  const rate = inForce.rate;
  const H = hundredths(hoursPerWeek)!; // hours per week × 100
  const monthDen = 12 * 100; // H × 52 ÷ (12 × 100) = hours per month
  const wmlHourCents = Math.round(rate.hourlyGross * 100);
  const holidayH = hundredths(rate.holidayPayPercent)!; // percent × 100
  const wmlHourInclHolidayCents = mulDiv(wmlHourCents, 10_000 + holidayH, 10_000);
  const wmlMonthCents = mulDiv(wmlHourCents, H * WEEKS_PER_YEAR, monthDen);
  const wmlMonthInclHolidayCents = mulDiv(wmlMonthCents, 10_000 + holidayH, 10_000);

  const jobWageMonthCents = measurement.jobWage.per === 'hour'
    ? mulDiv(measurement.jobWage.cents, H * WEEKS_PER_YEAR, monthDen)
    : mulDiv(measurement.jobWage.cents, H, hundredths(measurement.hoursPerWeek)!);
  const jobHolidayPayPercent = measurement.jobHolidayPayPercent ?? rate.holidayPayPercent;
  const jobWageMonthInclHolidayCents = mulDiv(jobWageMonthCents, 10_000 + hundredths(jobHolidayPayPercent)!, 10_000);

  const wageValueCents = mulDiv(jobWageMonthInclHolidayCents, hundredths(measurement.percentage)!, 10_000);
  const differenceCents = Math.max(0, wmlMonthInclHolidayCents - wageValueCents);
  const capCents = mulDiv(wmlMonthInclHolidayCents, SUBSIDY_CAP_PERCENT, 100);
  const capApplied = differenceCents > capCents;
  const subsidyCents = capApplied ? capCents : differenceCents;
  const supplementCents = mulDiv(subsidyCents, EMPLOYER_COST_PERCENT, 100);

  const notes: SubsidyNote[] = [];
  if (jobWageMonthInclHolidayCents < wmlMonthInclHolidayCents) notes.push('job_wage_below_wml');
  if (inForce.possiblyOutdated) notes.push('wml_possibly_outdated');
  return {
    ok: true,
    steps: {
      date, rate, hoursPerWeek, hoursPerMonth: Math.round((hoursPerWeek * WEEKS_PER_YEAR * 10_000) / 12) / 10_000,
      wmlHourCents, wmlHourInclHolidayCents, wmlMonthCents, wmlMonthInclHolidayCents,
      jobWageMonthCents, jobHolidayPayPercent, jobWageMonthInclHolidayCents,
      percentage: measurement.percentage, wageValueCents, differenceCents,
      capPercent: SUBSIDY_CAP_PERCENT, capCents, capApplied, subsidyCents,
      supplementPercent: EMPLOYER_COST_PERCENT, supplementCents, totalCents: subsidyCents + supplementCents,
      employerAboveWmlCents: Math.max(0, jobWageMonthInclHolidayCents - wmlMonthInclHolidayCents),
      notes,
    },
  };
}
