// SQL of the wage value and the wage-cost subsidy (issue 6, Participatiewet; social-domain.md §2).
// Measurements are append-only per case; WML amounts are dated rows per organisation, kept by its
// administrator. The sums themselves come from the pure core (subsidy.ts) and are never stored: they
// are computed for the date the reader chooses, with the WML in force on that date.
import { randomUUID } from 'node:crypto';
import { mayInOrganisation, mayOnCase } from '../platform/access.js';
import type { Sql } from '../platform/db.js';
import type { Door } from '../platform/door.js';
import { AppError, invalidField } from '../platform/errors.js';
import { translate, type Language, type MessageKey } from '../platform/i18n.js';
import { todayInAmsterdam } from '../platform/time.js';
import { caseForAction, facts, recordEvent, requireOpen, touchCase, type CaseRow } from '../cases/store.js';
import { isClosed } from '../cases/domain.js';
import { checkMeasurement, computeSubsidy, wmlInForce, type SubsidyProblem, type SubsidySteps, type WageValueMeasurement, type WmlRate } from './subsidy.js';
import type { WageValueInput, WmlRateInput } from './wage-schemas.js';

// ---- WML rates ----------------------------------------------------------------------------------

interface RateRow {
  id: string;
  valid_from: string;
  hourly_cents: number;
  holiday_pay_percent: number;
  source: string;
  entered_at: string;
  entered_by_name: string | null;
}

const RATE_SELECT = `SELECT r.id, r.valid_from, r.hourly_cents, r.holiday_pay_percent, r.source, r.entered_at, u.display_name AS entered_by_name
  FROM wml_rates r LEFT JOIN users u ON u.id = r.entered_by WHERE r.organisation_id = $1`;

const rateView = (r: RateRow) => ({
  id: r.id, validFrom: r.valid_from, hourlyCents: Number(r.hourly_cents), holidayPayPercent: Number(r.holiday_pay_percent), source: r.source,
  enteredAt: new Date(r.entered_at).toISOString(), enteredBy: r.entered_by_name,
});
type RateView = ReturnType<typeof rateView>;

/** The organisation's WML rates, oldest first, with the domain's shape beside the stored one. */
async function ratesOf(sql: Sql, organisationId: string): Promise<Array<{ view: RateView; rate: WmlRate }>> {
  const rows = await sql.query<RateRow>(`${RATE_SELECT} ORDER BY r.valid_from`, [organisationId]);
  return rows.map((row) => {
    const view = rateView(row);
    return { view, rate: { validFrom: view.validFrom, hourlyGross: view.hourlyCents / 100, holidayPayPercent: view.holidayPayPercent, source: view.source } };
  });
}

function requireOrganisationAction(door: Door) {
  if (!mayInOrganisation(door.actor, 'capacity.configure')) throw new AppError('forbidden', 'error.forbidden');
}

export async function listWmlRates(door: Door) {
  requireOrganisationAction(door);
  const today = todayInAmsterdam();
  return door.work(async (tx) => {
    const rates = await ratesOf(tx, door.actor.organisationId);
    const inForce = wmlInForce(rates.map((r) => r.rate), today);
    const current = inForce.ok ? inForce.rate.validFrom : null;
    return { today, items: rates.map((r) => ({ ...r.view, inForce: r.view.validFrom === current })).reverse() };
  });
}

/** Adds a dated WML amount. Amounts are never changed or removed; a date that already has one is refused. */
export async function addWmlRate(door: Door, input: WmlRateInput) {
  requireOrganisationAction(door);
  const source = input.source.trim();
  if (Math.abs(Math.round(input.holidayPayPercent * 100) - input.holidayPayPercent * 100) > 1e-6) throw invalidField('holidayPayPercent', 'wageValue.too_many_decimals');
  return door.work(async (tx, audit) => {
    const id = randomUUID();
    // ON CONFLICT: a concurrent duplicate is refused the same way, never as a server error.
    const inserted = await tx.query(
      `INSERT INTO wml_rates (id, organisation_id, valid_from, hourly_cents, holiday_pay_percent, source, entered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (organisation_id, valid_from) DO NOTHING RETURNING id`,
      [id, door.actor.organisationId, input.validFrom, input.hourlyCents, input.holidayPayPercent, source, door.actor.userId],
    );
    if (inserted.length === 0) throw invalidField('validFrom', 'wageValue.wml_date_taken');
    audit({ action: 'capacity.wmlRate.create', entityType: 'wml_rate', entityIds: [id] });
    const [row] = await tx.query<RateRow>(`${RATE_SELECT} AND r.id = $2`, [door.actor.organisationId, id]);
    return rateView(row!);
  });
}

// ---- wage-value measurements ------------------------------------------------------------------

interface MeasurementRow {
  id: string;
  method: WageValueMeasurement['method'];
  method_other: string | null;
  measured_on: string;
  assessor: string;
  percentage: number;
  job: string;
  job_wage_cents: number;
  job_wage_per: 'hour' | 'month';
  job_holiday_pay_percent: number | null;
  hours_per_week: number;
  recorded_at: string;
  recorded_by_name: string | null;
}

const toMeasurement = (r: MeasurementRow): WageValueMeasurement => ({
  method: r.method, methodOther: r.method_other, date: r.measured_on, assessor: r.assessor, percentage: Number(r.percentage), job: r.job,
  jobWage: { cents: Number(r.job_wage_cents), per: r.job_wage_per },
  jobHolidayPayPercent: r.job_holiday_pay_percent === null ? null : Number(r.job_holiday_pay_percent), hoursPerWeek: Number(r.hours_per_week),
});

function stepsView(s: SubsidySteps) {
  return {
    hoursPerWeek: s.hoursPerWeek, hoursPerMonth: s.hoursPerMonth,
    wmlHourCents: s.wmlHourCents, wmlHourInclHolidayCents: s.wmlHourInclHolidayCents, wmlHolidayPayPercent: s.rate.holidayPayPercent,
    wmlMonthCents: s.wmlMonthCents, wmlMonthInclHolidayCents: s.wmlMonthInclHolidayCents,
    jobWageMonthCents: s.jobWageMonthCents, jobHolidayPayPercent: s.jobHolidayPayPercent, jobWageMonthInclHolidayCents: s.jobWageMonthInclHolidayCents,
    percentage: s.percentage, wageValueCents: s.wageValueCents, differenceCents: s.differenceCents,
    capPercent: s.capPercent, capCents: s.capCents, capApplied: s.capApplied, subsidyCents: s.subsidyCents,
    supplementPercent: s.supplementPercent, supplementCents: s.supplementCents, totalCents: s.totalCents,
    employerAboveWmlCents: s.employerAboveWmlCents, notes: s.notes,
  };
}

/** A date in the user's language, for server messages: 1-7-2025 in Dutch, 2025-07-01 in English. */
function showDate(language: Language, iso: string): string {
  if (language === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** Why there is no WML on a date: a problem text (lower case, after "Controleer het veld …: "). */
function noWmlParams(language: Language, date: string, rates: ReadonlyArray<{ rate: WmlRate }>): { key: MessageKey; params: Record<string, string> } {
  const earliest = rates[0]?.rate.validFrom;
  return earliest
    ? { key: 'wageValue.no_wml_in_force', params: { date: showDate(language, date), earliest: showDate(language, earliest) } }
    : { key: 'wageValue.no_wml_rates', params: {} };
}

const PROBLEM_KEYS: Record<SubsidyProblem['reason'], MessageKey> = {
  required: 'validation.required',
  invalid: 'validation.format',
  out_of_range: 'wageValue.out_of_range',
  too_many_decimals: 'wageValue.too_many_decimals',
  too_long: 'validation.too_long',
  no_wml_in_force: 'wageValue.no_wml_rates',
};
const PROBLEM_FIELDS: Partial<Record<SubsidyProblem['field'], string>> = { date: 'measuredOn', jobWage: 'jobWage.amountCents', calculationDate: 'on' };

/** The pure core's first problem as a field error, named as the API names the field. */
function problemError(problem: SubsidyProblem) {
  if (problem.field === 'methodOther' && problem.reason === 'required') return invalidField('methodOther', 'validation.other_required');
  return invalidField(PROBLEM_FIELDS[problem.field] ?? problem.field, PROBLEM_KEYS[problem.reason], { maximum: 500 });
}

const MEASUREMENT_SELECT = `SELECT m.id, m.method, m.method_other, m.measured_on, m.assessor, m.percentage, m.job, m.job_wage_cents, m.job_wage_per,
       m.job_holiday_pay_percent, m.hours_per_week, m.recorded_at, u.display_name AS recorded_by_name
  FROM wage_value_measurements m LEFT JOIN users u ON u.id = m.recorded_by WHERE m.case_id = $1`;

const mayRecord = (door: Door, row: CaseRow) => mayOnCase(door.actor, 'wageValue.record', facts(row)) && !isClosed(row.status) && row.legal_context === 'participatiewet';

/** Every measurement of the case, newest first, each with the subsidy sum on `on` (default today). */
async function listOn(tx: Sql, door: Door, row: CaseRow, on: string) {
  const rates = await ratesOf(tx, row.organisation_id);
  const inForce = wmlInForce(rates.map((r) => r.rate), on);
  const rateRow = inForce.ok ? rates.find((r) => r.rate.validFrom === inForce.rate.validFrom)! : null;
  const rows = await tx.query<MeasurementRow>(`${MEASUREMENT_SELECT} ORDER BY m.recorded_at DESC, m.id DESC`, [row.id]);
  const items = rows.map((r, index) => {
    const computed = inForce.ok ? computeSubsidy(toMeasurement(r), rates.map((x) => x.rate), on) : null;
    return {
      id: r.id, method: r.method, methodOther: r.method_other, measuredOn: r.measured_on, assessor: r.assessor, percentage: Number(r.percentage), job: r.job,
      jobWage: { amountCents: Number(r.job_wage_cents), per: r.job_wage_per },
      jobHolidayPayPercent: r.job_holiday_pay_percent === null ? null : Number(r.job_holiday_pay_percent), hoursPerWeek: Number(r.hours_per_week),
      recordedAt: new Date(r.recorded_at).toISOString(), recordedBy: r.recorded_by_name, newest: index === 0,
      subsidy: computed?.ok ? stepsView(computed.steps) : null,
    };
  });
  let problem: { code: 'no_wml_in_force'; message: string } | null = null;
  if (!inForce.ok) {
    const { key, params } = noWmlParams(door.language, on, rates);
    const text = translate(door.language, key, params);
    problem = { code: 'no_wml_in_force', message: text.charAt(0).toUpperCase() + text.slice(1) };
  }
  return {
    on,
    wml: rateRow && inForce.ok ? { ...rateRow.view, possiblyOutdated: inForce.possiblyOutdated } : null,
    problem,
    canRecord: mayRecord(door, row),
    items,
  };
}

export async function listWageValues(door: Door, caseId: string, on: string = todayInAmsterdam()) {
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'wageValue.record');
    audit({ action: 'wageValue.read', entityType: 'case', entityIds: [caseId] });
    return listOn(tx, door, row, on);
  });
}

/**
 * Records a wage-value measurement: checked whole before anything is written (every field, a WML in
 * force on the measurement's date), then stored with its timeline event and audit entry in one
 * transaction. A correction is a new measurement; nothing is ever overwritten.
 */
export async function recordWageValue(door: Door, caseId: string, input: WageValueInput) {
  const measurement: WageValueMeasurement = {
    method: input.method, methodOther: input.method === 'other' ? input.methodOther : null, date: input.measuredOn, assessor: input.assessor,
    percentage: input.percentage, job: input.job, jobWage: { cents: input.jobWage.amountCents, per: input.jobWage.per },
    jobHolidayPayPercent: input.jobHolidayPayPercent, hoursPerWeek: input.hoursPerWeek,
  };
  const problem = checkMeasurement(measurement)[0];
  if (problem) throw problemError(problem);
  const today = todayInAmsterdam();
  if (input.measuredOn > today) throw invalidField('measuredOn', 'validation.not_in_future');
  return door.work(async (tx, audit) => {
    const row = await caseForAction(tx, door.actor, caseId, 'wageValue.record', true);
    requireOpen(row);
    if (row.legal_context !== 'participatiewet') throw new AppError('conflict', 'wageValue.not_participatiewet');
    const rates = await ratesOf(tx, row.organisation_id);
    if (!wmlInForce(rates.map((r) => r.rate), input.measuredOn).ok) {
      const { key, params } = noWmlParams(door.language, input.measuredOn, rates);
      throw invalidField('measuredOn', key, params);
    }
    const id = randomUUID();
    await tx.query(
      `INSERT INTO wage_value_measurements (id, case_id, method, method_other, measured_on, assessor, percentage, job, job_wage_cents, job_wage_per,
                                            job_holiday_pay_percent, hours_per_week, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
      [id, caseId, measurement.method, measurement.methodOther, input.measuredOn, input.assessor, input.percentage, input.job, input.jobWage.amountCents,
        input.jobWage.per, input.jobHolidayPayPercent, input.hoursPerWeek, door.actor.userId],
    );
    // Professional work: the timeline entry is for those who may see professional information.
    await recordEvent(tx, caseId, door.actor.userId, 'wage_value_recorded', { measurementId: id, method: input.method, percentage: input.percentage, measuredOn: input.measuredOn }, true);
    await touchCase(tx, caseId);
    audit({ action: 'wageValue.create', entityType: 'wage_value_measurement', entityIds: [id] });
    const list = await listOn(tx, door, row, today);
    return { ...list.items.find((item) => item.id === id)!, wml: list.wml };
  });
}
