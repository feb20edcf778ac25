/**
 * 附表1-1 (000): the 28 medical institutions designated for separately paid negotiated and
 * tendered drugs (谈判药品和竞价药品指定医疗机构); the guide's 三定 section says 28 家.
 * Transcribed in 序号 order (the source prints two columns: 1-14 left, 15-28 right).
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const NEGOTIATED_DRUG_INSTITUTION_TABLE: InstitutionTable = {
  document: '000',
  table: '附表1-1',
  title: '兰州市基本医疗保险单独支付管理谈判药品和竞价药品指定医疗机构名单',
  city: 'LANZHOU',
  designation: 'NEGOTIATED_DRUG',
};

export const NEGOTIATED_DRUG_INSTITUTION_ROWS = buildInstitutionRows(NEGOTIATED_DRUG_INSTITUTION_TABLE, [
  { row: 1, name: '甘肃省人民医院' },
  { row: 2, name: '兰州大学第一医院' },
  { row: 3, name: '兰州大学第二医院' },
  { row: 4, name: '甘肃省肿瘤医院' },
  { row: 5, name: '联勤保障部队九四〇医院' },
  { row: 6, name: '兰州市第一人民医院' },
  { row: 7, name: '甘肃省中医院' },
  { row: 8, name: '甘肃中医药大学附属医院' },
  { row: 9, name: '甘肃省第二人民医院' },
  { row: 10, name: '甘肃省妇幼保健院' },
  { row: 11, name: '兰州市第二人民医院' },
  { row: 12, name: '兰州石化总医院' },
  { row: 13, name: '兰州普瑞眼科医院' },
  { row: 14, name: '兰州爱尔眼科医院' },
  { row: 15, name: '兰州市华夏眼科医院' },
  { row: 16, name: '甘肃省第三人民医院' },
  { row: 17, name: '兰州普瑞眼视光医院' },
  { row: 18, name: '中国人民解放军 96604 部队医院' },
  { row: 19, name: '甘肃省康复中心医院' },
  { row: 20, name: '兰州新区第一人民医院' },
  { row: 21, name: '榆中县第一人民医院' },
  { row: 22, name: '永登县人民医院' },
  { row: 23, name: '皋兰县人民医院' },
  { row: 24, name: '兰州市肺科医院' },
  { row: 25, name: '兰州市中医医院' },
  { row: 26, name: '兰州市第三人民医院' },
  { row: 27, name: '甘肃爱尔眼视光医院有限公司' },
  { row: 28, name: '兰州市红古区人民医院' },
]);
