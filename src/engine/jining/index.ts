/**
 * Settles one Jining claim: remote-care treatment (JN-REMOTE), scope (JN-SCOPE), the
 * basic-pool rule of the visit type (with large amount inside the employee rules; 特药, 罕见病
 * and 长期护理 in their own files), then the stay critical-illness layer (employees' in
 * largeAmountPayment, 004 §二(一)4). The handbook states no medical-assistance payments, so there is
 * no assistance layer.
 */
import type { Accumulators } from '../accumulators';
import { checkEligibility } from '../eligibility';
import { Ledger } from '../ledger';
import { settlementResult } from '../result';
import type { SettlementInput, SettlementResult } from '../types';
import type { JiningPack } from '../../policy/jining-parameters';
import { isMaternityVisit } from '../blocks/maternity';
import { settleChronic } from './chronic';
import type { JiningContext, Segment } from './context';
import { settleCriticalIllness } from './critical';
import { settleEmployeeOutpatient, settleEmployeeStay } from './employee';
import { settleLongTermCare } from './longTermCare';
import { settleRareDiseaseDrug } from './rareDisease';
import { settleJiningMaternity } from './maternity';
import { remoteTreatment } from './remote';
import { settleSpecialDrug } from './specialDrug';
import { settleResidentOutpatientVisit, settleResidentStay, settleTwoDisease } from './resident';
import { scopeClaim, type ScopedClaim } from './scope';
import { tallyItems } from '../validate';
import { validateJining } from './validate';

export function settleJining(input: SettlementInput, pack: JiningPack, acc: Accumulators, year: number, tally = tallyItems(input.items)): SettlementResult {
  if (isMaternityVisit(input.visitType)) return settleJiningMaternity(input, pack, year);
  const p = pack.parameters;
  validateJining(input, p);
  const ledger = new Ledger();
  checkEligibility(input, p, ledger);
  const ctx: JiningContext = { input, p, acc, ledger, tally, remote: remoteTreatment(input, p, ledger) };
  const scoped = scopeClaim(ctx);
  if (input.accident === true && input.scheme === 'EMPLOYEE') {
    ledger.step('JN-R-ACCIDENT', p.accidentStay.source, 'the accident rules are resident rules: an employee\'s injury settles by the ordinary employee rule',
      '意外伤害规定适用于城乡居民：职工的意外伤害按职工一般规定结算');
  }
  const segment = settleVisit(ctx, scoped);
  // The stay 大病 layer: residents' 大病保险, employees' paid by 职工大额医疗费用补助 (004 §二(一)4).
  const majorFen = settleCriticalIllness(ctx, segment);
  const employee = input.scheme === 'EMPLOYEE';
  const largeAmountFen = segment.largeAmountFen + (employee ? majorFen : 0);
  const criticalIllnessFen = (segment.criticalIllnessFen ?? 0) + (employee ? 0 : majorFen);
  return settlementResult(scoped, { basicFen: segment.basicFen, largeAmountFen, criticalIllnessFen }, ledger, pack.id, year);
}

/** The basic-pool rule of the visit type (validation keeps the visit types to these). */
function settleVisit(ctx: JiningContext, scoped: ScopedClaim): Segment {
  const employee = ctx.input.scheme === 'EMPLOYEE';
  switch (ctx.input.visitType) {
    case 'INPATIENT':
      return employee ? settleEmployeeStay(ctx, scoped) : settleResidentStay(ctx, scoped);
    case 'OUTPATIENT':
      return employee ? settleEmployeeOutpatient(ctx, scoped) : settleResidentOutpatientVisit(ctx, scoped);
    case 'CHRONIC_OUTPATIENT':
      return settleChronic(ctx, scoped);
    case 'TWO_DISEASE_OUTPATIENT':
      return settleTwoDisease(ctx, scoped);
    case 'SPECIAL_DRUG':
      return settleSpecialDrug(ctx, scoped);
    case 'RARE_DISEASE_DRUG':
      return settleRareDiseaseDrug(ctx, scoped);
    case 'LONG_TERM_CARE':
      return settleLongTermCare(ctx, scoped);
    default:
      throw new Error(`${ctx.input.visitType} passed validation but Jining has no rule for it`);
  }
}
