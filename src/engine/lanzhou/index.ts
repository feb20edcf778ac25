/**
 * Settles one Lanzhou claim: scope, the basic-pool rule of the visit type (and outpatient
 * negotiated drugs), then the layers in order: large amount (inside the employee stay rule) /
 * critical illness → medical assistance → secondary assistance.
 */
import type { Accumulators } from '../accumulators';
import { Ledger } from '../ledger';
import type { SettlementInput, SettlementResult } from '../types';
import type { LanzhouPack } from '../../policy/parameter';
import { settleAssistance } from './assistance';
import type { LanzhouContext, Segment } from './context';
import { settleCriticalIllness } from './critical';
import { settleEmployeeChronic, settleEmployeeOutpatient, settleEmployeeStay, settleNegotiatedOutpatient } from './employee';
import { traceRemoteOutpatient } from './remote';
import {
  settleMajorDiseaseStay, settleResidentChronic, settleResidentOutpatient, settleResidentStay,
  settleTcmDayClinic, settleTwoDisease,
} from './resident';
import { scopeClaim, type ScopedClaim } from './scope';
import { validateLanzhou } from './validate';

export function settleLanzhou(input: SettlementInput, pack: LanzhouPack, acc: Accumulators, year: number): SettlementResult {
  const p = pack.parameters;
  validateLanzhou(input, p);
  const ledger = new Ledger();
  const ctx: LanzhouContext = { input, p, acc, ledger, year };
  const scoped = scopeClaim(ctx);

  const segments: Segment[] = [];
  const main = settleVisit(ctx, scoped);
  if (main) segments.push(main);
  if (scoped.negotiated.drugFen > 0) segments.push(settleNegotiatedOutpatient(ctx, scoped));
  if (input.visitType !== 'INPATIENT' && input.visitType !== 'DAY_SURGERY') traceRemoteOutpatient(ctx);

  const basicPoolPayment = segments.reduce((sum, s) => sum + s.basicFen, 0);
  const largeAmountPayment = segments.reduce((sum, s) => sum + s.largeAmountFen, 0);
  const criticalIllnessPayment = input.scheme === 'RESIDENT' ? settleCriticalIllness(ctx, segments) : 0;
  const { assistanceFen, secondaryFen } = settleAssistance(ctx, segments, criticalIllnessPayment);

  const fundPaymentTotal = basicPoolPayment + largeAmountPayment + criticalIllnessPayment + assistanceFen + secondaryFen;
  const personalPayment = scoped.totalFen - fundPaymentTotal;
  return {
    totalAmount: scoped.totalFen,
    fullSelfPayAmount: scoped.fullSelfPayFen,
    preSelfPayAmount: scoped.preSelfPayFen,
    policyAmount: scoped.policyFen,
    deductible: ledger.deductibleFen,
    basicPoolPayment,
    largeAmountPayment,
    criticalIllnessPayment,
    assistancePayment: assistanceFen,
    secondaryAssistancePayment: secondaryFen,
    fundPaymentTotal,
    personalPayment,
    personalAccountPayment: 0,
    cashPayment: personalPayment,
    policyPack: pack.id,
    accumulatorYear: year,
    lines: ledger.lines,
    trace: ledger.trace,
    accumulatorDelta: ledger.delta,
  };
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
      return settleTcmDayClinic(ctx, scoped);
    case 'NEGOTIATED_DRUG_OUTPATIENT':
      return null;
  }
}
