/**
 * Parameter shapes the maternity (生育保险) parameters of every city share: the procedures a
 * maternity claim names, the allowance days and the daily-rate reading.
 */
import type { MaternityBenefit, MaternityFixedRateEntry, MaternityRate } from '../catalogue/diseases/types';
import type { EmployeeCategory, MaternityVisitType } from '../domain';

/** A procedure of maternityFixedRates(city) as the engine needs it (built from the catalogue). */
export interface MaternityProcedure {
  code: string;
  name: string;
  benefit: MaternityBenefit;
  visitTypes: MaternityVisitType[];
  rate: MaternityRate;
}

/** Who has which maternity benefit (待遇享受类型). */
export interface MaternityEntitlement {
  /** Categories with maternity medical benefits (生育医疗报销待遇). */
  medical: EmployeeCategory[];
  /** Categories with the maternity allowance (生育津贴, 护理假津贴). */
  allowance: EmployeeCategory[];
  /** Whether retirees have them. */
  retired: boolean;
}

/** Allowance days for a pregnancy ending before birth, by completed months of pregnancy (怀孕满N个月). */
export interface PregnancyLossDays {
  /** Completed months from (inclusive). */
  fromMonths: number;
  /** Completed months to (exclusive); null = open. */
  toMonths: number | null;
  days: number;
}

/** The daily allowance: the monthly wage basis ÷ the divisor, in hundredths of a day (3000 = 30 days). */
export interface AllowanceDailyRate {
  divisorHundredthDays: number;
  /** Round the daily rate to the fen before multiplying by the days (else: one rounding of the amount). */
  roundDailyRateFirst: boolean;
}

/** The continuous-contribution condition of the allowance. */
export interface AllowanceQualifying {
  /** Months of unbroken contribution up to and including the month of the event. */
  continuousMonths: number;
  /** What happens below it: no allowance, or the allowance paid later (补支) once the months are reached. */
  below: 'NOT_ELIGIBLE' | 'DEFERRED';
}

/** A rule of the source the engine does not compute, with the reason (NC). */
export interface NotComputed {
  rule: string;
  reason: string;
}

/** The engine's procedure list from the catalogue rows (one source of truth). */
export function maternityProcedures(rows: readonly MaternityFixedRateEntry[]): MaternityProcedure[] {
  return rows.map((r) => ({ code: r.code, name: r.name, benefit: r.benefit, visitTypes: [...r.visitTypes], rate: r.rate }));
}
