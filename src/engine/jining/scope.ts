/**
 * JN-SCOPE: the claim's total, full self-pay, pre-self-pay and policy amount (政策范围内费用),
 * split into regular items and TCM items (an employee stay pays TCM items 10 points more).
 * The handbook states no class-B share, so the pack's default (100%) is flagged in the trace.
 * An employee's temporary remote care moves 10% of each group to pre-self-pay (JN-REMOTE).
 */
import { claimScope, type ClaimScope, inScope, noItems, sumTally } from '../blocks/scope';
import { applyRate } from '../money';
import { yuan, yuanZh } from '../text';
import type { JiningContext } from './context';

export interface ScopedClaim extends ClaimScope {
  /** Policy amount of regular (non-TCM) items. */
  regularFen: number;
  /** Policy amount of TCM items. */
  tcmFen: number;
}

export function scopeClaim(ctx: JiningContext): ScopedClaim {
  const { p, ledger, remote, tally } = ctx;
  const regular = noItems();
  const tcm = noItems();
  const sums = sumTally(tally, (isTcm) => (isTcm ? tcm : regular));
  const negotiatedFen = [false, true].reduce((sum, isTcm) => {
    const drugs = tally.of(isTcm, true);
    return sum + drugs.classA + drugs.classB;
  }, 0);
  const regularFen = afterPrePay(inScope(regular, p.policyShareBp.value), remote.prePayBp);
  const tcmFen = afterPrePay(inScope(tcm, p.policyShareBp.value), remote.prePayBp);
  const scope = claimScope(ledger, 'JN-SCOPE', p.policyShareBp, sums, regularFen + tcmFen, true);
  if (negotiatedFen > 0) {
    ledger.step('JN-SCOPE', p.policyShareBp.source, () => `negotiated drugs ${yuan(negotiatedFen)}: the handbook has no separate rule; settled with the claim's other items`,
      () => `谈判药品${yuanZh(negotiatedFen)}：手册未单列规定，与其他费用一并结算`);
  }
  return { ...scope, regularFen, tcmFen };
}

/** A policy amount less the remote-care pre-payment (先行自付) share. */
function afterPrePay(fen: number, prePayBp: number): number {
  return fen - applyRate(fen, prePayBp);
}
