/**
 * The SettlementResult of a claim, for every city's rules: the claim's scope, what each fund
 * layer paid, and the ledger's deductible, lines, trace and accumulator delta. The person's part
 * is all cash here; the caller splits off the personal account.
 */
import type { ClaimScope } from './blocks/scope';
import type { Ledger } from './ledger';
import type { SettlementResult } from './types';

/** What each fund layer paid; a layer the city's rules do not have paid nothing. */
export interface FundPayments {
  basicFen: number;
  largeAmountFen?: number;
  criticalIllnessFen?: number;
  assistanceFen?: number;
  secondaryAssistanceFen?: number;
  /** 生育保险基金. */
  maternityFen?: number;
}

export function settlementResult(scope: ClaimScope, funds: FundPayments, ledger: Ledger, policyPack: string, year: number): SettlementResult {
  const { basicFen, largeAmountFen = 0, criticalIllnessFen = 0, assistanceFen = 0, secondaryAssistanceFen = 0, maternityFen = 0 } = funds;
  const fundPaymentTotal = basicFen + largeAmountFen + criticalIllnessFen + assistanceFen + secondaryAssistanceFen + maternityFen;
  const personalPayment = scope.totalFen - fundPaymentTotal;
  return {
    totalAmount: scope.totalFen,
    fullSelfPayAmount: scope.fullSelfPayFen,
    preSelfPayAmount: scope.preSelfPayFen,
    policyAmount: scope.policyFen,
    deductible: ledger.deductibleFen,
    basicPoolPayment: basicFen,
    largeAmountPayment: largeAmountFen,
    criticalIllnessPayment: criticalIllnessFen,
    assistancePayment: assistanceFen,
    secondaryAssistancePayment: secondaryAssistanceFen,
    maternityPayment: maternityFen,
    fundPaymentTotal,
    personalPayment,
    personalAccountPayment: 0,
    cashPayment: personalPayment,
    policyPack,
    accumulatorYear: year,
    lines: ledger.lines,
    // Worded when first read (ledger.ts): an estimate that asks only for amounts formats none of it.
    trace: ledger.trace,
    assumptions: ledger.assumptions,
    accumulatorDelta: ledger.delta,
  };
}
