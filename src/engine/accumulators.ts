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
  /** Employee: basic pool payments for stays and day surgery (used under a payment-cap reading); Jining: with chronic outpatient. */
  employeeStayPaid: 'employee.stayPaid',
  /** Stays for a malignant tumour (Jining: the deductible is charged once a year). */
  tumourStays: 'stays.tumour',
  /** Employee large-amount payments for stays and chronic outpatient (Jining 大额医疗费用补助, 500,000 a year). */
  largeAmountPaid: 'largeAmount.paid',
  /** Employee large-amount payments for general outpatient beyond the pool cap (Jining, 1,000 a year). */
  largeAmountOutpatientPaid: 'largeAmount.outpatientPaid',
  /** Employee general outpatient deductible borne so far this year (Jining 累计补差). */
  employeeOutpatientDeductible: 'employee.outpatientDeductible',
  /** Employee general outpatient pool payments (Jining 3,500 / 4,500 a year). */
  employeeOutpatientPaid: 'employee.outpatientPaid',
  /** Employee: cumulative general outpatient policy amount (门诊统筹 window position). */
  employeeOutpatientPolicy: 'employee.outpatientPolicy',
  /** Resident: basic pool payments for general outpatient. */
  residentOutpatientPaid: 'resident.outpatientPaid',
  /** Resident: cumulative eligible amount of stays and day surgery (used under a cost-ceiling reading). */
  residentStayEligible: 'resident.stayEligible',
  /** Resident: basic pool payments for stays and day surgery (住院年度最高支付限额). */
  residentStayPaid: 'resident.stayPaid',
  /** Resident accident outpatient payments (Jining minors and students, 1,500 a year). */
  accidentOutpatientPaid: 'resident.accidentOutpatientPaid',
  /** Resident accident stay payments (Jining, 30,000 a year). */
  accidentStayPaid: 'resident.accidentStayPaid',
  /** Chronic outpatient annual deductible borne so far this year (Jining, Yinchuan). */
  chronicDeductible: 'chronic.deductible',
  /** Chronic outpatient pool payments, per disease code (Jining: per class, 'JN-A' / 'JN-B'). */
  chronicPaid: (code: string) => `chronic.paid:${code}`,
  /** Two-disease outpatient pool payments, per disease. */
  twoDiseasePaid: (disease: string) => `twoDisease.paid:${disease}`,
  /** Two-disease outpatient pool payments, both diseases together (Jining: one cap of 300 or 600). */
  twoDiseasePaidAll: 'twoDisease.paid',
  /** Resident major-disease stay payments, per disease code. */
  majorPaid: (code: string) => `major.paid:${code}`,
  /** TCM day clinic payments, per disease code. */
  tcmDayPaid: (code: string) => `tcmDay.paid:${code}`,
  /** Critical illness: cumulative base (大病保险 position; Jining employees too). */
  criticalBase: 'critical.base',
  /** Critical illness payments against the annual limit (Jining 400,000). */
  criticalPaid: 'critical.paid',
  /** 特药 (Jining): cumulative policy amount of special-drug claims (the 20,000 deductible's position). */
  specialDrugPolicy: 'specialDrug.policy',
  /** 特药 (Jining): payments against the 400,000 annual limit. */
  specialDrugPaid: 'specialDrug.paid',
  /** 罕见病 (Jining): cumulative policy amount of rare-disease drug claims (deductible and band position). */
  rareDiseasePolicy: 'rareDisease.policy',
  /** 罕见病 (Jining): payments against the 900,000 annual limit. */
  rareDiseasePaid: 'rareDisease.paid',
  /** 长期护理 (Jining): long-term care fund payments of the year (no annual limit in the source; kept for the record). */
  longTermCarePaid: 'longTermCare.paid',
  /** Medical assistance: cumulative base (for the threshold of applicants). */
  assistanceBase: 'assistance.base',
  /** Medical assistance: cumulative payments (against the annual limit). */
  assistancePaid: 'assistance.paid',
  /** Secondary assistance: cumulative base (二次倾斜 position). */
  secondaryBase: 'secondary.base',
  /** Retired cadres: outpatient quota paid out this year (门诊医疗费定额). */
  retiredCadreOutpatientPaid: 'retiredCadre.outpatientPaid',
  /** Retired cadres: outpatient policy amount above the quota, reimbursed the next year (超额次年报销). */
  retiredCadreOutpatientExcess: 'retiredCadre.outpatientExcess',
  /** Retired cadres: the year's outpatient policy amount (the health award's condition). */
  retiredCadreOutpatientPolicy: 'retiredCadre.outpatientPolicy',
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
