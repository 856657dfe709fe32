// Money and numbers as a Dutch labour expert reads and types them: "€ 1.234,56", "16,50", "32,5".
// Amounts travel in cents; what is typed is checked here first, the server checks again.

/** Cents → "€ 1.234,56" (nl) or "€1,234.56" (en). */
export function formatEuro(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A number with up to `digits` decimals in the language's notation: 55,5 / 138,6667. */
export function formatNumber(value: number, language: string, digits = 4): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: digits }).format(value);
}

export type ParseResult = { ok: true; value: number } | { ok: false; problem: 'empty' | 'invalid' | 'decimals' };

/**
 * Reads a typed decimal number with at most `maxDecimals` decimals. Dutch: a comma for decimals, points
 * only as thousands separators ("1.234,56", "2.450"); English the other way round. A euro sign and
 * spaces are ignored. Nothing is guessed: "1,2,3" is refused.
 */
export function parseDecimal(text: string, language: string, maxDecimals = 2): ParseResult {
  const cleaned = text.replace(/[€\s\u00a0]/g, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  const [decimal, thousands] = language === 'en' ? ['.', ','] : [',', '.'];
  const escaped = (c: string) => (c === '.' ? '\\.' : c);
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${escaped(thousands)}\\d{3})+|\\d+)(?:${escaped(decimal)}(\\d+))?$`);
  const match = pattern.exec(cleaned);
  if (!match) return { ok: false, problem: 'invalid' };
  const whole = match[2]!.split(thousands).join('');
  const fraction = match[3] ?? '';
  if (fraction.length > maxDecimals) return { ok: false, problem: 'decimals' };
  const value = Number(`${match[1]}${whole}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'invalid' };
}

/** A typed euro amount → whole cents, exactly (no floating-point rounding). */
export function parseEuroCents(text: string, language: string): ParseResult {
  const parsed = parseDecimal(text, language, 2);
  if (!parsed.ok) return parsed;
  return { ok: true, value: Math.round(parsed.value * 100) };
}

/** Cents → the text a form field starts with: "16,50" (nl) or "16.50" (en). */
export function centsToInput(cents: number, language: string): string {
  const euros = (cents / 100).toFixed(2);
  return language === 'en' ? euros : euros.replace('.', ',');
}
