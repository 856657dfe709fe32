import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityForLevel, FML_CATALOGUE, itemByCode, refOf, validateCatalogue, type Catalogue, type HoursItem, type QuantityItem } from './catalogue.js';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const problemsOf = (input: unknown) => {
  const r = validateCatalogue(input);
  return r.ok ? [] : r.problems;
};

describe('the shipped FML selection', () => {
  it('is valid by its own validator and comes back unchanged', () => {
    const r = validateCatalogue(clone(FML_CATALOGUE));
    expect(r).toEqual({ ok: true, catalogue: FML_CATALOGUE });
  });

  it('has the six sections in order, each with at least 4 items', () => {
    expect(FML_CATALOGUE.sections.map((s) => `${s.code} ${s.label.nl}`)).toEqual([
      'I Persoonlijk functioneren', 'II Sociaal functioneren', 'III Aanpassing aan fysieke omgevingseisen', 'IV Dynamische handelingen',
      'V Statische houdingen', 'VI Werktijden',
    ]);
    for (const s of FML_CATALOGUE.sections) expect(FML_CATALOGUE.items.filter((i) => i.section === s.code).length).toBeGreaterThanOrEqual(4);
  });

  it('lists items in section order, with codes that name their section', () => {
    const order = FML_CATALOGUE.sections.map((s) => s.code);
    let last = 0;
    for (const item of FML_CATALOGUE.items) {
      const at = order.indexOf(item.section);
      expect(at).toBeGreaterThanOrEqual(last);
      last = at;
      expect(item.code.startsWith(`${item.section}-`)).toBe(true);
    }
  });

  it('has every kind of item: ordinal, quantity, hours and periods', () => {
    expect(new Set(FML_CATALOGUE.items.map((i) => i.kind))).toEqual(new Set(['ordinal', 'quantity', 'hours', 'periods']));
  });

  it('words I-1 as the FML does: half an hour, not longer than half an hour, not longer than 5 minutes', () => {
    const i1 = itemByCode(FML_CATALOGUE, 'I-1');
    expect(i1?.kind).toBe('ordinal');
    if (i1?.kind !== 'ordinal') return;
    expect(i1.levels.map((l) => l.label.nl)).toEqual(['Norm', 'Beperkt', 'Sterk beperkt']);
    expect(i1.levels[0]!.boundary.nl).toContain('tenminste een half uur');
    expect(i1.levels[1]!.boundary.nl).toContain('niet langer dan een half uur');
    expect(i1.levels[2]!.boundary.nl).toContain('niet langer dan 5 minuten');
    expect(i1.definition?.nl).toMatch(/^Zich volledig richten op de verwerking van informatie uit één bron/);
  });

  it('gives lifting its kilograms from 15 down to 2, and night work as a period', () => {
    const lift = itemByCode(FML_CATALOGUE, 'IV-13') as QuantityItem;
    expect(lift.unit).toBe('kg');
    expect(lift.anchors.map((a) => a.amount)).toEqual([15, 10, 5, 2]);
    const periods = itemByCode(FML_CATALOGUE, 'VI-1');
    expect(periods?.kind === 'periods' && periods.periods.map((p) => p.code)).toEqual(['day', 'evening', 'night']);
  });

  it('has Dutch and English labels everywhere', () => {
    for (const item of FML_CATALOGUE.items) {
      expect(item.label.nl.length).toBeGreaterThan(2);
      expect(item.label.en.length).toBeGreaterThan(2);
    }
  });

  it('refOf names the catalogue by name and version', () => {
    expect(refOf(FML_CATALOGUE)).toEqual({ name: FML_CATALOGUE.name, version: FML_CATALOGUE.version });
  });
});

describe('capacityForLevel', () => {
  const lift = itemByCode(FML_CATALOGUE, 'IV-13') as QuantityItem;
  const walk = itemByCode(FML_CATALOGUE, 'IV-16') as QuantityItem;
  const day = itemByCode(FML_CATALOGUE, 'VI-2') as HoursItem;
  it('reads the normal value as no limitation (a direction, not a cap) and a limited level as its amount', () => {
    expect(capacityForLevel(lift, '0')).toEqual({ max: null });
    expect(capacityForLevel(lift, '2')).toEqual({ max: 5 });
    expect(capacityForLevel(day, '3')).toEqual({ max: 4 });
  });
  it('returns null for an unknown level or one without a single amount', () => {
    expect(capacityForLevel(lift, '9')).toBeNull();
    expect(capacityForLevel(walk, '3')).toBeNull();
  });
});

describe('validateCatalogue: every problem with its path', () => {
  it('refuses what is not an object', () => {
    expect(problemsOf(null)).toEqual([{ path: '', problem: 'not_an_object' }]);
    expect(problemsOf([])).toEqual([{ path: '', problem: 'not_an_object' }]);
    expect(problemsOf('FML')).toEqual([{ path: '', problem: 'not_an_object' }]);
  });

  it('names missing name, version, source, sections and items at once', () => {
    expect(problemsOf({})).toEqual([
      { path: 'name', problem: 'required' }, { path: 'version', problem: 'required' }, { path: 'source', problem: 'required' },
      { path: 'sections', problem: 'required' }, { path: 'items', problem: 'required' },
    ]);
  });

  it('refuses empty lists, blank text and text of the wrong type', () => {
    const p = problemsOf({ name: ' ', version: 3, source: 'x', sections: [], items: 'none' });
    expect(p).toEqual([
      { path: 'name', problem: 'empty' }, { path: 'version', problem: 'not_text' }, { path: 'sections', problem: 'list_empty' },
      { path: 'items', problem: 'not_a_list' },
    ]);
  });

  it('finds duplicate section and item codes, and items in undeclared sections', () => {
    const c = clone(FML_CATALOGUE) as unknown as { sections: Array<{ code: string }>; items: Array<{ code: string; section: string }> };
    c.sections[1]!.code = 'I';
    c.items[2]!.code = 'I-1';
    c.items[3]!.section = 'VII';
    const p = problemsOf(c);
    expect(p).toContainEqual({ path: 'sections[1].code', problem: 'duplicate_code' });
    expect(p).toContainEqual({ path: 'items[2].code', problem: 'duplicate_code' });
    expect(p).toContainEqual({ path: 'items[3].section', problem: 'unknown_section' });
    // Items of section II now sit in an undeclared section too.
    expect(p.filter((x) => x.problem === 'unknown_section').length).toBeGreaterThan(1);
  });

  it('refuses an unknown or missing kind', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<Record<string, unknown>> };
    c.items[0]!.kind = 'scale';
    delete c.items[1]!.kind;
    expect(problemsOf(c)).toEqual([{ path: 'items[0].kind', problem: 'unknown_kind' }, { path: 'items[1].kind', problem: 'required' }]);
  });

  it('wants at least two ordinal levels with unique codes and a Dutch boundary', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<{ levels: Array<Record<string, unknown>> }> };
    c.items[0]!.levels = [c.items[0]!.levels[0]!];
    c.items[1]!.levels[1]!.code = '0';
    (c.items[2]!.levels[1]!.boundary as Record<string, unknown>).nl = '';
    c.items[3]!.levels[0] = 'Norm' as unknown as Record<string, unknown>;
    expect(problemsOf(c)).toEqual([
      { path: 'items[0].levels', problem: 'too_few_levels' },
      { path: 'items[1].levels[1].code', problem: 'duplicate_code' },
      { path: 'items[2].levels[1].boundary.nl', problem: 'empty' },
      { path: 'items[3].levels[0]', problem: 'not_an_object' },
    ]);
  });

  it('keeps the English boundary optional but refuses one that is not text', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<{ levels: Array<{ boundary: Record<string, unknown> }> }> };
    c.items[0]!.levels[0]!.boundary.en = null;
    c.items[0]!.levels[1]!.boundary.en = '';
    const r = validateCatalogue(c);
    expect(r.ok).toBe(true);
    if (r.ok && r.catalogue.items[0]!.kind === 'ordinal') expect(r.catalogue.items[0]!.levels[1]!.boundary.en).toBeNull();
    c.items[0]!.levels[2]!.boundary.en = 5;
    expect(problemsOf(c)).toEqual([{ path: 'items[0].levels[2].boundary.en', problem: 'not_text' }]);
  });

  it('wants a unit on quantities, a boolean direction, and ordered amounts', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<Record<string, unknown>> };
    const at = (code: string) => c.items.findIndex((i) => i.code === code);
    const lift = at('IV-13');
    const carry = at('IV-14');
    const push = at('IV-12');
    delete c.items[lift]!.unit;
    c.items[carry]!.unit = 'Kilo gram';
    c.items[push]!.higherIsHeavier = 'yes';
    (c.items[at('IV-7')]!.anchors as Array<Record<string, unknown>>)[2]!.amount = 80; // 70, 60, 80: not decreasing
    (c.items[at('IV-8')]!.anchors as Array<Record<string, unknown>>)[1]!.amount = -1;
    expect(problemsOf(c)).toEqual([
      { path: `items[${push}].higherIsHeavier`, problem: 'not_boolean' },
      { path: `items[${lift}].unit`, problem: 'unit_missing' },
      { path: `items[${carry}].unit`, problem: 'unit_invalid' },
      { path: `items[${at('IV-7')}].anchors[2].amount`, problem: 'amounts_not_ordered' },
      { path: `items[${at('IV-8')}].anchors[1].amount`, problem: 'amount_invalid' },
    ].sort((a, b) => Number(/\d+/.exec(a.path)![0]) - Number(/\d+/.exec(b.path)![0])));
  });

  it('orders amounts the other way where a lower value is heavier', () => {
    const c = clone(FML_CATALOGUE);
    const item = c.items.find((i) => i.code === 'IV-13') as QuantityItem;
    item.higherIsHeavier = false;
    expect(problemsOf(c).map((p) => p.problem)).toEqual(['amounts_not_ordered', 'amounts_not_ordered', 'amounts_not_ordered']);
    item.anchors.reverse();
    item.anchors.forEach((a, i) => { a.code = String(i); });
    expect(problemsOf(c)).toEqual([]);
  });

  it('keeps hours within a day or a week and wants day or week', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<Record<string, unknown>> };
    const d = c.items.findIndex((i) => i.code === 'VI-2');
    const w = c.items.findIndex((i) => i.code === 'VI-3');
    (c.items[d]!.anchors as Array<Record<string, unknown>>)[1]!.amount = 25;
    c.items[w]!.per = 'month';
    const p = problemsOf(c);
    expect(p).toContainEqual({ path: `items[${d}].anchors[1].amount`, problem: 'amount_invalid' });
    expect(p).toContainEqual({ path: `items[${w}].per`, problem: 'per_invalid' });
  });

  it('checks period times, codes and the periods an anchor allows', () => {
    const c = clone(FML_CATALOGUE) as unknown as { items: Array<Record<string, unknown>> };
    const i = c.items.findIndex((x) => x.code === 'VI-1');
    const periods = c.items[i]!.periods as Array<Record<string, unknown>>;
    periods[0]!.from = '6:00';
    periods[2]!.code = 'day';
    (c.items[i]!.anchors as Array<Record<string, unknown>>)[2]!.allowed = ['day', 'weekend'];
    expect(problemsOf(c)).toEqual([
      { path: `items[${i}].periods[0].from`, problem: 'time_invalid' },
      { path: `items[${i}].periods[2].code`, problem: 'duplicate_code' },
      { path: `items[${i}].anchors[0].allowed[2]`, problem: 'unknown_period' }, // 'night' is gone now
      { path: `items[${i}].anchors[2].allowed[1]`, problem: 'unknown_period' },
    ]);
  });

  it('loads a successor list with other sections and a new unit without code changes', () => {
    const successor: Catalogue = {
      name: 'Inzetbaarheidslijst (voorbeeld, fictief)', version: '0.1', source: 'Test data, fictitious',
      sections: [{ code: 'A', label: { nl: 'Mentaal', en: 'Mental' } }, { code: 'B', label: { nl: 'Fysiek', en: 'Physical' } }],
      items: [
        { section: 'A', code: 'A.1', label: { nl: 'Tempo', en: 'Pace' }, definition: null, kind: 'ordinal',
          levels: [{ code: 'n', label: { nl: 'Normaal', en: 'Normal' }, boundary: { nl: 'Normaal tempo.', en: null } },
            { code: 'b', label: { nl: 'Beperkt', en: 'Limited' }, boundary: { nl: 'Laag tempo.', en: null } }] },
        { section: 'B', code: 'B.1', label: { nl: 'Fietsen', en: 'Cycling' }, definition: { nl: 'Fietsen naar en tijdens het werk.', en: null }, kind: 'quantity',
          unit: 'km', higherIsHeavier: true, anchors: [] },
      ],
    };
    expect(validateCatalogue(clone(successor))).toEqual({ ok: true, catalogue: successor });
  });

  it('never throws and always answers ok or problems, whatever the input (property)', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const r = validateCatalogue(input);
      return r.ok ? r.catalogue.items.length > 0 : r.problems.length > 0 && r.problems.every((p) => typeof p.path === 'string');
    }), { numRuns: 300 });
  });

  it('finds a broken field wherever it is broken (property)', () => {
    const paths: Array<(c: Record<string, unknown>) => void> = [
      (c) => { (c.items as Array<Record<string, unknown>>)[0]!.code = ''; },
      (c) => { (c.sections as Array<Record<string, unknown>>)[0]!.label = null; },
      (c) => { c.version = ''; },
    ];
    fc.assert(fc.property(fc.subarray(paths, { minLength: 1 }), (breakers) => {
      const c = clone(FML_CATALOGUE) as unknown as Record<string, unknown>;
      for (const b of breakers) b(c);
      return problemsOf(c).length >= breakers.length;
    }));
  });
});
