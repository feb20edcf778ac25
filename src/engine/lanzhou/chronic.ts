/**
 * Chronic outpatient (门诊慢特病) pooling shared by LZ-E-CHRONIC and LZ-R-CHRONIC: no
 * deductible, the rate of the disease the claim treats (the first code), and the annual cap
 * of the approved disease(s): one disease's own cap, or for two the higher cap plus 500
 * (无封顶限额 on either = no cap). Payments are counted per disease code.
 */
import { ACC, read } from '../accumulators';
import { flatRate, settleBands } from '../blocks/bands';
import { pct, yuan, yuanZh } from '../text';
import type { ChronicRule } from '../../policy/lanzhou-parameters';
import type { Parameter } from '../../policy/parameter';
import type { LanzhouContext } from './context';

export interface ChronicSettlement {
  paidFen: number;
  /** Policy amount the capped payment does not cover (cap remaining ÷ rate onwards). */
  beyondCapFen: number;
}

export function settleChronic(ctx: LanzhouContext, policyFen: number, table: Parameter<ChronicRule[]>, ruleId: string): ChronicSettlement {
  const { input, p, acc, ledger } = ctx;
  const codes = input.chronicDiseaseCodes ?? [];
  const rules = codes.map((code) => {
    const rule = table.value.find((r) => r.code === code);
    if (!rule) throw new Error(`chronic code ${code} passed validation but is not in the pack`);
    return rule;
  });
  const treated = rules[0];
  const capFen = sharedCap(rules, p.multipleChronic.value.extraCapFen);
  const usedFen = codes.reduce((sum, code) => sum + read(acc, ACC.chronicPaid(code)), 0);
  const settled = settleBands({
    positionFen: 0, amountFen: policyFen, bands: flatRate(treated.rateBp),
    cap: capFen === null ? null : { amountFen: capFen, usedFen },
  });
  const capName = rules.length > 1 ? 'shared chronic cap of two diseases (就高增加500元)' : `chronic cap of ${treated.name}`;
  const paidFen = ledger.pay(ruleId, table.source, 'BASIC', settled, { cap: { name: capName, amountFen: capFen ?? 0 } });
  ledger.count(ACC.chronicPaid(treated.code), paidFen);
  const capText = capFen === null ? 'no cap (无封顶限额)' : `${rules.length > 1 ? 'shared ' : ''}cap ${yuan(capFen)}, ${yuan(usedFen)} used before`;
  const capTextZh = capFen === null ? '无封顶限额' : `${rules.length > 1 ? '合并' : ''}封顶线${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}`;
  ledger.step(ruleId, table.source,
    () => `chronic disease ${treated.code} ${treated.name}${rules.length > 1 ? ` (with ${rules[1].code} ${rules[1].name})` : ''}: policy amount ${yuan(policyFen)} at ${pct(treated.rateBp)}, no deductible, ${capText}: paid ${yuan(paidFen)}`,
    () => `门诊慢特病 ${treated.code} ${treated.name}${rules.length > 1 ? `（同时认定 ${rules[1].code} ${rules[1].name}）` : ''}：政策范围内费用${yuanZh(policyFen)}按${pct(treated.rateBp)}支付，不设起付线，${capTextZh}：支付${yuanZh(paidFen)}`);
  return { paidFen, beyondCapFen: settled.beyondCapFen };
}

/** One disease: its cap; two: the higher cap plus the extra; any uncapped disease: no cap. */
function sharedCap(rules: ChronicRule[], extraCapFen: number): number | null {
  if (rules.some((r) => r.annualLimitFen === null)) return null;
  const caps = rules.map((r) => r.annualLimitFen as number);
  return rules.length === 1 ? caps[0] : Math.max(...caps) + extraCapFen;
}
