/**
 * The designated-institution catalogue (定点医药机构名录): every institution table of the
 * sources transcribed row by row (./rows), and the rows de-duplicated into one record per
 * real institution. Codes: LZ-I-001… for Lanzhou in order of first appearance across
 * 附表1-1, 1-2, 2-2, 3-2, 5-2, 8-1, 9; YC-I-01… for Yinchuan; JN-I-001 for Jining.
 */
import type { InstitutionRecord, InstitutionRow } from '../types';
import { mergeInstitutionRows } from './merge';
import { DAY_SURGERY_INSTITUTION_ROWS } from './rows/daySurgery';
import { JINING_RARE_DISEASE_ROWS } from './rows/jiningRareDisease';
import { MATERNITY_INSTITUTION_ROWS } from './rows/maternity';
import { NEGOTIATED_DRUG_INSTITUTION_ROWS } from './rows/negotiatedDrugInstitutions';
import { NEGOTIATED_DRUG_PHARMACY_ROWS } from './rows/negotiatedDrugPharmacies';
import { REFERRAL_INSTITUTION_ROWS } from './rows/referral';
import { RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS } from './rows/retiredCadreCheckup';
import { TCM_DAY_CLINIC_CENTRE_ROWS } from './rows/tcmDayClinic';
import { YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS } from './rows/yinchuanCrossProvinceChronic';

export { normaliseInstitutionName, splitRestriction } from './normalise';
export { institutionMatchesSearch } from './search';
export {
  DAY_SURGERY_INSTITUTION_ROWS, MATERNITY_INSTITUTION_ROWS, NEGOTIATED_DRUG_INSTITUTION_ROWS,
  NEGOTIATED_DRUG_PHARMACY_ROWS, REFERRAL_INSTITUTION_ROWS, RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS,
  TCM_DAY_CLINIC_CENTRE_ROWS, YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS, JINING_RARE_DISEASE_ROWS,
};

/** Every Lanzhou institution row, tables in code order (附表1-1, 1-2, 2-2, 3-2, 5-2, 8-1, 9). */
export const LANZHOU_INSTITUTION_ROWS: readonly InstitutionRow[] = [
  ...NEGOTIATED_DRUG_INSTITUTION_ROWS,
  ...NEGOTIATED_DRUG_PHARMACY_ROWS,
  ...DAY_SURGERY_INSTITUTION_ROWS,
  ...MATERNITY_INSTITUTION_ROWS,
  ...TCM_DAY_CLINIC_CENTRE_ROWS,
  ...REFERRAL_INSTITUTION_ROWS,
  ...RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS,
];

/** Every Yinchuan institution row (002 §二(二)1). */
export const YINCHUAN_INSTITUTION_ROWS: readonly InstitutionRow[] = YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS;

/** Every Jining institution row (004 §二(一)5②: the designated rare-disease hospital). */
export const JINING_INSTITUTION_ROWS: readonly InstitutionRow[] = JINING_RARE_DISEASE_ROWS;

export const LANZHOU_INSTITUTIONS: InstitutionRecord[] = mergeInstitutionRows(LANZHOU_INSTITUTION_ROWS);
export const YINCHUAN_INSTITUTIONS: InstitutionRecord[] = mergeInstitutionRows(YINCHUAN_INSTITUTION_ROWS);
export const JINING_INSTITUTIONS: InstitutionRecord[] = mergeInstitutionRows(JINING_INSTITUTION_ROWS);
export const ALL_INSTITUTIONS: InstitutionRecord[] = [...LANZHOU_INSTITUTIONS, ...YINCHUAN_INSTITUTIONS, ...JINING_INSTITUTIONS];
