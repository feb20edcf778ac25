/**
 * Calendar dates as the API writes them ('YYYY-MM-DD', proleptic Gregorian, no time of day).
 * Pure: used by the engine, the records and the Date scalar alike.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in the month (0 for a month outside 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The years the service takes: any birth (in an ID number), claim, approval or enrolment, and
 *  no date whose arithmetic (an approval's years of validity) leaves four-digit years. */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2199;

/** True for a real calendar date written YYYY-MM-DD, in FIRST_YEAR..LAST_YEAR. */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** Parts of a date already checked by isCalendarDate. */
function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The 1st of the month `months` months after the date's month: ('2024-01-15', 6) → '2024-07-01'. */
export function firstOfMonthAfter(date: string, months: number): string {
  const [y, m] = parts(date);
  const index = y * 12 + (m - 1) + months;
  return format(Math.floor(index / 12), (index % 12) + 1, 1);
}

/**
 * The same day `months` months later, or the month's last day when it has no such day:
 * ('2024-08-31', 6) → '2025-02-28'.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}
