/**
 * LZ-/JN-/YC-ELIG-EXCLUSION: a claim the caller marks with a reason the basic fund does not pay
 * (不属于基本医疗保障支付范围: 工伤, 第三方负担, 公共卫生, 境外, 健身美容, 违法/交通事故/酗酒/斗殴/自残)
 * is refused, naming the reason. A reason the city's source does not list settles as usual,
 * with a trace step saying so.
 */
import type { ExclusionReason } from '../../domain';
import { type EligibilityContext, refuse, ruleId } from './context';

const REASON_NAMES: Record<ExclusionReason, string> = {
  WORK_INJURY: '应当从工伤保险基金中支付 (work injury)',
  THIRD_PARTY_LIABLE: '应当由第三方负担 (a liable third party)',
  PUBLIC_HEALTH: '应当由公共卫生负担 (public health)',
  ABROAD: '在境外就医（含港澳台） (care abroad)',
  WELLNESS_OR_COSMETIC: '体育健身、养生保健消费、健康体检、整形美容 (fitness, wellness, check-up or cosmetic)',
  UNLAWFUL_ACT: '因违法犯罪发生 (an unlawful act)',
  TRAFFIC_ACCIDENT: '因交通事故发生 (a traffic accident)',
  ALCOHOL_OR_DRUGS: '因酗酒、吸毒发生 (alcohol or drugs)',
  FIGHT: '因斗殴发生 (a fight)',
  SELF_HARM: '因自杀自残发生 (suicide or self-harm)',
};

export function checkExclusion(ctx: EligibilityContext): void {
  const reason = ctx.input.exclusionReason;
  if (reason === undefined) return;
  const rule = ctx.p.excludedCosts;
  if (rule.value.includes(reason)) {
    refuse('EXCLUDED_FROM_COVERAGE', ['exclusionReason'], rule.source,
      `the basic fund does not pay costs ${REASON_NAMES[reason]}: not in the scope of basic medical insurance`);
  }
  ctx.ledger.step(ruleId(ctx, 'EXCLUSION'), rule.source, () => `${REASON_NAMES[reason]} is not an exclusion the city's source lists: settled as usual`,
    () => `${REASON_NAMES[reason].split(' (')[0]}不在本市来源列明的不予支付情形内：照常结算`);
}
