/**
 * A year of bills (年度测算): settles claims one after another, each from the accumulators
 * (年度累计) the claims before it left, exactly as `settleClaim` does against the stored ones,
 * and opens each later claim's trace with what the earlier ones left (rule PRIOR-CLAIMS):
 * stays so far, band positions, caps and windows used. Pure: no I/O; the caller orders the
 * claims (by date) and checks that they belong to one year.
 */
import { ACC, addAccumulators, type Accumulators } from './accumulators';
import { settle } from './index';
import { formatFen } from './money';
import { yuan } from './text';
import type { SettlementInput, SettlementResult, TraceStep } from './types';

export const PRIOR_CLAIMS_RULE = 'PRIOR-CLAIMS';
/** Not a source clause: the project's reading of the year (settlement-rules §0 "Year"). */
const PRIOR_CLAIMS_CLAUSE = 'settlement-rules §0 年度累计';

/** What each counter means (English, 中文), in the order the trace names them. */
const COUNTER_NAMES: [key: string, en: string, zh: string][] = [
  [ACC.stays, 'stays so far (住院次数, n-th stay deductible)', '本年度住院次数'],
  [ACC.tumourStays, 'malignant-tumour stays', '恶性肿瘤住院次数'],
  [ACC.employeeStayEligible, 'employee stay band position (eligible amount of stays and day surgery)', '职工住院及日间手术累计进入分段的费用（分段位置）'],
  [ACC.employeeStayPaid, 'employee basic pool paid for stays', '职工住院统筹基金已支付'],
  [ACC.largeAmountPaid, 'large-amount insurance paid', '大额医疗费用补助已支付'],
  [ACC.largeAmountOutpatientPaid, 'large-amount insurance paid for outpatient care', '门诊大额补助已支付'],
  [ACC.employeeOutpatientPolicy, 'employee outpatient window position (policy amount so far)', '职工普通门诊累计政策范围内费用（门诊统筹位置）'],
  [ACC.employeeOutpatientDeductible, 'employee outpatient deductible borne', '职工普通门诊已负担起付线'],
  [ACC.employeeOutpatientPaid, 'employee outpatient pool paid', '职工普通门诊统筹已支付'],
  [ACC.residentOutpatientPaid, 'resident outpatient pool paid', '居民普通门诊统筹已支付'],
  [ACC.residentStayEligible, 'resident stay eligible amount', '居民住院累计进入报销的费用'],
  [ACC.residentStayPaid, 'resident basic pool paid for stays', '居民住院统筹基金已支付'],
  [ACC.accidentOutpatientPaid, 'accident outpatient paid', '意外伤害门诊已支付'],
  [ACC.accidentStayPaid, 'accident stays paid', '意外伤害住院已支付'],
  [ACC.chronicDeductible, 'chronic outpatient deductible borne', '门诊慢特病已负担起付线'],
  [ACC.twoDiseasePaidAll, 'two-disease outpatient paid', '两病门诊已支付'],
  [ACC.criticalBase, 'critical illness base so far (大病保险 position)', '大病保险累计合规费用（大病位置）'],
  [ACC.criticalPaid, 'critical illness paid', '大病保险已支付'],
  [ACC.assistanceBase, 'medical assistance base so far', '医疗救助累计费用'],
  [ACC.assistancePaid, 'medical assistance paid', '医疗救助已支付'],
  [ACC.secondaryBase, 'secondary assistance base so far', '二次倾斜救助累计费用'],
];

/** Per-code counters ('chronic.paid:<code>', …) and their names. */
const PER_CODE_NAMES: [prefix: string, en: string, zh: string][] = [
  [ACC.chronicPaid(''), 'chronic outpatient paid for', '门诊慢特病已支付'],
  [ACC.twoDiseasePaid(''), 'two-disease outpatient paid for', '两病门诊已支付'],
  [ACC.majorPaid(''), 'major-disease stays paid for', '重大疾病住院已支付'],
  [ACC.tcmDayPaid(''), 'TCM day clinic paid for', '中医药日间诊疗已支付'],
];

const COUNTS = new Set<string>([ACC.stays, ACC.tumourStays]);

/**
 * "what the earlier claims left": every non-zero counter, named, counts as counts and amounts
 * in yuan; in English, or in Chinese with `zh`.
 */
export function describeAccumulators(acc: Accumulators, zh = false): string[] {
  const parts: string[] = [];
  const named = new Set<string>();
  const value = (key: string) => (COUNTS.has(key) ? String(acc[key]) : zh ? `${formatFen(acc[key])} 元` : yuan(acc[key]));
  for (const [key, en, cn] of COUNTER_NAMES) {
    named.add(key);
    if ((acc[key] ?? 0) === 0) continue;
    parts.push(`${zh ? cn : en} ${value(key)}`);
  }
  for (const key of Object.keys(acc).sort()) {
    if (named.has(key) || (acc[key] ?? 0) === 0) continue;
    const perCode = PER_CODE_NAMES.find(([prefix]) => key.startsWith(prefix));
    if (perCode) parts.push(zh ? `${perCode[2]}（${key.slice(perCode[0].length)}）${value(key)}` : `${perCode[1]} ${key.slice(perCode[0].length)} ${value(key)}`);
    else parts.push(`${key} ${acc[key]}`);
  }
  return parts;
}

/** The trace step saying what `earlier` claims of `year` left. */
export function priorClaimsStep(acc: Accumulators, earlier: number, year: number): TraceStep {
  const en = describeAccumulators(acc);
  const zh = describeAccumulators(acc, true);
  return {
    ruleId: PRIOR_CLAIMS_RULE,
    clause: PRIOR_CLAIMS_CLAUSE,
    message: `settled after ${earlier} earlier claim${earlier === 1 ? '' : 's'} of ${year}, which left: ${en.length ? en.join('; ') : 'nothing counted'}`,
    messageZh: `在 ${year} 年度此前 ${earlier} 笔费用之后结算，此前费用累计：${zh.length ? zh.join('；') : '无累计'}`,
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
