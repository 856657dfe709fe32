// Capacity in words: the cell wording (symbol AND words, computed beside the judgement), values of the
// FML and of a job profile, the chart's numbers, Passend's questions and the FML warnings.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { FML_CATALOGUE, itemByCode } from '../catalogue';
import { AUTHOR_ROLES, compareItem, compareProfile, JOB_PROFILE_KINDS, JUDGED_CONCLUSIONS, PROFILE_CONCLUSIONS, type ProfileSummary } from '../domain';
import { PROFILE_BASES } from './api';
import { capacityEn, capacityNl } from './i18n';
import { capacityText, cellSentence, cellWords, chartNumbers, demandText, listText, questionText, shares, warningText } from './capacity-format';

let nl: TFunction;
let en: TFunction;
beforeAll(async () => {
  const make = async (lng: 'nl' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: {
        nl: { translation: { capacity: capacityNl, enums: { documentType: { fml: 'Functionele Mogelijkhedenlijst (FML)' } } } },
        en: { translation: { capacity: capacityEn, enums: { documentType: { fml: 'Functional Abilities List (FML)' } } } },
      },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  nl = await make('nl');
  en = await make('en');
});

const item = (code: string) => itemByCode(FML_CATALOGUE, code)!;
const cell = (code: string, capacity: Parameters<typeof compareItem>[1], demand: Parameters<typeof compareItem>[2], judgement: { conclusion: 'fits' | 'exceeds' | 'fits_with_adjustment'; reason: string } | null = null) => {
  const computed = compareItem(item(code), capacity, demand);
  return { computed, judgement, outcome: judgement ? judgement.conclusion : computed.outcome };
};

describe('cell wording', () => {
  it('says an ordinal overshoot with its symbol and by how many levels', () => {
    const words = cellWords(nl, 'nl', item('I-1'), cell('I-1', { kind: 'ordinal', level: 2 }, { kind: 'ordinal', level: 0 }));
    expect(words).toMatchObject({ outcome: 'exceeds', symbol: '▲', text: 'overschrijdt met 2 niveaus', computed: null });
    expect(cellWords(nl, 'nl', item('I-1'), cell('I-1', { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 0 })).text).toBe('overschrijdt met 1 niveau');
    expect(cellWords(en, 'en', item('I-1'), cell('I-1', { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 0 })).text).toBe('exceeds by 1 level');
  });

  it('says hours and quantities in their unit, with a Dutch decimal comma', () => {
    expect(cellWords(nl, 'nl', item('VI-2'), cell('VI-2', { kind: 'hours', max: 4 }, { kind: 'hours', hours: 7.2 })).text).toBe('overschrijdt met 3,2 uur per dag');
    expect(cellWords(nl, 'nl', item('VI-3'), cell('VI-3', { kind: 'hours', max: 20 }, { kind: 'hours', hours: 36 })).text).toBe('overschrijdt met 16 uur per week');
    expect(cellWords(nl, 'nl', item('IV-13'), cell('IV-13', { kind: 'quantity', max: 5, unit: 'kg' }, { kind: 'quantity', amount: 7.5, unit: 'kg' })).text).toBe('overschrijdt met 2,5 kg');
    expect(cellWords(en, 'en', item('VI-3'), cell('VI-3', { kind: 'hours', max: 20 }, { kind: 'hours', hours: 36 })).text).toBe('exceeds by 16 hours per week');
  });

  it('names the periods the work needs and the person cannot work (night)', () => {
    const words = cellWords(nl, 'nl', item('VI-1'), cell('VI-1', { kind: 'periods', allowed: ['day', 'evening'] }, { kind: 'periods', needed: ['day', 'night'] }));
    expect(words.text).toBe('overschrijdt: nacht');
    expect(words.symbol).toBe('▲');
  });

  it('says fits, and which side is missing when unknown', () => {
    expect(cellWords(nl, 'nl', item('I-1'), cell('I-1', { kind: 'ordinal', level: 0 }, { kind: 'ordinal', level: 0 }))).toMatchObject({ symbol: '✓', text: 'past' });
    expect(cellWords(nl, 'nl', item('I-1'), cell('I-1', undefined, { kind: 'ordinal', level: 0 }))).toMatchObject({ symbol: '?', text: 'onbekend: niet in de FML' });
    expect(cellWords(nl, 'nl', item('I-1'), cell('I-1', { kind: 'ordinal', level: 0 }, undefined)).text).toBe('onbekend: belasting niet beschreven');
    expect(cellWords(nl, 'nl', item('I-1'), cell('I-1', undefined, undefined)).text).toBe('onbekend: FML en belasting ontbreken');
  });

  it('keeps the computed outcome in sight beside the judgement', () => {
    const c = cell('I-2', { kind: 'ordinal', level: 1 }, { kind: 'ordinal', level: 0 }, { conclusion: 'fits_with_adjustment', reason: 'Stille werkplek, taken na elkaar.' });
    const words = cellWords(nl, 'nl', item('I-2'), c);
    expect(words).toMatchObject({ outcome: 'fits_with_adjustment', symbol: '◆', text: 'oordeel: past met voorziening', reason: 'Stille werkplek, taken na elkaar.' });
    expect(words.computed).toEqual({ symbol: '▲', text: 'berekend: overschrijdt met 1 niveau' });
    expect(cellSentence(nl, 'nl', item('I-2'), c)).toBe('berekend: overschrijdt met 1 niveau · oordeel: past met voorziening');
  });
});

describe('values in words', () => {
  it('says what the person can do', () => {
    expect(capacityText(nl, 'nl', item('I-1'), { kind: 'ordinal', level: 1 })).toBe('1 Beperkt');
    expect(capacityText(nl, 'nl', item('VI-2'), { kind: 'hours', max: 4 })).toBe('ten hoogste 4 uur per dag');
    expect(capacityText(nl, 'nl', item('IV-13'), { kind: 'quantity', max: null, unit: 'kg' })).toBe('niet beperkt');
    expect(capacityText(nl, 'nl', item('VI-1'), { kind: 'periods', allowed: ['day', 'evening'] })).toBe('kan werken: dag en avond');
    expect(capacityText(nl, 'nl', item('I-1'), undefined)).toBe('niet beoordeeld');
  });

  it('says what the work asks', () => {
    expect(demandText(nl, 'nl', item('I-1'), { kind: 'ordinal', level: 0 })).toBe('te doen tot en met 0 Norm');
    expect(demandText(nl, 'nl', item('VI-3'), { kind: 'hours', hours: 36 })).toBe('36 uur per week');
    expect(demandText(en, 'en', item('IV-13'), { kind: 'quantity', amount: 7.5, unit: 'kg' })).toBe('7.5 kg');
    expect(demandText(nl, 'nl', item('VI-1'), { kind: 'periods', needed: ['night'] })).toBe('vraagt: nacht');
    expect(demandText(nl, 'nl', item('I-1'), undefined)).toBe('niet beschreven');
  });

  it('lists items the Dutch and English way', () => {
    expect(listText(['I-1', 'VI-2'], 'nl')).toBe('I-1 en VI-2');
    expect(listText(['I-1', 'I-2', 'VI-2'], 'en')).toBe('I-1, I-2 and VI-2');
  });
});

describe('the chart', () => {
  it('gives whole percentages that add up to 100', () => {
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([0, 0])).toEqual([0, 0]);
    expect(shares([29, 0, 4, 7]).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('counts after judgement, with the overshoot sections, and the computed counts when a judgement changed them', () => {
    const comparison = compareProfile(
      FML_CATALOGUE,
      { values: { 'I-1': { kind: 'ordinal', level: 1 }, 'I-2': { kind: 'ordinal', level: 1 }, 'VI-3': { kind: 'hours', max: 20 } } },
      { id: 'p', values: { 'I-1': { kind: 'ordinal', level: 0 }, 'I-2': { kind: 'ordinal', level: 0 }, 'VI-3': { kind: 'hours', hours: 36 } } },
      { 'I-2': { conclusion: 'fits_with_adjustment', reason: 'Stille werkplek.' } },
    );
    const numbers = chartNumbers(comparison.summary);
    expect(numbers.items).toBe(40);
    expect(numbers.segments.map((s) => [s.key, s.count])).toEqual([['fits', 0], ['fitsWithAdjustment', 1], ['exceeds', 2], ['unknown', 37]]);
    expect(numbers.segments.reduce((a, s) => a + s.percent, 0)).toBe(100);
    expect(numbers.sections).toEqual([{ section: 'I', count: 1 }, { section: 'VI', count: 1 }]);
    expect(numbers.computed).toEqual({ fits: 0, exceeds: 3, unknown: 37 });
  });

  it('leaves out the computed counts when nothing was overridden', () => {
    const summary: ProfileSummary = {
      items: 2, overridden: 0, unaddressedOvershoots: [],
      computed: { fits: 2, exceeds: 0, unknown: 0, overshootSections: [] },
      judged: { fits: 2, fitsWithAdjustment: 0, exceeds: 0, unknown: 0, overshootSections: [] },
    };
    expect(chartNumbers(summary).computed).toBeNull();
  });
});

describe('Passend’s questions and the FML warnings', () => {
  it('asks, naming the items', () => {
    expect(questionText(nl, 'nl', { code: 'suitable_despite_overshoots', items: ['I-1', 'VI-2'] }))
      .toBe('U concludeert geschikt terwijl I-1 en VI-2 nog overschrijden zonder oordeel. Licht toe waarom.');
    expect(questionText(en, 'en', { code: 'many_unknowns', unknown: 30, items: 40 })).toBe('30 of the 40 items cannot be compared. Is a conclusion possible yet, or is information missing?');
    expect(questionText(nl, 'nl', { code: 'no_adjustment_recorded' })).toContain('geen voorziening vastgelegd');
  });

  it('warns in plain words', () => {
    const date = (iso: string) => iso;
    expect(warningText(nl, 'nl', { code: 'drawn_up_during_treatment' }, () => null, date)).toContain('een richting, geen grens');
    expect(warningText(nl, 'nl', { code: 'predates_events', events: [{ kind: 'document:fml', at: '2026-03-01T10:00:00Z', label: 'fml-nieuw.pdf' }] }, () => null, date))
      .toBe('Deze FML is ouder dan wat er daarna in het dossier gebeurde: Functionele Mogelijkhedenlijst (FML) ‘fml-nieuw.pdf’ van 2026-03-01. Beschrijft hij de cliënt nog?');
    expect(warningText(nl, 'nl', { code: 'older_fml_than_another', newer: ['b'] }, (id) => (id === 'b' ? '2026-04-01' : null), date)).toBe('Er is een nieuwere FML (2026-04-01). Beide blijven naast elkaar staan.');
    expect(warningText(en, 'en', { code: 'dated_in_future' }, () => null, date)).toBe('This FML is dated in the future. Is that a typing error?');
  });
});

describe('labels for every code of the server, in both languages', () => {
  it('has the kinds, bases, author roles, conclusions, judgements and units', () => {
    for (const catalogue of [capacityNl, capacityEn]) {
      for (const k of JOB_PROFILE_KINDS) expect(catalogue.kind[k] && catalogue.kindHint[k]).toBeTruthy();
      for (const b of PROFILE_BASES) expect(catalogue.basis[b]).toBeTruthy();
      for (const r of AUTHOR_ROLES) expect(catalogue.authorRole[r]).toBeTruthy();
      for (const c of PROFILE_CONCLUSIONS) expect(catalogue.conclusion[c]).toBeTruthy();
      for (const j of JUDGED_CONCLUSIONS) expect(catalogue.judged[j]).toBeTruthy();
      for (const unit of new Set(FML_CATALOGUE.items.flatMap((i) => (i.kind === 'quantity' ? [i.unit] : i.kind === 'hours' ? [`hours_per_${i.per}`] : [])))) {
        expect((catalogue.units as Record<string, string>)[unit], unit).toBeTruthy();
      }
    }
  });
});
