// The catalogues of the instrument databank, the factor catalogue and the shared sources: every code of
// the server's vocabularies has a label in Dutch and in English, and the two languages have the same keys.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS, METHODS, SOURCE_TYPES, VALIDATION_STATUSES as SERVER_VALIDATION_STATUSES } from '../domain';
import { FACTOR_GROUP_LABELS, FACTOR_GROUPS, SHIPPED_FACTORS } from '../factors';
import { VALIDATION_STATUSES } from './api';
import { factorsEn, factorsNl, instrumentsEn, instrumentsNl, sourcesEn, sourcesNl } from './i18n';
import { judgementEn, judgementNl } from '../ui/i18n';

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

  it('words the shared sources with the judgement page’s vocabularies (one set of labels for every source)', () => {
    for (const code of SOURCE_TYPES) expect(judgementNl.enums.sourceType[code]).toBeTruthy();
    for (const code of METHODS) expect(judgementEn.enums.method[code]).toBeTruthy();
    for (const code of EVIDENCE_KINDS) expect(judgementNl.enums.evidenceKind[code]).toBeTruthy();
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
