/**
 * Settles one Yinchuan cross-province outpatient chronic-disease claim (YC-SCOPE,
 * YC-CHRONIC-XP): the place of treatment's catalogue decides the fee categories, the place of
 * insurance's rules the payment: an annual deductible of 500 carried across the year's visits,
 * 75% (employee) / 60% (resident) above it, and each disease's annual cap (none for some
 * employee diseases). A bill may treat two diseases: each item names its disease, each disease
 * keeps its own cap, the 500 is borne once a year. Only the basic pool pays.
 */
import { ACC, read, type Accumulators } from '../accumulators';
import { settleBands } from '../blocks/bands';
import { claimScope, inScope, noItems, sumItems } from '../blocks/scope';
import { checkEligibility } from '../eligibility';
import { Ledger } from '../ledger';
import { settlementResult } from '../result';
import { pct, yuan, yuanZh, zh } from '../text';
import type { SettlementInput, SettlementResult } from '../types';
import type { YinchuanPack } from '../../policy/yinchuan-parameters';
import { validateYinchuan } from './validate';
import type { BasicScheme } from '../../domain';

export function settleYinchuan(input: SettlementInput, pack: YinchuanPack, acc: Accumulators, year: number): SettlementResult {
  const p = pack.parameters;
  const diseases = validateYinchuan(input, p);
  const ledger = new Ledger();
  checkEligibility(input, p, ledger);

  // Items by the disease they treat (one disease: all of them).
  const groups = new Map(diseases.map((d) => [d.code, noItems()]));
  const sums = sumItems(input.items, (item) => groups.get(item.diseaseCode ?? diseases[0].code)!);
  const policies = diseases.map((d) => inScope(groups.get(d.code)!, p.policyShareBp.value));
  const scope = claimScope(ledger, 'YC-SCOPE', p.policyShareBp, sums, policies.reduce((a, b) => a + b, 0), true);

  const deductibleFen = p.chronicDeductibleFen.value;
  const rateBp = p.chronicRatesBp.value[input.scheme as BasicScheme];
  let borneFen = read(acc, ACC.chronicDeductible);
  let basicFen = 0;
  diseases.forEach((disease, i) => {
    const policyFen = policies[i];
    const capFen = disease.annualLimitFen;
    const usedFen = read(acc, ACC.chronicPaid(disease.code));
    // The position is the deductible borne so far this year (earlier visits, then this claim's
    // diseases in the order named): one 500 a year for all chronic diseases together.
    const settled = settleBands({
      positionFen: borneFen, amountFen: policyFen,
      bands: [{ fromFen: deductibleFen, toFen: null, rateBp }],
      cap: capFen === null ? null : { amountFen: capFen, usedFen },
    });
    const paidFen = ledger.pay('YC-CHRONIC-XP', p.chronicDiseases.source, 'BASIC', settled,
      { cap: { name: `annual cap of ${disease.code} ${disease.name}`, amountFen: capFen ?? 0 } });
    ledger.deductibleFen += settled.belowFen;
    ledger.count(ACC.chronicDeductible, settled.belowFen);
    ledger.count(ACC.chronicPaid(disease.code), paidFen);
    ledger.step('YC-CHRONIC-XP', p.chronicDeductibleFen.source,
      `cross-province chronic outpatient, ${disease.code} ${disease.name}${diseases.length > 1 ? ` (disease ${i + 1} of ${diseases.length}, its items ${yuan(policyFen)})` : ''}: annual deductible ${yuan(deductibleFen)} with ${yuan(borneFen)} borne before, this part bears ${yuan(settled.belowFen)}; the rest at ${pct(rateBp)} (${input.scheme.toLowerCase()}), ${capFen === null ? 'no cap (无)' : `cap ${yuan(capFen)} with ${yuan(usedFen)} used before`}: paid ${yuan(paidFen)}`,
      `跨省异地就医门诊慢特病 ${disease.code} ${disease.name}${diseases.length > 1 ? `（第${i + 1}/${diseases.length}种病，其费用${yuanZh(policyFen)}）` : ''}：年度起付线${yuanZh(deductibleFen)}，此前已负担${yuanZh(borneFen)}，本部分负担${yuanZh(settled.belowFen)}；其余按${pct(rateBp)}支付（${zh(input.scheme)}），${capFen === null ? '无封顶线' : `封顶线${yuanZh(capFen)}，此前已用${yuanZh(usedFen)}`}：支付${yuanZh(paidFen)}`);
    borneFen += settled.belowFen;
    basicFen += paidFen;
  });

  return settlementResult(scope, { basicFen }, ledger, pack.id, year);
}
