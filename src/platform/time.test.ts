// "The last twelve months" must start on a real calendar date, also on a leap day.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../cases/domain.js';
import { sameDayYearBefore, todayInAmsterdam } from './time.js';

describe('sameDayYearBefore', () => {
  it('gives the same day one year earlier', () => {
    expect(sameDayYearBefore('2026-11-23')).toBe('2025-11-23');
    expect(sameDayYearBefore('2026-01-01')).toBe('2025-01-01');
  });

  it('turns a leap day into 28 February of a common year', () => {
    expect(sameDayYearBefore('2028-02-29')).toBe('2027-02-28');
    expect(sameDayYearBefore('2025-02-28')).toBe('2024-02-28');
    expect(sameDayYearBefore('2000-02-29')).toBe('1999-02-28');
  });

  it('always gives a valid date for every day of a leap year', () => {
    for (let day = 0; day < 366; day++) {
      const iso = new Date(Date.UTC(2028, 0, 1 + day)).toISOString().slice(0, 10);
      expect(isIsoDate(sameDayYearBefore(iso)), iso).toBe(true);
    }
  });
});

describe('todayInAmsterdam', () => {
  it('is the Dutch calendar day, not the UTC one', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(todayInAmsterdam(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
  });
});
