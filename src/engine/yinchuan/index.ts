/**
 * Settles one Yinchuan cross-province outpatient chronic-disease claim (YC-SCOPE,
 * YC-CHRONIC-XP): the place of treatment's catalogue decides the fee categories, the place of
 * insurance's rules the payment: an annual deductible of 500 carried across the year's visits,
 * 75% (employee) / 60% (resident) above it, and the disease's annual cap (none for some
 * employee diseases). Only the basic pool pays.
 */
import { ACC, read, type Accumulators } from '../accumulators';
import { settleBands } from '../blocks/bands';
import { claimScope, inScope, noItems, sumItems } from '../blocks/scope';
import { Ledger } from '../ledger';
import { settlementResult } from '../result';
import { pct, yuan } from '../text';
import type { SettlementInput, SettlementResult } from '../types';
import type { YinchuanPack } from '../../policy/yinchuan-parameters';
import { validateYinchuan } from './validate';

export function settleYinchuan(input: SettlementInput, pack: YinchuanPack, acc: Accumulators, year: number): SettlementResult {
  const p = pack.parameters;
  const disease = validateYinchuan(input, p);
  const ledger = new Ledger();

  const items = noItems();
  const sums = sumItems(input.items, () => items);
  const scope = claimScope(ledger, 'YC-SCOPE', p.policyShareBp, sums, inScope(items, p.policyShareBp.value), true);

  const deductibleFen = p.chronicDeductibleFen.value;
  const borneFen = read(acc, ACC.chronicDeductible);
  const rateBp = p.chronicRatesBp.value[input.scheme];
  const capFen = disease.annualLimitFen;
  const usedFen = read(acc, ACC.chronicPaid(disease.code));
  // The position is the deductible borne so far this year: the part of the claim below 500 is
  // what this visit still bears of the annual deductible.
  const settled = settleBands({
    positionFen: borneFen, amountFen: scope.policyFen,
    bands: [{ fromFen: deductibleFen, toFen: null, rateBp }],
    cap: capFen === null ? null : { amountFen: capFen, usedFen },
  });
  const basicFen = ledger.pay('YC-CHRONIC-XP', p.chronicDiseases.source, 'BASIC', settled,
    { cap: { name: `annual cap of ${disease.code} ${disease.name}`, amountFen: capFen ?? 0 } });
  ledger.deductibleFen = settled.belowFen;
  ledger.count(ACC.chronicDeductible, settled.belowFen);
  ledger.count(ACC.chronicPaid(disease.code), basicFen);
  ledger.step('YC-CHRONIC-XP', p.chronicDeductibleFen.source,
    `cross-province chronic outpatient, ${disease.code} ${disease.name}: annual deductible ${yuan(deductibleFen)} with ${yuan(borneFen)} borne earlier this year, this visit bears ${yuan(settled.belowFen)}; the rest at ${pct(rateBp)} (${input.scheme.toLowerCase()}), ${capFen === null ? 'no cap (无)' : `cap ${yuan(capFen)} with ${yuan(usedFen)} used before`}: paid ${yuan(basicFen)}`);

  return settlementResult(scope, { basicFen }, ledger, pack.id, year);
}
