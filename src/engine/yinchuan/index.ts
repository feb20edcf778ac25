/**
 * Settles one Yinchuan cross-province outpatient chronic-disease claim (YC-SCOPE,
 * YC-CHRONIC-XP): the place of treatment's catalogue decides the fee categories, the place of
 * insurance's rules the payment: an annual deductible of 500 carried across the year's visits,
 * 75% (employee) / 60% (resident) above it, and the disease's annual cap (none for some
 * employee diseases). Only the basic pool pays.
 */
import { ACC, read, type Accumulators } from '../accumulators';
import { settleBands } from '../blocks/bands';
import { Ledger } from '../ledger';
import { applyRate } from '../money';
import { pct, yuan } from '../lanzhou/context';
import type { SettlementInput, SettlementResult } from '../types';
import type { YinchuanPack } from '../../policy/yinchuan-parameters';
import { validateYinchuan } from './validate';

export function settleYinchuan(input: SettlementInput, pack: YinchuanPack, acc: Accumulators, year: number): SettlementResult {
  const p = pack.parameters;
  const disease = validateYinchuan(input, p);
  const ledger = new Ledger();

  let totalFen = 0;
  let fullSelfPayFen = 0;
  let classAFen = 0;
  let classBFen = 0;
  for (const item of input.items) {
    totalFen += item.amountFen;
    if (item.category === 'SELF_PAY') fullSelfPayFen += item.amountFen;
    else if (item.category === 'CLASS_A') classAFen += item.amountFen;
    else classBFen += item.amountFen;
  }
  const share = p.policyShareBp.value;
  const policyFen = applyRate(classAFen, share.CLASS_A) + applyRate(classBFen, share.CLASS_B);
  const preSelfPayFen = totalFen - fullSelfPayFen - policyFen;
  ledger.step('YC-SCOPE', p.policyShareBp.source,
    `total ${yuan(totalFen)}; full self-pay ${yuan(fullSelfPayFen)}; class B in scope at ${pct(share.CLASS_B)} (pack default, not in the source); pre-self-pay ${yuan(preSelfPayFen)}; policy amount ${yuan(policyFen)}`);

  const deductibleFen = p.chronicDeductibleFen.value;
  const borneFen = read(acc, ACC.chronicDeductible);
  const rateBp = p.chronicRatesBp.value[input.scheme];
  const capFen = disease.annualLimitFen;
  const usedFen = read(acc, ACC.chronicPaid(disease.code));
  // The position is the deductible borne so far this year: the part of the claim below 500 is
  // what this visit still bears of the annual deductible.
  const settled = settleBands({
    positionFen: borneFen, amountFen: policyFen,
    bands: [{ fromFen: deductibleFen, toFen: null, rateBp }],
    cap: capFen === null ? null : { amountFen: capFen, usedFen },
  });
  const basicFen = ledger.pay('YC-CHRONIC-XP', p.chronicDiseases.source, 'BASIC', settled,
    { cap: { name: `annual cap of ${disease.code} ${disease.name}`, amountFen: capFen ?? 0 } });
  ledger.deductibleFen = settled.belowFen;
  ledger.count(ACC.chronicDeductible, settled.belowFen);
  ledger.count(ACC.chronicPaid(disease.code), basicFen);
  ledger.step('YC-CHRONIC-XP', p.chronicDeductibleFen.source,
    `cross-province chronic outpatient, ${disease.code} ${disease.name}: annual deductible ${yuan(deductibleFen)} with ${yuan(borneFen)} borne earlier this year, this visit bears ${yuan(settled.belowFen)}; the rest at ${pct(rateBp)} (${input.scheme.toLowerCase()}), ${capFen === null ? 'no cap (无)' : `cap ${yuan(capFen)} with ${yuan(usedFen)} used before`}: paid ${yuan(basicFen)}`);

  const personalPayment = totalFen - basicFen;
  return {
    totalAmount: totalFen,
    fullSelfPayAmount: fullSelfPayFen,
    preSelfPayAmount: preSelfPayFen,
    policyAmount: policyFen,
    deductible: ledger.deductibleFen,
    basicPoolPayment: basicFen,
    largeAmountPayment: 0,
    criticalIllnessPayment: 0,
    assistancePayment: 0,
    secondaryAssistancePayment: 0,
    fundPaymentTotal: basicFen,
    personalPayment,
    personalAccountPayment: 0,
    cashPayment: personalPayment,
    policyPack: pack.id,
    accumulatorYear: year,
    lines: ledger.lines,
    trace: ledger.trace,
    accumulatorDelta: ledger.delta,
  };
}
