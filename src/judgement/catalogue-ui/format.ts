// The instrument databank and the case's sources as a Dutch labour expert reads them: a duration in
// hours and minutes, usefulness as an average that always says how many ratings it rests on, how often
// an instrument is used and in how many cases, and the search over the databank. Pure (no React, no
// i18next), so it is unit-tested in Node; the words are in the two UI languages here because they are
// built from numbers (plural forms, the decimal comma).

export type Lang = 'nl' | 'en';
export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'nl');

const numberFormat = (lang: Lang, digits: number) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** 240 → "4 uur", 45 → "45 minuten", 90 → "1 uur en 30 minuten" (en: "4 hours", "1 hour and 30 minutes"). */
export function formatDuration(minutes: number, language: string): string {
  const lang = langOf(language);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = lang === 'en' ? plural(hours, 'hour', 'hours') : `${hours} uur`;
  const m = lang === 'en' ? plural(rest, 'minute', 'minutes') : plural(rest, 'minuut', 'minuten');
  if (hours === 0) return m;
  if (rest === 0) return h;
  return `${h} ${lang === 'en' ? 'and' : 'en'} ${m}`;
}

export interface RatingSummary {
  average: number | null;
  count: number;
}

/**
 * Usefulness as the profession rated it: "4,0 van 5, 1 beoordeling". An average is never said without
 * how many ratings it rests on; without ratings there is no average at all.
 */
export function formatUsefulness(rating: RatingSummary, language: string): string {
  const lang = langOf(language);
  if (rating.count === 0 || rating.average === null) return lang === 'en' ? 'Not rated yet' : 'Nog niet beoordeeld';
  const average = numberFormat(lang, 1).format(rating.average);
  return lang === 'en'
    ? `${average} of 5, ${plural(rating.count, 'rating', 'ratings')}`
    : `${average} van 5, ${plural(rating.count, 'beoordeling', 'beoordelingen')}`;
}

/** How often the instrument is used: "3 keer gebruikt, in 2 dossiers"; "Nog niet gebruikt". */
export function formatUsage(usage: { uses: number; cases: number }, language: string): string {
  const lang = langOf(language);
  if (usage.uses === 0) return lang === 'en' ? 'Not used yet' : 'Nog niet gebruikt';
  return lang === 'en'
    ? `Used ${usage.uses === 1 ? 'once' : `${usage.uses} times`}, in ${plural(usage.cases, 'case', 'cases')}`
    : `${usage.uses} keer gebruikt, in ${plural(usage.cases, 'dossier', 'dossiers')}`;
}

export type MinutesResult = { ok: true; value: number | null } | { ok: false };

/** A typed duration in whole minutes (empty: not known). Nothing is guessed: "1,5" or "-3" is refused. */
export function parseMinutes(text: string): MinutesResult {
  const cleaned = text.trim();
  if (cleaned === '') return { ok: true, value: null };
  if (!/^\d{1,5}$/.test(cleaned)) return { ok: false };
  const value = Number(cleaned);
  return value >= 1 && value <= 10_000 ? { ok: true, value } : { ok: false };
}

/** Lower case without accents, so "leerbaarheid" finds "Leerbaarheid" and "cliënt" finds "client". */
export function searchable(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

export interface Searchable {
  name: string;
  construct: string;
  validationStatus: string;
  validationNote: string | null;
  provider: string | null;
  fitsWhen: string | null;
}

/**
 * The instruments that match every word typed (in name, what it measures, provider, when it fits or the
 * note on validation) and, when one is chosen, the validation status.
 */
export function filterInstruments<T extends Searchable>(items: readonly T[], filter: { text: string; status: string }): T[] {
  const words = searchable(filter.text).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (filter.status && item.validationStatus !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = searchable([item.name, item.construct, item.provider, item.fitsWhen, item.validationNote].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
