/**
 * Lanzhou-specific checks: the visit type is open to the scheme, the institution level is
 * one the visit type allows, and every disease code is in the pack's tables and fits the visit.
 */
import { SettlementError } from '../errors';
import type { SettlementInput } from '../types';
import type { LanzhouParameters } from '../../policy/lanzhou-parameters';

export function validateLanzhou(input: SettlementInput, p: LanzhouParameters): void {
  const { scheme, visitType, institutionLevel } = input;
  if (!p.openVisitTypes.value[scheme].includes(visitType)) {
    throw new SettlementError('VISIT_TYPE_NOT_OPEN', ['visitType'], `${visitType} is not open to ${scheme} members in Lanzhou`);
  }
  const levels = p.allowedLevels.value[scheme][visitType] ?? [];
  if (!levels.includes(institutionLevel)) {
    throw new SettlementError('LEVEL_NOT_ALLOWED', ['institutionLevel'], `${visitType} for ${scheme} members is settled only at ${levels.join(', ')}, not ${institutionLevel}`);
  }
  if (scheme !== 'RETIRED_CADRE') {
    for (const flag of ['retiredCadreWartime', 'retiredCadrePrefectureLevel'] as const) {
      if (input.person[flag] === true) throw new SettlementError('INPUT_NOT_APPLICABLE', ['person', flag], `${flag} applies to retired cadres (RETIRED_CADRE) only`);
    }
  }
  validateChronicCodes(input, p);
  validateMajorDisease(input, p);
  validateTwoDiseases(input, p);
  validateTcmDay(input, p);
  const amd = input.person.assistanceMajorDiseaseCode;
  if (amd !== undefined && !p.assistanceMajorDiseases.value.some((d) => d.code === amd)) {
    throw new SettlementError('UNKNOWN_DISEASE_CODE', ['person', 'assistanceMajorDiseaseCode'], `${amd} is not an assistance major disease (附表7)`);
  }
}

function validateChronicCodes(input: SettlementInput, p: LanzhouParameters): void {
  const codes = input.chronicDiseaseCodes ?? [];
  if (input.visitType === 'CHRONIC_OUTPATIENT' && codes.length === 0) {
    throw new SettlementError('MISSING_DISEASE_CODE', ['chronicDiseaseCodes'], 'a chronic outpatient claim needs the approved disease code');
  }
  const max = p.multipleChronic.value.maxDiseases;
  if (codes.length > max) {
    throw new SettlementError('TOO_MANY_DISEASES', ['chronicDiseaseCodes'], `at most ${max} chronic diseases can be approved at once`);
  }
  if (new Set(codes).size !== codes.length) {
    throw new SettlementError('DUPLICATE_DISEASE', ['chronicDiseaseCodes'], 'a chronic disease code is listed twice');
  }
  const table = input.scheme === 'EMPLOYEE' ? p.employeeChronicDiseases.value : p.residentChronicDiseases.value;
  codes.forEach((code, i) => {
    if (!table.some((r) => r.code === code)) {
      throw new SettlementError('UNKNOWN_DISEASE_CODE', ['chronicDiseaseCodes', String(i)], `${code} is not in the Lanzhou ${input.scheme.toLowerCase()} chronic disease table`);
    }
  });
}

function validateMajorDisease(input: SettlementInput, p: LanzhouParameters): void {
  const code = input.majorDiseaseCode;
  if (code === undefined) return;
  if (input.scheme !== 'RESIDENT' || input.visitType !== 'INPATIENT') {
    throw new SettlementError('DISEASE_NOT_APPLICABLE', ['majorDiseaseCode'], 'a major disease (附表4) applies to resident stays only');
  }
  if (!p.majorDiseases.value.some((d) => d.code === code)) {
    throw new SettlementError('UNKNOWN_DISEASE_CODE', ['majorDiseaseCode'], `${code} is not a Lanzhou major disease (附表4)`);
  }
}

function validateTwoDiseases(input: SettlementInput, p: LanzhouParameters): void {
  const diseases = input.twoDiseases ?? [];
  if (input.visitType !== 'TWO_DISEASE_OUTPATIENT') {
    if (diseases.length > 0) throw new SettlementError('DISEASE_NOT_APPLICABLE', ['twoDiseases'], 'two diseases apply to TWO_DISEASE_OUTPATIENT claims only');
    return;
  }
  if (diseases.length === 0) throw new SettlementError('MISSING_DISEASE_CODE', ['twoDiseases'], 'a two-disease claim needs hypertension and/or diabetes');
  if (new Set(diseases).size !== diseases.length) throw new SettlementError('DUPLICATE_DISEASE', ['twoDiseases'], 'a disease is listed twice');
  const approved = input.chronicDiseaseCodes ?? [];
  diseases.forEach((d, i) => {
    const excluding = p.twoDiseaseExcludingChronic.value[d];
    if (approved.includes(excluding)) {
      throw new SettlementError('TWO_DISEASE_EXCLUDED', ['twoDiseases', String(i)], `${d}: the person is approved for chronic disease ${excluding}, which excludes the two-disease benefit`);
    }
  });
}

function validateTcmDay(input: SettlementInput, p: LanzhouParameters): void {
  const code = input.tcmDayDiseaseCode;
  if (input.visitType !== 'TCM_DAY_CLINIC') {
    if (code !== undefined) throw new SettlementError('DISEASE_NOT_APPLICABLE', ['tcmDayDiseaseCode'], 'a TCM day-clinic disease applies to TCM_DAY_CLINIC claims only');
    return;
  }
  // An employee's day clinic is general outpatient (no per-disease cap): the disease is optional.
  if (code === undefined && input.scheme === 'EMPLOYEE') return;
  if (code === undefined) throw new SettlementError('MISSING_DISEASE_CODE', ['tcmDayDiseaseCode'], 'a TCM day-clinic claim needs the disease code (附表5-1)');
  if (!p.tcmDayClinic.value.diseases.some((d) => d.code === code)) {
    throw new SettlementError('UNKNOWN_DISEASE_CODE', ['tcmDayDiseaseCode'], `${code} is not a TCM day-clinic disease (附表5-1)`);
  }
}
