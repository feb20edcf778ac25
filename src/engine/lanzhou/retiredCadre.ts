/**
 * Retired cadres (离休干部, 000 §七): LZ-RC-IP, LZ-RC-OP, LZ-RC-OP-PREFECTURE, LZ-RC-CHECKUP,
 * LZ-RC-AWARD. Their medical costs are paid by a fund of their own (000 §七1, 9,000 a year per
 * person, not the basic pool); its payments are reported in the basic-pool field with rule ids
 * of their own.
 *  - Stays and day surgery: the policy amount in full, no deductible (实报实销).
 *  - Outpatient: a yearly quota of 3,000, or 4,000 for 老红军 and cadres who joined during the
 *    war of resistance, pays the year's outpatient policy amount; the balance is the cadre's
 *    (结余归己), the excess is reimbursed the next year (超额次年报销).
 *  - 地级 cadres: outpatient policy amount in full.
 *  - Checkup subsidy (1,100 men / 1,530 women, if no stay the year before) and the health award
 *    (1,000 for a year without a stay and with outpatient costs within the quota): entitlements
 *    computed from the person's year (retiredCadreEntitlements).
 */
import { ACC, read, type Accumulators } from '../accumulators';
import { flatRate, settleBands } from '../blocks/bands';
import { pct, yuan, yuanZh } from '../text';
import type { PersonProfile } from '../types';
import type { LanzhouParameters, RetiredCadreRules } from '../../policy/lanzhou-parameters';
import type { LanzhouContext, Segment } from './context';
import type { ScopedClaim } from './scope';

/** LZ-RC-IP: a stay or day surgery, the policy amount in full, no deductible. */
export function settleRetiredCadreStay(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const rule = p.retiredCadre;
  const policyFen = scoped.regularFen + scoped.tcmFen;
  if (input.visitType === 'INPATIENT') {
    ledger.count(ACC.stays, 1);
  }
  const settled = settleBands({ positionFen: 0, amountFen: policyFen, bands: flatRate(rule.value.stayRateBp) });
  const basicFen = ledger.pay('LZ-RC-IP', rule.source, 'BASIC', settled);
  ledger.step('LZ-RC-IP', rule.source,
    () => `retired cadre ${input.visitType === 'INPATIENT' ? `stay ${read(acc, ACC.stays) + 1} of the year` : 'day surgery'}: policy amount ${yuan(policyFen)} paid in full (实报实销), no deductible: ${yuan(basicFen)} from the retired cadres' fund`,
    () => `离休干部${input.visitType === 'INPATIENT' ? `本年度第${read(acc, ACC.stays) + 1}次住院` : '日间手术'}：政策范围内费用${yuanZh(policyFen)}实报实销，不设起付线：离休干部医疗保障资金支付${yuanZh(basicFen)}`);
  if (input.remote) ledger.step('LZ-RC-IP', rule.source, 'remote care: 000 §七 names no cut for retired cadres; settled as at home',
    '异地就医：000 §七未规定离休干部降低比例，按参保地标准结算');
  return { ruleId: 'LZ-RC-IP', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: false };
}

/** The outpatient quota of the cadre's class (老红军/抗战时期 or other). */
export function outpatientQuotaFen(rules: RetiredCadreRules, person: PersonProfile): number {
  return person.retiredCadreWartime ? rules.wartimeOutpatientQuotaFen : rules.outpatientQuotaFen;
}

/** LZ-RC-OP (quota) or LZ-RC-OP-PREFECTURE (地级: in full). */
export function settleRetiredCadreOutpatient(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const rule = p.retiredCadre;
  const policyFen = scoped.regularFen + scoped.tcmFen + scoped.negotiated.policyFen;
  ledger.count(ACC.retiredCadreOutpatientPolicy, policyFen);
  if (input.person.retiredCadrePrefectureLevel) {
    const settled = settleBands({ positionFen: 0, amountFen: policyFen, bands: flatRate(rule.value.prefectureOutpatientRateBp) });
    const basicFen = ledger.pay('LZ-RC-OP-PREFECTURE', rule.source, 'BASIC', settled);
    ledger.step('LZ-RC-OP-PREFECTURE', rule.source,
      () => `地级 retired cadre: outpatient policy amount ${yuan(policyFen)} paid at ${pct(rule.value.prefectureOutpatientRateBp)} (实报实销), no quota: ${yuan(basicFen)}`,
      () => `地级离休干部：门诊政策范围内费用${yuanZh(policyFen)}按${pct(rule.value.prefectureOutpatientRateBp)}实报实销，不设定额：支付${yuanZh(basicFen)}`);
    return { ruleId: 'LZ-RC-OP-PREFECTURE', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: false };
  }
  const quotaFen = outpatientQuotaFen(rule.value, input.person);
  const usedFen = read(acc, ACC.retiredCadreOutpatientPaid);
  const settled = settleBands({ positionFen: 0, amountFen: policyFen, bands: flatRate(10_000), cap: { amountFen: quotaFen, usedFen } });
  const basicFen = ledger.pay('LZ-RC-OP', rule.source, 'BASIC', settled, { cap: { name: 'retired cadre outpatient quota (门诊医疗费定额)', amountFen: quotaFen } });
  const excessFen = policyFen - basicFen;
  ledger.count(ACC.retiredCadreOutpatientPaid, basicFen);
  ledger.count(ACC.retiredCadreOutpatientExcess, excessFen);
  ledger.step('LZ-RC-OP', rule.source,
    () => `retired cadre outpatient: policy amount ${yuan(policyFen)} paid from the year's quota ${yuan(quotaFen)}${input.person.retiredCadreWartime ? ' (老红军/抗日战争时期参加革命)' : ''} with ${yuan(usedFen)} used before: ${yuan(basicFen)}; ${yuan(excessFen)} above the quota is paid now by the person and reimbursed next year (超额次年报销)`,
    () => `离休干部门诊：政策范围内费用${yuanZh(policyFen)}由本年度门诊医疗费定额${yuanZh(quotaFen)}${input.person.retiredCadreWartime ? '（老红军和抗日战争时期参加革命的离休人员）' : ''}支付，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}；超出定额的${yuanZh(excessFen)}由本人先行支付，次年报销（超额次年报销）`);
  return { ruleId: 'LZ-RC-OP', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: false };
}

export type Sex = 'MALE' | 'FEMALE';

/** What a retired cadre is entitled to for a year, from the person and the year's records. */
export interface RetiredCadreEntitlements {
  year: number;
  /** 门诊医疗费定额; 0 for 地级 cadres, whose outpatient care is paid in full. */
  outpatientQuotaFen: number;
  /** Quota paid out on outpatient claims of the year. */
  outpatientQuotaUsedFen: number;
  /** 结余归己: quota − used. */
  outpatientQuotaBalanceFen: number;
  /** This year's outpatient policy amount above the quota, reimbursed next year. */
  outpatientExcessFen: number;
  /** 超额次年报销: last year's excess, reimbursed in this year. */
  excessReimbursedFromPreviousYearFen: number;
  /** 健康体检费补助: by sex, when the previous year had no stay; null when the sex is unknown. */
  checkupSubsidyFen: number | null;
  /** Stays in the previous year (the checkup condition). */
  previousYearStays: number;
  /** 健康奖励费: no stay this year and outpatient costs within the quota (as the year stands). */
  healthAwardFen: number;
  stays: number;
  /** Outpatient policy amount of the year (the health-award condition). */
  outpatientPolicyFen: number;
  reasons: string[];
}

/** LZ-RC-CHECKUP and LZ-RC-AWARD, with the outpatient quota's state (LZ-RC-OP). */
export function retiredCadreEntitlements(
  p: LanzhouParameters, person: PersonProfile, sex: Sex | null, year: number, acc: Accumulators, previous: Accumulators,
): RetiredCadreEntitlements {
  const rules = p.retiredCadre.value;
  const prefecture = person.retiredCadrePrefectureLevel === true;
  const classQuotaFen = outpatientQuotaFen(rules, person);
  const quotaFen = prefecture ? 0 : classQuotaFen;
  const usedFen = read(acc, ACC.retiredCadreOutpatientPaid);
  const stays = read(acc, ACC.stays);
  const previousYearStays = read(previous, ACC.stays);
  const outpatientPolicyFen = read(acc, ACC.retiredCadreOutpatientPolicy);
  const reasons: string[] = [];
  let checkupSubsidyFen: number | null;
  if (previousYearStays > 0) {
    checkupSubsidyFen = 0;
    reasons.push(`LZ-RC-CHECKUP: ${previousYearStays} stay(s) in ${year - 1}: no checkup subsidy (上年度未住院的离休人员)`);
  } else if (sex === null) {
    checkupSubsidyFen = null;
    reasons.push('LZ-RC-CHECKUP: no stay the year before, but the sex is unknown (男1100元、女1530元)');
  } else {
    checkupSubsidyFen = rules.checkupSubsidyFen[sex];
    reasons.push(`LZ-RC-CHECKUP: no stay in ${year - 1}: checkup subsidy ${yuan(checkupSubsidyFen)} (${sex === 'MALE' ? '男' : '女'}), checkup 1 July to 30 November at a 附表9 hospital`);
  }
  const withinQuota = outpatientPolicyFen <= classQuotaFen;
  const healthAwardFen = stays === 0 && withinQuota ? rules.healthAwardFen : 0;
  reasons.push(healthAwardFen > 0
    ? `LZ-RC-AWARD: no stay in ${year} and outpatient costs ${yuan(outpatientPolicyFen)} within the quota ${yuan(classQuotaFen)} so far: health award ${yuan(healthAwardFen)}`
    : `LZ-RC-AWARD: ${stays > 0 ? `${stays} stay(s) in ${year}` : `outpatient costs ${yuan(outpatientPolicyFen)} above the quota ${yuan(classQuotaFen)}`}: no health award`);
  reasons.push(prefecture
    ? 'LZ-RC-OP-PREFECTURE: 地级 retired cadre, outpatient policy amount paid in full, no quota'
    : `LZ-RC-OP: quota ${yuan(quotaFen)}, used ${yuan(usedFen)}, balance kept ${yuan(quotaFen - usedFen)} (结余归己)`);
  return {
    year,
    outpatientQuotaFen: quotaFen,
    outpatientQuotaUsedFen: usedFen,
    outpatientQuotaBalanceFen: Math.max(0, quotaFen - usedFen),
    outpatientExcessFen: read(acc, ACC.retiredCadreOutpatientExcess),
    excessReimbursedFromPreviousYearFen: read(previous, ACC.retiredCadreOutpatientExcess),
    checkupSubsidyFen,
    previousYearStays,
    healthAwardFen,
    stays,
    outpatientPolicyFen,
    reasons,
  };
}
