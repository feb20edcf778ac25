/**
 * Per-claim deductible (起付标准/次) building block: a fixed amount per claim by institution
 * level, optionally reduced for the n-th claim of the year (多次住院起付标准递减), never more than
 * the claim's policy amount.
 */
import { applyRate } from '../money';

export interface ClaimDeductible {
  /** The level's full deductible. */
  fullFen: number;
  /** The share applied for this claim (10000 = full). */
  shareBp: number;
  /** The deductible this claim actually bears (≤ policy amount). */
  appliedFen: number;
}

/**
 * The deductible of the n-th claim (1-based): steps[n − 1] of the full amount, the last step
 * repeating for every later claim.
 */
export function claimDeductible(fullFen: number, nth: number, stepsBp: readonly number[], policyFen: number): ClaimDeductible {
  const shareBp = stepsBp.length === 0 ? 10_000 : stepsBp[Math.min(nth, stepsBp.length) - 1];
  const reduced = applyRate(fullFen, shareBp);
  return { fullFen, shareBp, appliedFen: Math.min(reduced, policyFen) };
}
