// Pure helpers of the portal page: dates and times in Dutch time written in the chosen language,
// durations, the order of appointments, the one-time code as typed, the masked address, the reason
// text, and template parts. No browser APIs, so they are unit-tested in Node.
import type { ContactForm, PortalContact, PortalLanguage } from './types';
import type { TextKey } from './texts';

export const ZONE = 'Europe/Amsterdam';

/** The locale for `Intl`, per language. Western digits everywhere: codes and phone numbers use them too. */
export const LOCALES: Record<PortalLanguage, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar',
  tr: 'tr-TR',
  pl: 'pl-PL',
};

const common = { timeZone: ZONE, numberingSystem: 'latn', calendar: 'gregory' } as const;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(language: PortalLanguage, kind: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${language}|${kind}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = kind === 'date'
      ? new Intl.DateTimeFormat(LOCALES[language], { ...common, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
      : new Intl.DateTimeFormat(LOCALES[language], { ...common, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    cache.set(key, format);
  }
  return format;
}

/** Weekday and date in Dutch time: "dinsdag 3 maart 2026", "Tuesday, 3 March 2026", "3 Mart 2026 Salı". */
export function formatDate(iso: string | number | Date, language: PortalLanguage): string {
  return dateFormat(language, 'date').format(new Date(iso));
}

/** Time of day in Dutch time, 24 hours: "10:00". */
export function formatTime(iso: string | number | Date, language: PortalLanguage): string {
  return dateFormat(language, 'time').format(new Date(iso));
}

/** A whole number in the language's way of writing (1.000 / 1,000 / 1 000), western digits. */
export function formatNumber(value: number, language: PortalLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { numberingSystem: 'latn' }).format(value);
}

function unit(value: number, name: 'hour' | 'minute', language: PortalLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: name, unitDisplay: 'long', numberingSystem: 'latn' }).format(value);
}

/** A duration in words with the right plural: "45 minuten", "1 godzina", "1 hour and 30 minutes". */
export function formatDuration(minutes: number, language: PortalLanguage): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return unit(rest, 'minute', language);
  if (rest === 0) return unit(hours, 'hour', language);
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format([unit(hours, 'hour', language), unit(rest, 'minute', language)]);
}

/** Items joined as the language joins them: "Alinea 1, Alinea 3 en Alinea 4". */
export function formatList(items: readonly string[], language: PortalLanguage): string {
  return new Intl.ListFormat(LOCALES[language], { type: 'conjunction' }).format(items);
}

/** The calendar day in Dutch time, as YYYY-MM-DD. */
export function amsterdamDay(moment: string | number | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(moment));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The time, or the date and the time when it is not today (both in Dutch time). */
export function formatWhen(iso: string, language: PortalLanguage, now: number): string {
  const time = formatTime(iso, language);
  return amsterdamDay(iso) === amsterdamDay(now) ? time : `${formatDate(iso, language)}, ${time}`;
}

export const FORM_KEYS: Record<ContactForm, TextKey> = { physical: 'formPhysical', video: 'formVideo', phone: 'formPhone' };
export const STATE_KEYS: Record<PortalContact['state'], TextKey> = { planned: 'statePlanned', held: 'stateHeld', cancelled: 'stateCancelled' };

/** Coming appointments soonest first; earlier ones latest first. */
export function orderContacts(upcoming: readonly PortalContact[], past: readonly PortalContact[]): { upcoming: PortalContact[]; past: PortalContact[] } {
  const at = (c: PortalContact) => Date.parse(c.plannedAt);
  return { upcoming: [...upcoming].sort((a, b) => at(a) - at(b)), past: [...past].sort((a, b) => at(b) - at(a)) };
}

/** The client may state a preference only for a planned contact that has not started yet. */
export function canStatePreference(contact: PortalContact, now: number): boolean {
  return contact.state === 'planned' && Date.parse(contact.plannedAt) > now;
}

/** Consent and the call buttons: a planned video contact that has not ended yet. */
export function isOpenVideoContact(contact: PortalContact, now: number): boolean {
  const end = Date.parse(contact.plannedAt) + contact.durationMinutes * 60_000;
  return contact.form === 'video' && contact.video !== null && contact.state === 'planned' && end > now;
}

/** "Naar het gesprek" is offered on the day of the appointment (Dutch time). */
export function isCallDay(contact: PortalContact, now: number): boolean {
  return amsterdamDay(contact.plannedAt) === amsterdamDay(now);
}

// ---- the one-time code ------------------------------------------------------------------------------

/** The code as typed, in plain digits: Arabic-Indic and Persian digits become 0–9; spaces and dashes go. */
export function normaliseCode(input: string): string {
  return input
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\uFF10-\uFF19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[\s\-.]/g, '');
}

export function isCompleteCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Which sentence says where the code went: by e-mail or by SMS, to the masked address the server gave. */
export function sentToText(channel: 'email' | 'sms' | null, sentTo: string | null): { key: TextKey; sentTo: string | null } {
  if (!sentTo) return { key: 'codeSentPlain', sentTo: null };
  return { key: channel === 'sms' ? 'codeSentSms' : 'codeSentEmail', sentTo };
}

/** The message for a wrong code, by the attempts the server says are left. */
export function wrongCodeText(attemptsLeft: number | undefined): { key: TextKey; count?: number } {
  if (attemptsLeft === undefined || !Number.isFinite(attemptsLeft) || attemptsLeft < 1) return { key: 'codeWrongPlain' };
  if (attemptsLeft === 1) return { key: 'codeWrongOne' };
  return { key: 'codeWrong', count: attemptsLeft };
}

// ---- the reason text --------------------------------------------------------------------------------

export const REASON_MAX = 1000;

/**
 * The length as the server counts it (src/portal/domain.ts, checkOwnWords): characters as the client
 * sees them (code points), so an emoji or a letter outside the basic plane counts once.
 */
export function reasonLength(text: string): number {
  return [...text].length;
}

export type ReasonProblem = 'required' | 'tooLong' | null;

/** Empty (or only spaces) or longer than 1000 characters; any script is fine. */
export function reasonProblem(text: string, required: boolean, max = REASON_MAX): ReasonProblem {
  if (required && text.trim().length === 0) return 'required';
  if (reasonLength(text) > max) return 'tooLong';
  return null;
}

// ---- templates with parts ----------------------------------------------------------------------------

export type TemplatePart = { text: string } | { name: string };

/** Splits "We hebben een code gestuurd naar {sentTo}." into text and named parts (for links, isolates). */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** A phone number as a `tel:` address: digits and a leading plus only; null when too short to dial. */
export function telHref(phone: string): string | null {
  const dial = phone.trim().replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return dial.replace(/\D/g, '').length >= 3 ? `tel:${dial}` : null;
}

/**
 * The call page from the call link the server gives (`<appUrl>/gesprek#<token>`), as a path on this site:
 * the page follows nothing else, and stays on the address it was opened on.
 */
export function callPagePath(url: string, origin: string): string | null {
  try {
    const parsed = new URL(url, origin);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    if (!parsed.pathname.endsWith('/gesprek') || !parsed.hash) return null;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return null;
  }
}
