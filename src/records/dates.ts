/**
 * Calendar-date helpers on 'YYYY-MM-DD' strings (UTC, no time of day), for approval validity
 * and enrolment years.
 */
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

/** The easternmost time zone is UTC+14: no one anywhere is yet living a later day than this. */
const EARLIEST_ZONE_AHEAD_MS = 14 * 60 * 60 * 1000;

/**
 * The latest date that is today somewhere on Earth: a service date, birth date or other past
 * event after it is in the future. (A hospital in China, UTC+8, settling just after midnight
 * is a day ahead of UTC; this tolerance covers every time zone.)
 */
export function latestToday(now: Date): string {
  return fromUtc(new Date(now.getTime() + EARLIEST_ZONE_AHEAD_MS));
}
