// Every problem the capacity domain can name has words in Dutch and English, and says where it is.
import { describe, expect, it } from 'vitest';
import { FML_CATALOGUE, validateCatalogue } from './catalogue';
import { checkCapacityValues, checkFmlMeta, parseFmlImport } from './domain';
import { catalogueProblemText, importProblemText, metaProblemText, valueProblemText } from './messages';

describe('capacity problems in words', () => {
  it('names the item and the problem of a bad value, in both languages', () => {
    const checked = checkCapacityValues(FML_CATALOGUE, { 'I-1': { kind: 'ordinal', level: 9 }, 'IV-13': { kind: 'quantity', max: 5, unit: 'lb' }, 'XX-1': {} });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const nl = checked.problems.map((p) => valueProblemText('nl', p, 'values'));
    expect(nl).toEqual(expect.arrayContaining([
      { field: 'values.I-1', message: 'I-1: dit niveau valt buiten de schaal van het item' },
      { field: 'values.IV-13', message: 'IV-13: de eenheid past niet bij dit item' },
      { field: 'values.XX-1', message: 'XX-1: dit item staat niet in de lijst' },
    ]));
    for (const p of checked.problems) expect(valueProblemText('en', p, 'values').message).toMatch(/^[A-Z]+-\d+: [a-z]/);
  });

  it('says which line of an import file is wrong, or that the file as a whole is', () => {
    const parsed = parseFmlImport('code;waarde;eenheid\nI-1;9', FML_CATALOGUE);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const texts = parsed.problems.map((p) => importProblemText('nl', p).message);
    expect(texts).toEqual(expect.arrayContaining(['Bestand: de datum van de FML ontbreekt', 'Regel 2: I-1: dit niveau kent het item niet']));
    for (const p of parsed.problems) expect(importProblemText('en', p).message).toMatch(/^(File|Line \d+): \S/);
  });

  it('words every meta and catalogue problem', () => {
    const meta = checkFmlMeta({ date: '2026-02-30', authorRole: 'huisarts', circumstances: { duringTreatment: 'ja' } });
    expect(meta.ok).toBe(false);
    if (!meta.ok) for (const p of meta.problems) for (const l of ['nl', 'en'] as const) expect(metaProblemText(l, p).message.length).toBeGreaterThan(5);
    const catalogue = validateCatalogue({ name: '', version: 1, sections: [{ code: 'A' }], items: [{ section: 'Z', code: 'Z-1', kind: 'magic' }] });
    expect(catalogue.ok).toBe(false);
    if (!catalogue.ok) for (const p of catalogue.problems) for (const l of ['nl', 'en'] as const) expect(catalogueProblemText(l, p).message).toMatch(new RegExp(`^${p.path.replace(/[[\]().]/g, '\\$&')}: \\S`));
  });
});
