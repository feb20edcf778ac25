/**
 * 附表8-1 (000): the 11 institutions qualified to refer patients out of the province
 * (具备异地转诊资格的定点医疗机构). Rows 9-11 carry a restriction suffix, e.g.
 * 兰州市第二人民医院（限肝病）: it refers liver disease only.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const REFERRAL_INSTITUTION_TABLE: InstitutionTable = {
  document: '000',
  table: '附表8-1',
  title: '兰州市基本医疗保险具备异地转诊资格的定点医疗机构名单',
  city: 'LANZHOU',
  designation: 'REFERRAL',
};

export const REFERRAL_INSTITUTION_ROWS = buildInstitutionRows(REFERRAL_INSTITUTION_TABLE, [
  { row: 1, name: '甘肃省人民医院' },
  { row: 2, name: '兰州大学第一医院' },
  { row: 3, name: '兰州大学第二医院' },
  { row: 4, name: '联勤保障部队九四〇医院' },
  { row: 5, name: '甘肃省肿瘤医院' },
  { row: 6, name: '甘肃省妇幼保健院' },
  { row: 7, name: '甘肃省中医院' },
  { row: 8, name: '兰州市第一人民医院' },
  { row: 9, name: '兰州市第二人民医院（限肝病）' },
  { row: 10, name: '兰州市第三人民医院（限精神类疾病）' },
  { row: 11, name: '兰州市肺科医院（限传染病）' },
]);
