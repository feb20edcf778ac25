/**
 * Checks every pack shares: a real ISO date, a non-empty item list, amounts that are integer
 * fen within bounds, an employee category for employees, and a sane enrolment count.
 */
import { SettlementError } from './errors';
import { MAX_AMOUNT_FEN } from './money';
import type { SettlementInput } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The service year; INVALID_DATE unless the date is a real calendar day. */
export function serviceYear(date: string): number {
  const m = ISO_DATE.exec(date);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (day >= 1 && day <= daysInMonth(year, month)) return year;
  }
  throw new SettlementError('INVALID_DATE', ['date'], `"${date}" is not a calendar date YYYY-MM-DD`);
}

/** Days in the month of the proleptic Gregorian calendar (0 for a month outside 1-12). */
function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function validateCommon(input: SettlementInput): void {
  if (input.items.length === 0) throw new SettlementError('EMPTY_ITEMS', ['items'], 'a claim needs at least one fee item');
  input.items.forEach((item, i) => {
    if (!Number.isSafeInteger(item.amountFen) || item.amountFen < 0 || item.amountFen > MAX_AMOUNT_FEN) {
      throw new SettlementError('INVALID_AMOUNT', ['items', String(i), 'amount'], `item ${i} amount must be 0 to 100,000,000.00 yuan in whole fen`);
    }
  });
  if (input.scheme === 'EMPLOYEE' && input.person.employeeCategory === undefined) {
    throw new SettlementError('MISSING_EMPLOYEE_CATEGORY', ['person', 'employeeCategory'], 'an employee claim needs the employee category');
  }
  const years = input.person.consecutiveEnrollmentYears;
  if (years !== undefined && (!Number.isSafeInteger(years) || years < 1)) {
    throw new SettlementError('INVALID_ENROLLMENT_YEARS', ['person', 'consecutiveEnrollmentYears'], 'consecutive enrolment years must be a whole number of at least 1');
  }
}
