// Request and response schemas of the wage value and the wage-cost subsidy (issue 6, Participatiewet):
// validation and the OpenAPI document from one source. Objects are strict: unknown fields are refused.
// Dates are 'YYYY-MM-DD'; money is in euro cents (integers); percentages and hours have at most two
// decimals (checked by the pure core, src/capacity/subsidy.ts).
import { z } from 'zod';
import { isoDate } from '../cases/schemas.js';
import { HOURS_PER_WEEK_MAX, WAGE_VALUE_METHODS } from './subsidy.js';

const text = (max: number) => z.string().trim().min(1).max(max);
/** The job's wage (functieloon, excl. holiday pay) above which a typing error is more likely than a salary: € 100.000 a month. */
export const JOB_WAGE_MAX_CENTS = 10_000_000;
/** A WML of more than € 1.000 an hour is a typing error. */
export const WML_HOURLY_MAX_CENTS = 100_000;

export const wageValueInputSchema = z.object({
  method: z.enum(WAGE_VALUE_METHODS),
  /** The method's name when `method` is 'other'. */
  methodOther: z.string().trim().max(200).nullable().optional().transform((v) => (v ? v : null)),
  measuredOn: isoDate,
  assessor: text(200),
  percentage: z.number().min(0).max(100),
  job: text(200),
  jobWage: z.object({
    amountCents: z.number().int().min(1).max(JOB_WAGE_MAX_CENTS),
    per: z.enum(['hour', 'month']),
  }).strict(),
  /** The job's holiday pay in percent; null or absent = the statutory 8% of the WML rate. */
  jobHolidayPayPercent: z.number().min(0).max(100).nullable().optional().transform((v) => v ?? null),
  hoursPerWeek: z.number().gt(0).max(HOURS_PER_WEEK_MAX),
}).strict();
export type WageValueInput = z.output<typeof wageValueInputSchema>;

export const wageValuesQuerySchema = z.object({
  /** The date the subsidy is computed for ("berekend per"); default today (Amsterdam). */
  on: isoDate.optional(),
}).strict();

export const wmlRateSchema = z.object({
  id: z.string(),
  validFrom: z.string(),
  hourlyCents: z.number().int(),
  holidayPayPercent: z.number(),
  source: z.string(),
  enteredAt: z.string(),
  /** Who entered it; null for an amount shipped with Passend. */
  enteredBy: z.string().nullable(),
});

export const subsidyStepsSchema = z.object({
  hoursPerWeek: z.number(),
  hoursPerMonth: z.number(),
  wmlHourCents: z.number(),
  wmlHourInclHolidayCents: z.number(),
  wmlHolidayPayPercent: z.number(),
  wmlMonthCents: z.number(),
  wmlMonthInclHolidayCents: z.number(),
  jobWageMonthCents: z.number(),
  jobHolidayPayPercent: z.number(),
  jobWageMonthInclHolidayCents: z.number(),
  percentage: z.number(),
  wageValueCents: z.number(),
  differenceCents: z.number(),
  capPercent: z.number(),
  capCents: z.number(),
  capApplied: z.boolean(),
  subsidyCents: z.number(),
  supplementPercent: z.number(),
  supplementCents: z.number(),
  totalCents: z.number(),
  employerAboveWmlCents: z.number(),
  notes: z.array(z.enum(['job_wage_below_wml', 'wml_possibly_outdated'])),
});

export const wageValueSchema = z.object({
  id: z.string(),
  method: z.enum(WAGE_VALUE_METHODS),
  methodOther: z.string().nullable(),
  measuredOn: z.string(),
  assessor: z.string(),
  percentage: z.number(),
  job: z.string(),
  jobWage: z.object({ amountCents: z.number(), per: z.enum(['hour', 'month']) }),
  jobHolidayPayPercent: z.number().nullable(),
  hoursPerWeek: z.number(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  /** The newest measurement counts; older ones stay visible. */
  newest: z.boolean(),
  /** The sum on the chosen date, every step in cents; null when no WML is in force on that date. */
  subsidy: subsidyStepsSchema.nullable(),
});

export const wageValueListSchema = z.object({
  /** The date the sums are computed for. */
  on: z.string(),
  /** The WML rate in force on that date, with its source; null when there is none. */
  wml: wmlRateSchema.extend({ possiblyOutdated: z.boolean() }).nullable(),
  /** Why there is no sum on that date, in the user's language. */
  problem: z.object({ code: z.literal('no_wml_in_force'), message: z.string() }).nullable(),
  /** The caller may record a new measurement (the case is open and under the Participatiewet). */
  canRecord: z.boolean(),
  items: z.array(wageValueSchema),
});

export const wmlRateInputSchema = z.object({
  validFrom: isoDate,
  hourlyCents: z.number().int().min(1).max(WML_HOURLY_MAX_CENTS),
  holidayPayPercent: z.number().min(0).max(100).default(8),
  source: text(1000),
}).strict();
export type WmlRateInput = z.output<typeof wmlRateInputSchema>;

export const wmlRateListSchema = z.object({
  /** Today (Amsterdam), for "in force now". */
  today: z.string(),
  /** Newest date first; `inForce` marks the one in force today. */
  items: z.array(wmlRateSchema.extend({ inForce: z.boolean() })),
});
