/**
 * Lanzhou employee basic pool (职工基本医疗保险) and large-amount insurance (大额医疗保险):
 * LZ-E-IP-DED, LZ-E-IP-BANDS, LZ-E-IP-CEILING, LZ-E-LARGE, LZ-E-DAY, LZ-E-OP, LZ-E-CHRONIC,
 * LZ-E-CHRONIC-OVERFLOW, LZ-E-TCMDAY.
 */
import { ACC, read } from '../accumulators';
import { type Band, type BandSettlement, flatRate, settleBands } from '../blocks/bands';
import { claimDeductible } from '../blocks/deductible';
import { applyRate } from '../money';
import { pct, yuan, yuanZh, zh } from '../text';
import { atLevel, stayLevel, type LanzhouContext, type Segment } from './context';
import { settleChronic } from './chronic';
import { remoteStayCut } from './remote';
import type { ScopedClaim } from './scope';

/** An employee stay (INPATIENT) or day surgery: deductible, bands, ceiling, large amount. */
export function settleEmployeeStay(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const level = stayLevel(ctx);
  const policyFen = scoped.regularFen + scoped.tcmFen;
  let deductibleFen: number;
  if (input.visitType === 'INPATIENT') {
    const nth = read(acc, ACC.stays) + 1;
    const d = claimDeductible(atLevel(p.employeeStayDeductibleFen.value, level, 'stay deductible'), nth, p.stayDeductibleStepsBp.value, policyFen);
    deductibleFen = d.appliedFen;
    ledger.count(ACC.stays, 1);
    ledger.step('LZ-E-IP-DED', p.employeeStayDeductibleFen.source,
      () => `stay ${nth} of the year at ${level}: deductible ${yuan(d.fullFen)} × ${pct(d.shareBp)}, applied ${yuan(d.appliedFen)}`,
      () => `本年度第${nth}次住院（${zh(level)}）：起付线${yuanZh(d.fullFen)} × ${pct(d.shareBp)}，实际${yuanZh(d.appliedFen)}`);
  } else {
    const full = atLevel(p.daySurgeryDeductibleFen.value, level, 'day-surgery deductible');
    const applied = Math.min(full, policyFen);
    deductibleFen = applied;
    ledger.step('LZ-E-DAY', p.daySurgeryDeductibleFen.source,
      () => `day surgery at ${level}: deductible ${yuan(full)} (not a stay, never reduced), applied ${yuan(applied)}; settled on the stay bands`,
      () => `${zh(level)}日间手术：起付线${yuanZh(full)}（不计住院次数，不递减），实际${yuanZh(applied)}；按住院分段结算`);
  }
  ledger.deductibleFen += deductibleFen;
  const eligibleFen = policyFen - deductibleFen;

  const cut = remoteStayCut(ctx);
  const retired = input.person.retired === true;
  const limit = p.employeeStayLimit.value;
  const positionFen = read(acc, ACC.employeeStayEligible);
  const settled = onStayBands(ctx, eligibleFen, retired, cut.cutBp);
  const limitName = { name: 'employee basic annual limit (基本医保年度最高支付限额)', amountFen: limit.kind === 'COST_CEILING' ? limit.positionFen : limit.amountFen };
  const basicFen = ledger.pay('LZ-E-IP-BANDS', p.employeeStayBands.source, 'BASIC', settled, { ceiling: limitName, cap: limitName }, true);
  ledger.step('LZ-E-IP-BANDS', p.employeeStayBands.source,
    () => `eligible ${yuan(eligibleFen)} placed on the year's position ${yuan(positionFen)} → ${yuan(positionFen + eligibleFen)} at the ${retired ? 'retired' : 'active'} band rates: basic pool ${yuan(basicFen)}`,
    () => `可报费用${yuanZh(eligibleFen)}计入本年累计${yuanZh(positionFen)} → ${yuanZh(positionFen + eligibleFen)}，按${retired ? '退休' : '在职'}人员分段比例：统筹基金支付${yuanZh(basicFen)}`);
  ledger.count(ACC.employeeStayEligible, eligibleFen);
  ledger.count(ACC.employeeStayPaid, basicFen);

  const uncoveredFen = eligibleFen - settled.coveredFen;
  ledger.step('LZ-E-IP-CEILING', p.employeeStayLimit.source, () => limit.kind === 'COST_CEILING'
    ? `the basic pool covers positions up to ${yuan(limit.positionFen)}; ${yuan(settled.beyondCeilingFen)} of this claim lies beyond`
    : `the basic pool pays at most ${yuan(limit.amountFen)} a year; ${yuan(settled.beyondCapFen)} of this claim lies beyond`,
  () => limit.kind === 'COST_CEILING'
    ? `统筹基金最高支付限额（累计费用）${yuanZh(limit.positionFen)}；本次有${yuanZh(settled.beyondCeilingFen)}超出`
    : `统筹基金年度最高支付${yuanZh(limit.amountFen)}；本次有${yuanZh(settled.beyondCapFen)}超出`);
  const largeAmountFen = uncoveredFen > 0 ? settleLargeAmount(ctx, uncoveredFen, cut.cutBp) : 0;
  const unassistedCutFen = cut.unassisted ? onStayBands(ctx, eligibleFen, retired, 0).paidFen - basicFen : 0;
  return { ruleId: 'LZ-E-IP-BANDS', policyFen, basicFen, largeAmountFen, criticalScope: false, assistanceScope: true, unassistedCutFen };
}

/** The eligible amount on the stay bands (active or retired rates, less a remote-care cut) within the annual limit. */
function onStayBands(ctx: LanzhouContext, eligibleFen: number, retired: boolean, cutBp: number): BandSettlement {
  const { p, acc } = ctx;
  const limit = p.employeeStayLimit.value;
  const bands: Band[] = p.employeeStayBands.value.map((b) => ({
    fromFen: b.fromFen, toFen: b.toFen, rateBp: (retired ? b.retiredBp : b.activeBp) - cutBp,
  }));
  return settleBands({
    positionFen: read(acc, ACC.employeeStayEligible), amountFen: eligibleFen, bands,
    ceilingFen: limit.kind === 'COST_CEILING' ? limit.positionFen : null,
    cap: limit.kind === 'PAYMENT_CAP' ? { amountFen: limit.amountFen, usedFen: read(acc, ACC.employeeStayPaid) } : null,
  });
}

/**
 * LZ-E-LARGE: 95% of the eligible amount the basic limit leaves, for insured categories. A
 * remote-care cut reaches this layer only under the pack's reading remoteCutReachesLargeAmount.
 */
function settleLargeAmount(ctx: LanzhouContext, baseFen: number, remoteCutBp: number): number {
  const { p, ledger, input } = ctx;
  const category = input.person.employeeCategory;
  if (category === undefined || !p.largeAmountCategories.value.includes(category)) {
    ledger.step('LZ-E-LARGE', p.largeAmountCategories.source,
      () => `${category} members have no large-amount insurance in the source: ${yuan(baseFen)} above the basic limit stays personal`,
      () => `文件未规定${zh(category)}参加大额医疗费用补助：超出统筹基金限额的${yuanZh(baseFen)}由个人负担`);
    return 0;
  }
  const fullBp = p.largeAmountRateBp.value;
  const reading = p.remoteCutReachesLargeAmount;
  const rateBp = remoteCutBp > 0 && reading.value ? fullBp - remoteCutBp : fullBp;
  const amountFen = ledger.payFlat('LZ-E-LARGE', p.largeAmountRateBp.source, 'LARGE_AMOUNT', baseFen, rateBp, applyRate(baseFen, rateBp));
  ledger.step('LZ-E-LARGE', p.largeAmountRateBp.source, () => `large-amount insurance pays ${pct(rateBp)} of ${yuan(baseFen)} above the basic limit: ${yuan(amountFen)}`,
    () => `大额医疗费用补助：超出统筹基金限额的${yuanZh(baseFen)}按${pct(rateBp)}支付：${yuanZh(amountFen)}`);
  if (remoteCutBp > 0) {
    const altBp = reading.value ? fullBp : fullBp - remoteCutBp;
    ledger.step('LZ-E-LARGE', reading.source,
      () => `reading remoteCutReachesLargeAmount = ${reading.value}: the remote-care cut of ${pct(remoteCutBp)} ${reading.value ? 'also cuts' : 'does not cut'} large-amount insurance; the alternative reading pays ${pct(altBp)}: ${yuan(applyRate(baseFen, altBp))}`,
      () => `解读 remoteCutReachesLargeAmount = ${reading.value}：异地就医降低${pct(remoteCutBp)}${reading.value ? '同样适用于' : '不适用于'}大额医疗费用补助；另一解读按${pct(altBp)}支付：${yuanZh(applyRate(baseFen, altBp))}`);
  }
  return amountFen;
}

/** LZ-E-OP: the claim's outpatient policy amount placed in the year's 200-2,500 window. */
export function settleEmployeeOutpatient(ctx: LanzhouContext, policyFen: number, overflow = false): number {
  const { input, p, acc, ledger } = ctx;
  const level = input.institutionLevel;
  const rates = p.employeeOutpatientRatesBp.value[level];
  if (rates === undefined) {
    ledger.step('LZ-E-OP', p.employeeOutpatientRatesBp.source, () => `no general outpatient rate at ${level}: ${yuan(policyFen)} stays personal`,
      () => `${zh(level)}无普通门诊统筹支付比例：${yuanZh(policyFen)}由个人负担`);
    return 0;
  }
  // 001 第十六条 "退休人员（含灵活就业退休人员）": the retired rate follows retirement in every category.
  const retired = input.person.retired === true;
  const rateBp = retired ? rates.retiredBp : rates.activeBp;
  const window = p.employeeOutpatientWindow.value;
  const positionFen = read(acc, ACC.employeeOutpatientPolicy);
  const settled = settleBands({
    positionFen, amountFen: policyFen,
    bands: [{ fromFen: window.deductibleFen, toFen: window.ceilingFen, rateBp }],
    ceilingFen: window.ceilingFen,
  });
  const paid = ledger.pay('LZ-E-OP', p.employeeOutpatientRatesBp.source, 'BASIC', settled,
    { ceiling: { name: 'employee outpatient ceiling (普通门诊封顶线)', amountFen: window.ceilingFen } }, true);
  ledger.deductibleFen += settled.belowFen;
  ledger.count(ACC.employeeOutpatientPolicy, policyFen);
  ledger.step('LZ-E-OP', p.employeeOutpatientWindow.source,
    () => `${overflow ? 'overflow: ' : ''}outpatient policy amount ${yuan(policyFen)} on the year's position ${yuan(positionFen)}: window ${yuan(window.deductibleFen)}-${yuan(window.ceilingFen)} at ${pct(rateBp)} (${level}, ${retired ? 'retired' : 'active'} rate); ${yuan(settled.belowFen)} deductible, ${yuan(settled.beyondCeilingFen)} beyond the ceiling; paid ${yuan(paid)}`,
    () => `${overflow ? '慢特病超限转入：' : ''}门诊政策范围内费用${yuanZh(policyFen)}，本年累计${yuanZh(positionFen)}：起付线${yuanZh(window.deductibleFen)}至最高支付限额${yuanZh(window.ceilingFen)}之间按${pct(rateBp)}支付（${zh(level)}，${retired ? '退休' : '在职'}比例）；起付线内${yuanZh(settled.belowFen)}，超限${yuanZh(settled.beyondCeilingFen)}；支付${yuanZh(paid)}`);
  return paid;
}

/** LZ-E-CHRONIC and LZ-E-CHRONIC-OVERFLOW. */
export function settleEmployeeChronic(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { p, ledger } = ctx;
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const chronic = settleChronic(ctx, policyFen, p.employeeChronicDiseases, 'LZ-E-CHRONIC');
  let basicFen = chronic.paidFen;
  if (chronic.beyondCapFen > 0) {
    ledger.step('LZ-E-CHRONIC-OVERFLOW', '000 §二(二)1(3)④I; 001 第八条',
      () => `${yuan(chronic.beyondCapFen)} of policy amount beyond the chronic cap is settled as general outpatient`,
      () => `超出慢特病封顶线的政策范围内费用${yuanZh(chronic.beyondCapFen)}按普通门诊结算`);
    basicFen += settleEmployeeOutpatient(ctx, chronic.beyondCapFen, true);
  }
  return { ruleId: 'LZ-E-CHRONIC', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: true };
}

/** LZ-E-NEGO-OP / LZ-R-NEGO-OP: a flat share of the outpatient negotiated drug amount. */
export function settleNegotiatedOutpatient(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { p, ledger, input } = ctx;
  const employee = input.scheme === 'EMPLOYEE';
  const ruleId = employee ? 'LZ-E-NEGO-OP' : 'LZ-R-NEGO-OP';
  const param = employee ? p.employeeNegotiatedOutpatientRateBp : p.residentNegotiatedOutpatientRateBp;
  const { drugFen, policyFen } = scoped.negotiated;
  const settled = settleBands({ positionFen: 0, amountFen: drugFen, bands: flatRate(param.value) });
  const basicFen = ledger.pay(ruleId, param.source, 'BASIC', settled);
  ledger.step(ruleId, param.source,
    () => `outpatient negotiated drugs ${yuan(drugFen)} at ${pct(param.value)}, no deductible, outside the outpatient and chronic caps: ${yuan(basicFen)}`,
    () => `门诊谈判药品${yuanZh(drugFen)}按${pct(param.value)}支付，不设起付线，不计入门诊及慢特病封顶线：${yuanZh(basicFen)}`);
  return { ruleId, policyFen, basicFen, largeAmountFen: 0, criticalScope: !employee, assistanceScope: true };
}

/** LZ-E-TCMDAY: an employee's TCM day clinic (中医药日间诊疗) is general outpatient pooling (LZ-E-OP). */
export function settleEmployeeTcmDayClinic(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const rule = ctx.p.employeeTcmDayClinic;
  ctx.ledger.step('LZ-E-TCMDAY', rule.source,
    'employee TCM day clinic: settled as general outpatient pooling, in its window and at its rates (纳入普通门诊统筹支付范围及限额内)',
    '职工中医药日间诊疗纳入普通门诊统筹支付范围及限额内，起付标准、报销比例执行普通门诊统筹政策');
  const policyFen = scoped.regularFen + scoped.tcmFen;
  return { ruleId: 'LZ-E-OP', policyFen, basicFen: settleEmployeeOutpatient(ctx, policyFen), largeAmountFen: 0, criticalScope: false, assistanceScope: false };
}
