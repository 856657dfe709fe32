import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FML_CATALOGUE, itemByCode, type Catalogue, type CatalogueItem, type QuantityItem } from './catalogue.js';
import {
  checkAdjustments, checkCapacityValues, checkCellInputs, checkConclusion, checkDemandValues, checkFmlMeta, compareItem, compareProfile, fmlHistory,
  fmlWarnings, isIsoDate, parseFmlImport, questionConclusion, spoorOutcome, withNormalValues, type CapacityValues, type CellOverride,
  type DemandValues, type ProfileConclusion, type ProfileSummary,
} from './domain.js';

const cat = FML_CATALOGUE;
const item = (code: string): CatalogueItem => itemByCode(cat, code)!;

describe('compareItem: every kind of item', () => {
  it('ordinal: fits when the person is as limited as the work allows or less, exceeds by the levels beyond', () => {
    const i1 = item('I-1');
    expect(compareItem(i1, { kind: 'ordinal', level: 0 }, { kind: 'ordinal', level: 0 })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(i1, { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 1 })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(i1, { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 2 })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(i1, { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 0 })).toEqual({ outcome: 'exceeds', by: { levels: 1 } });
    expect(compareItem(i1, { kind: 'ordinal', level: 2 }, { kind: 'ordinal', level: 0 })).toEqual({ outcome: 'exceeds', by: { levels: 2 } });
  });

  it('quantity: exceeds when the demand is above the maximum, with the amount, unit and ratio', () => {
    const lift = item('IV-13');
    expect(compareItem(lift, { kind: 'quantity', max: 5, unit: 'kg' }, { kind: 'quantity', amount: 5, unit: 'kg' })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(lift, { kind: 'quantity', max: 5, unit: 'kg' }, { kind: 'quantity', amount: 12.5, unit: 'kg' }))
      .toEqual({ outcome: 'exceeds', by: { amount: 7.5, unit: 'kg', ratio: 2.5 } });
    expect(compareItem(lift, { kind: 'quantity', max: 0, unit: 'kg' }, { kind: 'quantity', amount: 1, unit: 'kg' }))
      .toEqual({ outcome: 'exceeds', by: { amount: 1, unit: 'kg' } });
  });

  it('quantity: the normal value (not limited) fits any demand, the FML reference values are not caps', () => {
    expect(compareItem(item('IV-13'), { kind: 'quantity', max: null, unit: 'kg' }, { kind: 'quantity', amount: 25, unit: 'kg' })).toEqual({ outcome: 'fits', by: null });
  });

  it('quantity: where lower is heavier, a demand below the limit exceeds', () => {
    const reversed: QuantityItem = { ...(item('IV-13') as QuantityItem), higherIsHeavier: false, unit: 'minutes' };
    expect(compareItem(reversed, { kind: 'quantity', max: 20, unit: 'minutes' }, { kind: 'quantity', amount: 30, unit: 'minutes' })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(reversed, { kind: 'quantity', max: 20, unit: 'minutes' }, { kind: 'quantity', amount: 10, unit: 'minutes' }))
      .toEqual({ outcome: 'exceeds', by: { amount: 10, unit: 'minutes', ratio: 2 } });
    expect(compareItem(reversed, { kind: 'quantity', max: 20, unit: 'minutes' }, { kind: 'quantity', amount: 0, unit: 'minutes' }))
      .toEqual({ outcome: 'exceeds', by: { amount: 20, unit: 'minutes' } });
  });

  it('hours: case C, 20 hours a week against a 32-hour job, and hours per day', () => {
    expect(compareItem(item('VI-3'), { kind: 'hours', max: 20 }, { kind: 'hours', hours: 32 }))
      .toEqual({ outcome: 'exceeds', by: { amount: 12, unit: 'hours_per_week', ratio: 1.6 } });
    expect(compareItem(item('VI-3'), { kind: 'hours', max: 20 }, { kind: 'hours', hours: 20 })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(item('VI-2'), { kind: 'hours', max: 4 }, { kind: 'hours', hours: 8 })).toEqual({ outcome: 'exceeds', by: { amount: 4, unit: 'hours_per_day', ratio: 2 } });
    expect(compareItem(item('VI-2'), { kind: 'hours', max: null }, { kind: 'hours', hours: 10 })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(item('VI-2'), { kind: 'hours', max: 0 }, { kind: 'hours', hours: 2 })).toEqual({ outcome: 'exceeds', by: { amount: 2, unit: 'hours_per_day' } });
  });

  it('periods: night work for someone who cannot work at night exceeds, naming the night', () => {
    const p = item('VI-1');
    expect(compareItem(p, { kind: 'periods', allowed: ['day', 'evening'] }, { kind: 'periods', needed: ['day', 'night'] }))
      .toEqual({ outcome: 'exceeds', by: { periods: ['night'] } });
    expect(compareItem(p, { kind: 'periods', allowed: ['day'] }, { kind: 'periods', needed: ['night', 'evening', 'day'] }))
      .toEqual({ outcome: 'exceeds', by: { periods: ['evening', 'night'] } });
    expect(compareItem(p, { kind: 'periods', allowed: ['day', 'evening'] }, { kind: 'periods', needed: ['day'] })).toEqual({ outcome: 'fits', by: null });
    expect(compareItem(p, { kind: 'periods', allowed: [] }, { kind: 'periods', needed: [] })).toEqual({ outcome: 'fits', by: null });
  });

  it('unknown when either side is missing, saying which', () => {
    const i = item('I-1');
    expect(compareItem(i, undefined, { kind: 'ordinal', level: 0 })).toEqual({ outcome: 'unknown', by: null, missing: 'capacity' });
    expect(compareItem(i, { kind: 'ordinal', level: 0 }, undefined)).toEqual({ outcome: 'unknown', by: null, missing: 'demand' });
    expect(compareItem(i, undefined, undefined)).toEqual({ outcome: 'unknown', by: null, missing: 'both' });
  });

  it('throws on a value of another kind than its item (values are checked first)', () => {
    expect(() => compareItem(item('I-1'), { kind: 'hours', max: 4 }, { kind: 'ordinal', level: 0 })).toThrow(TypeError);
    expect(() => compareItem(item('VI-2'), { kind: 'hours', max: 4 }, { kind: 'ordinal', level: 0 })).toThrow(TypeError);
  });

  it('rounds amounts to thousandths and ratios to hundredths', () => {
    expect(compareItem(item('IV-13'), { kind: 'quantity', max: 3, unit: 'kg' }, { kind: 'quantity', amount: 3.1, unit: 'kg' }))
      .toEqual({ outcome: 'exceeds', by: { amount: 0.1, unit: 'kg', ratio: 1.03 } });
  });

  it('exceeds exactly when the demand asks more than the capacity gives (property, quantity and ordinal)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (max, amount) => {
      const r = compareItem(item('IV-14'), { kind: 'quantity', max, unit: 'kg' }, { kind: 'quantity', amount, unit: 'kg' });
      return (r.outcome === 'exceeds') === amount > max && (r.outcome !== 'exceeds' || r.by!.amount === amount - max);
    }));
    fc.assert(fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), (c, d) => {
      const r = compareItem(item('V-8'), { kind: 'ordinal', level: c }, { kind: 'ordinal', level: d });
      return (r.outcome === 'exceeds') === c > d && (r.outcome !== 'exceeds' || r.by!.levels === c - d);
    }));
  });
});

describe('checkCapacityValues / checkDemandValues: every problem named', () => {
  it('accepts good values and fills in the kind and the unit', () => {
    const r = checkCapacityValues(cat, { 'I-1': { level: 2 }, 'IV-13': { max: 7.5, unit: 'kg' }, 'VI-2': { max: 4 }, 'VI-1': { allowed: ['evening', 'day'] }, 'V-1': { max: null, unit: 'minutes' } });
    expect(r).toEqual({
      ok: true,
      values: {
        'I-1': { kind: 'ordinal', level: 2 }, 'IV-13': { kind: 'quantity', max: 7.5, unit: 'kg' }, 'VI-2': { kind: 'hours', max: 4 },
        'VI-1': { kind: 'periods', allowed: ['day', 'evening'] }, 'V-1': { kind: 'quantity', max: null, unit: 'minutes' },
      },
    });
  });

  it('names every bad value with its item code and reason', () => {
    const r = checkCapacityValues(cat, {
      'I-1': { level: 3 }, // scale 0..2
      'I-2': { level: -1 },
      'I-3': { level: 1.5 },
      'IV-13': { max: 5, unit: 'lb' },
      'IV-14': { max: -2, unit: 'kg' },
      'IV-12': { max: 5 },
      'VI-2': { max: 25 },
      'VI-3': { max: 169 },
      'VI-1': { allowed: ['night', 'weekend', 'night'] },
      'VII-1': { level: 0 },
      'II-1': 'beperkt',
      'II-2': { kind: 'hours', max: 3 },
      'II-3': {},
      'IV-7': { max: 'veel', unit: 'cm' },
      'IV-8': { max: 1e9, unit: 'times_per_hour' },
      'V-2': { level: Number.NaN },
      'VI-4': { level: null },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { item: 'I-1', reason: 'level_out_of_scale' },
      { item: 'I-2', reason: 'level_out_of_scale' },
      { item: 'I-3', reason: 'not_integer' },
      { item: 'IV-13', reason: 'unit_mismatch' },
      { item: 'IV-14', reason: 'negative_amount' },
      { item: 'IV-12', reason: 'unit_missing' },
      { item: 'VI-2', reason: 'hours_above_day' },
      { item: 'VI-3', reason: 'hours_above_week' },
      { item: 'VI-1', reason: 'unknown_period' },
      { item: 'VI-1', reason: 'duplicate_period' },
      { item: 'VII-1', reason: 'unknown_item' },
      { item: 'II-1', reason: 'not_an_object' },
      { item: 'II-2', reason: 'wrong_kind' },
      { item: 'II-3', reason: 'required' },
      { item: 'IV-7', reason: 'not_a_number' },
      { item: 'IV-8', reason: 'amount_too_large' },
      { item: 'V-2', reason: 'not_a_number' },
      { item: 'VI-4', reason: 'required' },
    ]);
  });

  it('refuses what is not an object of values, and periods that are not a list', () => {
    expect(checkCapacityValues(cat, [])).toEqual({ ok: false, problems: [{ item: '', reason: 'not_an_object' }] });
    expect(checkDemandValues(cat, null)).toEqual({ ok: false, problems: [{ item: '', reason: 'not_an_object' }] });
    expect(checkCapacityValues(cat, { 'VI-1': { allowed: 'day' } })).toEqual({ ok: false, problems: [{ item: 'VI-1', reason: 'not_a_list' }] });
    expect(checkCapacityValues(cat, { 'VI-1': {} })).toEqual({ ok: false, problems: [{ item: 'VI-1', reason: 'required' }] });
  });

  it('checks demands the same way: amounts required, hours within a day or week, periods known', () => {
    expect(checkDemandValues(cat, { 'I-1': { level: 0 }, 'IV-13': { amount: 20, unit: 'kg' }, 'VI-3': { hours: 36 }, 'VI-1': { needed: ['night'] } })).toEqual({
      ok: true,
      values: {
        'I-1': { kind: 'ordinal', level: 0 }, 'IV-13': { kind: 'quantity', amount: 20, unit: 'kg' }, 'VI-3': { kind: 'hours', hours: 36 },
        'VI-1': { kind: 'periods', needed: ['night'] },
      },
    });
    const r = checkDemandValues(cat, {
      'IV-13': { amount: null, unit: 'kg' }, 'IV-14': { amount: -1, unit: 'kg' }, 'IV-12': { amount: 10, unit: 'kg' }, 'VI-2': { hours: 24.5 },
      'VI-3': { hours: -3 }, 'VI-1': { needed: ['dawn'] }, 'I-1': { level: 5 }, 'X-1': {},
    });
    expect(r.ok ? [] : r.problems).toEqual([
      { item: 'IV-13', reason: 'required' }, { item: 'IV-14', reason: 'negative_amount' }, { item: 'IV-12', reason: 'unit_mismatch' },
      { item: 'VI-2', reason: 'hours_above_day' }, { item: 'VI-3', reason: 'negative_amount' }, { item: 'VI-1', reason: 'unknown_period' },
      { item: 'I-1', reason: 'level_out_of_scale' }, { item: 'X-1', reason: 'unknown_item' },
    ]);
  });

  it('never throws, and whatever passes compares without throwing (property)', () => {
    const codes = cat.items.map((i) => i.code).concat(['X-9']);
    const anyValue = fc.record({
      kind: fc.option(fc.constantFrom('ordinal', 'quantity', 'hours', 'periods'), { nil: undefined }),
      level: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double(), fc.constant(null)),
      max: fc.oneof(fc.double({ min: -10, max: 300 }), fc.constant(null), fc.string()),
      amount: fc.oneof(fc.double({ min: -10, max: 300 }), fc.constant(null)),
      hours: fc.double({ min: -1, max: 200 }),
      unit: fc.constantFrom('kg', 'cm', 'newton', 'minutes', 'times_per_hour', 'lb', ''),
      allowed: fc.subarray(['day', 'evening', 'night', 'dawn']),
      needed: fc.subarray(['day', 'evening', 'night', 'dawn']),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...codes), anyValue), fc.dictionary(fc.constantFrom(...codes), anyValue), (cap, dem) => {
      const c = checkCapacityValues(cat, cap);
      const d = checkDemandValues(cat, dem);
      if (c.ok && d.ok) compareProfile(cat, { values: c.values }, { id: 'p', values: d.values });
      return (c.ok || c.problems.length > 0) && (d.ok || d.problems.length > 0);
    }), { numRuns: 300 });
  });
});

describe('checkFmlMeta: an FML needs a date and an author', () => {
  it('accepts a complete FML head and trims empty texts to null', () => {
    expect(checkFmlMeta({ date: '2026-03-14', authorRole: 'verzekeringsarts', circumstances: { duringTreatment: true, prognosis: ' ' }, versionLabel: 'Herbeoordeling' }))
      .toEqual({ ok: true, meta: { date: '2026-03-14', authorRole: 'verzekeringsarts', circumstances: { duringTreatment: true, prognosis: null }, versionLabel: 'Herbeoordeling' } });
    expect(checkFmlMeta({ date: '2026-03-14', authorRole: 'bedrijfsarts' })).toEqual({
      ok: true, meta: { date: '2026-03-14', authorRole: 'bedrijfsarts', circumstances: { duringTreatment: false, prognosis: null }, versionLabel: null },
    });
  });
  it('names a missing or impossible date, a missing or unknown author, and bad circumstances', () => {
    expect(checkFmlMeta({})).toEqual({ ok: false, problems: [{ field: 'date', reason: 'required' }, { field: 'authorRole', reason: 'required' }] });
    expect(checkFmlMeta({ date: '2026-02-30', authorRole: 'huisarts', circumstances: { duringTreatment: 'ja', prognosis: 4 }, versionLabel: 'x'.repeat(201) })).toEqual({
      ok: false,
      problems: [
        { field: 'date', reason: 'date_invalid' }, { field: 'authorRole', reason: 'author_invalid' }, { field: 'circumstances.duringTreatment', reason: 'not_boolean' },
        { field: 'circumstances.prognosis', reason: 'not_text' }, { field: 'versionLabel', reason: 'too_long' },
      ],
    });
    expect(checkFmlMeta(null).ok).toBe(false);
  });
  it('isIsoDate knows real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
});

describe('withNormalValues', () => {
  it('fills a section stated as "no limitations" with normal values and keeps given ones', () => {
    const filled = withNormalValues(cat, { 'IV-13': { kind: 'quantity', max: 5, unit: 'kg' } }, ['IV', 'VI']);
    expect(filled['IV-13']).toEqual({ kind: 'quantity', max: 5, unit: 'kg' });
    expect(filled['IV-4']).toEqual({ kind: 'ordinal', level: 0 });
    expect(filled['VI-2']).toEqual({ kind: 'hours', max: null });
    expect(filled['VI-1']).toEqual({ kind: 'periods', allowed: ['day', 'evening', 'night'] });
    expect(filled['I-1']).toBeUndefined();
    expect(checkCapacityValues(cat, filled).ok).toBe(true);
  });
});

// Demo case C (secondary-factors.md §7, fictional): WIA 35–80%, 20 h/week, no night work, psychological
// limitations; former job knowledge manager, 32 h/week.
const caseC: CapacityValues = {
  'I-1': { kind: 'ordinal', level: 1 },
  'I-2': { kind: 'ordinal', level: 1 },
  'I-7': { kind: 'ordinal', level: 1 },
  'II-8': { kind: 'ordinal', level: 2 },
  'II-9': { kind: 'ordinal', level: 1 },
  'VI-1': { kind: 'periods', allowed: ['day', 'evening'] },
  'VI-2': { kind: 'hours', max: 4 },
  'VI-3': { kind: 'hours', max: 20 },
  'IV-13': { kind: 'quantity', max: null, unit: 'kg' },
};
const knowledgeManager: DemandValues = {
  'I-1': { kind: 'ordinal', level: 0 },
  'I-2': { kind: 'ordinal', level: 0 },
  'I-7': { kind: 'ordinal', level: 0 },
  'II-8': { kind: 'ordinal', level: 1 },
  'II-9': { kind: 'ordinal', level: 0 },
  'VI-1': { kind: 'periods', needed: ['day'] },
  'VI-2': { kind: 'hours', hours: 8 },
  'VI-3': { kind: 'hours', hours: 32 },
  'IV-13': { kind: 'quantity', amount: 5, unit: 'kg' },
  'V-2': { kind: 'ordinal', level: 1 },
};

describe('compareProfile: the matrix column and its summary', () => {
  it('compares every catalogue item in order and counts fits, exceeds and unknown', () => {
    const r = compareProfile(cat, { values: caseC }, { id: 'km', values: knowledgeManager });
    expect(r.profileId).toBe('km');
    expect(r.cells.map((c) => c.item)).toEqual(cat.items.map((i) => i.code));
    const s = r.summary;
    expect(s.items).toBe(cat.items.length);
    expect(s.computed.exceeds).toBe(7); // I-1, I-2, I-7, II-8, II-9, VI-2, VI-3
    expect(s.computed.fits).toBe(2); // VI-1, IV-13
    expect(s.computed.unknown).toBe(cat.items.length - 9);
    expect(s.computed.overshootSections).toEqual([{ section: 'I', count: 3 }, { section: 'II', count: 2 }, { section: 'VI', count: 2 }]);
    expect(s.judged).toEqual({ fits: 2, fitsWithAdjustment: 0, exceeds: 7, unknown: cat.items.length - 9, overshootSections: s.computed.overshootSections });
    expect(s.overridden).toBe(0);
    expect(s.unaddressedOvershoots).toEqual(['I-1', 'I-2', 'I-7', 'II-8', 'II-9', 'VI-2', 'VI-3']);
  });

  it('keeps the computed outcome beside the judged one, with notes, and counts after judgement', () => {
    const overrides: Record<string, CellOverride> = {
      'I-2': { conclusion: 'fits_with_adjustment', reason: 'Eigen werkplek zonder telefoon; mail op vaste tijden.' },
      'II-9': { conclusion: 'fits', reason: 'Werkt met een vaste, afgebakende deeltaak in het team.' },
      'V-2': { conclusion: 'exceeds', reason: 'Volgens werkplekonderzoek toch hele dag zittend.' },
    };
    const r = compareProfile(cat, { values: caseC }, { id: 'km', values: knowledgeManager }, overrides, { 'I-1': 'Let op deadlines in het kwartaal.' });
    const cell = (code: string) => r.cells.find((c) => c.item === code)!;
    expect(cell('I-2')).toEqual({
      item: 'I-2', section: 'I', computed: { outcome: 'exceeds', by: { levels: 1 } }, judgement: overrides['I-2'], outcome: 'fits_with_adjustment', note: null,
    });
    expect(cell('V-2').computed.outcome).toBe('unknown');
    expect(cell('V-2').outcome).toBe('exceeds');
    expect(cell('I-1').note).toBe('Let op deadlines in het kwartaal.');
    const s = r.summary;
    expect(s.computed.exceeds).toBe(7);
    expect(s.judged.exceeds).toBe(6); // 7 − I-2 − II-9 + V-2
    expect(s.judged.fitsWithAdjustment).toBe(1);
    expect(s.judged.fits).toBe(3);
    expect(s.judged.overshootSections).toEqual([{ section: 'I', count: 2 }, { section: 'II', count: 1 }, { section: 'V', count: 1 }, { section: 'VI', count: 2 }]);
    expect(s.overridden).toBe(3);
    expect(s.unaddressedOvershoots).toEqual(['I-1', 'I-7', 'II-8', 'VI-2', 'VI-3']);
  });

  it('counts add up to the number of items, computed and judged (property)', () => {
    const codes = cat.items.map((i) => i.code);
    fc.assert(fc.property(fc.subarray(codes), fc.constantFrom('fits', 'exceeds', 'fits_with_adjustment') as fc.Arbitrary<CellOverride['conclusion']>, (overridden, conclusion) => {
      const overrides = Object.fromEntries(overridden.map((c) => [c, { conclusion, reason: 'Reden van de arbeidsdeskundige.' }]));
      const { summary: s } = compareProfile(cat, { values: caseC }, { id: 'p', values: knowledgeManager }, overrides);
      const sectionSum = (x: Array<{ count: number }>) => x.reduce((a, b) => a + b.count, 0);
      return s.computed.fits + s.computed.exceeds + s.computed.unknown === s.items
        && s.judged.fits + s.judged.fitsWithAdjustment + s.judged.exceeds + s.judged.unknown === s.items
        && sectionSum(s.computed.overshootSections) === s.computed.exceeds && sectionSum(s.judged.overshootSections) === s.judged.exceeds
        && s.overridden === overridden.length;
    }));
  });

  it('ignores overrides and notes on items outside the catalogue', () => {
    const r = compareProfile(cat, { values: {} }, { id: 'p', values: {} }, { 'X-1': { conclusion: 'fits', reason: 'Geen item in de lijst.' } }, { 'X-1': 'note' });
    expect(r.summary.overridden).toBe(0);
    expect(r.summary.computed.unknown).toBe(cat.items.length);
  });
});

describe('checkCellInputs: an override needs a reason of at least 10 characters', () => {
  it('accepts good overrides and notes', () => {
    expect(checkCellInputs(cat, { 'I-1': { conclusion: 'fits_with_adjustment', reason: 'In hoogte verstelbaar bureau.' } }, { 'I-1': 'Notitie' })).toEqual([]);
  });
  it('names unknown items, unknown conclusions, missing and short reasons, bad notes', () => {
    expect(checkCellInputs(cat, {
      'X-1': { conclusion: 'fits', reason: 'Lang genoeg als reden.' },
      'I-1': { conclusion: 'maybe', reason: '   kort    ' },
      'I-2': { conclusion: 'fits' },
      'I-3': { conclusion: 'exceeds', reason: '' },
      'I-7': { conclusion: 'exceeds', reason: 42 },
      'I-9': { conclusion: 'exceeds', reason: 'x'.repeat(5001) },
      'II-1': 'fits',
    }, { 'II-2': 5, 'II-3': 'x'.repeat(10_001), 'Y-1': 'n' })).toEqual([
      { item: 'X-1', field: 'override', reason: 'unknown_item' },
      { item: 'I-1', field: 'override', reason: 'conclusion_invalid' },
      { item: 'I-1', field: 'override', reason: 'reason_too_short' },
      { item: 'I-2', field: 'override', reason: 'reason_required' },
      { item: 'I-3', field: 'override', reason: 'reason_required' },
      { item: 'I-7', field: 'override', reason: 'not_text' },
      { item: 'I-9', field: 'override', reason: 'too_long' },
      { item: 'II-1', field: 'override', reason: 'conclusion_invalid' },
      { item: 'II-1', field: 'override', reason: 'reason_required' },
      { item: 'II-2', field: 'note', reason: 'not_text' },
      { item: 'II-3', field: 'note', reason: 'too_long' },
      { item: 'Y-1', field: 'note', reason: 'unknown_item' },
    ]);
  });
  it('counts characters, not UTF-16 units: ten emoji are ten characters', () => {
    expect(checkCellInputs(cat, { 'I-1': { conclusion: 'fits', reason: '👍'.repeat(10) } }, {})).toEqual([]);
    expect(checkCellInputs(cat, { 'I-1': { conclusion: 'fits', reason: '👍'.repeat(9) } }, {})).toEqual([{ item: 'I-1', field: 'override', reason: 'reason_too_short' }]);
  });
});

describe('conclusions: checked, and questioned (never blocked)', () => {
  const summary = (over: Partial<ProfileSummary> = {}, judged: Partial<ProfileSummary['judged']> = {}): ProfileSummary => ({
    items: 10,
    computed: { fits: 8, exceeds: 2, unknown: 0, overshootSections: [] },
    judged: { fits: 8, fitsWithAdjustment: 0, exceeds: 2, unknown: 0, overshootSections: [], ...judged },
    overridden: 0,
    unaddressedOvershoots: ['I-1', 'IV-13'],
    ...over,
  });
  const c = (conclusion: ProfileConclusion['conclusion']): ProfileConclusion => ({ conclusion, reasoning: 'Afgewogen met werkgever en cliënt.' });

  it('checkConclusion wants one of four conclusions and reasoning', () => {
    expect(checkConclusion(c('suitable'))).toEqual([]);
    expect(checkConclusion({ conclusion: 'fine', reasoning: '' })).toEqual([{ field: 'conclusion', reason: 'conclusion_invalid' }, { field: 'reasoning', reason: 'reason_required' }]);
    expect(checkConclusion({ conclusion: 'not_suitable', reasoning: 'te kort' })).toEqual([{ field: 'reasoning', reason: 'reason_too_short' }]);
    expect(checkConclusion(undefined).length).toBe(2);
  });

  it('questions "suitable" while computed overshoots stand without judgement', () => {
    expect(questionConclusion(c('suitable'), summary())).toEqual([{ code: 'suitable_despite_overshoots', items: ['I-1', 'IV-13'] }]);
    expect(questionConclusion(c('suitable'), summary({ unaddressedOvershoots: [] }, { exceeds: 0, fits: 10 }))).toEqual([]);
  });

  it('questions "suitable" where cells were judged to fit only with an adjustment', () => {
    expect(questionConclusion(c('suitable'), summary({ unaddressedOvershoots: [] }, { fitsWithAdjustment: 2, exceeds: 0 })))
      .toEqual([{ code: 'adjustments_judged_but_suitable', count: 2 }]);
  });

  it('questions "suitable with adjustments" without any adjustment, or with overshoots left', () => {
    expect(questionConclusion(c('suitable_with_adjustments'), summary())).toEqual([
      { code: 'overshoots_without_adjustment', items: ['I-1', 'IV-13'] }, { code: 'no_adjustment_recorded' },
    ]);
    expect(questionConclusion(c('suitable_with_adjustments'), summary({ unaddressedOvershoots: [] }, { fitsWithAdjustment: 2, exceeds: 0 }))).toEqual([]);
    expect(questionConclusion(c('suitable_with_adjustments'), summary({ unaddressedOvershoots: [] }, { exceeds: 0 }), [{ description: 'Stoel', effect: 'Zitten', items: [] }])).toEqual([]);
  });

  it('questions "not suitable" when nothing exceeds after judgement', () => {
    expect(questionConclusion(c('not_suitable'), summary())).toEqual([]);
    expect(questionConclusion(c('not_suitable'), summary({}, { exceeds: 0, fits: 10 }))).toEqual([{ code: 'not_suitable_without_overshoot' }]);
  });

  it('questions many unknowns, and never questions "not yet judgeable"', () => {
    const many = summary({ unaddressedOvershoots: [] }, { fits: 3, exceeds: 2, unknown: 5 });
    expect(questionConclusion(c('not_suitable'), many)).toEqual([{ code: 'many_unknowns', unknown: 5, items: 10 }]);
    expect(questionConclusion(c('not_suitable'), summary({}, { fits: 4, exceeds: 2, unknown: 4 }))).toEqual([]);
    expect(questionConclusion(c('not_yet_judgeable'), many)).toEqual([]);
    expect(questionConclusion(c('not_yet_judgeable'), summary())).toEqual([]);
  });

  it('checkAdjustments wants a description and an effect, and known items', () => {
    expect(checkAdjustments(cat, [{ description: 'In hoogte verstelbaar bureau', effect: 'Afwisselend zitten en staan', items: ['V-2', 'V-4'] }])).toEqual([]);
    expect(checkAdjustments(cat, [{ description: '', effect: 3, items: ['Z-1'] }, 'x'])).toEqual([
      { index: 0, field: 'description', reason: 'required' }, { index: 0, field: 'effect', reason: 'not_text' }, { index: 0, field: 'items', reason: 'unknown_item' },
      { index: 1, field: 'description', reason: 'required' }, { index: 1, field: 'effect', reason: 'required' },
    ]);
    expect(checkAdjustments(cat, {})).toEqual([{ index: -1, field: 'items', reason: 'required' }]);
  });
});

describe('spoorOutcome (Poortwachter, social-domain.md §3)', () => {
  const concl = (conclusion: ProfileConclusion['conclusion']): ProfileConclusion => ({ conclusion, reasoning: 'Afgewogen en onderbouwd.' });
  it('spoor 1 possible when one spoor-1 profile is suitable, with or without adjustments', () => {
    const r = spoorOutcome([
      { id: 'own', kind: 'own_job', conclusion: concl('not_suitable') },
      { id: 'adapted', kind: 'adapted_own_job', conclusion: concl('suitable_with_adjustments') },
      { id: 'other', kind: 'other_work_same_employer', conclusion: null },
    ]);
    expect(r).toEqual({ spoor1: 'possible', spoor2Indicated: false, suitableSpoor1: ['adapted'], openSpoor1: ['other'], unexaminedKinds: [], suitableElsewhere: [] });
  });
  it('spoor 2 indicated when every spoor-1 profile is concluded not suitable', () => {
    const r = spoorOutcome([
      { id: 'own', kind: 'own_job', conclusion: concl('not_suitable') },
      { id: 'adapted', kind: 'adapted_own_job', conclusion: concl('not_suitable') },
      { id: 'else', kind: 'work_elsewhere', conclusion: concl('suitable') },
      { id: 'named', kind: 'named_profile', conclusion: concl('not_suitable') },
    ]);
    expect(r).toEqual({
      spoor1: 'not_possible', spoor2Indicated: true, suitableSpoor1: [], openSpoor1: [], unexaminedKinds: ['other_work_same_employer'], suitableElsewhere: ['else'],
    });
  });
  it('undecided when a spoor-1 profile is not yet judgeable or has no conclusion, or none exists', () => {
    expect(spoorOutcome([{ id: 'own', kind: 'own_job', conclusion: concl('not_suitable') }, { id: 'a', kind: 'adapted_own_job', conclusion: concl('not_yet_judgeable') }]).spoor1)
      .toBe('undecided');
    expect(spoorOutcome([{ id: 'own', kind: 'own_job', conclusion: null }]).spoor1).toBe('undecided');
    const none = spoorOutcome([{ id: 'else', kind: 'work_elsewhere', conclusion: concl('suitable') }]);
    expect(none).toMatchObject({ spoor1: 'undecided', spoor2Indicated: false, unexaminedKinds: ['own_job', 'adapted_own_job', 'other_work_same_employer'] });
    expect(spoorOutcome([]).spoor1).toBe('undecided');
  });
});

describe('fmlWarnings and history: several FMLs side by side', () => {
  const fml = { id: 'f1', date: '2026-01-10', circumstances: { duringTreatment: true, prognosis: null } };
  it('warns that an FML drawn up during treatment is a direction, not a boundary', () => {
    expect(fmlWarnings(fml, [], '2026-03-01')).toEqual([{ code: 'drawn_up_during_treatment' }]);
    expect(fmlWarnings({ ...fml, circumstances: { duringTreatment: false, prognosis: null } }, [], '2026-03-01')).toEqual([]);
  });
  it('names the events after the FML up to today, in date order, not those before, on the day or still to come', () => {
    const events = [
      { kind: 'surgery', at: '2026-02-20' },
      { kind: 'treatment_started', at: '2025-12-01' },
      { kind: 'relapse', at: '2026-01-15T08:00:00Z' },
      { kind: 'same_day', at: '2026-01-10' },
      { kind: 'planned', at: '2026-04-01' },
    ];
    expect(fmlWarnings({ ...fml, circumstances: { duringTreatment: false, prognosis: null } }, events, '2026-03-01T10:00:00Z')).toEqual([
      { code: 'predates_events', events: [{ kind: 'relapse', at: '2026-01-15T08:00:00Z' }, { kind: 'surgery', at: '2026-02-20' }] },
    ]);
  });
  it('says a newer FML exists (newest first), ignoring itself and older ones', () => {
    const others = [{ id: 'f0', date: '2025-06-01' }, { id: 'f2', date: '2026-02-01' }, { id: 'f3', date: '2026-02-15' }, { id: 'f1', date: '2026-01-10' }];
    expect(fmlWarnings(fml, [], '2026-03-01', others)).toEqual([{ code: 'drawn_up_during_treatment' }, { code: 'older_fml_than_another', newer: ['f3', 'f2'] }]);
  });
  it('warns about an FML dated after today', () => {
    expect(fmlWarnings({ ...fml, date: '2026-05-01' }, [], '2026-03-01').map((w) => w.code)).toEqual(['drawn_up_during_treatment', 'dated_in_future']);
  });
  it('fmlHistory keeps every FML, newest first, and marks the latest', () => {
    const h = fmlHistory([{ id: 'a', date: '2025-01-01' }, { id: 'b', date: '2026-01-01' }, { id: 'c', date: '2025-06-01' }, { id: 'd', date: '2026-01-01' }]);
    expect(h.map((f) => [f.id, f.latest])).toEqual([['d', true], ['b', false], ['c', false], ['a', false]]);
    expect(fmlHistory([])).toEqual([]);
  });
});

describe('parseFmlImport: the typed FML or every problem with its line', () => {
  const good = [
    '# Passend FML-import (fictief, casus C)',
    'datum;14-03-2026',
    'auteur;Verzekeringsarts',
    'tijdens_behandeling;ja',
    'prognose;Verbetering verwacht; binnen 6 maanden',
    'versie;Herbeoordeling maart',
    `catalogus;${cat.name};${cat.version}`,
    '',
    'code;waarde;eenheid',
    'I-1;1',
    'I-2;Sterk beperkt',
    'II-8;normaal',
    'IV-13;7,5;kg',
    'IV-12;150;N',
    'IV-8;600;x/u',
    'V-1;normaal;minuten',
    'VI-2;4;uur',
    'VI-3;20;uur per week',
    'VI-1;dag, avond',
    'V-2;2;',
  ].join('\r\n');

  it('reads a good file: header block, Dutch decimal comma, unit words, periods and "normaal"', () => {
    const r = parseFmlImport(`\uFEFF${good}`, cat);
    expect(r).toEqual({
      ok: true,
      fml: {
        date: '2026-03-14', authorRole: 'verzekeringsarts',
        circumstances: { duringTreatment: true, prognosis: 'Verbetering verwacht; binnen 6 maanden' }, versionLabel: 'Herbeoordeling maart',
        catalogue: { name: cat.name, version: cat.version },
        values: {
          'I-1': { kind: 'ordinal', level: 1 }, 'I-2': { kind: 'ordinal', level: 2 }, 'II-8': { kind: 'ordinal', level: 0 },
          'IV-13': { kind: 'quantity', max: 7.5, unit: 'kg' }, 'IV-12': { kind: 'quantity', max: 150, unit: 'newton' },
          'IV-8': { kind: 'quantity', max: 600, unit: 'times_per_hour' }, 'V-1': { kind: 'quantity', max: null, unit: 'minutes' },
          'VI-2': { kind: 'hours', max: 4 }, 'VI-3': { kind: 'hours', max: 20 }, 'VI-1': { kind: 'periods', allowed: ['day', 'evening'] },
          'V-2': { kind: 'ordinal', level: 2 },
        },
      },
    });
  });

  it('accepts English keys, ISO dates and a minimal file', () => {
    const r = parseFmlImport('date;2026-03-14\nauthor;other\ncode;value;unit\nVI-3;20', cat);
    expect(r.ok && r.fml).toMatchObject({ date: '2026-03-14', authorRole: 'other', circumstances: { duringTreatment: false, prognosis: null }, versionLabel: null });
  });

  it('reports every problem with its line number and imports nothing', () => {
    const bad = [
      'datum;31-02-2026', // 1
      'auteur;huisarts', // 2
      'tijdens_behandeling;misschien', // 3
      'kleur;blauw', // 4
      'auteur;bedrijfsarts', // 5
      'catalogus;Andere lijst;1', // 6
      'code;waarde;eenheid', // 7
      'I-1;3', // 8: scale 0..2
      'IV-13;-2;kg', // 9
      'IV-14;5;lb', // 10
      'IV-12;100;kg', // 11
      'VI-2;25;uur', // 12
      'VI-3;20;uur per dag', // 13
      'VI-1;dag,weekend', // 14
      'X-1;1', // 15
      'I-1;0', // 16 duplicate
      'II-1;', // 17
      'IV-8;1.200;x/u', // 18 ambiguous
      'IV-7;veel;cm', // 19
      'IV-10;5', // 20 no unit
      'I-2;1;2;3', // 21
    ].join('\n');
    const r = parseFmlImport(bad, cat);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      { line: 1, code: 'date_invalid' },
      { line: 2, code: 'author_invalid' },
      { line: 3, code: 'yes_no_invalid' },
      { line: 4, code: 'unknown_header_key' },
      { line: 5, code: 'duplicate_header_key' },
      { line: 6, code: 'catalogue_mismatch' },
      { line: 8, code: 'unknown_level', item: 'I-1' },
      { line: 9, code: 'number_invalid', item: 'IV-13' },
      { line: 10, code: 'unit_unknown', item: 'IV-14' },
      { line: 11, code: 'unit_mismatch', item: 'IV-12' },
      { line: 12, code: 'hours_above_day', item: 'VI-2' },
      { line: 13, code: 'unit_mismatch', item: 'VI-3' },
      { line: 14, code: 'unknown_period', item: 'VI-1' },
      { line: 15, code: 'unknown_item', item: 'X-1' },
      { line: 16, code: 'duplicate_item', item: 'I-1' },
      { line: 17, code: 'value_missing', item: 'II-1' },
      { line: 18, code: 'number_ambiguous', item: 'IV-8' },
      { line: 19, code: 'number_invalid', item: 'IV-7' },
      { line: 20, code: 'unit_missing', item: 'IV-10' },
      { line: 21, code: 'columns' },
    ]);
  });

  it('reports a missing date, author and table for the file as a whole', () => {
    expect(parseFmlImport('versie;x\nI-1;1', cat)).toEqual({
      ok: false,
      // Problems of the file as a whole first, then by line.
      problems: [{ line: null, code: 'table_header_missing' }, { line: null, code: 'date_missing' }, { line: null, code: 'author_missing' }, { line: 2, code: 'unknown_header_key' }],
    });
    expect(parseFmlImport('datum;\nauteur;\ncode;waarde', cat)).toEqual({
      ok: false, problems: [{ line: 1, code: 'date_missing' }, { line: 2, code: 'author_missing' }],
    });
    expect(parseFmlImport('', cat)).toEqual({ ok: false, problems: [{ line: null, code: 'empty_file' }] });
    expect(parseFmlImport('# only a comment\n\n', cat)).toEqual({ ok: false, problems: [{ line: null, code: 'empty_file' }] });
  });

  it('uses the catalogue it is given: an uploaded list with level codes of its own', () => {
    const other: Catalogue = {
      name: 'Testlijst (fictief)', version: '1', source: 'test', sections: [{ code: 'A', label: { nl: 'A', en: 'A' } }],
      items: [{ section: 'A', code: 'A.1', label: { nl: 'Tempo', en: 'Pace' }, definition: null, kind: 'ordinal',
        levels: [{ code: 'n', label: { nl: 'Normaal', en: 'Normal' }, boundary: { nl: 'x', en: null } }, { code: 'b', label: { nl: 'Beperkt', en: 'Limited' }, boundary: { nl: 'y', en: null } }] }],
    };
    const r = parseFmlImport('datum;2026-01-01\nauteur;bedrijfsarts\ncode;waarde\nA.1;b', other);
    expect(r.ok && r.fml.values).toEqual({ 'A.1': { kind: 'ordinal', level: 1 } });
  });

  it('never throws and is all-or-nothing on any text (property)', () => {
    const lines = fc.array(fc.oneof(
      fc.constantFrom('datum;2026-01-01', 'auteur;bedrijfsarts', 'code;waarde;eenheid', 'I-1;1', 'IV-13;5;kg', 'VI-1;nacht', 'VI-2;30;uur', ';;;', '#x', ''),
      fc.string(),
    ), { maxLength: 12 });
    fc.assert(fc.property(lines, (ls) => {
      const r = parseFmlImport(ls.join('\n'), cat);
      return r.ok ? isIsoDate(r.fml.date) && checkCapacityValues(cat, r.fml.values).ok : r.problems.length > 0;
    }), { numRuns: 400 });
  });
});
