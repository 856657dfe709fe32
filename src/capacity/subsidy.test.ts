import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMeasurement, checkWmlRates, computeSubsidy, EMPLOYER_COST_PERCENT, SUBSIDY_CAP_PERCENT, wmlInForce, type WageValueMeasurement, type WmlRate,
} from './subsidy.js';
import { WML_RATES } from './wml-rates.js';

const measurement = (over: Partial<WageValueMeasurement> = {}): WageValueMeasurement => ({
  method: 'dariuz', methodOther: null, date: '2025-06-20', assessor: 'J. de Vries (fictief)', percentage: 50, job: 'Medewerker groenonderhoud (fictief)',
  jobWage: { cents: 1440, per: 'hour' }, jobHolidayPayPercent: null, hoursPerWeek: 32, ...over,
});
const sum = (over: Partial<WageValueMeasurement> = {}, date = '2025-07-01', hours?: number) => {
  const r = computeSubsidy(measurement(over), WML_RATES, date, hours);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.steps;
};

describe('the WML seed data', () => {
  it('has the confirmed hourly amounts from 1 January 2024 to 1 January 2026, each with a source', () => {
    expect(WML_RATES.map((r) => [r.validFrom, r.hourlyGross])).toEqual([
      ['2024-01-01', 13.27], ['2024-07-01', 13.68], ['2025-01-01', 14.06], ['2025-07-01', 14.4], ['2026-01-01', 14.71],
    ]);
    for (const r of WML_RATES) {
      expect(r.holidayPayPercent).toBe(8);
      expect(r.source.length).toBeGreaterThan(20);
    }
    expect(checkWmlRates(WML_RATES)).toEqual([]);
  });
});

describe('wmlInForce', () => {
  it('takes the new rate exactly on the day it changes (1 July, 1 January)', () => {
    const at = (d: string) => { const r = wmlInForce(WML_RATES, d); return r.ok ? r.rate.hourlyGross : r.problem; };
    expect(at('2025-06-30')).toBe(14.06);
    expect(at('2025-07-01')).toBe(14.4);
    expect(at('2025-12-31')).toBe(14.4);
    expect(at('2026-01-01')).toBe(14.71);
    expect(at('2024-01-01')).toBe(13.27);
    expect(at('2024-07-01')).toBe(13.68);
  });
  it('refuses a date before the first rate, and an impossible date', () => {
    expect(wmlInForce(WML_RATES, '2023-12-31')).toEqual({ ok: false, problem: 'no_wml_in_force' });
    expect(wmlInForce([], '2025-01-01')).toEqual({ ok: false, problem: 'no_wml_in_force' });
    expect(wmlInForce(WML_RATES, '2025-13-01')).toEqual({ ok: false, problem: 'date_invalid' });
  });
  it('says when an indexation is due that the table does not have yet', () => {
    const r = wmlInForce(WML_RATES, '2026-06-30');
    expect(r.ok && r.possiblyOutdated).toBe(false);
    const s = wmlInForce(WML_RATES, '2026-07-01');
    expect(s.ok && [s.rate.hourlyGross, s.possiblyOutdated]).toEqual([14.71, true]);
    const july = wmlInForce([{ validFrom: '2025-07-01', hourlyGross: 14.4, holidayPayPercent: 8, source: 'x' }], '2026-01-01');
    expect(july.ok && july.possiblyOutdated).toBe(true);
  });
  it('does not depend on the order of the table (property)', () => {
    fc.assert(fc.property(fc.shuffledSubarray([...WML_RATES], { minLength: WML_RATES.length }), fc.date({ min: new Date('2023-06-01'), max: new Date('2027-01-01'), noInvalidDate: true }), (shuffled, d) => {
      const date = d.toISOString().slice(0, 10);
      return JSON.stringify(wmlInForce(shuffled, date)) === JSON.stringify(wmlInForce(WML_RATES, date));
    }));
  });
});

describe('checkWmlRates', () => {
  it('names bad dates, duplicates, amounts, percentages and missing sources', () => {
    expect(checkWmlRates([
      { validFrom: '2025-01-01', hourlyGross: 14.06, holidayPayPercent: 8, source: 'ok' },
      { validFrom: '2025-01-01', hourlyGross: -1, holidayPayPercent: 108, source: '' },
      { validFrom: '1-7-2025', hourlyGross: 14.405, holidayPayPercent: 8, source: 'x' },
      null,
    ])).toEqual([
      { index: 1, field: 'validFrom', reason: 'duplicate' }, { index: 1, field: 'hourlyGross', reason: 'invalid' },
      { index: 1, field: 'holidayPayPercent', reason: 'invalid' }, { index: 1, field: 'source', reason: 'required' },
      { index: 2, field: 'validFrom', reason: 'invalid' }, { index: 2, field: 'hourlyGross', reason: 'invalid' },
      { index: 3, field: 'validFrom', reason: 'invalid' }, { index: 3, field: 'hourlyGross', reason: 'invalid' },
      { index: 3, field: 'holidayPayPercent', reason: 'invalid' }, { index: 3, field: 'source', reason: 'required' },
    ]);
    expect(checkWmlRates('rates')).toEqual([{ index: -1, field: 'validFrom', reason: 'required' }]);
  });
});

describe('computeSubsidy: every step, in cents', () => {
  it('the digest example: wage value 50% of WML gives 50% of the WML incl. holiday pay plus 23% of that', () => {
    const s = sum();
    expect(s.rate.hourlyGross).toBe(14.4);
    expect(s.hoursPerMonth).toBe(138.6667);
    expect(s.wmlHourCents).toBe(1440);
    expect(s.wmlHourInclHolidayCents).toBe(1555); // 15.552
    expect(s.wmlMonthCents).toBe(199_680); // 14.40 × 32 × 52 / 12
    expect(s.wmlMonthInclHolidayCents).toBe(215_654); // × 1.08 = 215,654.4
    expect(s.jobWageMonthInclHolidayCents).toBe(215_654);
    expect(s.wageValueCents).toBe(107_827);
    expect(s.differenceCents).toBe(107_827);
    expect(s.capCents).toBe(150_958); // 70% of 215,654 = 150,957.8
    expect(s.capApplied).toBe(false);
    expect(s.subsidyCents).toBe(107_827);
    expect(s.supplementCents).toBe(24_800); // 23% = 24,800.21
    expect(s.totalCents).toBe(132_627);
    expect(s.employerAboveWmlCents).toBe(0);
    expect(s.notes).toEqual([]);
  });

  it('applies the 70% cap when the difference is larger (wage value 20%)', () => {
    const s = sum({ percentage: 20 });
    expect(s.wageValueCents).toBe(43_131); // 43,130.8
    expect(s.differenceCents).toBe(172_523);
    expect(s.capApplied).toBe(true);
    expect(s.subsidyCents).toBe(150_958);
    expect(s.supplementCents).toBe(34_720); // 23% of the capped amount: 34,720.34
    expect(s.totalCents).toBe(185_678);
  });

  it('does not apply the cap when the difference is exactly 70% (wage value 30%)', () => {
    const s = sum({ percentage: 30 });
    expect(s.wageValueCents).toBe(64_696);
    expect(s.differenceCents).toBe(150_958);
    expect(s.capApplied).toBe(false);
    expect(s.subsidyCents).toBe(150_958);
  });

  it('0%: the cap; 100%: nothing', () => {
    const zero = sum({ percentage: 0 });
    expect([zero.wageValueCents, zero.differenceCents, zero.capApplied, zero.subsidyCents, zero.totalCents]).toEqual([0, 215_654, true, 150_958, 185_678]);
    const full = sum({ percentage: 100 });
    expect([full.wageValueCents, full.differenceCents, full.capApplied, full.subsidyCents, full.supplementCents, full.totalCents]).toEqual([215_654, 0, false, 0, 0, 0]);
  });

  it('with a collective-agreement wage above WML: a smaller subsidy, and the employer pays the difference', () => {
    const s = sum({ jobWage: { cents: 1800, per: 'hour' }, percentage: 60 });
    expect(s.jobWageMonthCents).toBe(249_600);
    expect(s.jobWageMonthInclHolidayCents).toBe(269_568);
    expect(s.wageValueCents).toBe(161_741); // 60% of the functieloon, not of the WML
    expect(s.differenceCents).toBe(53_913);
    expect(s.supplementCents).toBe(12_400);
    expect(s.totalCents).toBe(66_313);
    expect(s.employerAboveWmlCents).toBe(53_914);
    // A wage value in euros above the WML leaves no subsidy (never below zero).
    expect(sum({ jobWage: { cents: 3000, per: 'hour' }, percentage: 90 }).differenceCents).toBe(0);
  });

  it('uses the WML in force on the chosen date: a date exactly at a change', () => {
    expect(sum({}, '2025-06-30').wmlMonthCents).toBe(194_965); // 14.06 × 32 × 52 / 12 = 1,949.653…
    expect(sum({}, '2025-07-01').wmlMonthCents).toBe(199_680);
    expect(sum({}, '2026-01-01').rate.hourlyGross).toBe(14.71);
    expect(sum({}, '2024-01-01').rate.hourlyGross).toBe(13.27);
  });

  it('takes a monthly functieloon as the wage for the measured hours and scales it to other hours', () => {
    const s = sum({ jobWage: { cents: 300_000, per: 'month' } }, '2025-07-01', 24);
    expect(s.jobWageMonthCents).toBe(225_000);
    expect(s.wmlMonthCents).toBe(149_760); // 14.40 × 24 × 52 / 12
    expect(sum({ jobWage: { cents: 300_000, per: 'month' } }).jobWageMonthCents).toBe(300_000);
  });

  it('uses a job holiday-pay percentage of its own when given, and notes a job wage below WML', () => {
    expect(sum({ jobHolidayPayPercent: 8.33 }).jobWageMonthInclHolidayCents).toBe(216_313); // 199,680 × 1.0833 = 216,313.3
    expect(sum({ jobWage: { cents: 1200, per: 'hour' } }).notes).toEqual(['job_wage_below_wml']);
    expect(sum({ jobWage: { cents: 1500, per: 'hour' } }, '2026-07-15').notes).toEqual(['wml_possibly_outdated']);
    expect(sum({}, '2026-07-15').notes).toEqual(['job_wage_below_wml', 'wml_possibly_outdated']); // 14.40 < 14.71
  });

  it('refuses percentages outside 0–100, a date before the first rate, and a bad measurement, naming each', () => {
    const problems = (m: Partial<WageValueMeasurement>, date = '2025-07-01', hours?: number) => {
      const r = computeSubsidy(measurement(m), WML_RATES, date, hours);
      return r.ok ? [] : r.problems;
    };
    expect(problems({ percentage: -1 })).toEqual([{ field: 'percentage', reason: 'out_of_range' }]);
    expect(problems({ percentage: 100.01 })).toEqual([{ field: 'percentage', reason: 'out_of_range' }]);
    expect(problems({ percentage: 50.123 })).toEqual([{ field: 'percentage', reason: 'too_many_decimals' }]);
    expect(problems({ percentage: Number.NaN })).toEqual([{ field: 'percentage', reason: 'invalid' }]);
    expect(problems({}, '2023-12-31')).toEqual([{ field: 'wml', reason: 'no_wml_in_force' }]);
    expect(problems({}, '31-12-2025')).toEqual([{ field: 'calculationDate', reason: 'invalid' }]);
    expect(problems({}, '2025-07-01', 0)).toEqual([{ field: 'hoursPerWeek', reason: 'out_of_range' }]);
    expect(problems({ hoursPerWeek: 61 }, '2025-07-01', 20)).toEqual([{ field: 'hoursPerWeek', reason: 'out_of_range' }]);
    expect(problems({ method: 'other', methodOther: null, assessor: ' ', job: '', date: '2025-02-30', jobWage: { cents: 0, per: 'hour' } })).toEqual([
      { field: 'methodOther', reason: 'required' }, { field: 'date', reason: 'invalid' }, { field: 'assessor', reason: 'required' },
      { field: 'job', reason: 'required' }, { field: 'jobWage', reason: 'out_of_range' },
    ]);
  });

  it('checkMeasurement names every missing field of an empty form', () => {
    expect(checkMeasurement({})).toEqual([
      { field: 'method', reason: 'required' }, { field: 'date', reason: 'required' }, { field: 'assessor', reason: 'required' }, { field: 'job', reason: 'required' },
      { field: 'percentage', reason: 'required' }, { field: 'jobWage', reason: 'required' }, { field: 'hoursPerWeek', reason: 'required' },
    ]);
    expect(checkMeasurement({ ...measurement(), method: 'stopwatch', jobWage: { cents: 12.5, per: 'day' }, jobHolidayPayPercent: 120, hoursPerWeek: 20.125 })).toEqual([
      { field: 'method', reason: 'invalid' }, { field: 'jobWage', reason: 'invalid' }, { field: 'jobHolidayPayPercent', reason: 'out_of_range' },
      { field: 'hoursPerWeek', reason: 'too_many_decimals' },
    ]);
    expect(checkMeasurement(measurement({ method: 'other', methodOther: 'Eigen observatie' }))).toEqual([]);
  });

  it('holds the rule for any wage value, wage and hours (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 10_000 }).map((h) => h / 100),
      fc.integer({ min: 1000, max: 5000 }),
      fc.integer({ min: 100, max: 6000 }).map((h) => h / 100),
      fc.constantFrom(...WML_RATES.map((r) => r.validFrom)),
      (percentage, wageCents, hours, date) => {
        const s = sum({ percentage, jobWage: { cents: wageCents, per: 'hour' } }, date, hours);
        const allIntegers = [s.wmlMonthCents, s.wmlMonthInclHolidayCents, s.wageValueCents, s.differenceCents, s.capCents, s.subsidyCents, s.supplementCents, s.totalCents]
          .every((v) => Number.isInteger(v) && v >= 0);
        return allIntegers
          && s.subsidyCents <= s.capCents
          && s.subsidyCents === Math.min(s.differenceCents, s.capCents)
          && s.differenceCents === Math.max(0, s.wmlMonthInclHolidayCents - s.wageValueCents)
          && Math.abs(s.supplementCents - (s.subsidyCents * EMPLOYER_COST_PERCENT) / 100) <= 0.5
          && Math.abs(s.capCents - (s.wmlMonthInclHolidayCents * SUBSIDY_CAP_PERCENT) / 100) <= 0.5
          && s.totalCents === s.subsidyCents + s.supplementCents;
      },
    ), { numRuns: 500 });
  });

  it('pays less as the wage value grows (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 10_000 }), (a, step) => {
      const lo = a / 100;
      const hi = Math.min(100, (a + step) / 100);
      return sum({ percentage: hi }).totalCents <= sum({ percentage: lo }).totalCents;
    }));
  });

  it('leaves the rates table untouched', () => {
    const copy: WmlRate[] = JSON.parse(JSON.stringify(WML_RATES)) as WmlRate[];
    sum();
    expect(WML_RATES).toEqual(copy);
  });
});
