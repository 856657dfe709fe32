// "Today" is a Dutch calendar date: deadlines are judged in Europe/Amsterdam, whatever the server's zone.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInAmsterdam(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}
