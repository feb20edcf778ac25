/**
 * Calendar-date helpers on 'YYYY-MM-DD' strings (UTC, no time of day), for approval validity
 * and enrolment years.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The last day of a period of `years` years starting on `start`: 2024-03-01 + 2 → 2026-02-28. */
export function lastDayOfYears(start: string, years: number): string {
  const d = toUtc(start);
  const end = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
  // 29 February + n years rolls over to 1 March; the period then ends on 28 February.
  if (end.getUTCDate() !== d.getUTCDate()) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return fromUtc(end);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Today in UTC as 'YYYY-MM-DD'. */
export function isoDay(now: Date): string {
  return fromUtc(now);
}
