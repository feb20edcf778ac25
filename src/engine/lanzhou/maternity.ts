/**
 * Lanzhou maternity insurance (生育保险, 000 §二(一)1, §二(二)3, 附表3-1): LZ-MAT-ENTITLE,
 * LZ-MAT-PROC, LZ-MAT-SCOPE, LZ-MAT-IP (a delivery or family-planning stay in Lanzhou or the
 * province: the person bears only the self-pay items), LZ-MAT-OOP (out of the province:
 * min(actual, the 附表3-1 rate of the level)), LZ-MAT-COMPLICATION (合并症 out of the province:
 * by item), LZ-MAT-OP (outpatient fixed amounts: 人工流产 260, 放环/取环 200, 产前检查 1000,
 * 产前疾病筛查 160), LZ-MAT-SPOUSE (a male employee's uninsured spouse: 50%), and LZ-MAT-ALLOW
 * (生育津贴 180 days or 15/42/90 for a loss, 护理假津贴 30 days). The maternity fund pays; no
 * basic-pool deductible, band or accumulator is touched.
 */
import {
  allowanceAmount, basisText, checkMaternityEntitlement, type MaternityAllowanceInput, type MaternityAllowanceResult,
  maternityScope, pregnancyLossDays, procedureOf, type WageBasis,
} from '../blocks/maternity';
import { SettlementError } from '../errors';
import { Ledger } from '../ledger';
import { applyRate, FULL_RATE_BP } from '../money';
import { settlementResult } from '../result';
import { pct, yuan, yuanZh, zh } from '../text';
import type { LineBound, SettlementInput, SettlementResult } from '../types';
import type { LanzhouPack, LanzhouParameters } from '../../policy/lanzhou-parameters';
import type { MaternityProcedure } from '../../policy/maternity';
import { selectPack } from '../../policy';
import { checkMaternityEligibility } from '../eligibility';

/** Settles a MATERNITY_INPATIENT or MATERNITY_OUTPATIENT claim. */
export function settleLanzhouMaternity(input: SettlementInput, pack: LanzhouPack, year: number): SettlementResult {
  const p = pack.parameters;
  checkMaternityEntitlement(input, 'LZ-MAT-ENTITLE', p.maternityEntitlement, p.maternityLevels, 'Lanzhou');
  // The enrolment and waiting period it shares with the basic benefits (000 §二(一)).
  checkMaternityEligibility(input, p);
  const procedure = procedureOf(input, p.maternityProcedures, 'LANZHOU');
  const spouse = input.person.maternityBeneficiary === 'UNINSURED_SPOUSE';
  if (spouse && !p.maternityUninsuredSpouse.value.benefits.includes(procedure.benefit)) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['person', 'maternityBeneficiary'],
      `a male employee's uninsured spouse has the ${p.maternityUninsuredSpouse.value.benefits.join(', ')} benefit only, not ${procedure.benefit} (${p.maternityUninsuredSpouse.source})`);
  }
  const ledger = new Ledger();
  ledger.step('LZ-MAT-ENTITLE', p.maternityEntitlement.source,
    () => `${input.person.employeeCategory} member: maternity medical benefit${spouse ? ', claimed for the uninsured spouse' : ''}`,
    () => `${zh(input.person.employeeCategory)}参保职工：享受生育医疗费用待遇${spouse ? '（男职工未参保配偶）' : ''}`);
  ledger.step('LZ-MAT-PROC', p.maternityProcedures.source, () => `${procedure.code} ${procedure.name} (${procedure.benefit}) as ${input.visitType}`,
    () => `生育项目 ${procedure.code} ${procedure.name}，${zh(input.visitType)}`);
  const scope = maternityScope(ledger, 'LZ-MAT-SCOPE', p.maternityScopeShareBp, input);

  const standard = input.visitType === 'MATERNITY_OUTPATIENT'
    ? outpatientStandard(ledger, p, procedure, scope.policyFen)
    : stayStandard(ledger, p, input, procedure, scope.policyFen);
  const shareBp = spouse ? p.maternityUninsuredSpouse.value.shareBp : FULL_RATE_BP;
  const paidFen = applyRate(standard.amountFen, shareBp);
  if (spouse) {
    ledger.step('LZ-MAT-SPOUSE', p.maternityUninsuredSpouse.source,
      () => `uninsured spouse: ${pct(shareBp)} of the woman's standard ${yuan(standard.amountFen)} = ${yuan(paidFen)}`,
      () => `男职工未参保配偶：按女职工支付标准${yuanZh(standard.amountFen)}的${pct(shareBp)}报销，${yuanZh(paidFen)}`);
  }
  ledger.payFlat(standard.ruleId, standard.clause, 'MATERNITY', scope.policyFen, shareBp, paidFen, standard.boundBy);
  ledger.step(standard.ruleId, standard.clause, () => `maternity fund pays ${yuan(paidFen)}; the person bears ${yuan(scope.totalFen - paidFen)}`,
    () => `生育保险基金支付${yuanZh(paidFen)}；个人负担${yuanZh(scope.totalFen - paidFen)}`);
  return settlementResult(scope, { basicFen: 0, maternityFen: paidFen }, ledger, pack.id, year);
}

/** What the insured woman would be paid, before the spouse's share. */
interface Standard {
  ruleId: string;
  clause: string;
  amountFen: number;
  boundBy?: LineBound;
}

/** LZ-MAT-OP: the lower of the policy amount and the procedure's fixed amount, in and out of the province. */
function outpatientStandard(ledger: Ledger, p: LanzhouParameters, procedure: MaternityProcedure, policyFen: number): Standard {
  const clause = '000 §二(二)3';
  if (procedure.rate.kind !== 'SINGLE') throw new Error(`${procedure.code} is an outpatient procedure without a single rate`);
  const rateFen = procedure.rate.rateFen;
  const amountFen = Math.min(policyFen, rateFen);
  ledger.step('LZ-MAT-OP', clause, () => `${procedure.name}: fixed amount ${yuan(rateFen)} (按病种定额; below it the actual cost): ${yuan(amountFen)}`,
    () => `${procedure.name}：定额${yuanZh(rateFen)}（低于定额的按实际结算）：${yuanZh(amountFen)}`);
  return { ruleId: 'LZ-MAT-OP', clause, amountFen, ...boundIf(amountFen < policyFen, `${procedure.name} 定额 (${procedure.code})`, rateFen) };
}

/** LZ-MAT-IP, LZ-MAT-COMPLICATION, LZ-MAT-OOP. */
function stayStandard(ledger: Ledger, p: LanzhouParameters, input: SettlementInput, procedure: MaternityProcedure, policyFen: number): Standard {
  const clause = '000 §二(二)3';
  if (input.remote?.crossProvince !== true) {
    ledger.step('LZ-MAT-IP', clause, () => `${input.remote ? 'in-province remote stay, settled as in Lanzhou' : 'stay in Lanzhou'}: the person bears only the self-pay items; maternity fund ${yuan(policyFen)}`,
      () => `${input.remote ? '省内异地住院，按兰州市政策结算' : '兰州市住院'}：个人只需承担自费项目；生育保险基金${yuanZh(policyFen)}`);
    return { ruleId: 'LZ-MAT-IP', clause, amountFen: policyFen };
  }
  if (input.maternityComplication === true) {
    ledger.step('LZ-MAT-COMPLICATION', clause, () => `out-of-province stay with a complication (合并症): no fixed rate, settled by item: ${yuan(policyFen)}`,
      () => `省外住院发生合并症：不实行定额结算，按项目付费：${yuanZh(policyFen)}`);
    return { ruleId: 'LZ-MAT-COMPLICATION', clause, amountFen: policyFen };
  }
  const rate = fixedRate(p, procedure, input.institutionLevel);
  if (rate === null) {
    ledger.step('LZ-MAT-OOP', p.maternityProcedures.source, () => `out-of-province stay: ${procedure.name} has no 附表3-1 fixed rate, settled by item: ${yuan(policyFen)}`,
      () => `省外住院：${procedure.name}在附表3-1中无定额标准，按项目结算：${yuanZh(policyFen)}`);
    return { ruleId: 'LZ-MAT-OOP', clause: p.maternityProcedures.source, amountFen: policyFen };
  }
  const amountFen = Math.min(policyFen, rate.fen);
  ledger.step('LZ-MAT-OOP', p.maternityFixedRateColumn.source,
    () => `out-of-province stay at ${input.institutionLevel} (${rate.column} column): ${procedure.name} 定额 ${yuan(rate.fen)}${rate.how}; actual ${yuan(policyFen)} → ${yuan(amountFen)}`,
    () => `省外住院（${zh(input.institutionLevel)}，${rate.column === 'TERTIARY' ? '三级及专科' : '二级'}定额）：${procedure.name}定额${yuanZh(rate.fen)}${rate.howZh}；实际${yuanZh(policyFen)}，低于定额按实际、高于定额按定额：${yuanZh(amountFen)}`);
  return { ruleId: 'LZ-MAT-OOP', clause: p.maternityFixedRateColumn.source, amountFen, ...boundIf(amountFen < policyFen, `附表3-1 ${procedure.name} (${rate.column})`, rate.fen) };
}

/** The 附表3-1 rate of a procedure at a level; null when the table prices none. */
function fixedRate(p: LanzhouParameters, procedure: MaternityProcedure, level: SettlementInput['institutionLevel']): { fen: number; column: string; how: string; howZh: string } | null {
  const column = p.maternityFixedRateColumn.value[level];
  if (column === undefined) throw new Error(`lanzhou pack has no fixed-rate column for ${level}`);
  const rate = procedure.rate;
  switch (rate.kind) {
    case 'BY_ITEM':
      return null;
    case 'SINGLE':
      return { fen: rate.rateFen, column, how: '', howZh: '' };
    case 'BY_LEVEL':
      return { fen: column === 'TERTIARY' ? rate.tertiaryFen : rate.secondaryFen, column, how: '', howZh: '' };
    case 'SURCHARGE': {
      const baseCode = p.maternitySurchargeBase.value[procedure.code];
      const base = p.maternityProcedures.value.find((x) => x.code === baseCode);
      const baseRate = base && fixedRate(p, base, level);
      if (!baseRate) throw new Error(`lanzhou pack: no base rate for ${procedure.code}`);
      const extra = column === 'TERTIARY' ? rate.tertiaryFen : rate.secondaryFen;
      return { fen: baseRate.fen + extra, column, how: ` (${base.name} ${yuan(baseRate.fen)} + ${yuan(extra)})`, howZh: `（${base.name}${yuanZh(baseRate.fen)}＋${yuanZh(extra)}）` };
    }
  }
}

function boundIf(bound: boolean, name: string, amountFen: number): { boundBy?: LineBound } {
  return bound ? { boundBy: { kind: 'PAYMENT_CAP', name, amountFen } } : {};
}

/**
 * LZ-MAT-OP: 产前疾病筛查 in Lanzhou only at the five named hospitals. The engine knows levels, not
 * institutions: the API calls this when the claim names its institution (remote screening is
 * declared by hand and not checked).
 */
export function checkLanzhouMaternityInstitution(
  claim: Pick<SettlementInput, 'date' | 'visitType' | 'maternityProcedureCode' | 'remote'>, institutionName: string,
): void {
  if (claim.visitType !== 'MATERNITY_OUTPATIENT' || claim.remote || claim.maternityProcedureCode === undefined) return;
  let pack: LanzhouPack;
  try {
    pack = selectPack('LANZHOU', claim.date);
  } catch {
    return; // the engine refuses the date with its own code
  }
  const p = pack.parameters;
  const procedure = p.maternityProcedures.value.find((x) => x.code === claim.maternityProcedureCode);
  if (procedure?.benefit !== 'PRENATAL_SCREENING') return;
  if (!p.prenatalScreeningInstitutions.value.includes(institutionName)) {
    throw new SettlementError('NOT_DESIGNATED_INSTITUTION', ['institutionId'],
      `产前疾病筛查 in Lanzhou is done only at ${p.prenatalScreeningInstitutions.value.join('、')}, not ${institutionName} (${p.prenatalScreeningInstitutions.source})`);
  }
}

/** LZ-MAT-ALLOW: 生育津贴 and 护理假津贴 for an enterprise member (the 9% payers). */
export function lanzhouMaternityAllowance(input: MaternityAllowanceInput, basis: WageBasis, pack: LanzhouPack): MaternityAllowanceResult {
  const p = pack.parameters;
  const entitlement = p.maternityEntitlement;
  if (input.retired === true && !entitlement.value.retired) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['retired'], `retirees have no maternity allowance in Lanzhou (${entitlement.source})`);
  }
  if (!entitlement.value.allowance.includes(input.employeeCategory)) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['employeeCategory'],
      `the Lanzhou allowance is for members paying 9% (${entitlement.value.allowance.join(', ')}), not ${input.employeeCategory} (${entitlement.source})`);
  }
  const trace: MaternityAllowanceResult['trace'] = [];
  const step = (ruleId: string, clause: string, message: string) => trace.push({ ruleId, clause, message });
  const daysRule = p.maternityAllowanceDays;
  let days: number;
  if (input.event === 'BIRTH') {
    days = daysRule.value.birth;
    step('LZ-MAT-ALLOW', daysRule.source, `birth (正常生育): ${days} days${(input.babies ?? 1) > 1 || (input.deliveryMode ?? 'NORMAL') !== 'NORMAL' ? '; the guide adds no days for the mode of delivery or further babies' : ''}`);
  } else if (input.event === 'PREGNANCY_LOSS') {
    days = pregnancyLossDays(daysRule.value.pregnancyLoss, input.pregnancyMonths as number);
    step('LZ-MAT-ALLOW', daysRule.source, `pregnancy loss after ${input.pregnancyMonths} completed months (计划生育项目津贴): ${days} days`);
  } else {
    days = daysRule.value.nursingLeave;
    step('LZ-MAT-ALLOW', daysRule.source, `nursing leave (护理假津贴): ${days} days`);
  }
  const q = p.maternityAllowanceQualifying;
  const qualifies = input.continuousContributionMonths >= q.value.continuousMonths;
  const status = qualifies ? 'PAYABLE' : q.value.below;
  step('LZ-MAT-ALLOW', q.source, `${input.continuousContributionMonths} months of unbroken contribution up to the event's month; ${q.value.continuousMonths} needed: ${status}`);
  const rate = p.maternityAllowanceDailyRate;
  const computed = allowanceAmount(basis, days, rate.value);
  const amountFen = status === 'NOT_ELIGIBLE' ? 0 : computed.amountFen;
  step('LZ-MAT-ALLOW', rate.source,
    `${basisText(basis)} (basis ${yuan(computed.wageBasisFen)}) × ${days} days ÷ ${rate.value.divisorHundredthDays / 100} = ${yuan(computed.amountFen)}${status === 'NOT_ELIGIBLE' ? ', not payable' : ''}`);
  return {
    city: 'LANZHOU', event: input.event, days, wageBasisFen: computed.wageBasisFen, dailyAllowanceFen: computed.dailyFen,
    amountFen, status, policyPack: pack.id, trace,
  };
}
