/**
 * Checks every pack shares: a real ISO date, a non-empty item list, amounts that are integer
 * fen within bounds, an employee category for employees, and a sane enrolment count.
 */
import { isCalendarDate } from '../calendar';
import { SettlementError } from './errors';
import { ItemTally } from './blocks/scope';
import { MAX_AMOUNT_FEN } from './money';
import type { FeeItem, SettlementInput } from './types';

/** The service year; INVALID_DATE unless the date is a real calendar day. */
export function serviceYear(date: string): number {
  if (isCalendarDate(date)) return Number(date.slice(0, 4));
  throw new SettlementError('INVALID_DATE', ['date'], `"${date}" is not a calendar date YYYY-MM-DD`);
}

/** One pass over the bill: its tally, and the first item breaking each item rule (-1: none). */
interface ItemScan {
  tally: ItemTally;
  badAmount: number;
  badExclusion: number;
  diseaseCodeAt: number;
}

function scanItems(items: readonly FeeItem[]): ItemScan {
  let badAmount = -1;
  let badExclusion = -1;
  let diseaseCodeAt = -1;
  let totalFen = 0;
  let fullSelfPayFen = 0;
  // Class A at [flags], class B at [4 + flags] (ItemTally).
  const sums = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const amount = item.amountFen;
    if (!(amount >= 0 && amount <= MAX_AMOUNT_FEN && Number.isInteger(amount)) && badAmount < 0) badAmount = i;
    if (item.accountExcluded && item.category !== 'SELF_PAY' && badExclusion < 0) badExclusion = i;
    if (item.diseaseCode !== undefined && diseaseCodeAt < 0) diseaseCodeAt = i;
    totalFen += amount;
    if (item.category === 'SELF_PAY') fullSelfPayFen += amount;
    else sums[(item.category === 'CLASS_A' ? 0 : 4) + (item.tcm ? 1 : 0) + (item.negotiatedDrug ? 2 : 0)] += amount;
  }
  return { tally: new ItemTally(totalFen, fullSelfPayFen, sums), badAmount, badExclusion, diseaseCodeAt };
}

/** The tally of a bill, for a caller settling a city without settle()'s checks (a test). */
export function tallyItems(items: readonly FeeItem[]): ItemTally {
  return scanItems(items).tally;
}

/** Checks the claim; returns its items' tally (blocks/scope.ts), summed in the same pass. */
export function validateCommon(input: SettlementInput): ItemTally {
  const { items } = input;
  if (items.length === 0) throw new SettlementError('EMPTY_ITEMS', ['items'], 'a claim needs at least one fee item');
  // One pass over the items (a bill may have thousands); the errors keep their order of precedence.
  const { tally, badAmount, badExclusion, diseaseCodeAt } = scanItems(items);
  const { totalFen } = tally;
  if (badAmount >= 0) {
    throw new SettlementError('INVALID_AMOUNT', ['items', String(badAmount), 'amount'], `item ${badAmount} amount must be 0 to 100,000,000.00 yuan in whole fen`);
  }
  if (badExclusion >= 0) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['items', String(badExclusion), 'accountExcluded'], `item ${badExclusion}: public-health, fitness and wellness costs (accountExcluded) are outside basic coverage and must be SELF_PAY`);
  }
  // A bill of nothing is no claim (a zero "stay" would still count for the n-th stay deductible);
  // a bill past the per-item bound in total is no real one, and keeps the year's sums exact.
  if (totalFen === 0) throw new SettlementError('ZERO_TOTAL', ['items'], 'the items add up to 0.00 yuan: there is nothing to settle');
  if (totalFen > MAX_AMOUNT_FEN) throw new SettlementError('INVALID_AMOUNT', ['items'], 'the items add up to more than 100,000,000.00 yuan');
  if (input.scheme === 'EMPLOYEE' && input.person.employeeCategory === undefined) {
    throw new SettlementError('MISSING_EMPLOYEE_CATEGORY', ['person', 'employeeCategory'], 'an employee claim needs the employee category');
  }
  if (input.city !== 'JINING') {
    const jiningOnly = (['longTermCare', 'pureTcmTherapy', 'rareDisease'] as const).find((f) => input[f] !== undefined && input[f] !== false);
    if (jiningOnly) throw new SettlementError('INPUT_NOT_APPLICABLE', [jiningOnly], `${jiningOnly} is a Jining claim input`);
  }
  if (input.city !== 'YINCHUAN' && diseaseCodeAt >= 0) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['items', String(diseaseCodeAt), 'diseaseCode'], 'an item\'s disease code is used by Yinchuan chronic claims naming two diseases only');
  }
  const years = input.person.consecutiveEnrollmentYears;
  if (years !== undefined && (!Number.isSafeInteger(years) || years < 1)) {
    throw new SettlementError('INVALID_ENROLLMENT_YEARS', ['person', 'consecutiveEnrollmentYears'], 'consecutive enrolment years must be a whole number of at least 1');
  }
  return tally;
}
