/**
 * What every Jining rule sees: the input, the pack's parameters, the year's accumulators, the
 * ledger, and the remote-care treatment decided once per claim (JN-REMOTE). A claim settles
 * under one basic-pool rule, which returns a Segment for the critical-illness layer.
 */
import type { Accumulators } from '../accumulators';
import type { Ledger } from '../ledger';
import type { ItemTally } from '../blocks/scope';
import type { SettlementInput } from '../types';
import type { HospitalClass, JiningParameters } from '../../policy/jining-parameters';

/** How remote care changes this claim: none, or the temporary-care treatment of its scheme. */
export interface RemoteTreatment {
  /** Employees: share of the policy amount pre-paid by the person (先行自付). */
  prePayBp: number;
  /** Residents: points off every basic-pool rate of a stay or chronic visit. */
  cutBp: number;
}

export interface JiningContext {
  input: SettlementInput;
  p: JiningParameters;
  acc: Accumulators;
  ledger: Ledger;
  /** The bill's items summed once (validateCommon). */
  tally: ItemTally;
  remote: RemoteTreatment;
}

/** The part of the claim settled by the basic-pool rule, as the critical-illness layer needs it. */
export interface Segment {
  policyFen: number;
  basicFen: number;
  largeAmountFen: number;
  /** Residents' 大病保险 paid by the rule itself (特药, 罕见病), outside the stay critical-illness layer. */
  criticalIllnessFen?: number;
}

/**
 * The 大病 layer of the scheme: residents' 大病保险 (criticalIllnessPayment), employees' 大病 paid by
 * the 职工大额医疗费用补助 fund (largeAmountPayment), 004 §二(一)4.
 */
export function majorIllnessLayer(ctx: JiningContext): 'LARGE_AMOUNT' | 'CRITICAL_ILLNESS' {
  return ctx.input.scheme === 'EMPLOYEE' ? 'LARGE_AMOUNT' : 'CRITICAL_ILLNESS';
}

/** A segment paid entirely by the scheme's 大病 layer. */
export function majorIllnessSegment(ctx: JiningContext, policyFen: number, paidFen: number): Segment {
  return majorIllnessLayer(ctx) === 'LARGE_AMOUNT'
    ? { policyFen, basicFen: 0, largeAmountFen: paidFen }
    : { policyFen, basicFen: 0, largeAmountFen: 0, criticalIllnessFen: paidFen };
}

/** The hospital class of the claim's level (validation guarantees one). */
export function hospitalClassOf(ctx: JiningContext): HospitalClass {
  const cls = ctx.p.hospitalClass.value[ctx.input.institutionLevel];
  if (cls === undefined) throw new Error(`jining pack has no hospital class for ${ctx.input.institutionLevel}`);
  return cls;
}

/** The condition of the claim is in the list. */
export function hasCondition(ctx: JiningContext, list: readonly string[]): boolean {
  const c = ctx.input.condition;
  return c !== undefined && list.includes(c);
}

/** The remaining room under an annual payment cap. */
export function capLeft(capFen: number, usedFen: number): number {
  return Math.max(0, capFen - usedFen);
}
