/**
 * JN-SCOPE: the claim's total, full self-pay, pre-self-pay and policy amount (政策范围内费用),
 * split into regular items and TCM items (an employee stay pays TCM items 10 points more).
 * The handbook states no class-B share, so the pack's default (100%) is flagged in the trace.
 * An employee's temporary remote care moves 10% of each group to pre-self-pay (JN-REMOTE).
 */
import { applyRate } from '../money';
import { pct, yuan } from '../lanzhou/context';
import type { FeeItem } from '../types';
import type { JiningContext } from './context';

export interface ScopedClaim {
  totalFen: number;
  fullSelfPayFen: number;
  preSelfPayFen: number;
  policyFen: number;
  /** Policy amount of regular (non-TCM) items. */
  regularFen: number;
  /** Policy amount of TCM items. */
  tcmFen: number;
}

interface CategorySums { classA: number; classB: number }

export function scopeClaim(ctx: JiningContext): ScopedClaim {
  const { input, p, ledger, remote } = ctx;
  const regular: CategorySums = { classA: 0, classB: 0 };
  const tcm: CategorySums = { classA: 0, classB: 0 };
  let totalFen = 0;
  let fullSelfPayFen = 0;
  let negotiatedFen = 0;
  for (const item of input.items) {
    totalFen += item.amountFen;
    if (item.category === 'SELF_PAY') {
      fullSelfPayFen += item.amountFen;
      continue;
    }
    if (item.negotiatedDrug) negotiatedFen += item.amountFen;
    add(item.tcm ? tcm : regular, item);
  }
  const share = p.policyShareBp.value;
  const inScope = (s: CategorySums) => applyRate(s.classA, share.CLASS_A) + applyRate(s.classB, share.CLASS_B);
  const afterPrePay = (fen: number) => fen - applyRate(fen, remote.prePayBp);
  const regularFen = afterPrePay(inScope(regular));
  const tcmFen = afterPrePay(inScope(tcm));
  const policyFen = regularFen + tcmFen;
  const preSelfPayFen = totalFen - fullSelfPayFen - policyFen;

  ledger.step('JN-SCOPE', p.policyShareBp.source,
    `total ${yuan(totalFen)}; full self-pay ${yuan(fullSelfPayFen)}; class B in scope at ${pct(share.CLASS_B)} (pack default, not in the source); pre-self-pay ${yuan(preSelfPayFen)}; policy amount ${yuan(policyFen)}`);
  if (negotiatedFen > 0) {
    ledger.step('JN-SCOPE', p.policyShareBp.source, `negotiated drugs ${yuan(negotiatedFen)}: the handbook has no separate rule; settled with the claim's other items`);
  }
  return { totalFen, fullSelfPayFen, preSelfPayFen, policyFen, regularFen, tcmFen };
}

function add(sums: CategorySums, item: FeeItem): void {
  if (item.category === 'CLASS_A') sums.classA += item.amountFen;
  else sums.classB += item.amountFen;
}
