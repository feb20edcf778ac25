/**
 * `priorClaims` (本年度此前的费用) of a SettlementInput: the year's earlier bills. Each is
 * checked like a claim (its errors name `priorClaims.<index>`), they are settled in date order
 * from empty accumulators through the engine, and the input's bill is settled as the claim
 * after them, as `settleClaim` would settle the same sequence. Nothing is stored.
 */
import type { Accumulators } from '../engine/accumulators';
import { SettlementError } from '../engine/errors';
import type { SettlementInput as EngineInput, SettlementResult } from '../engine/types';
import { priorClaimsStep, settleInOrder } from '../engine/year';
import type { Context } from '../context';
import {
  InputProblem, MAX_PRIOR_CLAIMS, toEngineClaim, toEnginePerson, type ClaimArgs, type PersonArgs,
} from './settlement';

/** The arguments of SettlementInput as the resolvers receive them. */
export interface EstimateArgs extends ClaimArgs {
  city: EngineInput['city'];
  scheme: EngineInput['scheme'];
  person: PersonArgs;
  priorClaims?: ClaimArgs[] | null;
}

/** The earlier bills settled, in the order settled. */
export interface PriorYear {
  /** Indexes into `priorClaims`, in the order settled (by date; equal dates as given). */
  order: number[];
  settlements: SettlementResult[];
  /** What the earlier bills left (empty when there are none). */
  accumulators: Accumulators;
}

/** A claim's input problem or engine refusal, re-addressed to `priorClaims.<index>`. */
function atPrior(index: number, error: unknown): never {
  if (error instanceof SettlementError || error instanceof InputProblem) {
    throw new InputProblem(error.code, ['priorClaims', String(index), ...error.field], `Earlier bill ${index + 1} (priorClaims[${index}]): ${error.message}`);
  }
  throw error;
}

/** The input's bill (without its priorClaims) as the engine's input. */
export async function billOf(ctx: Context, input: EstimateArgs): Promise<EngineInput> {
  const claim = await toEngineClaim(ctx, input.city, input);
  return { ...claim, scheme: input.scheme, person: toEnginePerson(input.person) };
}

/**
 * Checks and settles the earlier bills of `bill`'s year. Bounded by MAX_PRIOR_CLAIMS; each
 * must be of the bill's calendar year and dated on or before it.
 */
export async function settlePriors(ctx: Context, input: EstimateArgs, bill: EngineInput): Promise<PriorYear> {
  const given = input.priorClaims ?? [];
  if (given.length > MAX_PRIOR_CLAIMS) {
    throw new InputProblem('TOO_MANY_PRIOR_CLAIMS', ['priorClaims'], `At most ${MAX_PRIOR_CLAIMS} earlier bills (priorClaims); got ${given.length}.`);
  }
  const priors: EngineInput[] = [];
  for (const [i, args] of given.entries()) {
    try {
      if (args.date.slice(0, 4) !== bill.date.slice(0, 4)) {
        throw new InputProblem('PRIOR_CLAIM_OTHER_YEAR', ['date'], `It is dated ${args.date}: earlier bills count only in their own year, and the bill is of ${bill.date.slice(0, 4)}.`);
      }
      if (args.date > bill.date) {
        throw new InputProblem('PRIOR_CLAIM_AFTER_BILL', ['date'], `It is dated ${args.date}, after the bill (${bill.date}): give earlier bills only.`);
      }
      const claim = await toEngineClaim(ctx, input.city, args);
      priors.push({ ...claim, scheme: bill.scheme, person: bill.person });
    } catch (error) {
      atPrior(i, error);
    }
  }
  const order = priors.map((_, i) => i).sort((a, b) => (priors[a].date < priors[b].date ? -1 : priors[a].date > priors[b].date ? 1 : a - b));
  const year = settleInOrder(order.map((i) => priors[i]), {}, (k, error) => atPrior(order[k], error));
  return { order, settlements: year.settlements, accumulators: year.accumulators };
}

/** The bill settled after its earlier bills: what `estimateSettlement` returns. */
export function settleAfter(bill: EngineInput, prior: PriorYear): SettlementResult {
  const year = settleInOrder([bill], prior.accumulators);
  const [result] = year.settlements;
  if (prior.order.length === 0) return result;
  return { ...result, trace: [priorClaimsStep(prior.accumulators, prior.order.length, result.accumulatorYear), ...result.trace] };
}
