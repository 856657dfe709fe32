// What the FML and job-profile forms send: values from what was typed and chosen, round trips from
// saved values, "rubriek zonder beperkingen", and adjustment item codes.
import { describe, expect, it } from 'vitest';
import { FML_CATALOGUE, itemByCode } from '../catalogue';
import { checkCapacityValues, checkDemandValues, withNormalValues } from '../domain';
import { draftFromCapacity, draftFromDemand, filledIn, isFilled, itemCodes, parseAmount, valuesFrom, withNormalDrafts, type Drafts } from './capacity-values';

const item = (code: string) => itemByCode(FML_CATALOGUE, code)!;

describe('values from the form', () => {
  it('reads Dutch and English decimals, and keeps anything else as typed for the server to name', () => {
    expect(parseAmount('7,5')).toBe(7.5);
    expect(parseAmount(' 4 ')).toBe(4);
    expect(parseAmount('7.5')).toBe(7.5);
    expect(parseAmount('vier')).toBe('vier');
  });

  it('sends capacity values the domain accepts, leaving empty items out', () => {
    const drafts: Drafts = {
      'I-1': { kind: 'ordinal', level: '1' },
      'I-2': { kind: 'ordinal', level: '' },
      'IV-13': { kind: 'quantity', amount: '7,5', unlimited: false },
      'IV-14': { kind: 'quantity', amount: '', unlimited: true },
      'VI-2': { kind: 'hours', amount: '4', unlimited: false },
      'VI-1': { kind: 'periods', periods: ['day', 'evening'] },
      'V-1': { kind: 'quantity', amount: '', unlimited: false },
    };
    const values = valuesFrom(FML_CATALOGUE, drafts, 'capacity');
    expect(Object.keys(values)).toEqual(['I-1', 'IV-13', 'IV-14', 'VI-1', 'VI-2']);
    expect(values['IV-13']).toEqual({ kind: 'quantity', max: 7.5, unit: 'kg' });
    expect(values['IV-14']).toEqual({ kind: 'quantity', max: null, unit: 'kg' });
    expect(checkCapacityValues(FML_CATALOGUE, values).ok).toBe(true);
  });

  it('sends demand values the domain accepts', () => {
    const drafts: Drafts = {
      'I-1': { kind: 'ordinal', level: '0' },
      'IV-13': { kind: 'quantity', amount: '10', unlimited: false },
      'VI-3': { kind: 'hours', amount: '20', unlimited: false },
      'VI-1': { kind: 'periods', periods: ['night'] },
    };
    const values = valuesFrom(FML_CATALOGUE, drafts, 'demand');
    expect(values).toEqual({
      'I-1': { kind: 'ordinal', level: 0 }, 'IV-13': { kind: 'quantity', amount: 10, unit: 'kg' }, 'VI-1': { kind: 'periods', needed: ['night'] }, 'VI-3': { kind: 'hours', hours: 20 },
    });
    expect(checkDemandValues(FML_CATALOGUE, values).ok).toBe(true);
  });

  it('lets the server name a number it cannot read', () => {
    const values = valuesFrom(FML_CATALOGUE, { 'VI-2': { kind: 'hours', amount: 'vier', unlimited: false } }, 'capacity');
    const checked = checkCapacityValues(FML_CATALOGUE, values);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual([{ item: 'VI-2', reason: 'not_a_number' }]);
  });

  it('round-trips saved values through the form', () => {
    expect(draftFromCapacity(item('IV-13'), { kind: 'quantity', max: 7.5, unit: 'kg' })).toEqual({ kind: 'quantity', amount: '7,5', unlimited: false });
    expect(draftFromCapacity(item('VI-2'), { kind: 'hours', max: null })).toEqual({ kind: 'hours', amount: '', unlimited: true });
    expect(draftFromDemand(item('VI-3'), { kind: 'hours', hours: 36 })).toEqual({ kind: 'hours', amount: '36', unlimited: false });
    expect(draftFromDemand(item('VI-1'), { kind: 'periods', needed: ['day'] })).toEqual({ kind: 'periods', periods: ['day'] });
    expect(isFilled(draftFromDemand(item('I-1'), undefined))).toBe(false);
  });
});

describe('rubriek zonder beperkingen', () => {
  it('fills the empty items of one section with the normal value, as the domain does, and keeps what was given', () => {
    const drafts = withNormalDrafts(FML_CATALOGUE, { 'I-1': { kind: 'ordinal', level: '2' } }, 'I');
    expect(filledIn(FML_CATALOGUE, drafts, 'I')).toEqual({ filled: 5, items: 5 });
    expect(filledIn(FML_CATALOGUE, drafts, 'II').filled).toBe(0);
    expect(drafts['I-1']).toEqual({ kind: 'ordinal', level: '2' });
    const vi = valuesFrom(FML_CATALOGUE, withNormalDrafts(FML_CATALOGUE, {}, 'VI'), 'capacity');
    expect(vi).toEqual(withNormalValues(FML_CATALOGUE, {}, ['VI']));
  });
});

describe('adjustment items', () => {
  it('reads codes separated by commas or spaces, without repeats', () => {
    expect(itemCodes('I-2, V-1 V-1;VI-2')).toEqual(['I-2', 'V-1', 'VI-2']);
    expect(itemCodes('  ')).toEqual([]);
  });
});
