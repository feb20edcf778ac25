/**
 * JN-RARE-DISEASE: drugs for 戈谢病, 庞贝氏病 and 法布雷病 (004 §二(一)5①, §二(二)7③), settled apart
 * (单独列支). On the year's cumulative rare-disease drug cost: nothing below 20,000, 80% from
 * 20,000 to below 400,000, 85% from 400,000, at most 900,000 paid a year. Paid by 大病保险
 * (residents: criticalIllnessPayment; employees: largeAmountPayment). Registration and the
 * designated hospital (济宁市第一人民医院) are checked by settleClaim.
 */
import { ACC, read } from '../accumulators';
import { settleBands } from '../blocks/bands';
import { yuan, yuanZh } from '../text';
import { type JiningContext, majorIllnessLayer, majorIllnessSegment, type Segment } from './context';
import type { ScopedClaim } from './scope';

/** 罕见病 in Chinese, for the trace. */
const RARE_ZH: Record<string, string> = { GAUCHER: '戈谢病', POMPE: '庞贝氏病', FABRY: '法布雷病' };

export function settleRareDiseaseDrug(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const { input, p, acc, ledger } = ctx;
  const rule = p.rareDiseaseDrug;
  const { bands, capFen } = rule.value;
  const positionFen = read(acc, ACC.rareDiseasePolicy);
  const usedFen = read(acc, ACC.rareDiseasePaid);
  const settled = settleBands({ positionFen, amountFen: scoped.policyFen, bands, cap: { amountFen: capFen, usedFen } });
  const layer = majorIllnessLayer(ctx);
  const paidFen = ledger.pay('JN-RARE-DISEASE', rule.source, layer, settled,
    { cap: { name: 'rare-disease drug annual limit (罕见病每人最高支付)', amountFen: capFen } }, true);
  ledger.deductibleFen += settled.belowFen;
  ledger.count(ACC.rareDiseasePolicy, scoped.policyFen);
  ledger.count(ACC.rareDiseasePaid, paidFen);
  ledger.step('JN-RARE-DISEASE', rule.source,
    () => `rare-disease drugs${input.rareDisease ? ` (${input.rareDisease})` : ''} ${yuan(scoped.policyFen)} on the year's position ${yuan(positionFen)} → ${yuan(positionFen + scoped.policyFen)}: deductible ${yuan(bands[0].fromFen)}, this claim bears ${yuan(settled.belowFen)}; 80% below ${yuan(bands[1].fromFen)}, 85% from it; limit ${yuan(capFen)} a year with ${yuan(usedFen)} used before: paid ${yuan(paidFen)}`,
    () => `罕见病用药${input.rareDisease ? `（${RARE_ZH[input.rareDisease] ?? input.rareDisease}）` : ''}${yuanZh(scoped.policyFen)}，本年累计${yuanZh(positionFen)} → ${yuanZh(positionFen + scoped.policyFen)}：起付线${yuanZh(bands[0].fromFen)}，本次负担${yuanZh(settled.belowFen)}；${yuanZh(bands[1].fromFen)}以下80%，以上85%；年度限额${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}：支付${yuanZh(paidFen)}`);
  return majorIllnessSegment(ctx, scoped.policyFen, paidFen);
}
