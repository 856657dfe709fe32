// Appointment times are chosen in Dutch local time (Europe/Amsterdam), whatever the browser's own
// time zone, and sent as ISO 8601 with the offset of that moment (+01:00 in winter, +02:00 in summer).

import { addDays } from '../../cases/domain';

const ZONE = 'Europe/Amsterdam';
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function amsterdamParts(instant: Date): LocalParts {
  const map = Object.fromEntries(PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(map.year),
    month: Number(map.month),
    day: Number(map.day),
    hour: Number(map.hour) % 24,
    minute: Number(map.minute),
    second: Number(map.second),
  };
}

/** Minutes Amsterdam is ahead of UTC at this instant (60 or 120). */
export function amsterdamOffsetMinutes(instant: Date): number {
  const p = amsterdamParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * '2026-12-01T10:00' (Amsterdam wall-clock time, as a datetime-local input gives it) →
 * '2026-12-01T10:00:00+01:00'; null when empty or not a real time (e.g. in the spring-forward gap).
 */
export function amsterdamLocalToIso(local: string): string | null {
  const m = LOCAL_RE.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  let offset = amsterdamOffsetMinutes(new Date(wall));
  offset = amsterdamOffsetMinutes(new Date(wall - offset * 60_000));
  const instant = new Date(wall - offset * 60_000);
  if (isoToAmsterdamLocal(instant.toISOString()) !== `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`) return null;
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant → 'YYYY-MM-DDTHH:MM' in Amsterdam, for a datetime-local input. */
export function isoToAmsterdamLocal(value: string | Date): string {
  const instant = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return '';
  const p = amsterdamParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date 'YYYY-MM-DD'. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}


export interface OfficeHours {
  officeDays: readonly number[];
  officeStart: string;
  officeEnd: string;
  minLeadHours: number;
}

/**
 * A sensible first proposal for a new appointment: 10:00 (or the opening time, if later) on the
 * first office day that leaves at least the minimum lead time and is at least two days ahead.
 */
export function proposedAppointment(settings: OfficeHours, now: Date = new Date()): string {
  const today = isoToAmsterdamLocal(now).slice(0, 10);
  const time = settings.officeStart > '10:00' ? settings.officeStart : '10:00';
  const days = settings.officeDays.length ? settings.officeDays : [1, 2, 3, 4, 5];
  for (let offset = 2; offset < 60; offset += 1) {
    const date = addDays(today, offset);
    if (!days.includes(isoWeekday(date))) continue;
    const local = `${date}T${time}`;
    const iso = amsterdamLocalToIso(local);
    if (iso && Date.parse(iso) - now.getTime() >= settings.minLeadHours * 3_600_000) return local;
  }
  return `${addDays(today, 2)}T${time}`;
}

// Calendar dates follow the case file's rules: one implementation of a real 'YYYY-MM-DD'.
export { isIsoDate } from '../../cases/domain';
