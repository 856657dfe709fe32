// Wage value and wage-cost subsidy (issue 6, Participatiewet; social-domain.md §2), through HTTP on
// both engines: the labour expert records a measurement on a Participatiewet case and reads the sum
// step by step with the WML in force on the chosen date (the new amount exactly on the day it
// changes); the 70% cap; a collective-agreement wage above the WML; bad input refused whole with
// nothing saved; a date before any WML refused; another organisation's case not found; the
// administrator's WML table (shipped amounts with sources, a new dated amount, a duplicate refused)
// and the next sum using the new amount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WML_RATES } from '../../src/capacity/wml-rates.js';
import { Client, createOrganisation, createUser, ENGINES, newCaseBody, signIn, startApp, type TestApp } from './harness.js';

/** A Participatiewet case body (no first sickness day: that belongs to Poortwachter). */
const participatiewetCase = () => {
  const body = newCaseBody();
  return { ...body, assignment: { ...body.assignment, commissioningParty: 'municipality', legalContext: 'participatiewet', firstSicknessDay: null } };
};

/** A measurement as the form sends it: 55% by Dariuz, a CAO wage of € 16,50 an hour, 32 hours a week. */
const measurement = (over: Record<string, unknown> = {}) => ({
  method: 'dariuz', methodOther: null, measuredOn: '2025-06-20', assessor: 'J. de Vries, jobcoach (fictief)', percentage: 55,
  job: 'Medewerker inpak (fictief)', jobWage: { amountCents: 1650, per: 'hour' }, jobHolidayPayPercent: null, hoursPerWeek: 32, ...over,
});

describe.each(ENGINES)('wage value and wage-cost subsidy on %s', (engine) => {
  let t: TestApp;
  let asExpert: Client;
  let asAdmin: Client;
  let asOffice: Client;
  let asOtherExpert: Client;
  let org: string;

  beforeAll(async () => {
    t = await startApp(engine);
    org = await createOrganisation(t, 'Praktijk Loonwaarde (test)');
    asExpert = await signIn(t, await createUser(t, org, ['labour_expert'], { name: 'Anna Arbeidsdeskundige' }));
    asAdmin = await signIn(t, await createUser(t, org, ['org_admin'], { name: 'Bert Beheer' }));
    asOffice = await signIn(t, await createUser(t, org, ['office_staff']));
    const other = await createOrganisation(t, 'Andere praktijk (test)');
    asOtherExpert = await signIn(t, await createUser(t, other, ['labour_expert']));
  });
  afterAll(async () => t?.close());

  async function newCase(body: unknown = participatiewetCase(), as = asExpert): Promise<string> {
    const created = await as.post('/api/cases', body);
    expect(created.statusCode, created.body).toBe(201);
    return created.json().id as string;
  }
  const measurementsIn = async (caseId: string) =>
    Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM wage_value_measurements WHERE case_id = $1', [caseId]))[0]!.n);
  const eventsIn = async (caseId: string) =>
    Number((await t.db.query<{ n: number }>("SELECT count(*) AS n FROM case_events WHERE case_id = $1 AND kind = 'wage_value_recorded'", [caseId]))[0]!.n);

  it('gives every organisation, old and new, the shipped WML amounts with their sources', async () => {
    const list = await asAdmin.get('/api/admin/wml-rates');
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items as Array<{ validFrom: string; hourlyCents: number; holidayPayPercent: number; source: string; enteredBy: string | null; inForce: boolean }>;
    expect(items.map((r) => [r.validFrom, r.hourlyCents, r.holidayPayPercent, r.source])).toEqual(
      [...WML_RATES].reverse().map((r) => [r.validFrom, Math.round(r.hourlyGross * 100), r.holidayPayPercent, r.source]),
    );
    expect(items.every((r) => r.enteredBy === null)).toBe(true);
    expect(items.filter((r) => r.inForce)).toHaveLength(1);
    // A new organisation gets them from the database itself (the trigger), like its built-in channel.
    const later = await createOrganisation(t, 'Nieuwe praktijk (test)');
    const rows = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM wml_rates WHERE organisation_id = $1', [later]);
    expect(Number(rows[0]!.n)).toBe(WML_RATES.length);
  });

  it('records a measurement and computes the sum step by step with the WML in force; a date at a change takes the new amount', async () => {
    const caseId = await newCase();
    const recorded = await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement());
    expect(recorded.statusCode, recorded.body).toBe(201);
    const id = recorded.json().id as string;
    expect(recorded.json()).toMatchObject({ method: 'dariuz', measuredOn: '2025-06-20', percentage: 55, newest: true, recordedBy: 'Anna Arbeidsdeskundige' });
    expect(recorded.json().subsidy).not.toBeNull();

    // The day before the indexation of 1 July 2025: € 14,06 an hour.
    const before = await asExpert.get(`/api/cases/${caseId}/wage-values?on=2025-06-30`);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json().wml).toMatchObject({ validFrom: '2025-01-01', hourlyCents: 1406, holidayPayPercent: 8, possiblyOutdated: false });
    expect(before.json().wml.source).toContain('2024-0000675332');
    expect(before.json().items[0].subsidy).toEqual({
      hoursPerWeek: 32, hoursPerMonth: 138.6667, wmlHourCents: 1406, wmlHourInclHolidayCents: 1518, wmlHolidayPayPercent: 8,
      wmlMonthCents: 194965, wmlMonthInclHolidayCents: 210562, jobWageMonthCents: 228800, jobHolidayPayPercent: 8, jobWageMonthInclHolidayCents: 247104,
      percentage: 55, wageValueCents: 135907, differenceCents: 74655, capPercent: 70, capCents: 147393, capApplied: false, subsidyCents: 74655,
      supplementPercent: 23, supplementCents: 17171, totalCents: 91826,
      // The CAO wage (€ 16,50) is above the WML: the employer pays the difference.
      employerAboveWmlCents: 36542, notes: [],
    });

    // Exactly on 1 July 2025: the new amount, € 14,40.
    const at = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2025-07-01`)).json();
    expect(at.on).toBe('2025-07-01');
    expect(at.wml).toMatchObject({ validFrom: '2025-07-01', hourlyCents: 1440 });
    expect(at.items[0]).toMatchObject({ id, newest: true });
    expect(at.items[0].subsidy).toMatchObject({ wmlHourCents: 1440, wmlMonthInclHolidayCents: 215654, wageValueCents: 135907, differenceCents: 79747, subsidyCents: 79747, supplementCents: 18342, totalCents: 98089, employerAboveWmlCents: 31450 });
    // The steps add up exactly.
    const s = at.items[0].subsidy;
    expect(s.wmlMonthInclHolidayCents - s.wageValueCents).toBe(s.differenceCents);
    expect(s.subsidyCents + s.supplementCents).toBe(s.totalCents);

    // Without a date: today.
    const today = (await asExpert.get(`/api/cases/${caseId}/wage-values`)).json();
    expect(today.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.canRecord).toBe(true);

    // On the timeline, for the professionals only; and in the audit log.
    const page = (await asExpert.get(`/api/cases/${caseId}`)).json();
    expect(page.permissions.canWorkWageValue).toBe(true);
    expect(page.timeline.map((e: { kind: string }) => e.kind)).toContain('wage_value_recorded');
    const officePage = (await asOffice.get(`/api/cases/${caseId}`)).json();
    expect(officePage.permissions.canWorkWageValue).toBe(false);
    expect(officePage.timeline.map((e: { kind: string }) => e.kind)).not.toContain('wage_value_recorded');
    const audit = await t.db.query<{ action: string }>("SELECT action FROM audit_log WHERE $1 = ANY(entity_ids) AND action = 'wageValue.create'", [id]);
    expect(audit).toHaveLength(1);
  });

  it('caps the subsidy at 70% of the WML and says so', async () => {
    const caseId = await newCase();
    expect((await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement({ percentage: 20, jobWage: { amountCents: 1440, per: 'hour' } }))).statusCode).toBe(201);
    const s = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2025-07-01`)).json().items[0].subsidy;
    expect(s).toMatchObject({ wageValueCents: 43131, differenceCents: 172523, capCents: 150958, capApplied: true, subsidyCents: 150958, supplementCents: 34720, totalCents: 185678, employerAboveWmlCents: 0 });
  });

  it('keeps every measurement: a correction is a new one and the newest counts', async () => {
    const caseId = await newCase();
    const first = await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement());
    const second = await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement({ percentage: 60, measuredOn: '2025-09-01', method: 'other', methodOther: 'Eigen methode gemeente (fictief)' }));
    expect(second.statusCode, second.body).toBe(201);
    const items = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2025-09-01`)).json().items;
    expect(items.map((i: { id: string; newest: boolean }) => [i.id, i.newest])).toEqual([[second.json().id, true], [first.json().id, false]]);
    expect(items[0]).toMatchObject({ method: 'other', methodOther: 'Eigen methode gemeente (fictief)', percentage: 60 });
    expect(await eventsIn(caseId)).toBe(2);
    // The table refuses changes outright.
    await expect(t.db.query('UPDATE wage_value_measurements SET percentage = 10 WHERE case_id = $1', [caseId])).rejects.toThrow(/append-only/);
  });

  it.each([
    ['percentage above 100', { percentage: 100.5 }, 'percentage'],
    ['percentage below 0', { percentage: -1 }, 'percentage'],
    ['percentage with three decimals', { percentage: 55.555 }, 'percentage'],
    ['percentage as text', { percentage: '55' }, 'percentage'],
    ['an impossible date', { measuredOn: '2025-02-30' }, 'measuredOn'],
    ['a date that is no date', { measuredOn: '20-06-2025' }, 'measuredOn'],
    ['a date in the future', { measuredOn: '2999-01-01' }, 'measuredOn'],
    ['an unknown method', { method: 'stopwatch' }, 'method'],
    ['"other" without its name', { method: 'other', methodOther: null }, 'methodOther'],
    ['a wage of 0', { jobWage: { amountCents: 0, per: 'hour' } }, 'jobWage.amountCents'],
    ['a negative wage', { jobWage: { amountCents: -1650, per: 'hour' } }, 'jobWage.amountCents'],
    ['a wage in euros with decimals', { jobWage: { amountCents: 16.5, per: 'hour' } }, 'jobWage.amountCents'],
    ['a wage per week', { jobWage: { amountCents: 1650, per: 'week' } }, 'jobWage.per'],
    ['0 hours a week', { hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['61 hours a week', { hoursPerWeek: 61 }, 'hoursPerWeek'],
    ['hours with three decimals', { hoursPerWeek: 32.125 }, 'hoursPerWeek'],
    ['no assessor', { assessor: '   ' }, 'assessor'],
    ['no job', { job: '' }, 'job'],
    ['an unknown field', { wageValueCents: 1 }, 'wageValueCents'],
    ['a date before any WML', { measuredOn: '2023-12-31' }, 'measuredOn'],
  ] as const)('refuses %s with 400 naming the field, and saves nothing', async (_name, change, field) => {
    const caseId = await newCase();
    const response = await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement(change));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation', field });
    expect(response.json().error.message).toMatch(/^Controleer het veld ‘[^’]+’: /);
    expect(await measurementsIn(caseId)).toBe(0);
    expect(await eventsIn(caseId)).toBe(0);
  });

  it('names the WML problem clearly, in Dutch and English', async () => {
    const caseId = await newCase();
    const nl = await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement({ measuredOn: '2023-12-31' }));
    expect(nl.json().error.message).toContain('op 31-12-2023 geldt geen WML-bedrag');
    expect(nl.json().error.message).toContain('vanaf 1-1-2024');
    const en = await signIn(t, await createUser(t, org, ['labour_expert']));
    expect((await en.put('/api/me/language', { language: 'en' })).statusCode).toBe(204);
    const own = await newCase(participatiewetCase(), en);
    const answer = await en.post(`/api/cases/${own}/wage-values`, measurement({ measuredOn: '2023-12-31' }));
    expect(answer.json().error.message).toContain('no WML amount known to Passend is in force on 2023-12-31');
    // Reading on such a date: the measurements, no sum, and the reason.
    expect((await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement())).statusCode).toBe(201);
    const list = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2023-06-01`)).json();
    expect(list.wml).toBeNull();
    expect(list.items[0].subsidy).toBeNull();
    expect(list.problem).toMatchObject({ code: 'no_wml_in_force' });
    expect(list.problem.message).toMatch(/^Op 1-6-2023 geldt geen WML-bedrag/);
    const bad = await asExpert.get(`/api/cases/${caseId}/wage-values?on=2025-13-01`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('on');
  });

  it('is for Participatiewet cases, and for no one outside the case', async () => {
    const poortwachter = await newCase(newCaseBody());
    const refused = await asExpert.post(`/api/cases/${poortwachter}/wage-values`, measurement());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Participatiewet');
    expect(await measurementsIn(poortwachter)).toBe(0);
    expect((await asExpert.get(`/api/cases/${poortwachter}/wage-values`)).json().canRecord).toBe(false);

    const caseId = await newCase();
    for (const response of [
      await asOtherExpert.get(`/api/cases/${caseId}/wage-values`),
      await asOtherExpert.post(`/api/cases/${caseId}/wage-values`, measurement()),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
    expect((await asOffice.post(`/api/cases/${caseId}/wage-values`, measurement())).statusCode).toBe(403);
    expect((await asAdmin.get(`/api/cases/${caseId}/wage-values`)).statusCode).toBe(404);
    expect(await measurementsIn(caseId)).toBe(0);
  });

  it('lets the administrator add a dated WML amount with its source; the next sum uses it; a duplicate date is refused', async () => {
    const caseId = await newCase();
    expect((await asExpert.post(`/api/cases/${caseId}/wage-values`, measurement())).statusCode).toBe(201);
    const beforeAdding = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2026-07-01`)).json();
    expect(beforeAdding.wml).toMatchObject({ validFrom: '2026-01-01', hourlyCents: 1471, possiblyOutdated: true });
    expect(beforeAdding.items[0].subsidy.notes).toContain('wml_possibly_outdated');

    const rate = { validFrom: '2026-07-01', hourlyCents: 1500, holidayPayPercent: 8, source: 'Fictief bedrag voor de test (geen echte indexatie)' };
    expect((await asExpert.post('/api/admin/wml-rates', rate)).statusCode).toBe(403);
    const added = await asAdmin.post('/api/admin/wml-rates', rate);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ ...rate, enteredBy: 'Bert Beheer' });

    const after = (await asExpert.get(`/api/cases/${caseId}/wage-values?on=2026-07-01`)).json();
    expect(after.wml).toMatchObject({ validFrom: '2026-07-01', hourlyCents: 1500, source: rate.source, possiblyOutdated: false });
    expect(after.items[0].subsidy).toMatchObject({ wmlHourCents: 1500, wmlMonthCents: 208000, notes: [] });
    // The day before still uses the amount of 1 January.
    expect((await asExpert.get(`/api/cases/${caseId}/wage-values?on=2026-06-30`)).json().wml.hourlyCents).toBe(1471);

    const count = async () => Number((await t.db.query<{ n: number }>('SELECT count(*) AS n FROM wml_rates WHERE organisation_id = $1', [org]))[0]!.n);
    const rows = await count();
    const duplicate = await asAdmin.post('/api/admin/wml-rates', { ...rate, hourlyCents: 1600 });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().error.field).toBe('validFrom');
    for (const [body, field] of [
      [{ ...rate, validFrom: '2027-01-01', source: '  ' }, 'source'],
      [{ validFrom: '2027-01-01', hourlyCents: 1500, holidayPayPercent: 8 }, 'source'],
      [{ ...rate, validFrom: '2027-01-01', hourlyCents: 0 }, 'hourlyCents'],
      [{ ...rate, validFrom: '2027-01-01', hourlyCents: 15.5 }, 'hourlyCents'],
      [{ ...rate, validFrom: '2027-02-30' }, 'validFrom'],
      [{ ...rate, validFrom: '2027-01-01', holidayPayPercent: 8.125 }, 'holidayPayPercent'],
    ] as const) {
      const response = await asAdmin.post('/api/admin/wml-rates', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    expect(await count()).toBe(rows);
    // Amounts are history: never changed, never removed.
    await expect(t.db.query('DELETE FROM wml_rates WHERE organisation_id = $1', [org])).rejects.toThrow(/append-only/);
    // Another organisation's table is its own.
    const theirs = (await signIn(t, await createUser(t, await createOrganisation(t), ['org_admin']))).get('/api/admin/wml-rates');
    expect((await theirs).json().items.some((r: { validFrom: string }) => r.validFrom === '2026-07-01')).toBe(false);
  });
});
