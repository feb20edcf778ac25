/**
 * Calendar dates as the API writes them ('YYYY-MM-DD', proleptic Gregorian, no time of day).
 * Pure: used by the engine, the records and the Date scalar alike.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days in the month (0 for a month outside 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The years the service takes: any birth (in an ID number), claim, approval or enrolment, and
 *  no date whose arithmetic (an approval's years of validity) leaves four-digit years. */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 2199;

/** True for a real calendar date written YYYY-MM-DD, in FIRST_YEAR..LAST_YEAR. */
export function isCalendarDate(value: string): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const [year, month, day] = parts(value);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  return day >= 1 && day <= daysInMonth(year, month);
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

/**
 * The day number of a date: days since 1970-01-01 (negative before it), in whole numbers
 * without a Date (H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil).
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (civil_from_days, the inverse of dayNumber). */
function fromDayNumber(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return fromDayNumber(dayNumber(y, m, d) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return dayNumber(y2, m2, d2) - dayNumber(y1, m1, d1);
}
