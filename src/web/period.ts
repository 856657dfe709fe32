// A period of calendar days (YYYY-MM-DD) for the quality views, kept in the address as `?van&tot`
// so a period can be bookmarked and shared; by default the last twelve months up to today.
import { useSearchParams } from 'react-router';
import { isIsoDate } from '../cases/domain';
import { todayInAmsterdam } from '../platform/time';

export interface Period {
  from: string;
  to: string;
}

/** The same calendar day `months` months earlier (clamped to the month's last day). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The default period: the last 12 months up to and including today. */
export function defaultPeriod(now: Date = new Date()): Period {
  const to = todayInAmsterdam(now);
  const from = new Date(`${monthsBefore(to, 12)}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() + 1);
  return { from: from.toISOString().slice(0, 10), to };
}

export type PeriodProblem = 'dateInvalid' | 'fromAfterTo';

/** What is wrong with a period as typed, per field (nothing when it can be shown). */
export function periodProblems(period: Period): Partial<Record<keyof Period, PeriodProblem>> {
  const problems: Partial<Record<keyof Period, PeriodProblem>> = {};
  if (!isIsoDate(period.from)) problems.from = 'dateInvalid';
  if (!isIsoDate(period.to)) problems.to = 'dateInvalid';
  if (!problems.from && !problems.to && period.from > period.to) problems.from = 'fromAfterTo';
  return problems;
}

/**
 * The period in the address (`van`, `tot`); a missing or impossible date falls back to the default.
 * A reversed period is passed on as it is, so the server's message explains it.
 */
export function usePeriodParams(): [Period, (next: Period) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = defaultPeriod();
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  const period = { from: isIsoDate(from) ? from : fallback.from, to: isIsoDate(to) ? to : fallback.to };
  return [period, (next) => setParams({ van: next.from, tot: next.to })];
}
