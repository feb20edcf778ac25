/**
 * The eligibility checks (资格审核) every claim passes before anything is paid, in order:
 * exclusions, enrolment and waiting period, designations, stays, remote care. Each rule either
 * refuses the claim (a SettlementError with a stable code, a message naming the clause, and the
 * clause) or adds a trace step; the same facts give the same answer for an estimate and a
 * settlement on record. Called by each city's settle after its input validation.
 */
import { Ledger } from '../ledger';
import type { SettlementInput } from '../types';
import type { EligibilityPack } from './context';
import { checkDesignations, checkNegotiatedDrugFiling, refuseUndesignated } from './designations';
import { checkEnrolment } from './enrolment';
import { checkExclusion } from './exclusions';
import { checkRemote } from './remote';
import { checkStays } from './stays';

export function checkEligibility(input: SettlementInput, p: EligibilityPack, ledger: Ledger): void {
  const ctx = { input, p, ledger };
  checkExclusion(ctx);
  checkEnrolment(ctx);
  checkDesignations(ctx);
  checkNegotiatedDrugFiling(ctx);
  checkStays(ctx);
  checkRemote(ctx);
}

/** The designation check of a known institution, which the engine runs before the city's input checks. */
export function checkInstitutionFirst(input: SettlementInput, p: EligibilityPack): void {
  refuseUndesignated({ input, p, ledger: new Ledger() });
}

export { stayRange } from './stays';
export type { EligibilityPack } from './context';
