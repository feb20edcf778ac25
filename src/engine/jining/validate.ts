/**
 * Jining-specific checks: the visit type is open to the scheme, the institution level is one
 * the visit allows (resident outpatient: primary, or any hospital for remote care and for the
 * accident outpatient of students and minors), and every claim detail fits the visit: a disease
 * input that does not apply is DISEASE_NOT_APPLICABLE, any other input INPUT_NOT_APPLICABLE.
 */
import type { BasicScheme, InstitutionLevel } from '../../domain';
import { SettlementError } from '../errors';
import type { SettlementInput } from '../types';
import type { JiningParameters } from '../../policy/jining-parameters';
import { careStandard } from './longTermCare';

/** Students and minors have the accident outpatient benefit (JN-R-ACCIDENT-OP). */
export function accidentOutpatientCovered(input: SettlementInput): boolean {
  return input.scheme === 'RESIDENT' && input.visitType === 'OUTPATIENT' && input.accident === true
    && (input.person.minor === true || input.person.student === true);
}

export function validateJining(input: SettlementInput, p: JiningParameters): void {
  const { scheme, visitType, institutionLevel } = input;
  if (!(p.openVisitTypes.value[scheme as BasicScheme] ?? []).includes(visitType)) {
    throw new SettlementError('VISIT_TYPE_NOT_OPEN', ['visitType'], `${visitType} is not open to ${scheme} members in Jining`);
  }
  const levels = allowedLevels(input, p);
  if (!levels.includes(institutionLevel)) {
    throw new SettlementError('LEVEL_NOT_ALLOWED', ['institutionLevel'], `${visitType} for ${scheme} members is settled in Jining only at ${levels.join(', ')}, not ${institutionLevel}`);
  }
  const diseaseNotApplicable = (field: string, message: string) => {
    throw new SettlementError('DISEASE_NOT_APPLICABLE', [field], message);
  };
  const notApplicable = (field: string, message: string) => {
    throw new SettlementError('INPUT_NOT_APPLICABLE', [field], message);
  };
  if (input.majorDiseaseCode !== undefined) diseaseNotApplicable('majorDiseaseCode', 'Jining has no major-disease table');
  if (input.tcmDayDiseaseCode !== undefined) diseaseNotApplicable('tcmDayDiseaseCode', 'Jining has no TCM day clinic');
  if (visitType !== 'TWO_DISEASE_OUTPATIENT' && (input.chronicDiseaseCodes ?? []).length > 0) {
    diseaseNotApplicable('chronicDiseaseCodes', 'the Jining disease lists are not in the source: give the chronic class (chronicClass) instead of codes');
  }
  if (visitType === 'CHRONIC_OUTPATIENT' && input.chronicClass === undefined) {
    throw new SettlementError('MISSING_DISEASE_CODE', ['chronicClass'], 'a Jining chronic outpatient claim needs the approved class (A or B)');
  }
  if (visitType !== 'CHRONIC_OUTPATIENT' && input.chronicClass !== undefined) {
    notApplicable('chronicClass', 'a chronic class applies to CHRONIC_OUTPATIENT claims only');
  }
  validateTwoDiseases(input);
  validateLongTermCare(input, p);
  if (input.pureTcmTherapy === true && (scheme !== 'EMPLOYEE' || visitType !== 'INPATIENT')) {
    notApplicable('pureTcmTherapy', '纯中医疗法 rates are an employee stay rule (004 §二(一)1注(2))');
  }
  if (input.rareDisease !== undefined && visitType !== 'RARE_DISEASE_DRUG') {
    diseaseNotApplicable('rareDisease', 'a rare disease applies to RARE_DISEASE_DRUG claims only');
  }
  if (input.childOrder !== undefined) {
    if (scheme !== 'RESIDENT' || visitType !== 'INPATIENT') {
      notApplicable('childOrder', 'the birth subsidy is a resident stay benefit (employees\' births are maternity insurance)');
    }
    if (input.accident === true) notApplicable('accident', 'a birth stay is not an accident stay');
  }
}

/** LONG_TERM_CARE needs its kind and days; the grade, when given, must be one with a benefit. */
function validateLongTermCare(input: SettlementInput, p: JiningParameters): void {
  const care = input.longTermCare;
  if (input.visitType !== 'LONG_TERM_CARE') {
    if (care !== undefined) throw new SettlementError('INPUT_NOT_APPLICABLE', ['longTermCare'], 'longTermCare applies to LONG_TERM_CARE claims only');
    return;
  }
  if (care === undefined) throw new SettlementError('MISSING_LONG_TERM_CARE', ['longTermCare'], 'a LONG_TERM_CARE claim needs longTermCare { kind, days }');
  if (!Number.isSafeInteger(care.days) || care.days < 1 || care.days > 366) {
    throw new SettlementError('INVALID_LONG_TERM_CARE', ['longTermCare', 'days'], 'care days must be a whole number from 1 to 366');
  }
  const grade = care.disabilityGrade;
  if (grade !== undefined && (!Number.isSafeInteger(grade) || grade < 0 || grade > 5)) {
    throw new SettlementError('INVALID_LONG_TERM_CARE', ['longTermCare', 'disabilityGrade'], 'the disability grade is 0 to 5');
  }
  const standard = careStandard(care, p);
  if (standard === null) {
    throw new SettlementError('CARE_GRADE_NOT_ELIGIBLE', ['longTermCare', 'disabilityGrade'], `disability grade ${grade} gives no long-term care benefit: grades 2 to 5 do (004 §七7)`);
  }
  if (standard === 'MEDICAL_CARE' && p.hospitalClass.value[input.institutionLevel] === undefined) {
    throw new SettlementError('LEVEL_NOT_ALLOWED', ['institutionLevel'], `医疗专护 is settled by hospital class: ${input.institutionLevel} is not a hospital level`);
  }
}

function allowedLevels(input: SettlementInput, p: JiningParameters): InstitutionLevel[] {
  if (input.scheme !== 'RESIDENT' || input.visitType !== 'OUTPATIENT') return p.allowedLevels.value[input.scheme as BasicScheme][input.visitType] ?? [];
  return accidentOutpatientCovered(input) ? p.accidentOutpatient.value.levels : residentOutpatientLevels(input, p);
}

/** Levels of resident general outpatient: primary institutions, any hospital for remote care. */
export function residentOutpatientLevels(input: SettlementInput, p: JiningParameters): InstitutionLevel[] {
  return input.remote !== undefined ? p.remoteCare.value.outpatientLevels : p.allowedLevels.value.RESIDENT.OUTPATIENT ?? [];
}

function validateTwoDiseases(input: SettlementInput): void {
  const diseases = input.twoDiseases ?? [];
  if (input.visitType !== 'TWO_DISEASE_OUTPATIENT') {
    if (diseases.length > 0) throw new SettlementError('DISEASE_NOT_APPLICABLE', ['twoDiseases'], 'two diseases apply to TWO_DISEASE_OUTPATIENT claims only');
    if (input.insulin === true) throw new SettlementError('INPUT_NOT_APPLICABLE', ['insulin'], 'insulin applies to TWO_DISEASE_OUTPATIENT claims only');
    return;
  }
  if (diseases.length === 0) throw new SettlementError('MISSING_DISEASE_CODE', ['twoDiseases'], 'a two-disease claim needs hypertension and/or diabetes');
  if (new Set(diseases).size !== diseases.length) throw new SettlementError('DUPLICATE_DISEASE', ['twoDiseases'], 'a disease is listed twice');
  if (input.insulin === true && !diseases.includes('DIABETES')) {
    throw new SettlementError('INPUT_NOT_APPLICABLE', ['insulin'], 'insulin raises the cap for diabetes only');
  }
}
