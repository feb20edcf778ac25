/**
 * LZ-MA, LZ-MA-APPLY and LZ-MA-2ND: medical assistance (医疗救助) after the insurance layers,
 * for either scheme. Direct recipients are paid their category's rate with no threshold;
 * applicants 70% above an annual threshold; both within the annual limit (50,000, or 80,000
 * with a 附表7 disease). Secondary assistance (二次倾斜) then pays 60% of what is still left
 * above 6,000 a year, outside the limit, for care at home or within the province.
 */
import { ACC, read } from '../accumulators';
import { type Band, settleBands } from '../blocks/bands';
import { pct, yuan, yuanZh, zh } from '../text';
import type { LanzhouContext, Segment } from './context';

export interface AssistanceResult {
  assistanceFen: number;
  secondaryFen: number;
}

export function settleAssistance(ctx: LanzhouContext, segments: Segment[], criticalFen: number): AssistanceResult {
  const { input, p, acc, ledger } = ctx;
  const category = input.person.assistanceCategory;
  const none = { assistanceFen: 0, secondaryFen: 0 };
  if (category === undefined) return none;
  if (input.scheme === 'RETIRED_CADRE') {
    ledger.step('LZ-MA', p.assistanceDirectRatesBp.source, 'retired cadres\' costs are paid by their own fund (000 §七): no medical assistance on top',
      '离休干部医疗费由离休干部医疗保障资金支付（000 §七）：不再享受医疗救助');
    return none;
  }
  const inScope = segments.filter((s) => s.assistanceScope);
  if (inScope.length === 0) {
    ledger.step('LZ-MA', p.assistanceDirectRatesBp.source, 'general outpatient and TCM day-clinic care are outside medical assistance',
      '普通门诊和中医药日间诊疗不纳入医疗救助');
    return none;
  }
  const unassistedFen = inScope.reduce((sum, s) => sum + (s.unassistedCutFen ?? 0), 0);
  // Never below 0: critical illness insurance may already have paid most of what the cut left
  // to the person (it pays on policy − basic, the cut part included), and then nothing is left.
  const baseFen = Math.max(0, inScope.reduce((sum, s) => sum + s.policyFen - s.basicFen - s.largeAmountFen, 0) - criticalFen - unassistedFen);
  if (unassistedFen > 0) {
    ledger.step('LZ-MA', p.remoteCutUnassisted.source,
      () => `${yuan(unassistedFen)} of basic-pool payment lost to the remote-care cut for care without the required filing or referral is not assisted (降低比例报销部分不予救助)`,
      () => `未按规定备案或转诊的异地就医因降低比例少付的统筹基金${yuanZh(unassistedFen)}不予救助（降低比例报销部分不予救助）`);
  }

  const direct = p.assistanceDirectRatesBp.value[category];
  const applicant = p.assistanceApplicants.value[category];
  let ruleId: string;
  let clause: string;
  let bands: Band[];
  if (direct !== undefined) {
    ruleId = 'LZ-MA';
    clause = p.assistanceDirectRatesBp.source;
    bands = [{ fromFen: 0, toFen: null, rateBp: direct }];
  } else if (applicant !== undefined) {
    ruleId = 'LZ-MA-APPLY';
    clause = p.assistanceApplicants.source;
    bands = [{ fromFen: applicant.thresholdFen, toFen: null, rateBp: applicant.rateBp }];
  } else {
    throw new Error(`lanzhou pack has no assistance rule for ${category}`);
  }
  const majorCode = input.person.assistanceMajorDiseaseCode;
  const limits = p.assistanceLimitFen.value;
  const limitFen = majorCode !== undefined ? limits.majorDiseaseFen : limits.ordinaryFen;
  const usedFen = read(acc, ACC.assistancePaid);
  const positionFen = read(acc, ACC.assistanceBase);
  const settled = settleBands({ positionFen, amountFen: baseFen, bands, cap: { amountFen: limitFen, usedFen } });
  const assistanceFen = ledger.pay(ruleId, clause, 'ASSISTANCE', settled,
    { cap: { name: 'annual assistance limit (年度救助限额)', amountFen: limitFen } }, direct === undefined);
  ledger.count(ACC.assistanceBase, baseFen);
  ledger.count(ACC.assistancePaid, assistanceFen);
  const rateText = direct !== undefined
    ? `${pct(direct)}, no threshold`
    : `${pct(bands[0].rateBp)} above the annual threshold ${yuan(bands[0].fromFen)} (year's base before ${yuan(positionFen)})`;
  const rateTextZh = direct !== undefined
    ? `按${pct(direct)}救助，不设起付线`
    : `年度起付线${yuanZh(bands[0].fromFen)}以上按${pct(bands[0].rateBp)}救助（本年此前基数${yuanZh(positionFen)}）`;
  ledger.step(ruleId, clause,
    () => `${category}: assistance base ${yuan(baseFen)} (policy amount less the insurance layers${unassistedFen > 0 ? ' and the unassisted cut' : ''}) at ${rateText}; limit ${yuan(limitFen)}${majorCode ? ` (附表7 ${majorCode})` : ''} with ${yuan(usedFen)} used before: paid ${yuan(assistanceFen)}`,
    () => `${zh(category)}：救助基数${yuanZh(baseFen)}（政策范围内费用减去各保险层${unassistedFen > 0 ? '及不予救助的降低部分' : ''}），${rateTextZh}；年度救助限额${yuanZh(limitFen)}${majorCode ? `（附表7 ${majorCode}）` : ''}，此前已用${yuanZh(usedFen)}：支付${yuanZh(assistanceFen)}`);

  return { assistanceFen, secondaryFen: settleSecondary(ctx, baseFen - assistanceFen) };
}

/** LZ-MA-2ND on what the three layers left. */
function settleSecondary(ctx: LanzhouContext, baseFen: number): number {
  const { input, p, acc, ledger } = ctx;
  const rule = p.secondaryAssistance.value;
  if (rule.inProvinceOnly && input.remote?.crossProvince) {
    ledger.step('LZ-MA-2ND', p.secondaryAssistance.source, 'cross-province care: no secondary assistance (only at home or within the province)',
      '跨省异地就医不享受二次倾斜救助（仅限本地及省内）');
    return 0;
  }
  const positionFen = read(acc, ACC.secondaryBase);
  const settled = settleBands({ positionFen, amountFen: baseFen, bands: [{ fromFen: rule.thresholdFen, toFen: null, rateBp: rule.rateBp }] });
  const paidFen = ledger.pay('LZ-MA-2ND', p.secondaryAssistance.source, 'SECONDARY_ASSISTANCE', settled, {}, true);
  ledger.count(ACC.secondaryBase, baseFen);
  ledger.step('LZ-MA-2ND', p.secondaryAssistance.source,
    () => `left after three layers ${yuan(baseFen)} on the year's position ${yuan(positionFen)}: ${pct(rule.rateBp)} above ${yuan(rule.thresholdFen)}, outside the assistance limit: paid ${yuan(paidFen)}`,
    () => `经三重保障后剩余${yuanZh(baseFen)}，本年累计位置${yuanZh(positionFen)}：超过${yuanZh(rule.thresholdFen)}的部分按${pct(rule.rateBp)}倾斜救助，不计入救助限额：支付${yuanZh(paidFen)}`);
  return paidFen;
}
