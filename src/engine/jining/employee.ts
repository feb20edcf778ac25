/**
 * Jining employee basic pool (职工基本医疗保险) and large-amount insurance (职工大额医疗费用补助):
 * JN-E-IP (stays: n-th stay deductible, tumour and mental-illness stays, TCM hospital and TCM
 * items, the 200,000 payment cap; 纯中医疗法 stays by JN-E-IP-PURE-TCM in ./pureTcm), JN-E-LARGE (90% above the cap, 500,000 a year) and JN-E-OP
 * (general outpatient: annual deductible with top-up 累计补差, 3,500 / 4,500 cap, then 1,000 of
 * large-amount payments at the same rate).
 */
import { ACC, read } from '../accumulators';
import { flatRate, settleBands } from '../blocks/bands';
import { claimDeductible } from '../blocks/deductible';
import { pct, yuan, yuanZh, zh } from '../text';
import { hasCondition, hospitalClassOf, type JiningContext, type Segment } from './context';
import { pureTcmRates, reductionText, reductionTextZh, stayDeductibleReduction } from './pureTcm';
import type { ScopedClaim } from './scope';
import type { HospitalClass } from '../../policy/jining-parameters';

const STAY_CAP_NAME = 'employee basic annual payment cap (统筹基金最高支付限额)';

/** JN-E-IP with JN-E-LARGE for what the basic cap leaves. */
export function settleEmployeeStay(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const cls = hospitalClassOf(ctx);
  const deductibleFen = stayDeductible(ctx, cls, scoped.policyFen);
  ledger.deductibleFen += deductibleFen;
  const fromRegular = Math.min(deductibleFen, scoped.regularFen);
  const regularFen = scoped.regularFen - fromRegular;
  const tcmFen = scoped.tcmFen - (deductibleFen - fromRegular);

  const retired = input.person.retired === true;
  const rates = p.employeeStayRatesBp.value[cls];
  const bonus = p.employeeTcmBonus.value;
  const pure = pureTcmRates(ctx, cls, retired);
  const rateBp = pure?.rateBp ?? (retired ? rates.retiredBp : rates.activeBp);
  const tcmBp = pure?.tcmBp ?? Math.min(bonus.maxRateBp, rateBp + bonus.bonusBp);
  const capFen = p.employeeStayCapFen.value;
  const usedFen = read(acc, ACC.employeeStayPaid);
  const bounds = { cap: { name: STAY_CAP_NAME, amountFen: capFen } };
  const first = settleBands({ positionFen: 0, amountFen: regularFen, bands: flatRate(rateBp), cap: { amountFen: capFen, usedFen } });
  const paidRegular = ledger.pay('JN-E-IP', p.employeeStayRatesBp.source, 'BASIC', first, bounds);
  const second = settleBands({ positionFen: 0, amountFen: tcmFen, bands: flatRate(tcmBp), cap: { amountFen: capFen, usedFen: usedFen + paidRegular } });
  const paidTcm = ledger.pay('JN-E-IP', p.employeeTcmBonus.source, 'BASIC', second, bounds);
  const basicFen = paidRegular + paidTcm;
  ledger.count(ACC.employeeStayPaid, basicFen);
  ledger.step('JN-E-IP', p.employeeStayRatesBp.source,
    () => `eligible ${yuan(regularFen + tcmFen)} at ${pct(rateBp)} (${cls}, ${retired ? 'retired' : 'active'}${pure ? ', 纯中医疗法' : ''})${tcmFen > 0 ? `, TCM items ${yuan(tcmFen)} at ${pct(tcmBp)}${tcmBp > rateBp ? ` (+${pct(tcmBp - rateBp)})` : ''}` : ''}; basic cap ${yuan(capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `可报费用${yuanZh(regularFen + tcmFen)}按${pct(rateBp)}支付（${zh(cls)}医院，${retired ? '退休' : '在职'}${pure ? '，纯中医疗法' : ''}）${tcmFen > 0 ? `，中医药项目${yuanZh(tcmFen)}按${pct(tcmBp)}${tcmBp > rateBp ? `（提高${pct(tcmBp - rateBp)}）` : ''}` : ''}；统筹基金年度最高支付${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);

  const beyondFen = first.beyondCapFen + second.beyondCapFen;
  const largeAmountFen = beyondFen > 0 ? settleLargeAmount(ctx, beyondFen) : 0;
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen };
}

/** The stay's deductible (JN-E-IP): conditions first, then the n-th stay share of the class's amount. */
function stayDeductible(ctx: JiningContext, cls: HospitalClass, policyFen: number): number {
  const { input, p, acc, ledger } = ctx;
  const nth = read(acc, ACC.stays) + 1;
  ledger.count(ACC.stays, 1);
  if (hasCondition(ctx, p.deductibleFreeStayConditions.value)) {
    ledger.step('JN-E-IP', p.deductibleFreeStayConditions.source, () => `stay ${nth} of the year for ${input.condition}: no deductible (精神疾病取消起付标准)`,
      () => `本年度第${nth}次住院（${zh(input.condition)}）：不设起付线（精神疾病取消起付标准）`);
    return 0;
  }
  if (hasCondition(ctx, p.oncePerYearStayConditions.value)) {
    const earlier = read(acc, ACC.tumourStays);
    ledger.count(ACC.tumourStays, 1);
    if (earlier > 0) {
      ledger.step('JN-E-IP', p.oncePerYearStayConditions.source, () => `tumour stay ${earlier + 1} of the year: the deductible was charged at the first (每年只收取一次)`,
        () => `本年度第${earlier + 1}次恶性肿瘤住院：起付线已在首次收取（每年只收取一次）`);
      return 0;
    }
  }
  let fullFen = p.employeeStayDeductibleFen.value[cls];
  const reduction = stayDeductibleReduction(ctx);
  if (reduction) {
    const reduced = Math.max(0, fullFen - reduction.fen);
    ledger.step(reduction.ruleId, reduction.clause, reductionText(reduction.why, fullFen, reduced), reductionTextZh(reduction.whyZh, fullFen, reduced));
    fullFen = reduced;
  }
  const d = claimDeductible(fullFen, nth, p.employeeStayDeductibleStepsBp.value, policyFen);
  ledger.step('JN-E-IP', p.employeeStayDeductibleStepsBp.source,
    () => `stay ${nth} of the year at ${cls}: deductible ${yuan(d.fullFen)} × ${pct(d.shareBp)}, applied ${yuan(d.appliedFen)}`,
    () => `本年度第${nth}次住院（${zh(cls)}医院）：起付线${yuanZh(d.fullFen)} × ${pct(d.shareBp)}，实际${yuanZh(d.appliedFen)}`);
  return d.appliedFen;
}

/** JN-E-LARGE: 90% of the eligible cost the basic cap leaves, at most 500,000 a year. */
export function settleLargeAmount(ctx: JiningContext, baseFen: number): number {
  const { p, acc, ledger } = ctx;
  const { rateBp, capFen } = p.largeAmount.value;
  const usedFen = read(acc, ACC.largeAmountPaid);
  const settled = settleBands({ positionFen: 0, amountFen: baseFen, bands: flatRate(rateBp), cap: { amountFen: capFen, usedFen } });
  const paidFen = ledger.pay('JN-E-LARGE', p.largeAmount.source, 'LARGE_AMOUNT', settled,
    { cap: { name: 'large-amount annual limit (大额医疗费用补助支付限额)', amountFen: capFen } });
  ledger.count(ACC.largeAmountPaid, paidFen);
  ledger.step('JN-E-LARGE', p.largeAmount.source,
    () => `${yuan(baseFen)} above the basic cap at ${pct(rateBp)}, limit ${yuan(capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(paidFen)}`,
    () => `超出统筹基金封顶线的${yuanZh(baseFen)}由大额医疗费用补助按${pct(rateBp)}支付，年度限额${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(paidFen)}`);
  return paidFen;
}

/** JN-E-OP: the annual deductible topped up to the class's amount, the cap, then the large-amount extension. */
export function settleEmployeeOutpatient(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const cls = hospitalClassOf(ctx);
  const retired = input.person.retired === true;
  const rates = p.employeeOutpatientRatesBp.value[cls];
  const rateBp = retired ? rates.retiredBp : rates.activeBp;
  const annualFen = p.employeeOutpatientDeductibleFen.value[cls];
  const borneFen = read(acc, ACC.employeeOutpatientDeductible);
  const caps = p.employeeOutpatientCapFen.value;
  const capFen = retired ? caps.retiredFen : caps.activeFen;
  const usedFen = read(acc, ACC.employeeOutpatientPaid);
  // The position is the deductible borne so far: the part of the claim below the class's
  // annual deductible is this visit's top-up (累计补差).
  const settled = settleBands({
    positionFen: borneFen, amountFen: scoped.policyFen,
    bands: [{ fromFen: annualFen, toFen: null, rateBp }],
    cap: { amountFen: capFen, usedFen },
  });
  const basicFen = ledger.pay('JN-E-OP', p.employeeOutpatientRatesBp.source, 'BASIC', settled,
    { cap: { name: 'employee outpatient annual payment cap (门诊统筹支付限额)', amountFen: capFen } });
  ledger.deductibleFen += settled.belowFen;
  ledger.count(ACC.employeeOutpatientDeductible, settled.belowFen);
  ledger.count(ACC.employeeOutpatientPaid, basicFen);
  ledger.step('JN-E-OP', p.employeeOutpatientDeductibleFen.source,
    () => `outpatient policy amount ${yuan(scoped.policyFen)} at ${cls}: annual deductible ${yuan(annualFen)} with ${yuan(borneFen)} borne earlier, this visit bears ${yuan(settled.belowFen)} (累计补差); the rest at ${pct(rateBp)} (${retired ? 'retired' : 'active'}), cap ${yuan(capFen)} with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `门诊政策范围内费用${yuanZh(scoped.policyFen)}（${zh(cls)}医院）：年度起付线${yuanZh(annualFen)}，此前已负担${yuanZh(borneFen)}，本次负担${yuanZh(settled.belowFen)}（累计补差）；其余按${pct(rateBp)}支付（${retired ? '退休' : '在职'}），封顶线${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);

  let largeAmountFen = 0;
  if (settled.beyondCapFen > 0) {
    const extension = p.outpatientLargeAmountCapFen;
    const usedLarge = read(acc, ACC.largeAmountOutpatientPaid);
    const large = settleBands({ positionFen: 0, amountFen: settled.beyondCapFen, bands: flatRate(rateBp), cap: { amountFen: extension.value, usedFen: usedLarge } });
    largeAmountFen = ledger.pay('JN-E-OP', extension.source, 'LARGE_AMOUNT', large,
      { cap: { name: 'outpatient large-amount limit (大额医疗补助门诊支付限额)', amountFen: extension.value } });
    ledger.count(ACC.largeAmountOutpatientPaid, largeAmountFen);
    ledger.step('JN-E-OP', extension.source,
      `${yuan(settled.beyondCapFen)} beyond the outpatient cap: large-amount insurance at ${pct(rateBp)}, limit ${yuan(extension.value)} a year with ${yuan(usedLarge)} used before: paid ${yuan(largeAmountFen)}`,
      `超出门诊封顶线的${yuanZh(settled.beyondCapFen)}：大额医疗费用补助按${pct(rateBp)}支付，年度限额${yuanZh(extension.value)}，此前已用${yuanZh(usedLarge)}：支付${yuanZh(largeAmountFen)}`);
  }
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen };
}
