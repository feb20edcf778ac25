/**
 * JN-SPECIAL-DRUG: 特药 (special drugs, 004 §二(一)5①, §二(二)7②), both schemes. Over the calendar
 * year's special-drug claims together: a 20,000 deductible, 80% above it, at most 400,000 paid.
 * Paid by 大病保险: residents' in criticalIllnessPayment, employees' by the 职工大额医疗费用补助 fund
 * in largeAmountPayment. The approval (valid for its calendar year) is checked by settleClaim.
 */
import { ACC, read } from '../accumulators';
import { settleBands } from '../blocks/bands';
import { pct, yuan, yuanZh } from '../text';
import { type JiningContext, majorIllnessLayer, majorIllnessSegment, type Segment } from './context';
import type { ScopedClaim } from './scope';

export function settleSpecialDrug(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { p, acc, ledger } = ctx;
  const rule = p.specialDrug;
  const { deductibleFen, rateBp, capFen } = rule.value;
  const positionFen = read(acc, ACC.specialDrugPolicy);
  const usedFen = read(acc, ACC.specialDrugPaid);
  const settled = settleBands({
    positionFen, amountFen: scoped.policyFen,
    bands: [{ fromFen: deductibleFen, toFen: null, rateBp }],
    cap: { amountFen: capFen, usedFen },
  });
  const layer = majorIllnessLayer(ctx);
  const paidFen = ledger.pay('JN-SPECIAL-DRUG', rule.source, layer, settled,
    { cap: { name: 'special-drug annual limit (特药最高支付限额)', amountFen: capFen } }, true);
  ledger.deductibleFen += settled.belowFen;
  ledger.count(ACC.specialDrugPolicy, scoped.policyFen);
  ledger.count(ACC.specialDrugPaid, paidFen);
  ledger.step('JN-SPECIAL-DRUG', rule.source,
    `special drugs (特药) ${yuan(scoped.policyFen)} on the year's position ${yuan(positionFen)} → ${yuan(positionFen + scoped.policyFen)}: annual deductible ${yuan(deductibleFen)}, this claim bears ${yuan(settled.belowFen)}; the rest at ${pct(rateBp)}, limit ${yuan(capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(paidFen)} by ${layer === 'LARGE_AMOUNT' ? '职工大额医疗费用补助 (employee 大病)' : '居民大病保险'}`,
    `特药${yuanZh(scoped.policyFen)}，本年累计${yuanZh(positionFen)} → ${yuanZh(positionFen + scoped.policyFen)}：年度起付线${yuanZh(deductibleFen)}，本次负担${yuanZh(settled.belowFen)}；其余按${pct(rateBp)}支付，年度限额${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：由${layer === 'LARGE_AMOUNT' ? '职工大额医疗费用补助' : '居民大病保险'}支付${yuanZh(paidFen)}`);
  return majorIllnessSegment(ctx, scoped.policyFen, paidFen);
}
