// Capacity in words: a value of the FML or of a job profile, a matrix cell (symbol AND word, computed
// and judged side by side), the chart's numbers, Passend's questions and the FML warnings. Pure
// (the translation function and the language are passed in): unit-tested in capacity-format.test.ts.
import type { TFunction } from 'i18next';
import type { Catalogue, CatalogueItem, OrdinalItem } from '../catalogue';
import type { CapacityValue, CaseEvent, ConclusionQuestion, DemandValue, FmlWarning, ItemComparison, JudgedOutcome, MatrixCell, ProfileSummary } from '../domain';

type Lang = string;
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** A text of the catalogue in the interface language (Dutch where an uploaded list has no English). */
export function inLang(text: { nl: string; en: string | null } | null | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.nl;
}

export function numberText(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3 }).format(n);
}

/** "I-1 en VI-2", "I-1, I-2 and VI-2". */
export function listText(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(items);
}

export function unitText(t: TFunction, unit: string): string {
  return t(`capacity.units.${unit}`, { defaultValue: unit });
}

/** The short name of a period: "nacht" of "nacht (22:00–6:00)". */
export function periodNames(item: CatalogueItem, codes: readonly string[], lang: Lang): string {
  if (item.kind !== 'periods') return codes.join(', ');
  return listText(codes.map((code) => {
    const period = item.periods.find((p) => p.code === code);
    return period ? inLang(period.label, lang).split(' (')[0]! : code;
  }), lang);
}

export function levelName(item: OrdinalItem, level: number, lang: Lang): string {
  const l = item.levels[level];
  return l ? `${l.code} ${inLang(l.label, lang)}` : String(level);
}

const hoursUnit = (item: CatalogueItem) => (item.kind === 'hours' && item.per === 'week' ? 'hours_per_week' : 'hours_per_day');

/** What the person can do on an item, in words ("1 Beperkt", "ten hoogste 4 uur per dag", "niet beperkt"). */
export function capacityText(t: TFunction, lang: Lang, item: CatalogueItem, value: CapacityValue | undefined): string {
  if (!value || value.kind !== item.kind) return t('capacity.value.notAssessed');
  switch (value.kind) {
    case 'ordinal':
      return levelName(item as OrdinalItem, value.level, lang);
    case 'quantity':
      return value.max === null ? t('capacity.value.notLimited') : t('capacity.value.max', { amount: numberText(value.max, lang), unit: unitText(t, value.unit) });
    case 'hours':
      return value.max === null ? t('capacity.value.notLimited') : t('capacity.value.max', { amount: numberText(value.max, lang), unit: unitText(t, hoursUnit(item)) });
    case 'periods':
      return value.allowed.length === 0 ? t('capacity.value.noPeriod') : t('capacity.value.canWork', { periods: periodNames(item, value.allowed, lang) });
  }
}

/** What the work asks on an item, in words ("te doen tot en met 1 Beperkt", "36 uur per week", "vraagt: dag, nacht"). */
export function demandText(t: TFunction, lang: Lang, item: CatalogueItem, value: DemandValue | undefined): string {
  if (!value || value.kind !== item.kind) return t('capacity.value.notDescribed');
  switch (value.kind) {
    case 'ordinal':
      return t('capacity.value.demandLevel', { level: levelName(item as OrdinalItem, value.level, lang) });
    case 'quantity':
      return `${numberText(value.amount, lang)} ${unitText(t, value.unit)}`;
    case 'hours':
      return `${numberText(value.hours, lang)} ${unitText(t, hoursUnit(item))}`;
    case 'periods':
      return value.needed.length === 0 ? t('capacity.value.noPeriod') : t('capacity.value.needs', { periods: periodNames(item, value.needed, lang) });
  }
}

export const SYMBOLS: Record<JudgedOutcome, string> = { fits: '✓', fits_with_adjustment: '◆', exceeds: '▲', unknown: '?' };

/** The computed outcome in words, with by how much or which side is missing. */
export function computedWords(t: TFunction, lang: Lang, item: CatalogueItem, computed: ItemComparison): string {
  if (computed.outcome === 'fits') return t('capacity.outcome.fits');
  if (computed.outcome === 'unknown') return t(`capacity.outcome.unknown_${computed.missing ?? 'both'}`);
  const by = computed.by;
  if (by?.levels !== undefined) return t('capacity.outcome.byLevels', { count: by.levels });
  if (by?.amount !== undefined) return t('capacity.outcome.byAmount', { amount: numberText(by.amount, lang), unit: unitText(t, by.unit ?? '') });
  if (by?.periods !== undefined) return t('capacity.outcome.byPeriods', { periods: periodNames(item, by.periods, lang) });
  return t('capacity.outcome.exceeds');
}

export interface CellWords {
  /** What counts (the judgement where there is one, else the computed outcome). */
  outcome: JudgedOutcome;
  symbol: string;
  /** The main line: the computed outcome in words, or "oordeel: …" when overridden. */
  text: string;
  /** When overridden: the computed outcome, kept in sight ("berekend: ▲ overschrijdt met 1 niveau"). */
  computed: { symbol: string; text: string } | null;
  /** The reason of the judgement, if any. */
  reason: string | null;
}

export function cellWords(t: TFunction, lang: Lang, item: CatalogueItem, cell: Pick<MatrixCell, 'computed' | 'judgement' | 'outcome'>): CellWords {
  const computed = computedWords(t, lang, item, cell.computed);
  if (!cell.judgement) return { outcome: cell.outcome, symbol: SYMBOLS[cell.computed.outcome], text: computed, computed: null, reason: null };
  return {
    outcome: cell.judgement.conclusion,
    symbol: SYMBOLS[cell.judgement.conclusion],
    text: t('capacity.cell.judged', { text: t(`capacity.judged.${cell.judgement.conclusion}`) }),
    computed: { symbol: SYMBOLS[cell.computed.outcome], text: t('capacity.cell.computed', { text: computed }) },
    reason: cell.judgement.reason,
  };
}

/** The whole cell as one sentence (for the cell dialog's summary and plain-text uses). */
export function cellSentence(t: TFunction, lang: Lang, item: CatalogueItem, cell: Pick<MatrixCell, 'computed' | 'judgement' | 'outcome'>): string {
  const words = cellWords(t, lang, item, cell);
  return words.computed ? `${words.computed.text} · ${words.text}` : words.text;
}

// ---- the chart ------------------------------------------------------------------------------------

export type ChartKey = 'fits' | 'fitsWithAdjustment' | 'exceeds' | 'unknown';
export interface ChartSegment {
  key: ChartKey;
  count: number;
  /** Share of the bar in whole percent; the shares add up to 100 (largest remainder). */
  percent: number;
}
export interface ChartNumbers {
  items: number;
  segments: ChartSegment[];
  /** Sections with overshoots after judgement, with their counts, in catalogue order. */
  sections: Array<{ section: string; count: number }>;
  /** The computed counts, when the judgement changed any. */
  computed: { fits: number; exceeds: number; unknown: number } | null;
}

/** Whole percentages that add up to 100 (largest remainder), or all 0 when there is nothing. */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const raw = counts.map((c) => (c * 100) / total);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/** The chart of one profile: how many items fit, fit with an adjustment, exceed, are unknown (after judgement). */
export function chartNumbers(summary: ProfileSummary): ChartNumbers {
  const keys: ChartKey[] = ['fits', 'fitsWithAdjustment', 'exceeds', 'unknown'];
  const counts = keys.map((k) => summary.judged[k]);
  const percents = shares(counts);
  const c = summary.computed;
  const changed = summary.overridden > 0 && (c.fits !== summary.judged.fits || c.exceeds !== summary.judged.exceeds || c.unknown !== summary.judged.unknown);
  return {
    items: summary.items,
    segments: keys.map((key, i) => ({ key, count: counts[i]!, percent: percents[i]! })),
    sections: summary.judged.overshootSections,
    computed: changed ? { fits: c.fits, exceeds: c.exceeds, unknown: c.unknown } : null,
  };
}

export function sectionName(catalogue: Catalogue, code: string, lang: Lang): string {
  const section = catalogue.sections.find((s) => s.code === code);
  return section ? `${section.code} ${inLang(section.label, lang)}` : code;
}

// ---- Passend's questions and the FML warnings ------------------------------------------------------

export function questionText(t: TFunction, lang: Lang, q: ConclusionQuestion): string {
  switch (q.code) {
    case 'suitable_despite_overshoots':
    case 'overshoots_without_adjustment':
      return t(`capacity.question.${q.code}`, { items: listText(q.items, lang), count: q.items.length });
    case 'adjustments_judged_but_suitable':
      return t('capacity.question.adjustments_judged_but_suitable', { count: q.count });
    case 'many_unknowns':
      return t('capacity.question.many_unknowns', { unknown: q.unknown, items: q.items });
    default:
      return t(`capacity.question.${q.code}`, { defaultValue: q.code });
  }
}

export function eventText(t: TFunction, event: CaseEvent, formatDate: (iso: string) => string): string {
  const when = formatDate(event.at.slice(0, 10));
  if (event.kind === 'reopened') return t('capacity.warning.eventReopened', { when });
  const type = event.kind.startsWith('document:') ? event.kind.slice('document:'.length) : event.kind;
  const what = t(`enums.documentType.${type}`, { defaultValue: type });
  return event.label ? t('capacity.warning.eventDocumentNamed', { when, what, name: event.label }) : t('capacity.warning.eventDocument', { when, what });
}

export function warningText(t: TFunction, lang: Lang, warning: FmlWarning, fmlDate: (id: string) => string | null, formatDate: (iso: string) => string): string {
  switch (warning.code) {
    case 'drawn_up_during_treatment':
      return t('capacity.warning.drawn_up_during_treatment');
    case 'predates_events':
      return t('capacity.warning.predates_events', { events: listText(warning.events.map((e) => eventText(t, e, formatDate)), lang), count: warning.events.length });
    case 'older_fml_than_another': {
      const dates = warning.newer.map((id) => fmlDate(id)).filter((d): d is string => d !== null).map(formatDate);
      return t('capacity.warning.older_fml_than_another', { dates: listText(dates, lang), count: warning.newer.length });
    }
    case 'dated_in_future':
      return t('capacity.warning.dated_in_future');
  }
}
