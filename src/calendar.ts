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
