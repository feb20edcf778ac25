/**
 * Settles one Lanzhou claim: scope, the basic-pool rule of the visit type (and outpatient
 * negotiated drugs), then the layers in order: large amount (inside the employee stay rule) /
 * critical illness → medical assistance → secondary assistance.
 */
import type { Accumulators } from '../accumulators';
import { checkEligibility } from '../eligibility';
import { Ledger } from '../ledger';
import { settlementResult } from '../result';
import type { SettlementInput, SettlementResult } from '../types';
import type { LanzhouPack } from '../../policy/lanzhou-parameters';
import { isMaternityVisit } from '../blocks/maternity';
import { settleAssistance } from './assistance';
import type { LanzhouContext, Segment } from './context';
import { settleCriticalIllness } from './critical';
import { settleEmployeeChronic, settleEmployeeOutpatient, settleEmployeeStay, settleEmployeeTcmDayClinic, settleNegotiatedOutpatient } from './employee';
import { settleLanzhouMaternity } from './maternity';
import { traceRemoteOutpatient } from './remote';
import { settleRetiredCadreOutpatient, settleRetiredCadreStay } from './retiredCadre';
import {
  settleMajorDiseaseStay, settleResidentChronic, settleResidentOutpatient, settleResidentStay,
  settleTcmDayClinic, settleTwoDisease,
} from './resident';
import { readUnknownLevel } from './level';
import { scopeClaim, type ScopedClaim } from './scope';
import { tallyItems } from '../validate';
import { validateLanzhou } from './validate';

export function settleLanzhou(given: SettlementInput, pack: LanzhouPack, acc: Accumulators, year: number, tally = tallyItems(given.items)): SettlementResult {
  // Maternity (生育保险) is its own benefit line, settled on the claim as given (000 §二(二)3).
  if (isMaternityVisit(given.visitType)) return settleLanzhouMaternity(given, pack, year);
  const p = pack.parameters;
  const ledger = new Ledger();
  const input = readUnknownLevel(given, p, ledger);
  validateLanzhou(input, p);
  checkEligibility(input, p, ledger);
  const ctx: LanzhouContext = { input, p, acc, ledger, year, tally };
  const scoped = scopeClaim(ctx);

  const segments: Segment[] = [];
  const main = input.scheme === 'RETIRED_CADRE' ? settleRetiredCadre(ctx, scoped) : settleVisit(ctx, scoped);
  if (main) segments.push(main);
  // Retired cadres' outpatient negotiated drugs are part of the outpatient policy amount (LZ-RC-OP).
  if (scoped.negotiated.drugFen > 0 && input.scheme !== 'RETIRED_CADRE') segments.push(settleNegotiatedOutpatient(ctx, scoped));
  if (input.visitType !== 'INPATIENT' && input.visitType !== 'DAY_SURGERY') traceRemoteOutpatient(ctx);

  const basicFen = segments.reduce((sum, s) => sum + s.basicFen, 0);
  const largeAmountFen = segments.reduce((sum, s) => sum + s.largeAmountFen, 0);
  const criticalIllnessFen = input.scheme === 'RESIDENT' ? settleCriticalIllness(ctx, segments) : 0;
  const { assistanceFen, secondaryFen: secondaryAssistanceFen } = settleAssistance(ctx, segments, criticalIllnessFen);
  return settlementResult(scoped, { basicFen, largeAmountFen, criticalIllnessFen, assistanceFen, secondaryAssistanceFen }, ledger, pack.id, year);
}

/** Retired cadres (000 §七): stays and day surgery in full, outpatient from the quota (地级: in full). */
function settleRetiredCadre(ctx: LanzhouContext, scoped: ScopedClaim): Segment {
  return ctx.input.visitType === 'OUTPATIENT' ? settleRetiredCadreOutpatient(ctx, scoped) : settleRetiredCadreStay(ctx, scoped);
}

/** The basic-pool rule of the visit type; none when only negotiated drugs are claimed. */
function settleVisit(ctx: LanzhouContext, scoped: ScopedClaim): Segment | null {
  const { input } = ctx;
  const employee = input.scheme === 'EMPLOYEE';
  switch (input.visitType) {
    case 'INPATIENT':
      if (employee) return settleEmployeeStay(ctx, scoped);
      return input.majorDiseaseCode !== undefined ? settleMajorDiseaseStay(ctx, scoped) : settleResidentStay(ctx, scoped);
    case 'DAY_SURGERY':
      return employee ? settleEmployeeStay(ctx, scoped) : settleResidentStay(ctx, scoped);
    case 'OUTPATIENT':
      if (!employee) return settleResidentOutpatient(ctx, scoped);
      return {
        ruleId: 'LZ-E-OP', policyFen: scoped.regularFen + scoped.tcmFen,
        basicFen: settleEmployeeOutpatient(ctx, scoped.regularFen + scoped.tcmFen),
        largeAmountFen: 0, criticalScope: false, assistanceScope: false,
      };
    case 'CHRONIC_OUTPATIENT':
      return employee ? settleEmployeeChronic(ctx, scoped) : settleResidentChronic(ctx, scoped);
    case 'TWO_DISEASE_OUTPATIENT':
      return settleTwoDisease(ctx, scoped);
    case 'TCM_DAY_CLINIC':
      return employee ? settleEmployeeTcmDayClinic(ctx, scoped) : settleTcmDayClinic(ctx, scoped);
    case 'NEGOTIATED_DRUG_OUTPATIENT':
    case 'MATERNITY_INPATIENT':
    case 'MATERNITY_OUTPATIENT':
      return null;
    default:
      throw new Error(`${input.visitType} passed validation but Lanzhou has no rule for it`);
  }
}
