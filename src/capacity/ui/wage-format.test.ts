import { describe, expect, it } from 'vitest';
import { centsToInput, formatEuro, formatNumber, parseDecimal, parseEuroCents } from './wage-format';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('money and numbers as typed and read', () => {
  it('shows euros the Dutch way: € 1.234,56', () => {
    expect(nbsp(formatEuro(123456, 'nl'))).toBe('€ 1.234,56');
    expect(nbsp(formatEuro(0, 'nl'))).toBe('€ 0,00');
    expect(formatEuro(123456, 'en')).toBe('€1,234.56');
    expect(formatNumber(138.6667, 'nl')).toBe('138,6667');
    expect(formatNumber(32, 'nl')).toBe('32');
  });

  it('reads Dutch amounts: decimal comma, thousands point', () => {
    expect(parseEuroCents('16,50', 'nl')).toEqual({ ok: true, value: 1650 });
    expect(parseEuroCents('€ 2.450,00', 'nl')).toEqual({ ok: true, value: 245000 });
    expect(parseEuroCents('2.450', 'nl')).toEqual({ ok: true, value: 245000 });
    expect(parseEuroCents('14,71', 'nl')).toEqual({ ok: true, value: 1471 });
    expect(parseEuroCents('0,29', 'nl')).toEqual({ ok: true, value: 29 });
    expect(parseDecimal('55,5', 'nl')).toEqual({ ok: true, value: 55.5 });
    expect(parseDecimal('32', 'nl')).toEqual({ ok: true, value: 32 });
  });

  it('reads English amounts: decimal point, thousands comma', () => {
    expect(parseEuroCents('16.50', 'en')).toEqual({ ok: true, value: 1650 });
    expect(parseEuroCents('2,450.00', 'en')).toEqual({ ok: true, value: 245000 });
  });

  it('refuses what it would have to guess', () => {
    expect(parseDecimal('', 'nl')).toEqual({ ok: false, problem: 'empty' });
    expect(parseDecimal('1,2,3', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseDecimal('16.5', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseDecimal('zestien', 'nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseDecimal('55,555', 'nl')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseEuroCents('16,505', 'nl')).toEqual({ ok: false, problem: 'decimals' });
  });

  it('fills a form field from cents', () => {
    expect(centsToInput(1500, 'nl')).toBe('15,00');
    expect(centsToInput(1500, 'en')).toBe('15.00');
  });
});
