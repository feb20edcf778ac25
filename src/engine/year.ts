/**
 * A year of bills (年度测算): settles claims one after another, each from the accumulators
 * (年度累计) the claims before it left, exactly as `settleClaim` does against the stored ones,
 * and opens each later claim's trace with what the earlier ones left (rule PRIOR-CLAIMS):
 * stays so far, band positions, caps and windows used. Pure: no I/O; the caller orders the
 * claims (by date) and checks that they belong to one year.
 */
import { ACC, addAccumulators, type Accumulators } from './accumulators';
import { settle } from './index';
import { yuan } from './text';
import type { SettlementInput, SettlementResult, TraceStep } from './types';

export const PRIOR_CLAIMS_RULE = 'PRIOR-CLAIMS';
/** Not a source clause: the project's reading of the year (settlement-rules §0 "Year"). */
const PRIOR_CLAIMS_CLAUSE = 'settlement-rules §0 年度累计';

/** What each counter means, in the order the trace names them. */
const COUNTER_NAMES: [key: string, name: string][] = [
  [ACC.stays, 'stays so far (住院次数, n-th stay deductible)'],
  [ACC.tumourStays, 'malignant-tumour stays'],
  [ACC.employeeStayEligible, 'employee stay band position (eligible amount of stays and day surgery)'],
  [ACC.employeeStayPaid, 'employee basic pool paid for stays'],
  [ACC.largeAmountPaid, 'large-amount insurance paid'],
  [ACC.largeAmountOutpatientPaid, 'large-amount insurance paid for outpatient care'],
  [ACC.employeeOutpatientPolicy, 'employee outpatient window position (policy amount so far)'],
  [ACC.employeeOutpatientDeductible, 'employee outpatient deductible borne'],
  [ACC.employeeOutpatientPaid, 'employee outpatient pool paid'],
  [ACC.residentOutpatientPaid, 'resident outpatient pool paid'],
  [ACC.residentStayEligible, 'resident stay eligible amount'],
  [ACC.residentStayPaid, 'resident basic pool paid for stays'],
  [ACC.accidentOutpatientPaid, 'accident outpatient paid'],
  [ACC.accidentStayPaid, 'accident stays paid'],
  [ACC.chronicDeductible, 'chronic outpatient deductible borne'],
  [ACC.twoDiseasePaidAll, 'two-disease outpatient paid'],
  [ACC.criticalBase, 'critical illness base so far (大病保险 position)'],
  [ACC.criticalPaid, 'critical illness paid'],
  [ACC.assistanceBase, 'medical assistance base so far'],
  [ACC.assistancePaid, 'medical assistance paid'],
  [ACC.secondaryBase, 'secondary assistance base so far'],
];

/** Per-code counters ('chronic.paid:<code>', …) and their names. */
const PER_CODE_NAMES: [prefix: string, name: string][] = [
  [ACC.chronicPaid(''), 'chronic outpatient paid for'],
  [ACC.twoDiseasePaid(''), 'two-disease outpatient paid for'],
  [ACC.majorPaid(''), 'major-disease stays paid for'],
  [ACC.tcmDayPaid(''), 'TCM day clinic paid for'],
];

/** "what the earlier claims left": every non-zero counter, named, counts as counts and amounts in yuan. */
export function describeAccumulators(acc: Accumulators): string[] {
  const parts: string[] = [];
  const named = new Set<string>();
  for (const [key, name] of COUNTER_NAMES) {
    named.add(key);
    const value = acc[key] ?? 0;
    if (value === 0) continue;
    parts.push(`${name} ${key === ACC.stays || key === ACC.tumourStays ? String(value) : yuan(value)}`);
  }
  for (const key of Object.keys(acc).sort()) {
    if (named.has(key) || (acc[key] ?? 0) === 0) continue;
    const perCode = PER_CODE_NAMES.find(([prefix]) => key.startsWith(prefix));
    parts.push(perCode ? `${perCode[1]} ${key.slice(perCode[0].length)} ${yuan(acc[key])}` : `${key} ${acc[key]}`);
  }
  return parts;
}

/** The trace step saying what `earlier` claims of `year` left. */
export function priorClaimsStep(acc: Accumulators, earlier: number, year: number): TraceStep {
  const left = describeAccumulators(acc);
  return {
    ruleId: PRIOR_CLAIMS_RULE,
    clause: PRIOR_CLAIMS_CLAUSE,
    message: `settled after ${earlier} earlier claim${earlier === 1 ? '' : 's'} of ${year}, which left: ${left.length ? left.join('; ') : 'nothing counted'}`,
  };
}

export interface YearOfClaims {
  /** One result per claim, in the order given; each later one's trace opens with PRIOR-CLAIMS. */
  settlements: SettlementResult[];
  /** The accumulators after the last claim (what the year holds). */
  accumulators: Accumulators;
}

/**
 * Settles `claims` in the order given from `start` (empty: the person's first claim of the
 * year). `onError(i, error)` may rethrow claim i's validation error with its own path.
 */
export function settleInOrder(claims: SettlementInput[], start: Accumulators = {}, onError?: (index: number, error: unknown) => never): YearOfClaims {
  let acc = start;
  const settlements = claims.map((claim, i) => {
    let result: SettlementResult;
    try {
      result = settle(claim, acc);
    } catch (error) {
      if (onError) onError(i, error);
      throw error;
    }
    const before = acc;
    acc = addAccumulators(acc, result.accumulatorDelta);
    return i === 0 ? result : { ...result, trace: [priorClaimsStep(before, i, result.accumulatorYear), ...result.trace] };
  });
  return { settlements, accumulators: acc };
}
