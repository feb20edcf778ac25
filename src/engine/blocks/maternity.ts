/**
 * Maternity (生育保险) building blocks every city's maternity rules share: the claim checks
 * (entitlement, procedure, beneficiary), the maternity scope (what the fund may pay), the
 * allowance input checks and the allowance arithmetic (wage basis × days ÷ divisor, rounded
 * half-up once). The city rules (engine/lanzhou/maternity.ts, engine/jining/maternity.ts)
 * decide the amounts.
 */
import { isCalendarDate } from '../../calendar';
import { MATERNITY_VISIT_TYPES, type EmployeeCategory, type FeeCategory, type InstitutionLevel, type MaternityVisitType, type VisitType } from '../../domain';
import type { AllowanceDailyRate, MaternityEntitlement, MaternityProcedure, PregnancyLossDays } from '../../policy/maternity';
import type { Parameter } from '../../policy/parameter';
import { SettlementError } from '../errors';
import type { Ledger } from '../ledger';
import { divideHalfUp, MAX_AMOUNT_FEN } from '../money';
import { yuan } from '../text';
import type { SettlementInput, TraceStep } from '../types';
import { claimScope, type ClaimScope, inScope, noItems, sumItems } from './scope';

export function isMaternityVisit(visitType: VisitType): visitType is MaternityVisitType {
  return (MATERNITY_VISIT_TYPES as readonly string[]).includes(visitType);
}

/** The maternity inputs of a claim that is not a maternity claim are refused (INPUT_NOT_APPLICABLE). */
export function validateMaternityInputs(input: SettlementInput): void {
  if (isMaternityVisit(input.visitType)) return;
  if (input.maternityProcedureCode !== undefined) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['maternityProcedureCode'], 'a maternity procedure applies to MATERNITY_INPATIENT and MATERNITY_OUTPATIENT claims only');
  }
  if (input.maternityComplication !== undefined) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['maternityComplication'], 'a maternity complication applies to MATERNITY_INPATIENT claims only');
  }
}

/** Who may claim maternity medical benefits: an employee of an entitled category, not retired, at an allowed level. */
export function checkMaternityEntitlement(
  input: SettlementInput, rule: string, entitlement: Parameter<MaternityEntitlement>, levels: Parameter<InstitutionLevel[]>, city: string,
): void {
  if (input.scheme !== 'EMPLOYEE') {
    throw new SettlementError('VISIT_TYPE_NOT_OPEN', ['visitType'], `${input.visitType} is employee maternity insurance (职工生育保险); ${input.scheme} members in ${city} have none`);
  }
  if (input.person.retired === true && !entitlement.value.retired) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['person', 'retired'], `retirees have no maternity benefit in ${city} (${rule}, ${entitlement.source})`);
  }
  const category = input.person.employeeCategory as EmployeeCategory;
  if (!entitlement.value.medical.includes(category)) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['person', 'employeeCategory'], `${category} members have no maternity medical benefit in ${city} (${rule}, ${entitlement.source})`);
  }
  if (!levels.value.includes(input.institutionLevel)) {
    throw new SettlementError('LEVEL_NOT_ALLOWED', ['institutionLevel'], `${input.visitType} is settled in ${city} only at ${levels.value.join(', ')}, not ${input.institutionLevel}`);
  }
  if (input.visitType === 'MATERNITY_OUTPATIENT' && input.maternityComplication !== undefined) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['maternityComplication'], 'a maternity complication applies to MATERNITY_INPATIENT claims only');
  }
}

/** The procedure the claim names: known to the city and claimed under this visit type. */
export function procedureOf(input: SettlementInput, procedures: Parameter<MaternityProcedure[]>, city: string): MaternityProcedure {
  const code = input.maternityProcedureCode;
  if (code === undefined) {
    throw new SettlementError('MISSING_PROCEDURE_CODE', ['maternityProcedureCode'], `a maternity claim names its procedure: a code of maternityFixedRates(${city})`);
  }
  const procedure = procedures.value.find((p) => p.code === code);
  if (!procedure) throw new SettlementError('UNKNOWN_PROCEDURE_CODE', ['maternityProcedureCode'], `${code} is not a ${city} maternity procedure (maternityFixedRates)`);
  if (!procedure.visitTypes.includes(input.visitType as MaternityVisitType)) {
    throw new SettlementError('PROCEDURE_NOT_APPLICABLE', ['maternityProcedureCode'], `${code} ${procedure.name} is claimed as ${procedure.visitTypes.join(' or ')}, not ${input.visitType}`);
  }
  return procedure;
}

/** The maternity claim's scope: the categories' shares of the maternity fund, with the trace step. */
export function maternityScope(ledger: Ledger, ruleId: string, share: Parameter<Record<FeeCategory, number>>, input: SettlementInput): ClaimScope {
  const sums = noItems();
  const totals = sumItems(input.items, () => sums);
  return claimScope(ledger, ruleId, share, totals, inScope(sums, share.value), false);
}

/* ---------- the allowance (生育津贴, 护理假津贴) ---------- */

export const ALLOWANCE_EVENTS = ['BIRTH', 'PREGNANCY_LOSS', 'NURSING_LEAVE'] as const;
/** 生育 (birth), 流产/引产 (pregnancy loss: 计划生育项目津贴), 护理假 (the father's nursing leave). */
export type AllowanceEvent = (typeof ALLOWANCE_EVENTS)[number];

export const DELIVERY_MODES = ['NORMAL', 'CAESAREAN', 'DIFFICULT'] as const;
/** 顺产, 剖腹产, 难产. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const ALLOWANCE_STATUSES = ['PAYABLE', 'DEFERRED', 'NOT_ELIGIBLE'] as const;
export type AllowanceStatus = (typeof ALLOWANCE_STATUSES)[number];

export interface MaternityAllowanceInput {
  city: SettlementInput['city'];
  event: AllowanceEvent;
  /** The day of the birth, loss or (nursing leave) the spouse's birth. */
  date: string;
  employeeCategory: EmployeeCategory;
  retired?: boolean;
  /** Months of unbroken contribution up to and including the event's month. */
  continuousContributionMonths: number;
  /** The monthly wage basis, or the monthly contribution wages it averages (exactly one). */
  averageMonthlyWageFen?: number;
  monthlyWagesFen?: number[];
  /** PREGNANCY_LOSS: completed months of pregnancy (怀孕满N个月). */
  pregnancyMonths?: number;
  /** BIRTH: the mode of delivery (default NORMAL) and the number of babies (default 1). */
  deliveryMode?: DeliveryMode;
  babies?: number;
}

export interface MaternityAllowanceResult {
  city: SettlementInput['city'];
  event: AllowanceEvent;
  days: number;
  /** The monthly wage basis (the wages' average, rounded half-up to the fen for display). */
  wageBasisFen: number;
  /** Basis ÷ divisor, rounded half-up (for display unless the pack rounds it first). */
  dailyAllowanceFen: number;
  /** What is (or, DEFERRED, will be) paid; 0 when NOT_ELIGIBLE. */
  amountFen: number;
  status: AllowanceStatus;
  policyPack: string;
  trace: TraceStep[];
}

/** The wages as a sum over a number of months (the average is never rounded before the amount). */
export interface WageBasis {
  sumFen: number;
  months: number;
}

const MAX_MONTHS = 1_200;

/** Checks every pack shares; returns the wage basis. */
export function validateAllowanceInput(input: MaternityAllowanceInput): WageBasis {
  if (!isCalendarDate(input.date)) throw new SettlementError('INVALID_DATE', ['date'], `"${input.date}" is not a calendar date YYYY-MM-DD`);
  const bad = (field: string, message: string): never => {
    throw new SettlementError('INVALID_ALLOWANCE_INPUT', [field], message);
  };
  const months = input.continuousContributionMonths;
  if (!Number.isSafeInteger(months) || months < 0 || months > MAX_MONTHS) bad('continuousContributionMonths', `continuous contribution months must be a whole number from 0 to ${MAX_MONTHS}`);
  const money = (fen: number) => Number.isSafeInteger(fen) && fen >= 0 && fen <= MAX_AMOUNT_FEN;
  let basis: WageBasis;
  if (input.averageMonthlyWageFen !== undefined && input.monthlyWagesFen !== undefined) bad('monthlyWages', 'give averageMonthlyWage or monthlyWages, not both');
  if (input.monthlyWagesFen !== undefined) {
    if (input.monthlyWagesFen.length !== 12) bad('monthlyWages', 'monthlyWages are the 12 monthly contribution wages before the event');
    input.monthlyWagesFen.forEach((w, i) => { if (!money(w)) bad('monthlyWages', `monthly wage ${i} must be 0 to 100,000,000.00 yuan in whole fen`); });
    basis = { sumFen: input.monthlyWagesFen.reduce((a, b) => a + b, 0), months: 12 };
  } else if (input.averageMonthlyWageFen !== undefined) {
    if (!money(input.averageMonthlyWageFen)) bad('averageMonthlyWage', 'the average monthly wage must be 0 to 100,000,000.00 yuan in whole fen');
    basis = { sumFen: input.averageMonthlyWageFen, months: 1 };
  } else {
    return bad('averageMonthlyWage', 'give the average monthly contribution wage (averageMonthlyWage) or the 12 monthly wages (monthlyWages)');
  }
  if (input.event === 'PREGNANCY_LOSS') {
    const m = input.pregnancyMonths;
    if (m === undefined) bad('pregnancyMonths', 'a pregnancy loss needs the completed months of pregnancy');
    if (!Number.isSafeInteger(m) || (m as number) < 0 || (m as number) > 10) bad('pregnancyMonths', 'completed months of pregnancy must be a whole number from 0 to 10');
  } else if (input.pregnancyMonths !== undefined) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['pregnancyMonths'], 'pregnancy months apply to PREGNANCY_LOSS only');
  }
  if (input.event !== 'BIRTH') {
    if (input.deliveryMode !== undefined) throw new SettlementError('INPUT_NOT_APPLICABLE', ['deliveryMode'], 'the delivery mode applies to BIRTH only');
    if (input.babies !== undefined) throw new SettlementError('INPUT_NOT_APPLICABLE', ['babies'], 'the number of babies applies to BIRTH only');
  } else if (input.babies !== undefined && (!Number.isSafeInteger(input.babies) || input.babies < 1 || input.babies > 9)) {
    bad('babies', 'the number of babies must be a whole number from 1 to 9');
  }
  return basis;
}

/** Days for a pregnancy loss of `months` completed months. */
export function pregnancyLossDays(table: readonly PregnancyLossDays[], months: number): number {
  const row = table.find((r) => r.fromMonths <= months && (r.toMonths === null || months < r.toMonths));
  if (!row) throw new Error(`no pregnancy-loss days for ${months} months`);
  return row.days;
}

/** Basis × days ÷ divisor: the amount (rounded once, or after rounding the daily rate), the basis and the daily rate. */
export function allowanceAmount(basis: WageBasis, days: number, rate: AllowanceDailyRate): { amountFen: number; wageBasisFen: number; dailyFen: number } {
  const wageBasisFen = divideHalfUp(basis.sumFen, 1, basis.months);
  const dailyFen = divideHalfUp(basis.sumFen, 100, basis.months * rate.divisorHundredthDays);
  const amountFen = rate.roundDailyRateFirst ? dailyFen * days : divideHalfUp(basis.sumFen, days * 100, basis.months * rate.divisorHundredthDays);
  return { amountFen, wageBasisFen, dailyFen };
}

/** The allowance's trace wording of the basis. */
export function basisText(basis: WageBasis): string {
  return basis.months === 1 ? `average monthly wage ${yuan(basis.sumFen)}` : `${basis.months} monthly wages totalling ${yuan(basis.sumFen)}`;
}
