// The factor catalogue of seed 001 §3 as data: unique codes, every group filled, names in both
// languages, ICF codes only where they are real codes, and nothing that could be added up.
import { describe, expect, it } from 'vitest';
import { FACTOR_GROUP_LABELS, FACTOR_GROUPS, ICF_CODE, orgFactorCode, SHIPPED_FACTORS } from './factors.js';

describe('the shipped factor catalogue', () => {
  it('has unique codes, in snake case, none that could collide with an organisation\'s own (org:…)', () => {
    const codes = SHIPPED_FACTORS.map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z_]*[a-z]$/);
      expect(code.startsWith('org:')).toBe(false);
    }
  });

  it('fills every group of the seed, and names no group it does not have', () => {
    for (const group of FACTOR_GROUPS) expect(SHIPPED_FACTORS.filter((f) => f.group === group).length, group).toBeGreaterThan(0);
    expect(new Set(SHIPPED_FACTORS.map((f) => f.group))).toEqual(new Set(FACTOR_GROUPS));
    expect(Object.keys(FACTOR_GROUP_LABELS).sort()).toEqual([...FACTOR_GROUPS].sort());
  });

  it('names every factor and group in Dutch and English', () => {
    for (const f of SHIPPED_FACTORS) {
      expect(f.label.nl.trim(), f.code).not.toBe('');
      expect(f.label.en.trim(), f.code).not.toBe('');
      expect(f.label.nl, f.code).toBe(f.label.nl.trim());
      expect(f.label.en, f.code).toBe(f.label.en.trim());
    }
    for (const group of FACTOR_GROUPS) {
      expect(FACTOR_GROUP_LABELS[group].nl.trim()).not.toBe('');
      expect(FACTOR_GROUP_LABELS[group].en.trim()).not.toBe('');
    }
    // Dutch names are unique (an organisation's own factor may not take one: store.addFactor), English too.
    const nl = SHIPPED_FACTORS.map((f) => f.label.nl.toLocaleLowerCase('nl'));
    const en = SHIPPED_FACTORS.map((f) => f.label.en.toLowerCase());
    expect(new Set(nl).size).toBe(nl.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('gives ICF codes only in the classification\'s own form, and none for personality (ICF has no codes for personal factors)', () => {
    const coded = SHIPPED_FACTORS.filter((f) => f.icf !== null);
    expect(coded.length).toBeGreaterThan(0);
    for (const f of coded) expect(f.icf, f.code).toMatch(ICF_CODE);
    for (const f of SHIPPED_FACTORS.filter((x) => x.icf !== null)) expect(['b', 'd', 'e', 's']).toContain(f.icf![0]);
  });

  it('ICF_CODE: a component letter, then a chapter (one digit) or a category of three to five digits; nothing else', () => {
    for (const code of ['b1', 'd2', 'b152', 'd240', 'e310', 's7302', 'b1644', 'd23001']) expect(code).toMatch(ICF_CODE);
    // Two digits is no level of the classification (chapter b1, second level b152).
    for (const code of ['B152', 'x152', 'b15', 'b152000', 'b15a', ' b152', 'b152 ', 'd-240', 'b', '']) expect(code).not.toMatch(ICF_CODE);
  });

  it('is for finding and reflecting, never for scoring: a factor carries no weight, rank or number', () => {
    for (const f of SHIPPED_FACTORS) {
      expect(Object.keys(f).sort()).toEqual(['code', 'group', 'icf', 'label']);
      expect(Object.values(f).some((v) => typeof v === 'number')).toBe(false);
    }
  });

  it('the seed\'s named factors are there (a few from each list, in the catalogue\'s words)', () => {
    const codes = new Set(SHIPPED_FACTORS.map((f) => f.code));
    for (const code of ['anxiety', 'denial', 'perfectionism', 'unwillingness_or_inability', 'learning_ability', 'dutch_proficiency', 'informal_care', 'debts', 'addiction',
      'lost_daily_rhythm', 'unreliable_employer', 'pecking_order', 'metaphorical_complaints', 'truancy', 'undisclosed_medical_history']) expect(codes, code).toContain(code);
  });

  it('an organisation\'s own factor is named org:<id>', () => {
    expect(orgFactorCode('0d5c3a56-3f0e-4e5e-9d49-0e0c2f5b9a11')).toBe('org:0d5c3a56-3f0e-4e5e-9d49-0e0c2f5b9a11');
  });
});
