// "Today" is a Dutch calendar date: deadlines are judged in Europe/Amsterdam, whatever the server's zone.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}

/**
 * The same calendar day a year earlier, for "the last twelve months". 29 February becomes
 * 28 February in a common year: PostgreSQL refuses a date such as 2027-02-29.
 */
export function sameDayYearBefore(iso: string): string {
  const year = Number(iso.slice(0, 4)) - 1;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = iso.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay === '-02-29' && !leap ? '-02-28' : monthDay}`;
}
