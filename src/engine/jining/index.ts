/**
 * Settles one Jining claim: remote-care treatment (JN-REMOTE), scope (JN-SCOPE), the
 * basic-pool rule of the visit type (with large amount inside the employee rules), then the
 * critical-illness layer. The handbook states no medical-assistance payments, so there is
 * no assistance layer.
 */
import type { Accumulators } from '../accumulators';
import { Ledger } from '../ledger';
import { settlementResult } from '../result';
import type { SettlementInput, SettlementResult } from '../types';
import type { JiningPack } from '../../policy/jining-parameters';
import { settleChronic } from './chronic';
import type { JiningContext, Segment } from './context';
import { settleCriticalIllness } from './critical';
import { settleEmployeeOutpatient, settleEmployeeStay } from './employee';
import { remoteTreatment } from './remote';
import { settleResidentOutpatientVisit, settleResidentStay, settleTwoDisease } from './resident';
import { scopeClaim, type ScopedClaim } from './scope';
import { validateJining } from './validate';

export function settleJining(input: SettlementInput, pack: JiningPack, acc: Accumulators, year: number): SettlementResult {
  const p = pack.parameters;
  validateJining(input, p);
  const ledger = new Ledger();
  const ctx: JiningContext = { input, p, acc, ledger, remote: remoteTreatment(input, p, ledger) };
  const scoped = scopeClaim(ctx);
  if (input.accident === true && input.scheme === 'EMPLOYEE') {
    ledger.step('JN-R-ACCIDENT', p.accidentStay.source, 'the accident rules are resident rules: an employee\'s injury settles by the ordinary employee rule');
  }
  const segment = settleVisit(ctx, scoped);
  const criticalIllnessFen = settleCriticalIllness(ctx, segment);
  return settlementResult(scoped, { basicFen: segment.basicFen, largeAmountFen: segment.largeAmountFen, criticalIllnessFen }, ledger, pack.id, year);
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
    default:
      throw new Error(`${ctx.input.visitType} passed validation but Jining has no rule for it`);
  }
}
