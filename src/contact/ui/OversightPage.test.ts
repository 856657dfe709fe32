// The pure helpers of the oversight page: bar widths in 5% steps that add up, percentages, periods.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPeriod, monthsBefore } from '../../web/period';
import { barWidths, percentages } from './OversightPage';
import { isIsoDate } from './time';

const sum = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe('barWidths', () => {
  it('is all zero without contacts', () => {
    expect(barWidths({ physical: 0, video: 0, phone: 0 })).toEqual({ physical: 0, video: 0, phone: 0 });
  });

  it('gives exact shares when they fall on 5% steps', () => {
    expect(barWidths({ physical: 12, video: 6, phone: 2 })).toEqual({ physical: 60, video: 30, phone: 10 });
    expect(barWidths({ physical: 1, video: 0, phone: 0 })).toEqual({ physical: 100, video: 0, phone: 0 });
  });

  it('rounds by largest remainder to a total of 100', () => {
    expect(barWidths({ physical: 1, video: 1, phone: 1 })).toEqual({ physical: 35, video: 35, phone: 30 });
  });

  it('never hides a form that occurred', () => {
    expect(barWidths({ physical: 100, video: 1, phone: 0 })).toEqual({ physical: 95, video: 5, phone: 0 });
    expect(barWidths({ physical: 200, video: 1, phone: 1 })).toEqual({ physical: 90, video: 5, phone: 5 });
  });

  it('always gives multiples of 5 that add up to 100 (property)', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), fc.nat(10_000), (physical, video, phone) => {
        const widths = barWidths({ physical, video, phone });
        const total = physical + video + phone;
        expect(sum(widths)).toBe(total ? 100 : 0);
        for (const [form, width] of Object.entries(widths)) {
          expect(width % 5).toBe(0);
          const count = { physical, video, phone }[form as 'physical'];
          if (count > 0) expect(width).toBeGreaterThan(0);
          if (count === 0) expect(width).toBe(0);
        }
      }),
    );
  });
});

describe('percentages', () => {
  it('rounds to whole percentages', () => {
    expect(percentages({ physical: 1, video: 1, phone: 1 })).toEqual({ physical: 33, video: 33, phone: 33 });
    expect(percentages({ physical: 0, video: 0, phone: 0 })).toEqual({ physical: 0, video: 0, phone: 0 });
  });
});

describe('periods', () => {
  it('goes back whole months, clamped to the end of the month', () => {
    expect(monthsBefore('2026-11-23', 12)).toBe('2025-11-23');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
  });

  it('defaults to the last 12 months up to and including today (Amsterdam)', () => {
    expect(defaultPeriod(new Date('2026-11-23T10:00:00Z'))).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(defaultPeriod(new Date('2026-12-31T23:30:00Z')).to).toBe('2027-01-01');
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
  });
});
