/**
 * What every Lanzhou rule sees: the input, the pack's parameters, the year's accumulators,
 * the ledger, and the settled segments of the claim (a claim may settle under two rules, e.g.
 * a chronic visit with an outpatient negotiated drug).
 */
import type { Accumulators } from '../accumulators';
import type { ItemTally } from '../blocks/scope';
import type { Ledger } from '../ledger';
import type { SettlementInput } from '../types';
import type { InstitutionLevel } from '../../domain';
import type { LanzhouParameters } from '../../policy/lanzhou-parameters';
import { zh } from '../text';

/** A part of the claim settled by one basic-pool rule, as the later layers need it. */
export interface Segment {
  ruleId: string;
  policyFen: number;
  basicFen: number;
  largeAmountFen: number;
  /** Counts towards the resident critical-illness base (LZ-R-CRIT). */
  criticalScope: boolean;
  /** Counts towards the medical assistance base (LZ-MA). */
  assistanceScope: boolean;
  /**
   * Basic-pool payment lost to a remote-care cut for care without the required filing or
   * referral (000 §五(七)1 "降低比例报销部分不予救助"): taken off the assistance base.
   */
  unassistedCutFen?: number;
}

export interface LanzhouContext {
  input: SettlementInput;
  p: LanzhouParameters;
  acc: Accumulators;
  ledger: Ledger;
  /** Calendar year of the service date. */
  year: number;
  /** The bill's items summed once (validateCommon). */
  tally: ItemTally;
}

/** The level a stay settles at: a tertiary hospital of unknown grade takes the pack's grade. */
export function stayLevel(ctx: LanzhouContext): Exclude<InstitutionLevel, 'TERTIARY'> {
  const level = ctx.input.institutionLevel;
  if (level !== 'TERTIARY') return level;
  const assumed = ctx.p.ungradedTertiaryStayLevel;
  ctx.ledger.assume('LZ-SCOPE', {
    kind: 'GRADE_UNKNOWN',
    message: `grade unknown: tertiary hospital (三级) settled as ${LEVEL_NAMES[assumed.value]}`,
    messageZh: `等次不详：三级医院按${zh(assumed.value)}结算（政策包解读 ungradedTertiaryStayLevel）`,
    parameter: 'ungradedTertiaryStayLevel',
    clause: assumed.source,
    assumedLevel: assumed.value,
  });
  return assumed.value;
}

/** The Chinese names of the levels an assumption can settle at. */
export const LEVEL_NAMES: Record<InstitutionLevel, string> = {
  PRIMARY: '一级', SECONDARY: '二级', TERTIARY: '三级', TERTIARY_B: '三级乙等', TERTIARY_A: '三级甲等',
  PHARMACY: '定点零售药店', UNRATED: '民营或未定级',
};

/** A level-table entry the validation guarantees. */
export function atLevel<T>(table: Partial<Record<InstitutionLevel, T>>, level: InstitutionLevel, what: string): T {
  const value = table[level];
  if (value === undefined) throw new Error(`lanzhou pack has no ${what} for ${level}`);
  return value;
}
