/**
 * LZ-R-CRIT and LZ-R-CRIT-POOR: resident critical-illness insurance (城乡居民大病保险). The
 * base is what the basic pool left of the policy amount of stays, day surgery, chronic
 * outpatient and outpatient negotiated drugs; it accumulates over the year and is paid in
 * bands above the threshold; the poorest have the threshold halved and every band 5 points higher.
 */
import { ACC, read } from '../accumulators';
import { bandsAbove, settleBands, shiftBands } from '../blocks/bands';
import { applyRate } from '../money';
import { pct, yuan, yuanZh, zh } from '../text';
import type { LanzhouContext, Segment } from './context';

export function settleCriticalIllness(ctx: LanzhouContext, segments: Segment[]): number {
  const { input, p, acc, ledger } = ctx;
  const inScope = segments.filter((s) => s.criticalScope);
  if (inScope.length === 0) return 0;
  const baseFen = inScope.reduce((sum, s) => sum + s.policyFen - s.basicFen, 0);
  const crit = p.criticalIllness.value;
  const poor = p.criticalIllnessPoor.value;
  const category = input.person.assistanceCategory;
  const isPoor = category !== undefined && poor.categories.includes(category);
  const thresholdFen = isPoor ? applyRate(crit.thresholdFen, poor.thresholdShareBp) : crit.thresholdFen;
  const bands = bandsAbove(thresholdFen, isPoor ? shiftBands(crit.bands, poor.bonusBp) : crit.bands);
  if (isPoor) {
    ledger.step('LZ-R-CRIT-POOR', p.criticalIllnessPoor.source,
      () => `${category}: threshold ${yuan(crit.thresholdFen)} × ${pct(poor.thresholdShareBp)} = ${yuan(thresholdFen)}, every band +${pct(poor.bonusBp)}`,
      () => `${zh(category)}：大病保险起付线${yuanZh(crit.thresholdFen)} × ${pct(poor.thresholdShareBp)} = ${yuanZh(thresholdFen)}，各段支付比例提高${pct(poor.bonusBp)}`);
  }
  const positionFen = read(acc, ACC.criticalBase);
  const settled = settleBands({ positionFen, amountFen: baseFen, bands });
  const paidFen = ledger.pay('LZ-R-CRIT', p.criticalIllness.source, 'CRITICAL_ILLNESS', settled, {}, true);
  ledger.count(ACC.criticalBase, baseFen);
  ledger.step('LZ-R-CRIT', p.criticalIllness.source,
    () => `critical-illness base ${yuan(baseFen)} (policy amount less basic pool) on the year's position ${yuan(positionFen)} → ${yuan(positionFen + baseFen)}, threshold ${yuan(thresholdFen)}: paid ${yuan(paidFen)}`,
    () => `大病保险基数${yuanZh(baseFen)}（政策范围内费用减统筹基金支付），本年累计${yuanZh(positionFen)} → ${yuanZh(positionFen + baseFen)}，起付线${yuanZh(thresholdFen)}：支付${yuanZh(paidFen)}`);
  return paidFen;
}
