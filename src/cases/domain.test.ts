import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ACTIVITY_TYPES,
  CASE_STATUSES,
  COMMISSIONING_PARTIES,
  CONTACT_FORMS,
  CONTACT_STATES,
  DEADLINE_FILTERS,
  DEADLINE_STATES,
  DOCUMENT_TYPES,
  LEGAL_CONTEXTS,
  PARTICIPANT_ROLES,
  PARTY_ROLES,
  addDays,
  allowedTransitions,
  canTransition,
  caseReference,
  daysBetween,
  deadlineFilterRange,
  deadlineKind,
  deadlineState,
  isCaseStatus,
  isClosed,
  isIsoDate,
  nextDeadline,
  planVanAanpakEvaluations,
  poortwachterTimeline,
  reopenTarget,
  type CaseStatus,
  type DeadlineContext,
  type PoortwachterDeadline,
} from './domain.js';
import { POORTWACHTER_MOMENTS, type PoortwachterMoment, type PoortwachterMoments } from './poortwachter-moments.js';

/** Weekday of an ISO date, computed independently of the code under test (0 = Sunday). */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function byKey(timeline: PoortwachterDeadline[]): Record<string, PoortwachterDeadline> {
  return Object.fromEntries(timeline.map((d) => [d.key, d]));
}

function dueDates(firstDay: string): Record<string, string> {
  return Object.fromEntries(poortwachterTimeline(firstDay).map((d) => [d.key, d.dueDate]));
}

// ---------------------------------------------------------------------------------------------
describe('enumerations (docs/api.md)', () => {
  it('have exactly the documented codes, in order', () => {
    expect(CASE_STATUSES).toEqual(['registered', 'intake', 'investigation', 'reporting', 'completed', 'archived']);
    expect(LEGAL_CONTEXTS).toEqual([
      'poortwachter',
      'ziektewet',
      'wia',
      'wajong',
      'participatiewet',
      'letselschade',
      'aov',
      'other',
    ]);
    expect(COMMISSIONING_PARTIES).toEqual([
      'uwv_smz',
      'uwv_werkbedrijf',
      'arbodienst',
      'reintegration_company',
      'private_disability_insurer',
      'injury_insurer',
      'municipality',
      'employer',
      'other',
    ]);
    expect(PARTY_ROLES).toEqual(['employer', 'bedrijfsarts', 'verzekeringsarts', 'casemanager', 'jobcoach', 'other']);
    expect(ACTIVITY_TYPES).toEqual([
      'first_contact',
      'checking_facts',
      'experienced_limitations',
      'client_vision',
      'hoor_wederhoor',
      'investigating_adjustments',
      'workplace_investigation',
      'discussing_outcome',
      'reintegration_agreements',
      'practical',
      'professional_consultation',
      'employer_conversation',
    ]);
    expect(CONTACT_FORMS).toEqual(['physical', 'video', 'phone']);
    expect(CONTACT_STATES).toEqual(['planned', 'held', 'cancelled']);
    expect(PARTICIPANT_ROLES).toEqual([
      'client',
      'employer',
      'labour_expert',
      'bedrijfsarts',
      'verzekeringsarts',
      'casemanager',
      'jobcoach',
      'companion',
      'interpreter',
      'other',
    ]);
    expect(DOCUMENT_TYPES).toEqual([
      'fml',
      'job_description',
      'earlier_report',
      'medical_free_information',
      'correspondence',
      'other',
    ]);
    expect(DEADLINE_STATES).toEqual(['done', 'overdue', 'near', 'open', 'before_assignment', 'informational']);
    expect(DEADLINE_FILTERS).toEqual(['overdue', 'within7', 'within14', 'within30']);
  });

  it('isCaseStatus accepts only status codes', () => {
    for (const s of CASE_STATUSES) expect(isCaseStatus(s)).toBe(true);
    for (const v of ['', 'closed', 'Registered', ' intake', null, undefined, 1, {}]) expect(isCaseStatus(v)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('status transitions', () => {
  // The full matrix, written out: row = from, column = to.
  //                 reg    intake investig report compl  archived
  const MATRIX: Record<CaseStatus, [boolean, boolean, boolean, boolean, boolean, boolean]> = {
    registered:    [false, true,  false, false, false, false],
    intake:        [true,  false, true,  false, false, false],
    investigation: [false, true,  false, true,  false, false],
    reporting:     [false, false, true,  false, true,  false],
    completed:     [false, false, false, false, false, true],
    archived:      [false, false, false, false, false, false],
  };

  const pairs = CASE_STATUSES.flatMap((from) =>
    CASE_STATUSES.map((to, j) => ({ from, to, expected: MATRIX[from][j] as boolean })),
  );

  it('covers all 36 pairs', () => {
    expect(pairs).toHaveLength(36);
    expect(pairs.filter((p) => p.expected)).toHaveLength(8);
  });

  it.each(pairs)('canTransition($from → $to) is $expected', ({ from, to, expected }) => {
    expect(canTransition(from, to)).toBe(expected);
  });

  it.each(CASE_STATUSES)('allowedTransitions(%s) equals the matrix row', (from) => {
    const expected = CASE_STATUSES.filter((_, j) => MATRIX[from][j]);
    expect([...allowedTransitions(from)].sort()).toEqual([...expected].sort());
  });

  it('lists the forward step first (for a primary button)', () => {
    expect(allowedTransitions('registered')).toEqual(['intake']);
    expect(allowedTransitions('intake')).toEqual(['investigation', 'registered']);
    expect(allowedTransitions('investigation')).toEqual(['reporting', 'intake']);
    expect(allowedTransitions('reporting')).toEqual(['completed', 'investigation']);
    expect(allowedTransitions('completed')).toEqual(['archived']);
    expect(allowedTransitions('archived')).toEqual([]);
  });

  it('returns a fresh array the caller may mutate', () => {
    const list = allowedTransitions('intake');
    list.push('archived');
    expect(allowedTransitions('intake')).toEqual(['investigation', 'registered']);
    expect(canTransition('intake', 'archived')).toBe(false);
  });

  it.each([
    ['registered', null],
    ['intake', null],
    ['investigation', null],
    ['reporting', null],
    ['completed', 'investigation'],
    ['archived', 'investigation'],
  ] as const)('reopenTarget(%s) is %s', (status, target) => {
    expect(reopenTarget(status)).toBe(target);
  });

  it.each([
    ['registered', false],
    ['intake', false],
    ['investigation', false],
    ['reporting', false],
    ['completed', true],
    ['archived', true],
  ] as const)('isClosed(%s) is %s', (status, closed) => {
    expect(isClosed(status)).toBe(closed);
  });

  it('closed cases can be left only by reopening (no ordinary transition out except archiving)', () => {
    expect(CASE_STATUSES.filter((to) => canTransition('completed', to))).toEqual(['archived']);
    expect(CASE_STATUSES.filter((to) => canTransition('archived', to))).toEqual([]);
    expect(canTransition('completed', 'investigation')).toBe(false);
    expect(canTransition('archived', 'investigation')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('calendar dates', () => {
  it.each([
    '2026-02-30',
    '2025-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '0000-01-01',
    '2026-1-05',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '2026-01-05 ',
    '+02026-01-05',
    '２０２６-01-05', // full-width digits
    '',
  ])('isIsoDate rejects %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it('isIsoDate rejects non-strings', () => {
    for (const v of [null, undefined, 20260105, new Date('2026-01-05'), {}]) expect(isIsoDate(v)).toBe(false);
  });

  it.each(['2026-01-05', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31', '2026-04-30'])(
    'isIsoDate accepts %s',
    (value) => {
      expect(isIsoDate(value)).toBe(true);
    },
  );

  it('addDays crosses months, leap days and year ends', () => {
    expect(addDays('2026-01-05', 41)).toBe('2026-02-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-05', 0)).toBe('2026-01-05');
    expect(addDays('2026-01-05', 365)).toBe('2027-01-05');
    expect(addDays('2024-01-05', 366)).toBe('2025-01-05');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01'); // no Date.UTC two-digit-year trap
    expect(addDays('0050-06-15', 0)).toBe('0050-06-15');
  });

  it('addDays is not affected by DST changes (2026-03-29, 2026-10-25 in Europe)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -2)).toBe('2026-10-24');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('daysBetween is signed and counts calendar days', () => {
    expect(daysBetween('2026-01-05', '2026-02-15')).toBe(41);
    expect(daysBetween('2026-02-15', '2026-01-05')).toBe(-41);
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(daysBetween('2024-02-29', '2025-03-01')).toBe(366);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
  });

  it('rejects invalid input instead of guessing', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-05', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-05', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-05', 'tomorrow')).toThrow(RangeError);
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_900_000 }), // 0001 … ~7940
        fc.integer({ min: -200_000, max: 200_000 }),
        (offset, n) => {
          const start = addDays('1000-01-01', offset);
          const moved = addDays(start, n);
          expect(isIsoDate(moved)).toBe(true);
          expect(daysBetween(start, moved)).toBe(n);
          expect(addDays(moved, -n)).toBe(start);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('POORTWACHTER_MOMENTS data (social-domain.md §3)', () => {
  const m = byKeyData(POORTWACHTER_MOMENTS);

  function byKeyData(data: PoortwachterMoments) {
    return Object.fromEntries(data.moments.map((x) => [x.key, x]));
  }

  it('is versioned and names its sources', () => {
    expect(POORTWACHTER_MOMENTS.version).toBe('2026-01');
    expect(POORTWACHTER_MOMENTS.source).toBe(
      'Wet verbetering poortwachter; Regeling procesgang eerste en tweede ziektejaar; UWV werkwijzer poortwachter',
    );
  });

  it('has exactly the statutory moments and the IVA window, each once', () => {
    const keys = POORTWACHTER_MOMENTS.moments.map((x) => x.key);
    expect([...keys].sort()).toEqual(
      [
        'probleemanalyse',
        'plan_van_aanpak',
        'melding_42e_week',
        'eerstejaarsevaluatie',
        'reintegratieverslag',
        'wia_aanvraag',
        'einde_wachttijd',
        'vroege_iva_aanvraag',
      ].sort(),
    );
  });

  it('has the weeks of §3', () => {
    expect(m.probleemanalyse).toMatchObject({ week: 6 });
    expect(m.plan_van_aanpak).toMatchObject({ week: 8 });
    expect(m.melding_42e_week).toMatchObject({ week: 42 });
    expect(m.eerstejaarsevaluatie).toMatchObject({ fromWeek: 46, toWeek: 52 });
    expect(m.reintegratieverslag).toMatchObject({ week: 87 });
    expect(m.wia_aanvraag).toMatchObject({ week: 91 });
    expect(m.einde_wachttijd).toMatchObject({ week: 104 });
    expect(m.vroege_iva_aanvraag).toMatchObject({ fromWeek: 4, toWeek: 68, informational: true });
  });

  it('only the IVA window is informational', () => {
    const informational = POORTWACHTER_MOMENTS.moments.filter((x) => x.informational === true).map((x) => x.key);
    expect(informational).toEqual(['vroege_iva_aanvraag']);
  });

  it('every moment has Dutch and English label and explanation and a section source', () => {
    expect(m.probleemanalyse?.label).toEqual({
      nl: 'Probleemanalyse door de bedrijfsarts',
      en: 'Problem analysis by the occupational physician',
    });
    for (const x of POORTWACHTER_MOMENTS.moments) {
      expect(x.label.nl.trim().length, x.key).toBeGreaterThan(0);
      expect(x.label.en.trim().length, x.key).toBeGreaterThan(0);
      expect(x.explanation.nl.trim().length, x.key).toBeGreaterThan(0);
      expect(x.explanation.en.trim().length, x.key).toBeGreaterThan(0);
      expect(x.label.nl, x.key).not.toBe(x.label.en);
      expect(x.source, x.key).toBe('social-domain.md §3');
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('poortwachterTimeline', () => {
  it('Monday start 2026-01-05: every due date (firstDay + 7N − 1)', () => {
    expect(dueDates('2026-01-05')).toEqual({
      probleemanalyse: '2026-02-15', // +41, a Sunday: not moved to Monday
      plan_van_aanpak: '2026-03-01', // +55
      melding_42e_week: '2026-10-25', // +293, on the DST change
      eerstejaarsevaluatie: '2027-01-03', // +363
      vroege_iva_aanvraag: '2027-04-25', // +475
      reintegratieverslag: '2027-09-05', // +608
      wia_aanvraag: '2027-10-03', // +636
      einde_wachttijd: '2028-01-02', // +727
    });
  });

  it('returns the full entry shape, sorted by due date', () => {
    const timeline = poortwachterTimeline('2026-01-05');
    expect(timeline.map((d) => d.key)).toEqual([
      'probleemanalyse',
      'plan_van_aanpak',
      'melding_42e_week',
      'eerstejaarsevaluatie',
      'vroege_iva_aanvraag',
      'reintegratieverslag',
      'wia_aanvraag',
      'einde_wachttijd',
    ]);
    expect(timeline[0]).toEqual({
      key: 'probleemanalyse',
      dueDate: '2026-02-15',
      windowStart: null,
      informational: false,
      label: { nl: 'Probleemanalyse door de bedrijfsarts', en: 'Problem analysis by the occupational physician' },
      explanation: POORTWACHTER_MOMENTS.moments.find((x) => x.key === 'probleemanalyse')?.explanation,
      source: 'social-domain.md §3',
    });
  });

  it('Monday start: every deadline of a week falls on a Sunday (no working-day shift)', () => {
    for (const d of poortwachterTimeline('2026-01-05')) expect(weekday(d.dueDate), d.key).toBe(0);
  });

  it('Saturday start 2026-01-03: Saturday is day 1, weeks end on Fridays', () => {
    expect(weekday('2026-01-03')).toBe(6);
    expect(dueDates('2026-01-03')).toEqual({
      probleemanalyse: '2026-02-13',
      plan_van_aanpak: '2026-02-27',
      melding_42e_week: '2026-10-23',
      eerstejaarsevaluatie: '2027-01-01',
      vroege_iva_aanvraag: '2027-04-23',
      reintegratieverslag: '2027-09-03',
      wia_aanvraag: '2027-10-01',
      einde_wachttijd: '2027-12-31',
    });
    for (const d of poortwachterTimeline('2026-01-03')) expect(weekday(d.dueDate), d.key).toBe(5);
    const w = byKey(poortwachterTimeline('2026-01-03'));
    expect(w.eerstejaarsevaluatie?.windowStart).toBe('2026-11-14'); // a Saturday: first day of week 46
  });

  it('Sunday start 2026-01-04: weeks end on Saturdays', () => {
    expect(weekday('2026-01-04')).toBe(0);
    expect(dueDates('2026-01-04')).toEqual({
      probleemanalyse: '2026-02-14',
      plan_van_aanpak: '2026-02-28',
      melding_42e_week: '2026-10-24',
      eerstejaarsevaluatie: '2027-01-02',
      vroege_iva_aanvraag: '2027-04-24',
      reintegratieverslag: '2027-09-04',
      wia_aanvraag: '2027-10-02',
      einde_wachttijd: '2028-01-01',
    });
    for (const d of poortwachterTimeline('2026-01-04')) expect(weekday(d.dueDate), d.key).toBe(6);
  });

  it('start on 29 February 2024', () => {
    expect(dueDates('2024-02-29')).toEqual({
      probleemanalyse: '2024-04-10',
      plan_van_aanpak: '2024-04-24',
      melding_42e_week: '2024-12-18',
      eerstejaarsevaluatie: '2025-02-26',
      vroege_iva_aanvraag: '2025-06-18',
      reintegratieverslag: '2025-10-29',
      wia_aanvraag: '2025-11-26',
      einde_wachttijd: '2026-02-25',
    });
    expect(byKey(poortwachterTimeline('2024-02-29')).eerstejaarsevaluatie?.windowStart).toBe('2025-01-09');
  });

  it('start across a year end (2025-12-15)', () => {
    expect(dueDates('2025-12-15')).toEqual({
      probleemanalyse: '2026-01-25',
      plan_van_aanpak: '2026-02-08',
      melding_42e_week: '2026-10-04',
      eerstejaarsevaluatie: '2026-12-13',
      vroege_iva_aanvraag: '2027-04-04',
      reintegratieverslag: '2027-08-15',
      wia_aanvraag: '2027-09-12',
      einde_wachttijd: '2027-12-12',
    });
    expect(byKey(poortwachterTimeline('2025-12-15')).vroege_iva_aanvraag?.windowStart).toBe('2026-01-05');
  });

  it('start on the day summer time begins (2026-03-29)', () => {
    expect(dueDates('2026-03-29')).toEqual({
      probleemanalyse: '2026-05-09',
      plan_van_aanpak: '2026-05-23',
      melding_42e_week: '2027-01-16',
      eerstejaarsevaluatie: '2027-03-27',
      vroege_iva_aanvraag: '2027-07-17',
      reintegratieverslag: '2027-11-27',
      wia_aanvraag: '2027-12-25',
      einde_wachttijd: '2028-03-25',
    });
  });

  it('start on the day summer time ends (2026-10-25)', () => {
    expect(dueDates('2026-10-25')).toEqual({
      probleemanalyse: '2026-12-05',
      plan_van_aanpak: '2026-12-19',
      melding_42e_week: '2027-08-14',
      eerstejaarsevaluatie: '2027-10-23',
      vroege_iva_aanvraag: '2028-02-12',
      reintegratieverslag: '2028-06-24',
      wia_aanvraag: '2028-07-22',
      einde_wachttijd: '2028-10-21',
    });
  });

  describe('is independent of the process time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each([
      ['Europe/Amsterdam', -60],
      ['Pacific/Kiritimati', -840],
      ['Pacific/Pago_Pago', 660],
      ['America/Los_Angeles', 480],
    ])('%s', (tz, januaryOffset) => {
      process.env.TZ = tz;
      // Proves the switch took effect, so this test really runs in that zone.
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
      expect(dueDates('2026-03-29').probleemanalyse).toBe('2026-05-09');
      expect(dueDates('2026-10-25').probleemanalyse).toBe('2026-12-05');
      expect(dueDates('2026-01-05').melding_42e_week).toBe('2026-10-25');
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
      expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
    });
  });

  it('eerstejaarsevaluatie window: opens on the first day of week 46, due on the last day of week 52', () => {
    const w = byKey(poortwachterTimeline('2026-01-05')).eerstejaarsevaluatie;
    expect(w?.windowStart).toBe('2026-11-16'); // firstDay + 315 = 7 × 45
    expect(w?.dueDate).toBe('2027-01-03'); // firstDay + 363 = 7 × 52 − 1
    expect(daysBetween('2026-01-05', w?.windowStart ?? '')).toBe(315);
    expect(daysBetween('2026-01-05', w?.dueDate ?? '')).toBe(363);
    expect(w?.informational).toBe(false);
  });

  it('early IVA window: weeks 4–68, informational', () => {
    const w = byKey(poortwachterTimeline('2026-01-05')).vroege_iva_aanvraag;
    expect(w?.windowStart).toBe('2026-01-26'); // firstDay + 21
    expect(w?.dueDate).toBe('2027-04-25'); // firstDay + 475
    expect(w?.informational).toBe(true);
  });

  it('single-week moments have no window start', () => {
    for (const d of poortwachterTimeline('2026-01-05')) {
      if (d.key === 'eerstejaarsevaluatie' || d.key === 'vroege_iva_aanvraag') continue;
      expect(d.windowStart, d.key).toBeNull();
      expect(d.informational, d.key).toBe(false);
    }
  });

  it('week 104 ends on firstDay + 727 days', () => {
    for (const start of ['2026-01-05', '2024-02-29', '2023-12-31', '2026-03-29']) {
      expect(byKey(poortwachterTimeline(start)).einde_wachttijd?.dueDate).toBe(addDays(start, 727));
    }
    expect(byKey(poortwachterTimeline('2026-01-05')).einde_wachttijd?.dueDate).toBe('2028-01-02');
  });

  it('uses the moments passed in (e.g. UWV set another WIA date), not hard-coded weeks', () => {
    const custom: PoortwachterMoments = {
      ...POORTWACHTER_MOMENTS,
      version: 'test',
      moments: POORTWACHTER_MOMENTS.moments.map((x): PoortwachterMoment =>
        x.key === 'wia_aanvraag' ? { ...x, week: 93, fromWeek: undefined, toWeek: undefined } : x,
      ),
    };
    expect(byKey(poortwachterTimeline('2026-01-05', custom)).wia_aanvraag?.dueDate).toBe(addDays('2026-01-05', 650));
  });

  it('sorts by due date whatever the data order', () => {
    const reversed: PoortwachterMoments = { ...POORTWACHTER_MOMENTS, moments: [...POORTWACHTER_MOMENTS.moments].reverse() };
    expect(poortwachterTimeline('2026-01-05', reversed)).toEqual(poortwachterTimeline('2026-01-05'));
  });

  it('rejects an invalid start date or invalid data', () => {
    expect(() => poortwachterTimeline('2026-02-30')).toThrow(RangeError);
    expect(() => poortwachterTimeline('05-01-2026')).toThrow(RangeError);
    const bad = (patch: object): PoortwachterMoments => ({
      ...POORTWACHTER_MOMENTS,
      moments: [{ ...POORTWACHTER_MOMENTS.moments[0]!, ...patch } as PoortwachterMoments['moments'][number]],
    });
    expect(() => poortwachterTimeline('2026-01-05', bad({ week: 0 }))).toThrow(RangeError);
    expect(() => poortwachterTimeline('2026-01-05', bad({ week: 2.5 }))).toThrow(RangeError);
    expect(() =>
      poortwachterTimeline('2026-01-05', bad({ week: undefined, fromWeek: 10, toWeek: 9 })),
    ).toThrow(RangeError);
  });

  it('property: every due date is after the start, on firstDay + 7N − 1, ordered by week', () => {
    const weekOf = (key: string): number => {
      const m = POORTWACHTER_MOMENTS.moments.find((x) => x.key === key);
      return m?.week ?? m?.toWeek ?? Number.NaN;
    };
    const fromWeekOf = (key: string): number | undefined =>
      POORTWACHTER_MOMENTS.moments.find((x) => x.key === key)?.fromWeek;
    fc.assert(
      fc.property(
        fc
          .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        (start) => {
          const timeline = poortwachterTimeline(start);
          expect(timeline).toHaveLength(POORTWACHTER_MOMENTS.moments.length);
          let previousWeek = 0;
          let previousDue = start;
          for (const d of timeline) {
            const week = weekOf(d.key);
            expect(isIsoDate(d.dueDate)).toBe(true);
            expect(d.dueDate > start).toBe(true);
            expect(daysBetween(start, d.dueDate)).toBe(7 * week - 1);
            expect(week).toBeGreaterThan(previousWeek); // ordered by week (all end weeks differ)
            expect(d.dueDate > previousDue).toBe(true);
            const fromWeek = fromWeekOf(d.key);
            if (fromWeek === undefined) {
              expect(d.windowStart).toBeNull();
            } else {
              expect(daysBetween(start, d.windowStart ?? '')).toBe(7 * (fromWeek - 1));
              expect(d.windowStart! <= d.dueDate).toBe(true);
              expect(d.windowStart! > start).toBe(true);
            }
            expect(weekday(d.dueDate)).toBe((weekday(start) + 6) % 7); // a week ends the day before the start weekday
            previousWeek = week;
            previousDue = d.dueDate;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('planVanAanpakEvaluations', () => {
  // Plan van aanpak due 2026-03-01 (week 8 for a 2026-01-05 start); evaluations every 42 days.
  it('lists every 6 weeks after the week-8 due date up to `until` inclusive', () => {
    expect(planVanAanpakEvaluations('2026-01-05', '2026-07-05')).toEqual(['2026-04-12', '2026-05-24', '2026-07-05']);
  });

  it('boundaries of `until`', () => {
    expect(planVanAanpakEvaluations('2026-01-05', '2026-04-11')).toEqual([]);
    expect(planVanAanpakEvaluations('2026-01-05', '2026-04-12')).toEqual(['2026-04-12']);
    expect(planVanAanpakEvaluations('2026-01-05', '2026-05-23')).toEqual(['2026-04-12']);
    expect(planVanAanpakEvaluations('2026-01-05', '2026-03-01')).toEqual([]); // the plan itself is not an evaluation
    expect(planVanAanpakEvaluations('2026-01-05', '2025-01-01')).toEqual([]);
  });

  it('spans the full waiting period, each 42 days apart', () => {
    const dates = planVanAanpakEvaluations('2026-01-05', addDays('2026-01-05', 727));
    expect(dates[0]).toBe(addDays('2026-01-05', 55 + 42));
    // (727 − 55) / 42 = 16 evaluations, the last exactly on the end of week 104.
    expect(dates).toHaveLength(16);
    expect(dates.at(-1)).toBe('2028-01-02');
    for (let i = 1; i < dates.length; i++) expect(daysBetween(dates[i - 1]!, dates[i]!)).toBe(42);
  });

  it('works for a weekend start', () => {
    // Saturday 2026-01-03: plan due Friday 2026-02-27, first evaluation Friday 2026-04-10.
    expect(planVanAanpakEvaluations('2026-01-03', '2026-05-22')).toEqual(['2026-04-10', '2026-05-22']);
  });

  it('rejects invalid dates', () => {
    expect(() => planVanAanpakEvaluations('2026-02-30', '2026-12-31')).toThrow(RangeError);
    expect(() => planVanAanpakEvaluations('2026-01-05', '2026-13-01')).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
describe('deadlineState', () => {
  const ctx: DeadlineContext = { today: '2026-03-10', assignedOn: '2026-02-01', caseClosed: false };
  const due = (dueDate: string, extra: { completedAt?: string | null; informational?: boolean } = {}) => ({
    dueDate,
    completedAt: null,
    ...extra,
  });

  it('completed → done (even if it was late, before assignment, or informational)', () => {
    expect(deadlineState(due('2026-03-01', { completedAt: '2026-03-05T10:00:00Z' }), ctx)).toBe('done');
    expect(deadlineState(due('2026-01-01', { completedAt: '2026-01-01T10:00:00Z' }), ctx)).toBe('done');
    expect(deadlineState(due('2026-03-11', { completedAt: '2026-03-05T10:00:00Z', informational: true }), ctx)).toBe(
      'done',
    );
    expect(deadlineState(due('2026-03-01', { completedAt: '2026-03-05T10:00:00Z' }), { ...ctx, caseClosed: true })).toBe(
      'done',
    );
  });

  it('informational → informational, never overdue or near', () => {
    expect(deadlineState(due('2026-03-01', { informational: true }), ctx)).toBe('informational');
    expect(deadlineState(due('2026-03-10', { informational: true }), ctx)).toBe('informational');
    expect(deadlineState(due('2027-03-10', { informational: true }), ctx)).toBe('informational');
    expect(deadlineState(due('2026-01-01', { informational: true }), ctx)).toBe('informational');
  });

  it('due before the assignment → before_assignment (history, never flagged)', () => {
    expect(deadlineState(due('2026-01-31'), ctx)).toBe('before_assignment'); // the day before
    expect(deadlineState(due('2020-01-01'), ctx)).toBe('before_assignment');
    expect(deadlineState(due('2026-01-31'), { ...ctx, caseClosed: true })).toBe('before_assignment');
  });

  it('due on the assignment day itself is not history', () => {
    expect(deadlineState(due('2026-02-01'), ctx)).toBe('overdue');
    expect(deadlineState(due('2026-03-10'), { ...ctx, assignedOn: '2026-03-10' })).toBe('near');
  });

  it('closed case → open, never flagged', () => {
    const closed = { ...ctx, caseClosed: true };
    expect(deadlineState(due('2026-03-01'), closed)).toBe('open'); // would be overdue
    expect(deadlineState(due('2026-03-10'), closed)).toBe('open'); // would be near
    expect(deadlineState(due('2026-12-31'), closed)).toBe('open');
  });

  it('overdue only from the day after the due date', () => {
    expect(deadlineState(due('2026-03-09'), ctx)).toBe('overdue'); // yesterday
    expect(deadlineState(due('2026-02-15'), ctx)).toBe('overdue');
  });

  it('near: due today up to and including today + 14', () => {
    expect(deadlineState(due('2026-03-10'), ctx)).toBe('near'); // due today: near, not overdue
    expect(deadlineState(due('2026-03-11'), ctx)).toBe('near');
    expect(deadlineState(due('2026-03-24'), ctx)).toBe('near'); // today + 14
  });

  it('open from today + 15', () => {
    expect(deadlineState(due('2026-03-25'), ctx)).toBe('open'); // today + 15
    expect(deadlineState(due('2027-01-01'), ctx)).toBe('open');
  });

  it('near boundary across a month end and DST change', () => {
    const c = { today: '2026-03-20', assignedOn: '2026-01-01', caseClosed: false };
    expect(deadlineState(due('2026-04-03'), c)).toBe('near'); // +14, across 2026-03-29
    expect(deadlineState(due('2026-04-04'), c)).toBe('open'); // +15
  });

  it('honours a custom nearDays', () => {
    expect(deadlineState(due('2026-03-17'), ctx, 7)).toBe('near');
    expect(deadlineState(due('2026-03-18'), ctx, 7)).toBe('open');
    expect(deadlineState(due('2026-03-10'), ctx, 0)).toBe('near');
    expect(deadlineState(due('2026-03-11'), ctx, 0)).toBe('open');
    expect(() => deadlineState(due('2026-03-11'), ctx, -1)).toThrow(RangeError);
    expect(() => deadlineState(due('2026-03-11'), ctx, 1.5)).toThrow(RangeError);
  });

  it('treats a missing completedAt as not done', () => {
    expect(deadlineState({ dueDate: '2026-03-09' }, ctx)).toBe('overdue');
  });

  it('rejects invalid dates', () => {
    expect(() => deadlineState(due('2026-02-30'), ctx)).toThrow(RangeError);
    expect(() => deadlineState(due('2026-03-11'), { ...ctx, today: '10-03-2026' })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
describe('nextDeadline', () => {
  const ctx: DeadlineContext = { today: '2026-03-10', assignedOn: '2026-02-01', caseClosed: false };

  it('picks the earliest deadline that is not done, history or informational', () => {
    const list = [
      { key: 'later', dueDate: '2026-06-01', completedAt: null },
      { key: 'done', dueDate: '2026-03-01', completedAt: '2026-02-28T09:00:00Z' },
      { key: 'history', dueDate: '2026-01-15', completedAt: null },
      { key: 'iva', dueDate: '2026-02-20', completedAt: null, informational: true },
      { key: 'overdue', dueDate: '2026-03-05', completedAt: null },
      { key: 'near', dueDate: '2026-03-12', completedAt: null },
    ];
    expect(nextDeadline(list, ctx)?.key).toBe('overdue');
    expect(nextDeadline(list.filter((d) => d.key !== 'overdue'), ctx)?.key).toBe('near');
    expect(nextDeadline(list.filter((d) => !['overdue', 'near'].includes(d.key)), ctx)?.key).toBe('later');
  });

  it('keeps input order for equal due dates', () => {
    const list = [
      { key: 'a', dueDate: '2026-04-01', completedAt: null },
      { key: 'b', dueDate: '2026-04-01', completedAt: null },
    ];
    expect(nextDeadline(list, ctx)?.key).toBe('a');
    expect(nextDeadline([...list].reverse(), ctx)?.key).toBe('b');
  });

  it('returns null when nothing qualifies', () => {
    expect(nextDeadline([], ctx)).toBeNull();
    expect(
      nextDeadline(
        [
          { dueDate: '2026-01-15', completedAt: null },
          { dueDate: '2026-04-01', completedAt: '2026-03-01T00:00:00Z' },
          { dueDate: '2026-04-01', completedAt: null, informational: true },
        ],
        ctx,
      ),
    ).toBeNull();
  });

  it('works on a real timeline: next is the plan van aanpak once the analysis is done', () => {
    const timeline = poortwachterTimeline('2026-01-05').map((d) => ({
      ...d,
      completedAt: d.key === 'probleemanalyse' ? '2026-02-10T12:00:00Z' : null,
    }));
    const c = { today: '2026-02-20', assignedOn: '2026-01-20', caseClosed: false };
    const next = nextDeadline(timeline, c);
    expect(next?.key).toBe('plan_van_aanpak');
    expect(next && deadlineState(next, c)).toBe('near'); // due 2026-03-01, 9 days ahead
    // Assigned after week 8: the analysis and the plan are history, the 42nd-week report is next.
    const late = { today: '2026-05-01', assignedOn: '2026-04-01', caseClosed: false };
    expect(nextDeadline(poortwachterTimeline('2026-01-05').map((d) => ({ ...d, completedAt: null })), late)?.key).toBe(
      'melding_42e_week',
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('deadlineFilterRange', () => {
  it.each([
    ['overdue', '2026-03-10', { from: null, to: '2026-03-09' }],
    ['within7', '2026-03-10', { from: '2026-03-10', to: '2026-03-17' }],
    ['within14', '2026-03-10', { from: '2026-03-10', to: '2026-03-24' }],
    ['within30', '2026-03-10', { from: '2026-03-10', to: '2026-04-09' }],
    ['overdue', '2026-01-01', { from: null, to: '2025-12-31' }],
    ['within30', '2025-12-15', { from: '2025-12-15', to: '2026-01-14' }],
    ['within14', '2024-02-20', { from: '2024-02-20', to: '2024-03-05' }],
    ['within7', '2026-03-25', { from: '2026-03-25', to: '2026-04-01' }],
  ] as const)('%s on %s', (filter, today, expected) => {
    expect(deadlineFilterRange(filter, today)).toEqual(expected);
  });

  it('rejects an invalid date or filter', () => {
    expect(() => deadlineFilterRange('within7', '2026-02-30')).toThrow(RangeError);
    expect(() => deadlineFilterRange('soon' as never, '2026-03-10')).toThrow(RangeError);
  });

  it('property: agrees with deadlineState (overdue and near with 7/14/30 days)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -60, max: 60 }), (t, offset) => {
        const today = addDays('1950-01-01', t);
        const dueDate = addDays(today, offset);
        const ctx = { today, assignedOn: '1900-01-01', caseClosed: false };
        const inRange = (r: { from: string | null; to: string }) =>
          (r.from === null || dueDate >= r.from) && dueDate <= r.to;
        expect(inRange(deadlineFilterRange('overdue', today))).toBe(deadlineState({ dueDate }, ctx) === 'overdue');
        for (const n of [7, 14, 30] as const) {
          expect(inRange(deadlineFilterRange(`within${n}`, today))).toBe(deadlineState({ dueDate }, ctx, n) === 'near');
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('caseReference', () => {
  it.each([
    [2026, 42, 'AD-2026-00042'],
    [2026, 1, 'AD-2026-00001'],
    [2027, 12345, 'AD-2027-12345'],
    [2026, 99999, 'AD-2026-99999'],
    [2026, 100000, 'AD-2026-100000'], // grows rather than failing registration
  ])('caseReference(%i, %i) = %s', (year, sequence, expected) => {
    expect(caseReference(year, sequence)).toBe(expected);
  });

  it.each([
    [2026, 0],
    [2026, -1],
    [2026, 1.5],
    [2026, Number.NaN],
    [2026, Number.POSITIVE_INFINITY],
    [999, 1],
    [10000, 1],
    [2026.5, 1],
  ])('rejects caseReference(%s, %s)', (year, sequence) => {
    expect(() => caseReference(year, sequence)).toThrow(RangeError);
  });
});

describe('agreed deadlines (delivery date)', () => {
  const context = { today: '2026-11-22', assignedOn: '2026-11-22', caseClosed: false };
  it('are overdue rather than history when agreed in the past', () => {
    expect(deadlineState({ dueDate: '2026-11-20', kind: 'agreed' }, context)).toBe('overdue');
    expect(deadlineState({ dueDate: '2026-11-20', kind: 'statutory' }, context)).toBe('before_assignment');
    expect(deadlineState({ dueDate: '2026-11-20' }, context)).toBe('before_assignment');
  });
  it('classifies keys', () => {
    expect(deadlineKind('delivery')).toBe('agreed');
    expect(deadlineKind('probleemanalyse')).toBe('statutory');
  });
});
