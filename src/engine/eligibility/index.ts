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

/**
 * The checks of a Lanzhou maternity claim (生育保险), which settles by its own rules: the
 * exclusions and the enrolment with its waiting period, which the source states for 生育医疗
 * as for 基本医疗 (000 §二(一) 首次参保待遇享受等待期: "次月可享受基本医疗和生育医疗报销待遇";
 * flexible workers after 6 months). A claim that passes leaves no step. The designation of a
 * known institution (附表3-2) is checked first, as for every claim (checkInstitutionFirst).
 */
export function checkMaternityEligibility(input: SettlementInput, p: EligibilityPack): void {
  const ctx = { input, p, ledger: new Ledger() };
  checkExclusion(ctx);
  checkEnrolment(ctx);
}

/** The designation check of a known institution, which the engine runs before the city's input checks. */
export function checkInstitutionFirst(input: SettlementInput, p: EligibilityPack): void {
  refuseUndesignated({ input, p, ledger: new Ledger() });
}

export { stayRange } from './stays';
export type { EligibilityPack } from './context';
