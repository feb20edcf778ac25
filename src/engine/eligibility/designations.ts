/**
 * LZ-/JN-/YC-ELIG-DESIGNATION: services only designated institutions give (定点资格). When the institution
 * is known (institutionId or the key's institution) it must hold the designation the visit
 * needs: day surgery (附表2-2), outpatient negotiated drugs (附表1-1, 1-2, also when a drug item
 * rides on another outpatient visit), TCM day clinic (附表5-2), maternity (附表3-2). An estimate
 * by level alone cannot know, so its trace states the requirement instead. Day surgery also
 * needs a disease of 附表2-1: required when the institution is known, checked whenever given.
 */
import type { Designation } from '../../domain';
import { SettlementError } from '../errors';
import { zh } from '../text';
import { type EligibilityContext, refuse, ruleId } from './context';

const DESIGNATION_NAMES: Record<Designation, string> = {
  NEGOTIATED_DRUG: '单独支付管理谈判药品和竞价药品指定医药机构 (negotiated drugs)',
  DAY_SURGERY: '日间手术定点医疗机构 (day surgery)',
  MATERNITY: '生育保险定点医疗机构 (maternity)',
  REFERRAL: '具备异地转诊资格的定点医疗机构 (referral)',
  TCM_DAY_CLINIC: '中医药日间诊疗服务机构 (TCM day clinic)',
  RETIRED_CADRE_CHECKUP: '离休干部体检定点医疗机构 (retired cadres\' check-ups)',
  CROSS_PROVINCE_CHRONIC: '跨省门诊慢特病直接结算医疗机构 (cross-province chronic care)',
  RARE_DISEASE: '罕见病定点治疗医院 (rare-disease treatment)',
};

/** The designations in the Chinese trace. */
const DESIGNATION_ZH: Record<Designation, string> = {
  NEGOTIATED_DRUG: '单独支付管理谈判药品和竞价药品指定医药机构', DAY_SURGERY: '日间手术定点医疗机构', MATERNITY: '生育保险定点医疗机构',
  REFERRAL: '具备异地转诊资格的定点医疗机构', TCM_DAY_CLINIC: '中医药日间诊疗服务机构', RETIRED_CADRE_CHECKUP: '离休干部体检定点医疗机构',
  CROSS_PROVINCE_CHRONIC: '跨省门诊慢特病直接结算医疗机构', RARE_DISEASE: '罕见病定点治疗医院',
};

const STAYS = ['INPATIENT', 'DAY_SURGERY'];

/** The designations this claim needs at its institution. */
function needed(ctx: EligibilityContext): Designation[] {
  const { input, p } = ctx;
  const services = p.designatedServices.value as Partial<Record<string, Designation>>;
  const out: Designation[] = [];
  const own = services[input.visitType];
  if (own) out.push(own);
  // A negotiated drug settled as outpatient drug rides on a non-stay visit: same designation.
  const drug = services.NEGOTIATED_DRUG_OUTPATIENT;
  if (drug && !STAYS.includes(input.visitType) && input.items.some((i) => i.negotiatedDrug === true) && !out.includes(drug)) out.push(drug);
  return out;
}

/**
 * A known institution without the designation the visit needs is refused before any other
 * check of the claim (the level check included): that is the reason the claim cannot settle there.
 */
export function refuseUndesignated(ctx: EligibilityContext): void {
  const { input, p } = ctx;
  const institution = input.institution;
  if (institution === undefined || input.remote) return;
  for (const designation of needed(ctx)) {
    if (!institution.designations.includes(designation)) {
      const what = designation === 'NEGOTIATED_DRUG' && input.visitType !== 'NEGOTIATED_DRUG_OUTPATIENT' ? `${input.visitType} with negotiated drugs` : input.visitType;
      refuse('NOT_DESIGNATED', ['institutionId'], p.designatedServices.source, `${institution.name} is not a ${DESIGNATION_NAMES[designation]}: ${what} is not settled there`);
    }
  }
}

export function checkDesignations(ctx: EligibilityContext): void {
  const { input, p, ledger } = ctx;
  const rule = p.designatedServices;
  for (const designation of needed(ctx)) {
    if (input.remote) continue; // the designations are the home city's lists; remote care follows the place of treatment
    const institution = input.institution;
    if (institution === undefined) {
      ledger.step(ruleId(ctx, 'DESIGNATION'), rule.source, () => `${input.visitType} is settled only at a ${DESIGNATION_NAMES[designation]}: an estimate by level does not check it`,
        () => `${zh(input.visitType)}仅在${DESIGNATION_ZH[designation]}结算：按机构级别预估时不核对`);
      continue;
    }
    refuseUndesignated(ctx);
    ledger.step(ruleId(ctx, 'DESIGNATION'), rule.source, () => `${institution.name} is a ${DESIGNATION_NAMES[designation]}`, () => `${institution.name}为${DESIGNATION_ZH[designation]}`);
  }
  checkDaySurgeryDisease(ctx);
}

function checkDaySurgeryDisease(ctx: EligibilityContext): void {
  const { input, p, ledger } = ctx;
  const code = input.daySurgeryDiseaseCode;
  const list = p.daySurgeryDiseases;
  if (input.visitType !== 'DAY_SURGERY' || list === undefined) {
    if (code !== undefined) {
      throw new SettlementError('DISEASE_NOT_APPLICABLE', ['daySurgeryDiseaseCode'], `a day-surgery disease applies to ${list === undefined ? 'no claim of this city' : 'DAY_SURGERY claims only'}`);
    }
    return;
  }
  if (code === undefined) {
    if (input.institution !== undefined && !input.remote) {
      refuse('MISSING_DISEASE_CODE', ['daySurgeryDiseaseCode'], list.source, 'day surgery is settled only for a disease of the day-surgery list: give daySurgeryDiseaseCode');
    }
    ledger.step(ruleId(ctx, 'DESIGNATION'), list.source, 'day surgery is settled only for the 49 diseases of 附表2-1: no disease code given, not checked',
      '日间手术仅限附表2-1所列病种：未填病种，未核对');
    return;
  }
  const disease = list.value.find((d) => d.code === code);
  if (!disease) refuse('UNKNOWN_DISEASE_CODE', ['daySurgeryDiseaseCode'], list.source, `${code} is not a day-surgery disease`);
  ledger.step(ruleId(ctx, 'DESIGNATION'), list.source, () => `day-surgery disease ${disease.code} ${disease.name}`, () => `日间手术病种${disease.code}${disease.name}`);
}

/**
 * 三定 (Lanzhou 000 §二(二)1(5)②): outpatient negotiated drugs need a filing valid on the date at
 * this institution (the chosen one, fixed for the year), and a prescription of at most 30 days.
 * Checked when the records give the person's filings; an estimate's trace states it.
 */
export function checkNegotiatedDrugFiling(ctx: EligibilityContext): void {
  const { input, p, ledger } = ctx;
  const rule = p.negotiatedDrugFiling;
  const drugOutpatient = !STAYS.includes(input.visitType) && (input.visitType === 'NEGOTIATED_DRUG_OUTPATIENT' || input.items.some((i) => i.negotiatedDrug === true));
  const days = input.prescriptionDays;
  if (days !== undefined) {
    if (!drugOutpatient || rule.value === null) throw new SettlementError('INPUT_NOT_APPLICABLE', ['prescriptionDays'], 'prescription days apply to outpatient negotiated drugs (Lanzhou) only');
    if (!Number.isSafeInteger(days) || days < 1) throw new SettlementError('INPUT_NOT_APPLICABLE', ['prescriptionDays'], 'prescription days are a whole number of at least 1');
    if (days > rule.value.maxPrescriptionDays) {
      refuse('PRESCRIPTION_TOO_LONG', ['prescriptionDays'], rule.source, `a negotiated-drug prescription covers at most ${rule.value.maxPrescriptionDays} days, not ${days} (单次处方量最多不超过30日)`);
    }
  }
  if (!drugOutpatient || rule.value === null || input.remote) return;
  const filings = input.negotiatedDrugFilings;
  if (filings === undefined) {
    ledger.step(ruleId(ctx, 'DESIGNATION'), rule.source, 'outpatient negotiated drugs need a 三定 filing at the chosen institution or pharmacy: an estimate does not check it',
      '门诊使用单独支付管理谈判药品须在选定的定点购药机构办理“三定”备案：预估时不核对');
    return;
  }
  if (filings.length === 0) {
    refuse('NO_NEGOTIATED_DRUG_FILING', ['items'], rule.source, `the person has no negotiated-drug filing (三定备案) valid on ${input.date}: file it at the chosen institution first`);
  }
  const here = filings.find((f) => f.atThisInstitution);
  if (!here) {
    refuse('NOT_CHOSEN_INSTITUTION', ['institutionId'], rule.source,
      `the person's negotiated drugs are filed at ${filings.map((f) => f.institutionName).join(', ')} (定点购药机构, fixed for the year), not at this institution`);
  }
  ledger.step(ruleId(ctx, 'DESIGNATION'), rule.source, () => `三定 filing of ${here.drug} at ${here.institutionName}`, () => `${here.drug}已在${here.institutionName}办理“三定”备案`);
}
