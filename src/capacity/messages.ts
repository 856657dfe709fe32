// The problems the capacity domain finds, in words, in the user's language (nl default, en complete).
// The store answers a 4xx with every problem in the `problems` fact of the one error shape, each naming
// its item, field or line; nothing is saved when there is one. Pure: unit-tested.
import type { Language } from '../platform/i18n.js';
import type { AdjustmentProblem, CellProblem, ConclusionProblem, ImportProblem, MetaProblem, ValueProblem } from './domain.js';
import type { CatalogueProblem } from './catalogue.js';

type Words = Record<Language, string>;

const VALUE: Record<ValueProblem['reason'], Words> = {
  not_an_object: { nl: 'de waarden ontbreken of hebben een verkeerde vorm', en: 'the values are missing or malformed' },
  unknown_item: { nl: 'dit item staat niet in de lijst', en: 'this item is not in the list' },
  wrong_kind: { nl: 'de soort waarde past niet bij dit item', en: 'the kind of value does not match this item' },
  required: { nl: 'vul een waarde in', en: 'enter a value' },
  not_a_number: { nl: 'dit is geen getal', en: 'this is not a number' },
  not_integer: { nl: 'kies een van de niveaus', en: 'choose one of the levels' },
  level_out_of_scale: { nl: 'dit niveau valt buiten de schaal van het item', en: 'this level is outside the item’s scale' },
  unit_missing: { nl: 'de eenheid ontbreekt', en: 'the unit is missing' },
  unit_mismatch: { nl: 'de eenheid past niet bij dit item', en: 'the unit does not match this item' },
  negative_amount: { nl: 'een hoeveelheid kan niet negatief zijn', en: 'an amount cannot be negative' },
  amount_too_large: { nl: 'deze hoeveelheid is onwaarschijnlijk groot', en: 'this amount is implausibly large' },
  hours_above_day: { nl: 'meer dan 24 uur per dag kan niet', en: 'more than 24 hours a day is impossible' },
  hours_above_week: { nl: 'meer dan 168 uur per week kan niet', en: 'more than 168 hours a week is impossible' },
  not_a_list: { nl: 'geef een lijst van dagdelen', en: 'give a list of periods of the day' },
  unknown_period: { nl: 'dit dagdeel kent het item niet', en: 'the item does not know this period' },
  duplicate_period: { nl: 'een dagdeel staat er twee keer in', en: 'a period is listed twice' },
};

const META: Record<MetaProblem['reason'], Words> = {
  required: { nl: 'vul dit in', en: 'fill this in' },
  date_invalid: { nl: 'dit is geen geldige datum (jjjj-mm-dd)', en: 'this is not a valid date (yyyy-mm-dd)' },
  author_invalid: { nl: 'kies bedrijfsarts, verzekeringsarts of anders', en: 'choose occupational physician, insurance physician or other' },
  not_boolean: { nl: 'kies ja of nee', en: 'choose yes or no' },
  not_text: { nl: 'dit moet tekst zijn', en: 'this must be text' },
  too_long: { nl: 'deze tekst is te lang', en: 'this text is too long' },
};

const CELL: Record<CellProblem['reason'], Words> = {
  unknown_item: VALUE.unknown_item,
  conclusion_invalid: { nl: 'kies een oordeel', en: 'choose a judgement' },
  reason_required: { nl: 'geef een reden', en: 'give a reason' },
  reason_too_short: { nl: 'de reden is te kort (minstens 10 tekens)', en: 'the reason is too short (at least 10 characters)' },
  too_long: META.too_long,
  not_text: META.not_text,
};

const ADJUSTMENT: Record<AdjustmentProblem['reason'], Words> = {
  required: META.required,
  too_long: META.too_long,
  unknown_item: { nl: 'een genoemd item staat niet in de lijst', en: 'an item named is not in the list' },
  not_text: META.not_text,
};

const IMPORT: Record<Exclude<ImportProblem['code'], ValueProblem['reason']>, Words> = {
  empty_file: { nl: 'het bestand is leeg', en: 'the file is empty' },
  table_header_missing: { nl: 'de kopregel van de tabel ontbreekt (code;waarde;eenheid)', en: 'the table header is missing (code;value;unit)' },
  unknown_header_key: { nl: 'onbekend gegeven in de kop', en: 'unknown key in the header' },
  duplicate_header_key: { nl: 'dit gegeven staat twee keer in de kop', en: 'this key appears twice in the header' },
  date_missing: { nl: 'de datum van de FML ontbreekt', en: 'the FML’s date is missing' },
  date_invalid: META.date_invalid,
  author_missing: { nl: 'de opsteller (bedrijfsarts of verzekeringsarts) ontbreekt', en: 'the author (occupational or insurance physician) is missing' },
  author_invalid: META.author_invalid,
  yes_no_invalid: META.not_boolean,
  too_long: META.too_long,
  catalogue_mismatch: { nl: 'het bestand hoort bij een andere itemlijst', en: 'the file belongs to another item list' },
  columns: { nl: 'verwacht: code;waarde;eenheid', en: 'expected: code;value;unit' },
  duplicate_item: { nl: 'dit item staat er twee keer in', en: 'this item appears twice' },
  value_missing: VALUE.required,
  number_invalid: VALUE.not_a_number,
  number_ambiguous: { nl: 'onduidelijk getal: schrijf een komma voor decimalen en geen punt voor duizendtallen', en: 'ambiguous number: use a comma or point for decimals and no thousands separator' },
  unit_unknown: { nl: 'onbekende eenheid', en: 'unknown unit' },
  unknown_level: { nl: 'dit niveau kent het item niet', en: 'the item does not know this level' },
};

const CATALOGUE: Record<CatalogueProblem['problem'], Words> = {
  not_an_object: { nl: 'verwacht een object', en: 'expected an object' },
  required: META.required,
  not_text: META.not_text,
  empty: { nl: 'mag niet leeg zijn', en: 'must not be empty' },
  not_a_list: { nl: 'verwacht een lijst', en: 'expected a list' },
  list_empty: { nl: 'de lijst is leeg', en: 'the list is empty' },
  duplicate_code: { nl: 'deze code komt al voor', en: 'this code is used already' },
  unknown_section: { nl: 'deze rubriek is niet gedeclareerd', en: 'this section is not declared' },
  unknown_kind: { nl: 'onbekende soort item', en: 'unknown kind of item' },
  too_few_levels: { nl: 'minstens twee niveaus nodig (normaal en een beperking)', en: 'at least two levels needed (normal and one limited)' },
  unit_missing: VALUE.unit_missing,
  unit_invalid: { nl: 'ongeldige eenheid', en: 'invalid unit' },
  not_boolean: META.not_boolean,
  per_invalid: { nl: 'kies per dag of per week', en: 'choose per day or per week' },
  amount_invalid: VALUE.not_a_number,
  amounts_not_ordered: { nl: 'de hoeveelheden lopen niet van normaal naar meest beperkt', en: 'the amounts do not run from normal to most limited' },
  time_invalid: { nl: 'ongeldige tijd (uu:mm)', en: 'invalid time (hh:mm)' },
  unknown_period: VALUE.unknown_period,
};

const CONCLUSION: Record<string, Words> = {
  conclusion_invalid: { nl: 'kies een conclusie', en: 'choose a conclusion' },
  ...Object.fromEntries(Object.entries(CELL).filter(([k]) => k !== 'conclusion_invalid')),
};

/** One problem for the answer: where (item, field, line) and what, in words. */
export interface ProblemText {
  field?: string;
  line?: number | null;
  message: string;
}

export const valueProblemText = (language: Language, p: ValueProblem, prefix: string): ProblemText => ({
  field: p.item ? `${prefix}.${p.item}` : prefix,
  message: p.item ? `${p.item}: ${VALUE[p.reason][language]}` : VALUE[p.reason][language],
});

export const metaProblemText = (language: Language, p: MetaProblem): ProblemText => ({ field: p.field, message: META[p.reason][language] });

export const cellProblemText = (language: Language, p: CellProblem): ProblemText => ({ field: p.field === 'override' ? 'override' : 'note', message: CELL[p.reason][language] });

export const adjustmentProblemText = (language: Language, p: AdjustmentProblem): ProblemText => ({
  field: p.index >= 0 ? `adjustments.${p.index}.${p.field}` : 'adjustments',
  message: ADJUSTMENT[p.reason][language],
});

export const conclusionProblemText = (language: Language, p: ConclusionProblem): ProblemText => ({ field: p.field, message: (CONCLUSION[p.reason] ?? META.required)[language] });

export function importProblemText(language: Language, p: ImportProblem): ProblemText {
  const words = (IMPORT as Record<string, Words>)[p.code] ?? VALUE[p.code as ValueProblem['reason']];
  const what = p.item ? `${p.item}: ${words[language]}` : words[language];
  const where = p.line === null ? (language === 'nl' ? 'Bestand' : 'File') : `${language === 'nl' ? 'Regel' : 'Line'} ${p.line}`;
  return { line: p.line, message: `${where}: ${what}` };
}

export const catalogueProblemText = (language: Language, p: CatalogueProblem): ProblemText => ({ field: p.path, message: `${p.path}: ${CATALOGUE[p.problem][language]}` });
