/**
 * The critical-illness layer (大病保险) on the year's policy-range personal burden of stays and
 * chronic outpatient: JN-E-CRIT for employees (80% above 20,000, after the basic and
 * large-amount layers, at most 400,000 a year) and JN-R-CRIT for residents (bands on the
 * absolute cumulative burden from 12,000: 60 / 65 / 70 / 75%, at most 400,000 a year).
 * Residents' payments are 大病保险 (criticalIllnessPayment); employees' are paid by the 职工大额医疗费用补助
 * fund that 004 §二(一)4 unifies the employee 大病保险 into (largeAmountPayment, lines LARGE_AMOUNT).
 */
import { ACC, read } from '../accumulators';
import { type Band, settleBands } from '../blocks/bands';
import { yuan, yuanZh } from '../text';
import { type JiningContext, majorIllnessLayer, type Segment } from './context';

export function settleCriticalIllness(ctx: JiningContext, segment: Segment): number {
  const { input, p, acc, ledger } = ctx;
  const employee = input.scheme === 'EMPLOYEE';
  const ruleId = employee ? 'JN-E-CRIT' : 'JN-R-CRIT';
  const param = employee ? p.employeeCritical : p.residentCritical;
  if (!param.value.visitTypes.includes(input.visitType)) return 0;
  const bands: Band[] = employee
    ? [{ fromFen: p.employeeCritical.value.thresholdFen, toFen: null, rateBp: p.employeeCritical.value.rateBp }]
    : p.residentCritical.value.bands;
  const capFen = param.value.capFen;
  const baseFen = segment.policyFen - segment.basicFen - segment.largeAmountFen;
  const positionFen = read(acc, ACC.criticalBase);
  const usedFen = read(acc, ACC.criticalPaid);
  const settled = settleBands({ positionFen, amountFen: baseFen, bands, cap: { amountFen: capFen, usedFen } });
  const paidFen = ledger.pay(ruleId, param.source, majorIllnessLayer(ctx), settled,
    { cap: { name: 'critical-illness annual limit (大病保险年度最高支付限额)', amountFen: capFen } }, true);
  ledger.count(ACC.criticalBase, baseFen);
  ledger.count(ACC.criticalPaid, paidFen);
  ledger.step(ruleId, param.source,
    () => `personal burden ${yuan(baseFen)} (policy amount less ${employee ? 'basic and large-amount payments' : 'the basic pool'}) on the year's position ${yuan(positionFen)} → ${yuan(positionFen + baseFen)}, threshold ${yuan(bands[0].fromFen)}; limit ${yuan(capFen)} with ${yuan(usedFen)} used before: paid ${yuan(paidFen)}`,
    () => `个人负担${yuanZh(baseFen)}（政策范围内费用减${employee ? '统筹基金及大额补助支付' : '统筹基金支付'}），本年累计${yuanZh(positionFen)} → ${yuanZh(positionFen + baseFen)}，起付线${yuanZh(bands[0].fromFen)}；年度限额${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(paidFen)}`);
  return paidFen;
}
