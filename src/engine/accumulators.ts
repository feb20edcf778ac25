/**
 * Year-to-date accumulators (年度累计): plain JSON objects of non-negative integer counters,
 * keyed by name, one object per person and calendar year. A settlement returns the delta it
 * adds; a claims service stores the sum and subtracts the delta again on reversal.
 */
import { SettlementError } from './errors';

export type Accumulators = Record<string, number>;

/** The counter names. Per-code counters append ':<code>'. */
export const ACC = {
  /** Inpatient stays counted for the n-th stay deductible (住院次数). */
  stays: 'stays',
  /** Employee: cumulative eligible amount of stays and day surgery (band position). */
  employeeStayEligible: 'employee.stayEligible',
  /** Employee: basic pool payments for stays and day surgery (used under a payment-cap reading). */
  employeeStayPaid: 'employee.stayPaid',
  /** Employee: cumulative general outpatient policy amount (门诊统筹 window position). */
  employeeOutpatientPolicy: 'employee.outpatientPolicy',
  /** Resident: basic pool payments for general outpatient. */
  residentOutpatientPaid: 'resident.outpatientPaid',
  /** Resident: cumulative eligible amount of stays and day surgery (used under a cost-ceiling reading). */
  residentStayEligible: 'resident.stayEligible',
  /** Resident: basic pool payments for stays and day surgery (住院年度最高支付限额). */
  residentStayPaid: 'resident.stayPaid',
  /** Chronic outpatient pool payments, per disease code. */
  chronicPaid: (code: string) => `chronic.paid:${code}`,
  /** Two-disease outpatient pool payments, per disease. */
  twoDiseasePaid: (disease: string) => `twoDisease.paid:${disease}`,
  /** Resident major-disease stay payments, per disease code. */
  majorPaid: (code: string) => `major.paid:${code}`,
  /** TCM day clinic payments, per disease code. */
  tcmDayPaid: (code: string) => `tcmDay.paid:${code}`,
  /** Resident critical illness: cumulative base (大病保险 position). */
  criticalBase: 'critical.base',
  /** Medical assistance: cumulative base (for the threshold of applicants). */
  assistanceBase: 'assistance.base',
  /** Medical assistance: cumulative payments (against the annual limit). */
  assistancePaid: 'assistance.paid',
  /** Secondary assistance: cumulative base (二次倾斜 position). */
  secondaryBase: 'secondary.base',
} as const;

/** The counter's value, 0 when absent. */
export function read(acc: Accumulators, key: string): number {
  return acc[key] ?? 0;
}

/** a + delta, key by key; a new object. */
export function addAccumulators(a: Accumulators, delta: Accumulators): Accumulators {
  const out: Accumulators = { ...a };
  for (const [key, value] of Object.entries(delta)) out[key] = (out[key] ?? 0) + value;
  return out;
}

/** a − delta, key by key (undoes addAccumulators); counters that reach 0 are dropped. */
export function subtractAccumulators(a: Accumulators, delta: Accumulators): Accumulators {
  const out: Accumulators = { ...a };
  for (const [key, value] of Object.entries(delta)) {
    const next = (out[key] ?? 0) - value;
    if (next === 0) delete out[key];
    else out[key] = next;
  }
  return out;
}

/** Rejects anything but non-negative safe integers. */
export function validateAccumulators(acc: Accumulators): void {
  for (const [key, value] of Object.entries(acc)) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new SettlementError('INVALID_ACCUMULATOR', ['accumulators', key], `accumulator ${key} must be a non-negative integer`);
    }
  }
}
