/**
 * Checks every pack shares: a real ISO date, a non-empty item list, amounts that are integer
 * fen within bounds, an employee category for employees, and a sane enrolment count.
 */
import { isCalendarDate } from '../calendar';
import { SettlementError } from './errors';
import { MAX_AMOUNT_FEN } from './money';
import type { SettlementInput } from './types';

/** The service year; INVALID_DATE unless the date is a real calendar day. */
export function serviceYear(date: string): number {
  if (isCalendarDate(date)) return Number(date.slice(0, 4));
  throw new SettlementError('INVALID_DATE', ['date'], `"${date}" is not a calendar date YYYY-MM-DD`);
}

export function validateCommon(input: SettlementInput): void {
  if (input.items.length === 0) throw new SettlementError('EMPTY_ITEMS', ['items'], 'a claim needs at least one fee item');
  input.items.forEach((item, i) => {
    if (!Number.isSafeInteger(item.amountFen) || item.amountFen < 0 || item.amountFen > MAX_AMOUNT_FEN) {
      throw new SettlementError('INVALID_AMOUNT', ['items', String(i), 'amount'], `item ${i} amount must be 0 to 100,000,000.00 yuan in whole fen`);
    }
  });
  input.items.forEach((item, i) => {
    if (item.accountExcluded && item.category !== 'SELF_PAY') {
      throw new SettlementError('INPUT_NOT_APPLICABLE', ['items', String(i), 'accountExcluded'], `item ${i}: public-health, fitness and wellness costs (accountExcluded) are outside basic coverage and must be SELF_PAY`);
    }
  });
  // A bill of nothing is no claim (a zero "stay" would still count for the n-th stay deductible);
  // a bill past the per-item bound in total is no real one, and keeps the year's sums exact.
  const totalFen = input.items.reduce((sum, item) => sum + item.amountFen, 0);
  if (totalFen === 0) throw new SettlementError('ZERO_TOTAL', ['items'], 'the items add up to 0.00 yuan: there is nothing to settle');
  if (totalFen > MAX_AMOUNT_FEN) throw new SettlementError('INVALID_AMOUNT', ['items'], 'the items add up to more than 100,000,000.00 yuan');
  if (input.scheme === 'EMPLOYEE' && input.person.employeeCategory === undefined) {
    throw new SettlementError('MISSING_EMPLOYEE_CATEGORY', ['person', 'employeeCategory'], 'an employee claim needs the employee category');
  }
  if (input.city !== 'JINING') {
    const jiningOnly = (['longTermCare', 'pureTcmTherapy', 'rareDisease'] as const).find((f) => input[f] !== undefined && input[f] !== false);
    if (jiningOnly) throw new SettlementError('INPUT_NOT_APPLICABLE', [jiningOnly], `${jiningOnly} is a Jining claim input`);
  }
  if (input.city !== 'YINCHUAN') {
    const i = input.items.findIndex((item) => item.diseaseCode !== undefined);
    if (i >= 0) throw new SettlementError('INPUT_NOT_APPLICABLE', ['items', String(i), 'diseaseCode'], 'an item\'s disease code is used by Yinchuan chronic claims naming two diseases only');
  }
  const years = input.person.consecutiveEnrollmentYears;
  if (years !== undefined && (!Number.isSafeInteger(years) || years < 1)) {
    throw new SettlementError('INVALID_ENROLLMENT_YEARS', ['person', 'consecutiveEnrollmentYears'], 'consecutive enrolment years must be a whole number of at least 1');
  }
}
