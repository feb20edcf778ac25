/**
 * Scope (政策范围) building block every city's rules share: the items summed by category into
 * the groups a city settles at its own rates, each group's policy amount (the category shares
 * applied once per category, rounded half-up), the pre-self-pay left between, and the trace step.
 */
import type { FeeCategory } from '../../domain';
import type { Ledger } from '../ledger';
import { applyRate } from '../money';
import { pct, yuan, yuanZh } from '../text';
import type { FeeItem } from '../types';
import type { Parameter } from '../../policy/parameter';

/** The claim's amounts as the settlement reports them. */
export interface ClaimScope {
  totalFen: number;
  fullSelfPayFen: number;
  preSelfPayFen: number;
  policyFen: number;
}

/** The class A (甲类) and class B (乙类) amounts of one group of items. */
export interface CategorySums {
  classA: number;
  classB: number;
}

export function noItems(): CategorySums {
  return { classA: 0, classB: 0 };
}

/**
 * The bill summed in one pass over its items (validate.ts's scanItems, which checks them in
 * the same pass): the total, the full self-pay (自费), and the class A and class B amounts by
 * the two flags the cities group items by. A bill of thousands of items is then grouped in
 * four steps instead of another pass.
 */
export class ItemTally {
  constructor(
    readonly totalFen: number,
    readonly fullSelfPayFen: number,
    /** Class A amounts at [flags], class B at [4 + flags]; flags = (tcm ? 1 : 0) + (negotiatedDrug ? 2 : 0). */
    private readonly sums: readonly number[],
  ) {}

  /** The class A and B amounts of the items with these flags. */
  of(tcm: boolean, negotiatedDrug: boolean): CategorySums {
    const flags = (tcm ? 1 : 0) + (negotiatedDrug ? 2 : 0);
    return { classA: this.sums[flags], classB: this.sums[4 + flags] };
  }
}

/** The claim's total and full self-pay from its tally; each flag group's amounts join the group `groupOf` gives it. */
export function sumTally(tally: ItemTally, groupOf: (tcm: boolean, negotiatedDrug: boolean) => CategorySums): { totalFen: number; fullSelfPayFen: number } {
  for (const tcm of [false, true]) {
    for (const negotiatedDrug of [false, true]) {
      const into = groupOf(tcm, negotiatedDrug);
      const sums = tally.of(tcm, negotiatedDrug);
      into.classA += sums.classA;
      into.classB += sums.classB;
    }
  }
  return { totalFen: tally.totalFen, fullSelfPayFen: tally.fullSelfPayFen };
}

/** The claim's total and full self-pay (自费); every other item joins the group `groupOf` gives it. */
export function sumItems(items: readonly FeeItem[], groupOf: (item: FeeItem) => CategorySums): { totalFen: number; fullSelfPayFen: number } {
  let totalFen = 0;
  let fullSelfPayFen = 0;
  for (const item of items) {
    totalFen += item.amountFen;
    if (item.category === 'SELF_PAY') fullSelfPayFen += item.amountFen;
    else if (item.category === 'CLASS_A') groupOf(item).classA += item.amountFen;
    else groupOf(item).classB += item.amountFen;
  }
  return { totalFen, fullSelfPayFen };
}

/** A group's policy amount: each category's share of it, rounded half-up. */
export function inScope(sums: CategorySums, shareBp: Record<FeeCategory, number>): number {
  return applyRate(sums.classA, shareBp.CLASS_A) + applyRate(sums.classB, shareBp.CLASS_B);
}

/**
 * The claim's scope from its sums and policy amount (pre-self-pay is what lies between), with
 * the trace step; `packDefault` flags a class-B share the source does not state.
 */
export function claimScope(
  ledger: Ledger, ruleId: string, share: Parameter<Record<FeeCategory, number>>,
  sums: { totalFen: number; fullSelfPayFen: number }, policyFen: number, packDefault: boolean,
): ClaimScope {
  const { totalFen, fullSelfPayFen } = sums;
  const preSelfPayFen = totalFen - fullSelfPayFen - policyFen;
  ledger.step(ruleId, share.source,
    () => `total ${yuan(totalFen)}; full self-pay ${yuan(fullSelfPayFen)}; class B in scope at ${pct(share.value.CLASS_B)}${packDefault ? ' (pack default, not in the source)' : ''}; pre-self-pay ${yuan(preSelfPayFen)}; policy amount ${yuan(policyFen)}`,
    () => `医疗费总额${yuanZh(totalFen)}；全自费${yuanZh(fullSelfPayFen)}；乙类按${pct(share.value.CLASS_B)}计入政策范围${packDefault ? '（政策包默认值，文件未规定）' : ''}；先行自付${yuanZh(preSelfPayFen)}；政策范围内费用${yuanZh(policyFen)}`);
  return { totalFen, fullSelfPayFen, preSelfPayFen, policyFen };
}
