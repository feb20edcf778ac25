/**
 * `estimateYear` (年度费用测算): the bill of a SettlementInput and its priorClaims settled in
 * order, every settlement and the year's totals (what each fund paid, what the patient paid),
 * for a patient planning treatment. No key needed; nothing is stored.
 */
import { ACC, addAccumulators } from '../engine/accumulators';
import { normaliseAccumulators } from '../records/settle';
import type { SettlementResult } from '../engine/types';
import { builder } from './builder';
import { AccumulatorCounterRef, countersOf } from './persons';
import { billOf, settleAfter, settlePriors, type EstimateArgs } from './prior-claims';
import { asGraphQLError, SettlementInputRef, SettlementRef } from './settlement';

interface YearEstimate {
  year: number;
  settlements: SettlementResult[];
  priorClaimOrder: number[];
  accumulators: Record<string, number>;
}

/** The amounts summed over the year, with the Settlement's names. */
const TOTALS = [
  ['totalAmount', '医疗费总额: every bill of the year.'],
  ['fullSelfPayAmount', '全自费金额.'],
  ['preSelfPayAmount', '先行自付金额.'],
  ['policyAmount', '政策范围内费用.'],
  ['deductible', '起付线: deductibles borne.'],
  ['basicPoolPayment', '基本医疗保险统筹基金支出.'],
  ['largeAmountPayment', '职工大额医疗费用补助.'],
  ['criticalIllnessPayment', '居民大病保险.'],
  ['assistancePayment', '医疗救助.'],
  ['secondaryAssistancePayment', '二次倾斜救助.'],
  ['fundPaymentTotal', '基金支付总额: what the funds paid.'],
  ['personalPayment', '个人负担总金额: what the patient paid (personal account and cash).'],
  ['personalAccountPayment', '个人账户支出 (0 in an estimate: the balance is not known).'],
  ['cashPayment', '个人现金支出.'],
] as const satisfies readonly (readonly [keyof SettlementResult, string])[];

const YearTotalsRef = builder.objectRef<YearEstimate>('YearTotals').implement({
  description: '年度合计: the year\'s bills summed, exact to the fen.',
  fields: (t) => ({
    claimCount: t.int({ description: 'Bills settled (the earlier bills and the bill).', resolve: (y) => y.settlements.length }),
    stays: t.int({ description: '住院次数 counted for the n-th stay deductible.', resolve: (y) => y.accumulators[ACC.stays] ?? 0 }),
    ...Object.fromEntries(
      TOTALS.map(([name, description]) => [
        name,
        t.field({ type: 'Money', description, resolve: (y) => y.settlements.reduce((sum, s) => sum + s[name], 0) }),
      ]),
    ),
  }),
});

const YearEstimateRef = builder.objectRef<YearEstimate>('YearEstimate').implement({
  description: '年度费用测算: the year\'s bills settled one after another, as settleClaim would settle them; nothing is stored.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The accumulator year (年度).' }),
    settlements: t.field({
      type: [SettlementRef],
      description: 'Every settlement in the order settled: the earlier bills by date (priorClaimOrder), then the input\'s bill.',
      resolve: (y) => y.settlements,
    }),
    priorClaimOrder: t.intList({ description: 'For each earlier bill in the order settled, its index in priorClaims.', resolve: (y) => y.priorClaimOrder }),
    totals: t.field({ type: YearTotalsRef, resolve: (y) => y }),
    accumulators: t.field({
      type: [AccumulatorCounterRef],
      description: '年度累计: what the year\'s bills leave (band positions, stays, caps used), as yearToDate counts them.',
      resolve: (y) => countersOf(y.accumulators),
    }),
  }),
});

builder.queryField('estimateYear', (t) =>
  t.field({
    type: YearEstimateRef,
    description: '年度费用测算: the bill and its priorClaims (the year\'s earlier bills) settled in order, every settlement and the year\'s totals. No key needed; nothing is stored.',
    args: { input: t.arg({ type: SettlementInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      try {
        const bill = await billOf(ctx, input as EstimateArgs);
        const prior = await settlePriors(ctx, input as EstimateArgs, bill);
        const last = settleAfter(bill, prior);
        const settlements = [...prior.settlements, last];
        const accumulators = normaliseAccumulators(addAccumulators(prior.accumulators, last.accumulatorDelta));
        return { year: last.accumulatorYear, settlements, priorClaimOrder: prior.order, accumulators };
      } catch (error) {
        return asGraphQLError(error);
      }
    },
  }),
);
