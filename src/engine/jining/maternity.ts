/**
 * Jining employee maternity insurance (职工生育保险, 004 §六): JN-MAT-ENTITLE, JN-MAT-PROC,
 * JN-MAT-SCOPE, JN-MAT-DELIVERY (a delivery's in-scope costs at zero burden), JN-MAT-ANTENATAL
 * (产前检查 定额补助 1,600: the lower of the bill and 1,600), JN-MAT-FP (family-planning surgery and
 * induced-abortion stays: the lower of the bill and the 限额), and JN-MAT-ALLOW (生育津贴: 98 days,
 * +15 for a caesarean or difficult birth, +15 per further baby; 15 / 42 days for a loss; the
 * employer's average monthly contribution wage ÷ 30 × days; paid later (补支) before 12 months).
 * The maternity fund pays; no basic-pool deductible, band or accumulator is touched.
 */
import {
  allowanceAmount, basisText, checkMaternityEntitlement, type MaternityAllowanceInput, type MaternityAllowanceResult,
  maternityScope, pregnancyLossDays, procedureOf, type WageBasis,
} from '../blocks/maternity';
import { SettlementError } from '../errors';
import { Ledger } from '../ledger';
import { FULL_RATE_BP } from '../money';
import { settlementResult } from '../result';
import { yuan, yuanZh, zh } from '../text';
import type { LineBound, SettlementInput, SettlementResult } from '../types';
import type { JiningPack } from '../../policy/jining-parameters';

/** Settles a MATERNITY_INPATIENT or MATERNITY_OUTPATIENT claim. */
export function settleJiningMaternity(input: SettlementInput, pack: JiningPack, year: number): SettlementResult {
  const p = pack.parameters;
  checkMaternityEntitlement(input, 'JN-MAT-ENTITLE', p.maternityEntitlement, p.maternityLevels, 'Jining');
  const procedure = procedureOf(input, p.maternityProcedures, 'JINING');
  if (input.person.maternityBeneficiary === 'UNINSURED_SPOUSE') {
    throw new SettlementError('MATERNITY_NOT_COMPUTABLE', ['person', 'maternityBeneficiary'],
      'the handbook cites the uninsured spouse\'s right (男职工未就业配偶按照国家规定享受生育医疗费用待遇, 004 §六1) but gives no standard to compute it');
  }
  if (input.maternityComplication === true) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['maternityComplication'],
      'a stay for a pregnancy or birth complication settles by the basic rules in Jining (004 §六4(1)): claim it as INPATIENT');
  }
  const ledger = new Ledger();
  ledger.step('JN-MAT-ENTITLE', p.maternityEntitlement.source, () => `${input.person.employeeCategory} member: maternity medical benefit`,
    () => `${zh(input.person.employeeCategory)}参保职工：享受生育医疗费用待遇`);
  ledger.step('JN-MAT-PROC', p.maternityProcedures.source, () => `${procedure.code} ${procedure.name} (${procedure.benefit}) as ${input.visitType}`,
    () => `生育项目 ${procedure.code} ${procedure.name}，${zh(input.visitType)}`);
  if (input.remote) ledger.step('JN-MAT-PROC', '004 §六', 'the handbook gives no remote-care rule for maternity: settled as at home', '手册未规定生育保险异地就医办法：按参保地结算');
  const scope = maternityScope(ledger, 'JN-MAT-SCOPE', p.maternityScopeShareBp, input);
  const policyFen = scope.policyFen;

  let ruleId: string;
  let clause: string;
  let paidFen: number;
  let boundBy: LineBound | undefined;
  if (procedure.rate.kind === 'BY_ITEM') {
    ruleId = 'JN-MAT-DELIVERY';
    clause = '004 §六4(1)';
    paidFen = policyFen;
    ledger.step(ruleId, clause, `delivery (${procedure.name}): in-scope costs at zero burden (个人零负担): ${yuan(paidFen)}`,
      `分娩（${procedure.name}）：范围内医疗费个人零负担：${yuanZh(paidFen)}`);
  } else if (procedure.rate.kind === 'SINGLE') {
    const limitFen = procedure.rate.rateFen;
    const antenatal = procedure.benefit === 'ANTENATAL_CARE';
    ruleId = antenatal ? 'JN-MAT-ANTENATAL' : 'JN-MAT-FP';
    clause = antenatal ? '004 §六4(2)' : '004 §六4(3)';
    paidFen = Math.min(policyFen, limitFen);
    if (paidFen < policyFen) boundBy = { kind: 'PAYMENT_CAP', name: `${procedure.name} ${antenatal ? '定额补助' : '限额'} (${procedure.code})`, amountFen: limitFen };
    ledger.step(ruleId, clause, antenatal
      ? `产前检查费用定额补助 ${yuan(limitFen)} a time (for a delivery stay or a stay for a loss from 16 weeks), at most the bill: ${yuan(paidFen)}`
      : `${procedure.name}: 限额 ${yuan(limitFen)} (above it the limit, below it the actual cost): ${yuan(paidFen)}`,
    antenatal
      ? `产前检查费用定额补助${yuanZh(limitFen)}/人次（住院分娩或怀孕16周以上住院引（流）产），不超过实际费用：${yuanZh(paidFen)}`
      : `${procedure.name}：限额${yuanZh(limitFen)}（高于限额按限额，低于限额据实）：${yuanZh(paidFen)}`);
  } else {
    throw new Error(`${procedure.code}: a Jining procedure has a single rate or none`);
  }
  ledger.payFlat(ruleId, clause, 'MATERNITY', policyFen, FULL_RATE_BP, paidFen, boundBy);
  ledger.step(ruleId, clause, `maternity fund pays ${yuan(paidFen)}; the person bears ${yuan(scope.totalFen - paidFen)}`,
    `生育保险基金支付${yuanZh(paidFen)}；个人负担${yuanZh(scope.totalFen - paidFen)}`);
  return settlementResult(scope, { basicFen: 0, maternityFen: paidFen }, ledger, pack.id, year);
}

/** JN-MAT-ALLOW: 生育津贴 (the handbook has no 护理假津贴). */
export function jiningMaternityAllowance(input: MaternityAllowanceInput, basis: WageBasis, pack: JiningPack): MaternityAllowanceResult {
  const p = pack.parameters;
  const entitlement = p.maternityEntitlement;
  if (input.event === 'NURSING_LEAVE') {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['event'], 'the Jining handbook (004 §六) has no nursing-leave allowance (护理假津贴)');
  }
  if (input.retired === true && !entitlement.value.retired) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['retired'], `retirees have no maternity allowance in Jining (${entitlement.source})`);
  }
  if (!entitlement.value.allowance.includes(input.employeeCategory)) {
    throw new SettlementError('NO_MATERNITY_BENEFIT', ['employeeCategory'],
      `the Jining allowance is for members whose employer pays maternity insurance (${entitlement.value.allowance.join(', ')}), not ${input.employeeCategory} (${entitlement.source})`);
  }
  const trace: MaternityAllowanceResult['trace'] = [];
  const step = (ruleId: string, clause: string, message: string) => trace.push({ ruleId, clause, message });
  const d = p.maternityAllowanceDays;
  let days: number;
  if (input.event === 'BIRTH') {
    const mode = input.deliveryMode ?? 'NORMAL';
    const babies = input.babies ?? 1;
    const extraMode = mode === 'NORMAL' ? 0 : d.value.caesareanOrDifficultExtra;
    const extraBabies = (babies - 1) * d.value.perExtraBaby;
    days = d.value.birth + extraMode + extraBabies;
    step('JN-MAT-ALLOW', d.source, `birth (${mode}, ${babies} ${babies === 1 ? 'baby' : 'babies'}): ${d.value.birth} + ${extraMode} + ${extraBabies} = ${days} days`);
  } else {
    days = pregnancyLossDays(d.value.pregnancyLoss, input.pregnancyMonths as number);
    step('JN-MAT-ALLOW', d.source, `pregnancy loss after ${input.pregnancyMonths} completed months: ${days} days`);
  }
  const q = p.maternityAllowanceQualifying;
  const status = input.continuousContributionMonths >= q.value.continuousMonths ? 'PAYABLE' : q.value.below;
  step('JN-MAT-ALLOW', q.source, `${input.continuousContributionMonths} months of unbroken contribution at the event; ${q.value.continuousMonths} needed: ${status === 'DEFERRED' ? 'DEFERRED (补支 once the employer has contributed 12 months)' : status}`);
  const rate = p.maternityAllowanceDailyRate;
  const computed = allowanceAmount(basis, days, rate.value);
  const amountFen = status === 'NOT_ELIGIBLE' ? 0 : computed.amountFen;
  step('JN-MAT-ALLOW', rate.source, `${basisText(basis)} (basis ${yuan(computed.wageBasisFen)}) ÷ ${rate.value.divisorHundredthDays / 100} × ${days} days = ${yuan(computed.amountFen)}`);
  return {
    city: 'JINING', event: input.event, days, wageBasisFen: computed.wageBasisFen, dailyAllowanceFen: computed.dailyFen,
    amountFen, status, policyPack: pack.id, trace,
  };
}
