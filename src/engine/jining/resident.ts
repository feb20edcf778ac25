/**
 * Jining resident basic pool (城乡居民基本医疗保险): JN-R-OP (general outpatient, signed 60% /
 * unsigned 50%, 300 a year), JN-R-ACCIDENT-OP (students' and minors' accident outpatient, 80%,
 * 1,500), JN-R-TWO (two-disease drugs, 70%, 300 / 600, overflow to general outpatient), JN-R-IP
 * (stays, adult / minor rates, 150,000 cap), JN-R-ACCIDENT (accident stays at 60% of the level's
 * rate, 30,000) and JN-R-BIRTH (the lower of the bill and the child's subsidy).
 */
import { ACC, read } from '../accumulators';
import { flatRate, settleBands } from '../blocks/bands';
import { applyRate } from '../money';
import { pct, yuan, yuanZh, zh } from '../text';
import { capLeft, hasCondition, hospitalClassOf, type JiningContext, type Segment } from './context';
import type { ScopedClaim } from './scope';
import { accidentOutpatientCovered, residentOutpatientLevels } from './validate';

/** A resident OUTPATIENT claim: the accident benefit of students and minors, else general outpatient. */
export function settleResidentOutpatientVisit(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, ledger } = ctx;
  if (accidentOutpatientCovered(input)) return settleAccidentOutpatient(ctx, scoped);
  if (input.accident === true) {
    ledger.step('JN-R-ACCIDENT-OP', p.accidentOutpatient.source, 'the accident outpatient benefit covers students and minors only: settled as general outpatient',
      '意外伤害门诊待遇仅限学生和未成年人：按普通门诊结算');
  }
  return { policyFen: scoped.policyFen, basicFen: settleResidentOutpatient(ctx, scoped.policyFen), largeAmountFen: 0 };
}

/** JN-R-OP: no deductible, 60% signed / 50% unsigned, at most 300 a year. */
function settleResidentOutpatient(ctx: JiningContext, policyFen: number, overflow = false): number {
  const { input, p, acc, ledger } = ctx;
  const rule = p.residentOutpatient.value;
  const signed = input.signedFamilyDoctor === true;
  const rateBp = signed ? rule.signedBp : rule.unsignedBp;
  const usedFen = read(acc, ACC.residentOutpatientPaid);
  const settled = settleBands({ positionFen: 0, amountFen: policyFen, bands: flatRate(rateBp), cap: { amountFen: rule.capFen, usedFen } });
  const paidFen = ledger.pay('JN-R-OP', p.residentOutpatient.source, 'BASIC', settled,
    { cap: { name: 'resident outpatient annual cap (普通门诊统筹最高支付限额)', amountFen: rule.capFen } });
  ledger.count(ACC.residentOutpatientPaid, paidFen);
  ledger.step('JN-R-OP', p.residentOutpatient.source,
    () => `${overflow ? 'overflow: ' : ''}general outpatient ${yuan(policyFen)} at ${pct(rateBp)} (${signed ? 'signed with a family doctor team' : 'not signed'}), no deductible, cap ${yuan(rule.capFen)} with ${yuan(usedFen)} used before: paid ${yuan(paidFen)}`,
    () => `${overflow ? '两病超限转入：' : ''}普通门诊${yuanZh(policyFen)}按${pct(rateBp)}支付（${signed ? '已签约家庭医生团队' : '未签约'}），不设起付线，封顶线${yuanZh(rule.capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(paidFen)}`);
  return paidFen;
}

/** JN-R-ACCIDENT-OP: students' and minors' accident outpatient, 80%, at most 1,500 a year. */
function settleAccidentOutpatient(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { p, acc, ledger } = ctx;
  const rule = p.accidentOutpatient.value;
  const usedFen = read(acc, ACC.accidentOutpatientPaid);
  const settled = settleBands({ positionFen: 0, amountFen: scoped.policyFen, bands: flatRate(rule.rateBp), cap: { amountFen: rule.capFen, usedFen } });
  const basicFen = ledger.pay('JN-R-ACCIDENT-OP', p.accidentOutpatient.source, 'BASIC', settled,
    { cap: { name: 'accident outpatient annual cap (意外伤害门诊最高支付限额)', amountFen: rule.capFen } });
  ledger.count(ACC.accidentOutpatientPaid, basicFen);
  ledger.step('JN-R-ACCIDENT-OP', p.accidentOutpatient.source,
    () => `accident outpatient of a student or minor (无责任人的意外伤害): ${yuan(scoped.policyFen)} at ${pct(rule.rateBp)}, no deductible, cap ${yuan(rule.capFen)} with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `学生及未成年人无责任人的意外伤害门诊：${yuanZh(scoped.policyFen)}按${pct(rule.rateBp)}支付，不设起付线，封顶线${yuanZh(rule.capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen: 0 };
}

/** JN-R-TWO: 70%, 300 for one disease, 600 for both or with insulin; the rest as general outpatient. */
export function settleTwoDisease(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const rule = p.twoDisease.value;
  const diseases = input.twoDiseases ?? [];
  const combined = diseases.length > 1 || input.insulin === true;
  const capFen = combined ? rule.combinedCapFen : rule.singleCapFen;
  const usedFen = read(acc, ACC.twoDiseasePaidAll);
  const settled = settleBands({ positionFen: 0, amountFen: scoped.policyFen, bands: flatRate(rule.rateBp), cap: { amountFen: capFen, usedFen } });
  let basicFen = ledger.pay('JN-R-TWO', p.twoDisease.source, 'BASIC', settled, { cap: { name: `two-disease cap (${diseases.join(' + ')}${input.insulin ? ', insulin' : ''})`, amountFen: capFen } });
  ledger.count(ACC.twoDiseasePaidAll, basicFen);
  ledger.step('JN-R-TWO', p.twoDisease.source,
    `two-disease drugs (${diseases.join(' + ')}${input.insulin ? ', insulin' : ''}): ${yuan(scoped.policyFen)} at ${pct(rule.rateBp)}, no deductible, cap ${yuan(capFen)} with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    `两病用药（${diseases.map(zh).join('、')}${input.insulin ? '，使用胰岛素' : ''}）：${yuanZh(scoped.policyFen)}按${pct(rule.rateBp)}支付，不设起付线，封顶线${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);
  if (settled.beyondCapFen > 0) {
    if (residentOutpatientLevels(input, p).includes(input.institutionLevel)) {
      ledger.step('JN-R-TWO', p.twoDisease.source, () => `${yuan(settled.beyondCapFen)} beyond the two-disease cap is settled as general outpatient`,
        () => `超出两病封顶线的${yuanZh(settled.beyondCapFen)}按普通门诊结算`);
      basicFen += settleResidentOutpatient(ctx, settled.beyondCapFen, true);
    } else {
      ledger.step('JN-R-TWO', p.twoDisease.source, () => `${yuan(settled.beyondCapFen)} beyond the two-disease cap stays personal: general outpatient is settled at primary institutions only`,
        () => `超出两病封顶线的${yuanZh(settled.beyondCapFen)}由个人负担：普通门诊仅在基层医疗机构结算`);
    }
  }
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen: 0 };
}

/** A resident stay: JN-R-BIRTH for a birth, else JN-R-IP (JN-R-ACCIDENT for an accident). */
export function settleResidentStay(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger, remote } = ctx;
  const nth = read(acc, ACC.stays) + 1;
  ledger.count(ACC.stays, 1);
  if (input.childOrder !== undefined) return settleBirth(ctx, scoped);

  const cls = hospitalClassOf(ctx);
  const deductibleFen = Math.min(p.residentStayDeductibleFen.value[cls], scoped.policyFen);
  ledger.deductibleFen += deductibleFen;
  ledger.step('JN-R-IP', p.residentStayDeductibleFen.source,
    `stay ${nth} of the year at ${cls}: deductible ${yuan(p.residentStayDeductibleFen.value[cls])} (every stay), applied ${yuan(deductibleFen)}`,
    `本年度第${nth}次住院（${zh(cls)}医院）：起付线${yuanZh(p.residentStayDeductibleFen.value[cls])}（每次住院），实际${yuanZh(deductibleFen)}`);
  if (input.tcmHospital === true) {
    ledger.step('JN-R-IP', p.tcmHospitalStayReductionFen.source, 'the TCM-hospital deductible reduction is an employee rule: the resident deductible stands',
      '中医医院降低起付线是职工规定：居民起付线不变');
  }
  if (hasCondition(ctx, [...p.deductibleFreeStayConditions.value, ...p.oncePerYearStayConditions.value])) {
    ledger.step('JN-R-IP', p.deductibleFreeStayConditions.source, () => `the deductible rules for ${input.condition} are employee notes: the resident deductible stands`,
      () => `${zh(input.condition)}的起付线规定属职工待遇：居民起付线不变`);
  }
  const minor = input.person.minor === true;
  const rates = p.residentStayRatesBp.value[cls];
  const levelBp = minor ? rates.minorBp : rates.adultBp;
  const accident = input.accident === true;
  const share = p.accidentStay.value.shareOfLevelRateBp;
  const rateBp = Math.max(0, (accident ? applyRate(levelBp, share) : levelBp) - remote.cutBp);
  const eligibleFen = scoped.policyFen - deductibleFen;

  const stayCap = { name: 'resident stay annual cap (基本医疗报销限额)', amountFen: p.residentStayCapFen.value, usedFen: read(acc, ACC.residentStayPaid) };
  const accidentCap = { name: 'accident stay annual cap (意外伤害最高支付限额)', amountFen: p.accidentStay.value.capFen, usedFen: read(acc, ACC.accidentStayPaid) };
  const binding = accident && capLeft(accidentCap.amountFen, accidentCap.usedFen) < capLeft(stayCap.amountFen, stayCap.usedFen) ? accidentCap : stayCap;
  const ruleId = accident ? 'JN-R-ACCIDENT' : 'JN-R-IP';
  const clause = accident ? p.accidentStay.source : p.residentStayRatesBp.source;
  const settled = settleBands({ positionFen: 0, amountFen: eligibleFen, bands: flatRate(rateBp), cap: { amountFen: binding.amountFen, usedFen: binding.usedFen } });
  const basicFen = ledger.pay(ruleId, clause, 'BASIC', settled, { cap: { name: binding.name, amountFen: binding.amountFen } });
  ledger.count(ACC.residentStayPaid, basicFen);
  if (accident) ledger.count(ACC.accidentStayPaid, basicFen);
  const rateText = accident
    ? `${pct(levelBp)} × ${pct(share)} = ${pct(applyRate(levelBp, share))} (accident, no liable third party)`
    : `${pct(levelBp)} (${minor ? 'minor' : 'adult'})`;
  const rateTextZh = accident
    ? `按${pct(levelBp)} × ${pct(share)} = ${pct(applyRate(levelBp, share))}支付（无责任人的意外伤害）`
    : `按${pct(levelBp)}支付（${minor ? '未成年人' : '成年人'}）`;
  ledger.step(ruleId, clause,
    () => `eligible ${yuan(eligibleFen)} at ${rateText}${remote.cutBp > 0 ? ` − ${pct(remote.cutBp)} remote` : ''}; stay cap ${yuan(stayCap.amountFen)} with ${yuan(stayCap.usedFen)} used before${accident ? `, accident cap ${yuan(accidentCap.amountFen)} with ${yuan(accidentCap.usedFen)} used before` : ''}: paid ${yuan(basicFen)}`,
    () => `可报费用${yuanZh(eligibleFen)}，${rateTextZh}${remote.cutBp > 0 ? `，异地降低${pct(remote.cutBp)}` : ''}；住院封顶线${yuanZh(stayCap.amountFen)}，此前已用${yuanZh(stayCap.usedFen)}${accident ? `，意外伤害封顶线${yuanZh(accidentCap.amountFen)}，此前已用${yuanZh(accidentCap.usedFen)}` : ''}：支付${yuanZh(basicFen)}`);
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen: 0 };
}

/** JN-R-BIRTH: the pool pays the lower of the policy amount and the child's subsidy. */
function settleBirth(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, ledger } = ctx;
  const order = input.childOrder as number;
  const table = p.birthSubsidyFen.value;
  const subsidyFen = table[Math.min(order, table.length) - 1];
  const settled = settleBands({ positionFen: 0, amountFen: scoped.policyFen, bands: flatRate(10_000), cap: { amountFen: subsidyFen, usedFen: 0 } });
  const basicFen = ledger.pay('JN-R-BIRTH', p.birthSubsidyFen.source, 'BASIC', settled,
    { cap: { name: `birth subsidy for child ${order} (分娩定额补助)`, amountFen: subsidyFen } });
  ledger.step('JN-R-BIRTH', p.birthSubsidyFen.source,
    () => `birth stay, child ${order}: subsidy ${yuan(subsidyFen)}, policy amount ${yuan(scoped.policyFen)}; no deductible, the lower is paid: ${yuan(basicFen)}`,
    () => `住院分娩（第${order}孩）：补助标准${yuanZh(subsidyFen)}，政策范围内费用${yuanZh(scoped.policyFen)}；不设起付线，按低者支付：${yuanZh(basicFen)}`);
  return { policyFen: scoped.policyFen, basicFen, largeAmountFen: 0 };
}
