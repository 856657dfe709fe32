import { describe, expect, it } from 'vitest';
import { amsterdamLocalToIso, isoToAmsterdamLocal, isoWeekday, proposedAppointment } from './time';

const OFFICE = { officeDays: [1, 2, 3, 4, 5], officeStart: '08:30', officeEnd: '17:30', minLeadHours: 24 };

describe('Amsterdam wall-clock time', () => {
  it('adds the winter and summer offsets', () => {
    expect(amsterdamLocalToIso('2026-12-01T10:00')).toBe('2026-12-01T10:00:00+01:00');
    expect(amsterdamLocalToIso('2026-07-01T10:00')).toBe('2026-07-01T10:00:00+02:00');
  });

  it('handles the change-over days', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 25 October 2026: from 03:00 back to 02:00.
    expect(amsterdamLocalToIso('2026-03-29T01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(amsterdamLocalToIso('2026-03-29T03:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(amsterdamLocalToIso('2026-03-29T02:30')).toBeNull();
    expect(amsterdamLocalToIso('2026-10-25T12:00')).toBe('2026-10-25T12:00:00+01:00');
  });

  it('refuses what is not a time', () => {
    expect(amsterdamLocalToIso('')).toBeNull();
    expect(amsterdamLocalToIso('morgen')).toBeNull();
    expect(amsterdamLocalToIso('2026-02-30T10:00')).toBeNull();
  });

  it('reads an instant back as Amsterdam time', () => {
    expect(isoToAmsterdamLocal('2026-12-01T09:00:00Z')).toBe('2026-12-01T10:00');
    expect(isoToAmsterdamLocal('2026-07-01T08:00:00.000Z')).toBe('2026-07-01T10:00');
    expect(isoToAmsterdamLocal('nonsense')).toBe('');
  });

  it('knows the weekday of a date', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});

describe('proposed appointment', () => {
  it('is 10:00 on the first office day at least two days ahead', () => {
    // Monday 23 Nov 2026 → Wednesday 25 Nov.
    expect(proposedAppointment(OFFICE, new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-25T10:00');
    // Thursday 26 Nov → Monday 30 Nov (the weekend is skipped).
    expect(proposedAppointment(OFFICE, new Date('2026-11-26T08:00:00Z'))).toBe('2026-11-30T10:00');
  });

  it('keeps the minimum lead time and the opening hour', () => {
    expect(proposedAppointment({ ...OFFICE, minLeadHours: 24 * 5 }, new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-30T10:00');
    expect(proposedAppointment({ ...OFFICE, officeStart: '11:00' }, new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-25T11:00');
  });
});
