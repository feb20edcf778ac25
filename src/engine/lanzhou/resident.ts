/**
 * Lanzhou resident basic pool (城乡居民基本医疗保险): LZ-R-OP, LZ-R-CHRONIC, LZ-R-TWO, LZ-R-IP,
 * LZ-R-IP-CONT, LZ-R-TCM, LZ-R-IP-CAP, LZ-R-MAJOR, LZ-R-DAY, LZ-R-TCMDAY.
 */
import { TWO_DISEASES } from '../../domain';
import { ACC, read } from '../accumulators';
import { type BandSettlement, flatRate, settleBands } from '../blocks/bands';
import { claimDeductible } from '../blocks/deductible';
import type { Bounds } from '../ledger';
import { applyRate } from '../money';
import { pct, yuan, yuanZh, zh } from '../text';
import { atLevel, stayLevel, type LanzhouContext, type Segment } from './context';
import { settleChronic } from './chronic';
import { remoteStayCut } from './remote';
import type { ScopedClaim } from './scope';

/** Regular and TCM eligible amounts settled at their rates against one cap or ceiling. */
interface RateGroups {
  regularFen: number;
  regularBp: number;
  tcmFen: number;
  tcmBp: number;
}

interface GroupLimit {
  /** Position before the claim (for a cost ceiling). */
  positionFen: number;
  ceilingFen: number | null;
  cap: { amountFen: number; usedFen: number } | null;
  bounds: Bounds;
}

/** The regular group then the TCM group settled under one limit (pure: no ledger). */
function settleGroups(g: RateGroups, limit: GroupLimit): { first: BandSettlement; second: BandSettlement | null } {
  const first = settleBands({ positionFen: limit.positionFen, amountFen: g.regularFen, bands: flatRate(g.regularBp), ceilingFen: limit.ceilingFen, cap: limit.cap });
  if (g.tcmFen === 0) return { first, second: null };
  const cap = limit.cap ? { amountFen: limit.cap.amountFen, usedFen: limit.cap.usedFen + first.paidFen } : null;
  const second = settleBands({ positionFen: limit.positionFen + g.regularFen, amountFen: g.tcmFen, bands: flatRate(g.tcmBp), ceilingFen: limit.ceilingFen, cap });
  return { first, second };
}

/** What the groups would pay under the limit, without lines (for a remote cut's lost part). */
function groupsPaid(g: RateGroups, limit: GroupLimit): number {
  const { first, second } = settleGroups(g, limit);
  return first.paidFen + (second?.paidFen ?? 0);
}

/** Pays the regular group then the TCM group (LZ-R-TCM lines) under one limit. */
function payGroups(ctx: LanzhouContext, ruleId: string, clause: string, g: RateGroups, limit: GroupLimit, tcmRuleId = 'LZ-R-TCM'): number {
  const { p, ledger } = ctx;
  const { first, second } = settleGroups(g, limit);
  const paidRegular = ledger.pay(ruleId, clause, 'BASIC', first, limit.bounds);
  if (second === null) return paidRegular;
  const paidTcm = ledger.pay(tcmRuleId, tcmRuleId === 'LZ-R-TCM' ? p.tcmBonus.source : clause, 'BASIC', second, limit.bounds);
  if (tcmRuleId === 'LZ-R-TCM') {
    ledger.step('LZ-R-TCM', p.tcmBonus.source, () => `TCM items ${yuan(g.tcmFen)} at ${pct(g.tcmBp)} (+${pct(p.tcmBonus.value.bonusBp)}, at most ${pct(p.tcmBonus.value.maxRateBp)}): ${yuan(paidTcm)}`,
      () => `中医药项目${yuanZh(g.tcmFen)}按${pct(g.tcmBp)}支付（提高${pct(p.tcmBonus.value.bonusBp)}，最高${pct(p.tcmBonus.value.maxRateBp)}）：${yuanZh(paidTcm)}`);
  }
  return paidRegular + paidTcm;
}

/** The cut-free payment minus the paid one: the basic pool's loss to a remote-care cut. */
function cutLoss(cutBp: number, g: RateGroups, limit: GroupLimit, paidFen: number): number {
  if (cutBp === 0) return 0;
  return groupsPaid({ ...g, regularBp: g.regularBp + cutBp, tcmBp: g.tcmBp + cutBp }, limit) - paidFen;
}

/** The TCM rate for a base rate: + bonus, at most the maximum. */
function tcmRate(ctx: LanzhouContext, baseBp: number): number {
  const t = ctx.p.tcmBonus.value;
  return Math.min(t.maxRateBp, baseBp + t.bonusBp);
}

/** LZ-R-OP: 70% (TCM 80%), no deductible, the pool pays at most 130 a year. */
export function settleResidentOutpatient(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { p, acc, ledger } = ctx;
  const rateBp = p.residentOutpatientRateBp.value;
  const capFen = p.residentOutpatientCapFen.value;
  const usedFen = read(acc, ACC.residentOutpatientPaid);
  const basicFen = payGroups(ctx, 'LZ-R-OP', p.residentOutpatientRateBp.source,
    { regularFen: scoped.regularFen, regularBp: rateBp, tcmFen: scoped.tcmFen, tcmBp: tcmRate(ctx, rateBp) },
    { positionFen: 0, ceilingFen: null, cap: { amountFen: capFen, usedFen }, bounds: { cap: { name: 'resident outpatient cap (普通门诊封顶线)', amountFen: capFen } } });
  ledger.count(ACC.residentOutpatientPaid, basicFen);
  ledger.step('LZ-R-OP', p.residentOutpatientCapFen.source,
    () => `general outpatient policy amount ${yuan(scoped.regularFen + scoped.tcmFen)} at ${pct(rateBp)}, no deductible, cap ${yuan(capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `普通门诊政策范围内费用${yuanZh(scoped.regularFen + scoped.tcmFen)}按${pct(rateBp)}支付，不设起付线，年度封顶线${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);
  return { ruleId: 'LZ-R-OP', policyFen: scoped.regularFen + scoped.tcmFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: false };
}

/** LZ-R-CHRONIC: as the employee rule, without outpatient overflow. */
export function settleResidentChronic(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const chronic = settleChronic(ctx, policyFen, ctx.p.residentChronicDiseases, 'LZ-R-CHRONIC');
  if (chronic.beyondCapFen > 0) {
    ctx.ledger.step('LZ-R-CHRONIC', ctx.p.residentChronicDiseases.source,
      () => `${yuan(chronic.beyondCapFen)} beyond the chronic cap stays personal (residents have no outpatient overflow)`,
      () => `超出慢特病封顶线的${yuanZh(chronic.beyondCapFen)}由个人负担（居民不转入普通门诊）`);
  }
  return { ruleId: 'LZ-R-CHRONIC', policyFen, basicFen: chronic.paidFen, largeAmountFen: 0, criticalScope: true, assistanceScope: true };
}

/** LZ-R-TWO: 70%, no deductible, 400 / 800 / 1,200 a year. */
export function settleTwoDisease(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const diseases = input.twoDiseases ?? [];
  const limit = p.twoDiseaseLimits.value.find((l) => l.diseases.length === diseases.length && diseases.every((d) => l.diseases.includes(d)));
  if (!limit) throw new Error(`no two-disease limit for ${diseases.join('+')}`);
  // One year's two-disease payments, whichever disease a claim named, count against the cap.
  const usedFen = TWO_DISEASES.reduce((sum, d) => sum + read(acc, ACC.twoDiseasePaid(d)), 0);
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const rateBp = p.twoDiseaseRateBp.value;
  const settled = settleBands({ positionFen: 0, amountFen: policyFen, bands: flatRate(rateBp), cap: { amountFen: limit.annualLimitFen, usedFen } });
  const basicFen = ledger.pay('LZ-R-TWO', p.twoDiseaseLimits.source, 'BASIC', settled,
    { cap: { name: `two-disease cap (${diseases.join(' + ')})`, amountFen: limit.annualLimitFen } });
  ledger.count(ACC.twoDiseasePaid(diseases[0]), basicFen);
  ledger.step('LZ-R-TWO', p.twoDiseaseLimits.source,
    () => `two-disease outpatient (${diseases.join(' + ')}): ${yuan(policyFen)} at ${pct(rateBp)}, cap ${yuan(limit.annualLimitFen)} with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `两病门诊（${diseases.map(zh).join('、')}）：${yuanZh(policyFen)}按${pct(rateBp)}支付，封顶线${yuanZh(limit.annualLimitFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);
  return { ruleId: 'LZ-R-TWO', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: true };
}

/** LZ-R-IP-CONT: the continuity bonus in basis points. */
function continuityBonusBp(ctx: LanzhouContext): number {
  const { p, input, ledger, year } = ctx;
  const c = p.continuityBonus.value;
  const years = input.person.consecutiveEnrollmentYears ?? 1;
  const bonusBp = Math.max(0, Math.min(c.maxBp, (years - 1) * c.stepBp, (year - c.baseYear) * c.stepBp));
  ledger.step('LZ-R-IP-CONT', p.continuityBonus.source,
    () => `continuity bonus + min(${pct(c.maxBp)}, (${years} − 1) × ${pct(c.stepBp)}, (${year} − ${c.baseYear}) × ${pct(c.stepBp)}) = +${pct(bonusBp)}`,
    () => `连续参保激励：提高 min(${pct(c.maxBp)}, (${years} − 1) × ${pct(c.stepBp)}, (${year} − ${c.baseYear}) × ${pct(c.stepBp)}) = ${pct(bonusBp)}`);
  return bonusBp;
}

/** The resident stay limit (LZ-R-IP-CAP) as the pack reads it. */
function stayLimit(ctx: LanzhouContext): GroupLimit {
  const limit = ctx.p.residentStayLimit.value;
  const name = { name: 'resident stay annual limit (基本医保年度最高支付限额)', amountFen: limit.kind === 'PAYMENT_CAP' ? limit.amountFen : limit.positionFen };
  return {
    positionFen: read(ctx.acc, ACC.residentStayEligible),
    ceilingFen: limit.kind === 'COST_CEILING' ? limit.positionFen : null,
    cap: limit.kind === 'PAYMENT_CAP' ? { amountFen: limit.amountFen, usedFen: read(ctx.acc, ACC.residentStayPaid) } : null,
    bounds: { cap: name, ceiling: name },
  };
}

/** Splits eligible = policy − deductible into regular and TCM parts, the deductible taken from regular items first. */
function eligibleGroups(scoped: ScopedClaim, deductibleFen: number): { regularFen: number; tcmFen: number } {
  const fromRegular = Math.min(deductibleFen, scoped.regularFen);
  return { regularFen: scoped.regularFen - fromRegular, tcmFen: scoped.tcmFen - (deductibleFen - fromRegular) };
}

/** LZ-R-IP (with LZ-R-IP-CONT, LZ-R-TCM, LZ-R-IP-CAP) and LZ-R-DAY. */
export function settleResidentStay(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const level = stayLevel(ctx);
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const day = input.visitType === 'DAY_SURGERY';
  let deductibleFen: number;
  let baseBp: number;
  let ruleId: string;
  let clause: string;
  if (day) {
    ruleId = 'LZ-R-DAY';
    clause = p.residentDaySurgeryRateBp.source;
    const full = atLevel(p.daySurgeryDeductibleFen.value, level, 'day-surgery deductible');
    const applied = Math.min(full, policyFen);
    const rateBp = p.residentDaySurgeryRateBp.value;
    deductibleFen = applied;
    baseBp = rateBp;
    ledger.step(ruleId, clause, () => `day surgery at ${level}: deductible ${yuan(full)} (never reduced), applied ${yuan(applied)}; rate ${pct(rateBp)}`,
      () => `${zh(level)}日间手术：起付线${yuanZh(full)}（不递减），实际${yuanZh(applied)}；支付比例${pct(rateBp)}`);
  } else {
    ruleId = 'LZ-R-IP';
    clause = p.residentStayRatesBp.source;
    const nth = read(acc, ACC.stays) + 1;
    const d = claimDeductible(atLevel(p.residentStayDeductibleFen.value, level, 'stay deductible'), nth, p.stayDeductibleStepsBp.value, policyFen);
    deductibleFen = d.appliedFen;
    ledger.count(ACC.stays, 1);
    const levelBp = atLevel(p.residentStayRatesBp.value, level, 'stay rate');
    ledger.step(ruleId, clause, () => `stay ${nth} of the year at ${level}: deductible ${yuan(d.fullFen)} × ${pct(d.shareBp)}, applied ${yuan(d.appliedFen)}; rate ${pct(levelBp)}`,
      () => `本年度第${nth}次住院（${zh(level)}）：起付线${yuanZh(d.fullFen)} × ${pct(d.shareBp)}，实际${yuanZh(d.appliedFen)}；支付比例${pct(levelBp)}`);
    baseBp = levelBp + continuityBonusBp(ctx);
  }
  ledger.deductibleFen += deductibleFen;
  const cut = remoteStayCut(ctx);
  const cutBp = cut.cutBp;
  const groups = eligibleGroups(scoped, deductibleFen);
  const limit = stayLimit(ctx);
  // LZ-R-TCM covers stays and general outpatient; in day surgery (统一按照75%) the +10 is a reading.
  const tcmBp = day ? daySurgeryTcmRate(ctx, baseBp, groups.tcmFen) : tcmRate(ctx, baseBp);
  const rateGroups = { regularFen: groups.regularFen, regularBp: baseBp - cutBp, tcmFen: groups.tcmFen, tcmBp: tcmBp - cutBp };
  const basicFen = payGroups(ctx, ruleId, clause, rateGroups, limit, day && tcmBp === baseBp ? ruleId : 'LZ-R-TCM');
  const unassistedCutFen = cut.unassisted ? cutLoss(cutBp, rateGroups, limit, basicFen) : 0;
  const eligibleFen = policyFen - deductibleFen;
  ledger.count(ACC.residentStayEligible, eligibleFen);
  ledger.count(ACC.residentStayPaid, basicFen);
  const l = p.residentStayLimit.value;
  ledger.step('LZ-R-IP-CAP', p.residentStayLimit.source, () => l.kind === 'PAYMENT_CAP'
    ? `stays and day surgery: the pool pays at most ${yuan(l.amountFen)} a year, ${yuan(limit.cap?.usedFen ?? 0)} used before; paid ${yuan(basicFen)} on eligible ${yuan(eligibleFen)}`
    : `stays and day surgery: positions up to ${yuan(l.positionFen)} covered, position before ${yuan(limit.positionFen)}; paid ${yuan(basicFen)} on eligible ${yuan(eligibleFen)}`,
  () => l.kind === 'PAYMENT_CAP'
    ? `住院及日间手术：统筹基金年度最高支付${yuanZh(l.amountFen)}，此前已付${yuanZh(limit.cap?.usedFen ?? 0)}；可报费用${yuanZh(eligibleFen)}，支付${yuanZh(basicFen)}`
    : `住院及日间手术：累计费用${yuanZh(l.positionFen)}以内可报，此前累计${yuanZh(limit.positionFen)}；可报费用${yuanZh(eligibleFen)}，支付${yuanZh(basicFen)}`);
  return { ruleId, policyFen, basicFen, largeAmountFen: 0, criticalScope: true, assistanceScope: true, unassistedCutFen };
}

/**
 * The TCM rate in resident day surgery under the pack's reading tcmBonusInDaySurgery: 000
 * §三(二)1(6) settles day surgery "统一按照75%", §三(二)1(7)① raises TCM items by 10 points
 * "在各级定点医疗机构". The trace names the reading applied and what the other would pay.
 */
function daySurgeryTcmRate(ctx: LanzhouContext, baseBp: number, tcmFen: number): number {
  const reading = ctx.p.tcmBonusInDaySurgery;
  const withBonus = tcmRate(ctx, baseBp);
  const applied = reading.value ? withBonus : baseBp;
  if (tcmFen > 0) {
    const alternative = reading.value ? baseBp : withBonus;
    ctx.ledger.step('LZ-R-DAY', reading.source,
      () => `reading tcmBonusInDaySurgery = ${reading.value}: TCM items ${yuan(tcmFen)} at ${pct(applied)}; the alternative reading settles them at ${pct(alternative)} (${yuan(applyRate(tcmFen, alternative))} before caps and cuts)`,
      () => `解读 tcmBonusInDaySurgery = ${reading.value}：中医药项目${yuanZh(tcmFen)}按${pct(applied)}支付；另一解读按${pct(alternative)}（封顶和降低前${yuanZh(applyRate(tcmFen, alternative))}）`);
  }
  return applied;
}

/** LZ-R-MAJOR: a major-disease stay, no deductible, 75%, the disease's own annual limit. */
export function settleMajorDiseaseStay(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const code = input.majorDiseaseCode as string;
  const disease = p.majorDiseases.value.find((d) => d.code === code);
  if (!disease) throw new Error(`major disease ${code} passed validation but is not in the pack`);
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const nth = read(acc, ACC.stays) + 1;
  ledger.count(ACC.stays, 1);
  const rateBp = p.majorDiseaseRateBp.value;
  const usedFen = read(acc, ACC.majorPaid(code));
  ledger.step('LZ-R-MAJOR', p.majorDiseaseRateBp.source,
    () => `stay ${nth} of the year for major disease ${code} ${disease.name}: no deductible, ${pct(rateBp)}, no continuity bonus, limit ${yuan(disease.annualLimitFen)} a year (${yuan(usedFen)} used before), outside the stay cap`,
    () => `本年度第${nth}次住院，重大疾病 ${code} ${disease.name}：不设起付线，按${pct(rateBp)}支付，不享受连续参保激励，年度限额${yuanZh(disease.annualLimitFen)}（此前已用${yuanZh(usedFen)}），不计入住院封顶线`);
  const cut = remoteStayCut(ctx);
  const bounds = { cap: { name: `major-disease limit of ${disease.name}`, amountFen: disease.annualLimitFen } };
  const rateGroups = { regularFen: scoped.regularFen, regularBp: rateBp - cut.cutBp, tcmFen: scoped.tcmFen, tcmBp: tcmRate(ctx, rateBp) - cut.cutBp };
  const limit = { positionFen: 0, ceilingFen: null, cap: { amountFen: disease.annualLimitFen, usedFen }, bounds };
  const basicFen = payGroups(ctx, 'LZ-R-MAJOR', p.majorDiseases.source, rateGroups, limit);
  ledger.count(ACC.majorPaid(code), basicFen);
  const unassistedCutFen = cut.unassisted ? cutLoss(cut.cutBp, rateGroups, limit, basicFen) : 0;
  return { ruleId: 'LZ-R-MAJOR', policyFen, basicFen, largeAmountFen: 0, criticalScope: true, assistanceScope: true, unassistedCutFen };
}

/** LZ-R-TCMDAY: TCM day clinic, no deductible, 40%, 800 a year per disease. */
export function settleTcmDayClinic(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const code = input.tcmDayDiseaseCode as string;
  const rule = p.tcmDayClinic.value;
  const disease = rule.diseases.find((d) => d.code === code);
  if (!disease) throw new Error(`TCM day disease ${code} passed validation but is not in the pack`);
  const policyFen = scoped.regularFen + scoped.tcmFen;
  const usedFen = read(acc, ACC.tcmDayPaid(code));
  // 000 §三(二)1(7)② sets 40% for the day clinic; whether §三(二)1(7)①'s +10 for TCM items
  // reaches it is the pack's reading tcmBonusInTcmDayClinic, stated with its alternative.
  const reading = p.tcmBonusInTcmDayClinic;
  const withBonus = tcmRate(ctx, rule.rateBp);
  const tcmBp = reading.value ? withBonus : rule.rateBp;
  const bounds = { cap: { name: `TCM day-clinic cap of ${disease.name}`, amountFen: rule.capFen } };
  const basicFen = payGroups(ctx, 'LZ-R-TCMDAY', p.tcmDayClinic.source,
    { regularFen: scoped.regularFen, regularBp: rule.rateBp, tcmFen: scoped.tcmFen, tcmBp },
    { positionFen: 0, ceilingFen: null, cap: { amountFen: rule.capFen, usedFen }, bounds }, reading.value ? 'LZ-R-TCM' : 'LZ-R-TCMDAY');
  if (scoped.tcmFen > 0) {
    const alternative = reading.value ? rule.rateBp : withBonus;
    ledger.step('LZ-R-TCMDAY', reading.source,
      () => `reading tcmBonusInTcmDayClinic = ${reading.value}: TCM items ${yuan(scoped.tcmFen)} at ${pct(tcmBp)}; the alternative reading settles them at ${pct(alternative)} (${yuan(applyRate(scoped.tcmFen, alternative))} before the cap)`,
      () => `解读 tcmBonusInTcmDayClinic = ${reading.value}：中医药项目${yuanZh(scoped.tcmFen)}按${pct(tcmBp)}支付；另一解读按${pct(alternative)}（封顶前${yuanZh(applyRate(scoped.tcmFen, alternative))}）`);
  }
  ledger.count(ACC.tcmDayPaid(code), basicFen);
  ledger.step('LZ-R-TCMDAY', p.tcmDayClinic.source,
    () => `TCM day clinic for ${code} ${disease.name}: ${yuan(policyFen)} at ${pct(rule.rateBp)}, no deductible, cap ${yuan(rule.capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(basicFen)}`,
    () => `中医药日间诊疗 ${code} ${disease.name}：${yuanZh(policyFen)}按${pct(rule.rateBp)}支付，不设起付线，年度封顶线${yuanZh(rule.capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(basicFen)}`);
  return { ruleId: 'LZ-R-TCMDAY', policyFen, basicFen, largeAmountFen: 0, criticalScope: false, assistanceScope: false };
}
