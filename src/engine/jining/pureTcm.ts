/**
 * JN-E-IP-PURE-TCM: an employee stay treated with 纯中医疗法 only (004 §二(一)1注(2)): the stay
 * deductible 100 lower (not stacked with the TCM-hospital reduction), and its own rates: active
 * employees 90%; retirees 90% at secondary and tertiary, 95% at primary institutions. How it
 * meets the +10-point TCM item rule is the pack's reading (pureTcmStay.tcmBonus).
 */
import type { HospitalClass } from '../../policy/jining-parameters';
import { pct, yuan, yuanZh, zh } from '../text';
import type { JiningContext } from './context';

/** The rates of a pure-TCM stay for regular and TCM items; null when the stay is not one. */
export function pureTcmRates(ctx: JiningContext, cls: HospitalClass, retired: boolean): { rateBp: number; tcmBp: number } | null {
  const { input, p, ledger } = ctx;
  if (input.pureTcmTherapy !== true) return null;
  const rule = p.pureTcmStay;
  const rateBp = retired ? rule.value.retiredBp[cls] : rule.value.activeBp;
  const bonus = p.employeeTcmBonus.value;
  const onTop = rule.value.tcmBonus === 'BONUS_ON_TOP';
  const withBonus = Math.min(bonus.maxRateBp, rateBp + bonus.bonusBp);
  const tcmBp = onTop ? withBonus : rateBp;
  const other = onTop ? `RATE_REPLACES_BONUS would pay them ${pct(rateBp)}` : `BONUS_ON_TOP would pay them ${pct(withBonus)}`;
  const otherZh = onTop ? `按 RATE_REPLACES_BONUS 解读为${pct(rateBp)}` : `按 BONUS_ON_TOP 解读为${pct(withBonus)}`;
  ledger.step('JN-E-IP-PURE-TCM', rule.source,
    () => `纯中医疗法 stay (${retired ? 'retired' : 'active'}, ${cls}): ${pct(rateBp)} instead of the level rate; reading ${rule.value.tcmBonus}: TCM items at ${pct(tcmBp)} (the other reading, ${other})`,
    () => `纯中医疗法住院（${retired ? '退休' : '在职'}，${zh(cls)}医院）：按${pct(rateBp)}支付，不按医院等级比例；解读 ${rule.value.tcmBonus}：中医药项目按${pct(tcmBp)}（另一解读${otherZh}）`);
  return { rateBp, tcmBp };
}

/** The reduction of the stay deductible: 纯中医疗法 or a TCM hospital, 100 once; null = none. */
export function stayDeductibleReduction(ctx: JiningContext): { fen: number; ruleId: string; clause: string; why: string; whyZh: string } | null {
  const { input, p } = ctx;
  if (input.pureTcmTherapy === true) {
    const both = input.tcmHospital === true ? ' at a TCM hospital (the two reductions do not stack)' : '';
    const bothZh = input.tcmHospital === true ? '（在中医医院，两项降低不叠加）' : '';
    return { fen: p.pureTcmStay.value.deductibleReductionFen, ruleId: 'JN-E-IP-PURE-TCM', clause: p.pureTcmStay.source, why: `纯中医疗法${both}`, whyZh: `纯中医疗法${bothZh}` };
  }
  if (input.tcmHospital === true) {
    return { fen: p.tcmHospitalStayReductionFen.value, ruleId: 'JN-E-IP', clause: p.tcmHospitalStayReductionFen.source, why: 'TCM hospital', whyZh: '中医医院' };
  }
  return null;
}

export function reductionText(why: string, fullFen: number, reducedFen: number): string {
  return `${why}: deductible ${yuan(fullFen)} − ${yuan(fullFen - reducedFen)} = ${yuan(reducedFen)}`;
}

export function reductionTextZh(whyZh: string, fullFen: number, reducedFen: number): string {
  return `${whyZh}：起付线${yuanZh(fullFen)} − ${yuanZh(fullFen - reducedFen)} = ${yuanZh(reducedFen)}`;
}
