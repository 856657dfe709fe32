// The catalogues of the instrument databank, the factor catalogue and the shared sources: every code of
// the server's vocabularies has a label in Dutch and in English, and the two languages have the same keys.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS, METHODS, SOURCE_TYPES, VALIDATION_STATUSES as SERVER_VALIDATION_STATUSES } from '../domain';
import { FACTOR_GROUP_LABELS, FACTOR_GROUPS, SHIPPED_FACTORS } from '../factors';
import { VALIDATION_STATUSES } from './api';
import { factorsEn, factorsNl, instrumentsEn, instrumentsNl, sourcesEn, sourcesNl } from './i18n';

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
const filled = (group: Record<string, string>, codes: readonly string[]) => codes.filter((code) => !group[code]?.trim());

describe('labels of the judgement vocabularies', () => {
  it('knows exactly the server’s validation statuses, each with a label and an explanation in nl and en', () => {
    expect([...VALIDATION_STATUSES]).toEqual([...SERVER_VALIDATION_STATUSES]);
    for (const catalogue of [instrumentsNl, instrumentsEn]) {
      expect(Object.keys(catalogue.validationStatus).sort()).toEqual([...SERVER_VALIDATION_STATUSES].sort());
      expect(filled(catalogue.validationStatus, SERVER_VALIDATION_STATUSES)).toEqual([]);
      expect(filled(catalogue.validationHint, SERVER_VALIDATION_STATUSES)).toEqual([]);
    }
  });

  it('names every source type, method and kind of evidence in nl and en', () => {
    for (const catalogue of [sourcesNl, sourcesEn]) {
      expect(Object.keys(catalogue.sourceType).sort()).toEqual([...SOURCE_TYPES].sort());
      expect(Object.keys(catalogue.method).sort()).toEqual([...METHODS].sort());
      expect(Object.keys(catalogue.kind).sort()).toEqual([...EVIDENCE_KINDS].sort());
      expect(filled(catalogue.sourceType, SOURCE_TYPES)).toEqual([]);
      expect(filled(catalogue.method, METHODS)).toEqual([]);
      expect(filled(catalogue.kind, EVIDENCE_KINDS)).toEqual([]);
    }
    // Really translated, not copied: the Dutch and English source types differ where the words do.
    expect(sourcesEn.sourceType.bedrijfsarts).not.toBe(sourcesNl.sourceType.bedrijfsarts);
  });

  it('names every factor group of the catalogue in nl and en, and every shipped factor too', () => {
    expect(FACTOR_GROUPS).toHaveLength(10);
    for (const group of FACTOR_GROUPS) {
      expect(FACTOR_GROUP_LABELS[group].nl.trim(), group).not.toBe('');
      expect(FACTOR_GROUP_LABELS[group].en.trim(), group).not.toBe('');
      expect(SHIPPED_FACTORS.some((f) => f.group === group), `${group} has factors`).toBe(true);
    }
    expect(SHIPPED_FACTORS.filter((f) => !f.label.nl.trim() || !f.label.en.trim())).toEqual([]);
  });

  it('has the same keys in Dutch and English', () => {
    for (const [nl, en] of [[instrumentsNl, instrumentsEn], [factorsNl, factorsEn], [sourcesNl, sourcesEn]] as const) {
      expect(leaves(en as unknown as Tree).sort()).toEqual(leaves(nl as unknown as Tree).sort());
    }
  });
});
