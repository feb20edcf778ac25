/**
 * 附表3-2 (000): the 49 maternity-insurance designated institutions (生育保险定点医疗机构);
 * the maternity section says 49 家. In 序号 order (the source prints 1-25 left, 26-49
 * right). Row 9, 联勤保障部队九四〇医院 安宁医疗区, is listed beside row 8 as an institution
 * of its own.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const MATERNITY_INSTITUTION_TABLE: InstitutionTable = {
  document: '000',
  table: '附表3-2',
  title: '兰州市生育保险定点医疗机构',
  city: 'LANZHOU',
  designation: 'MATERNITY',
};

export const MATERNITY_INSTITUTION_ROWS = buildInstitutionRows(MATERNITY_INSTITUTION_TABLE, [
  { row: 1, name: '甘肃省人民医院' },
  { row: 2, name: '甘肃省第二人民医院' },
  { row: 3, name: '甘肃省妇幼保健院' },
  { row: 4, name: '兰州大学第一医院' },
  { row: 5, name: '兰州大学第二医院' },
  { row: 6, name: '甘肃中医药大学附属医院' },
  { row: 7, name: '中国人民武装警察部队 甘肃省总队医院' },
  { row: 8, name: '联勤保障部队九四〇医院' },
  { row: 9, name: '联勤保障部队九四〇医院 安宁医疗区' },
  { row: 10, name: '兰州市妇幼保健院' },
  { row: 11, name: '兰州市第一人民医院' },
  { row: 12, name: '兰州市第二人民医院' },
  { row: 13, name: '兰州大学第一医院西站院区' },
  { row: 14, name: '兰州市安宁区万里医院' },
  { row: 15, name: '兰州石化总医院 (甘肃中医药大学第四附属医院)' },
  { row: 16, name: '兰州兰石医院' },
  { row: 17, name: '兰州市中医医院' },
  { row: 18, name: '兰州市西固区人民医院' },
  { row: 19, name: '兰州市城关区人民医院' },
  { row: 20, name: '国营长风机器厂职工医院' },
  { row: 21, name: '兰州市第五医院' },
  { row: 22, name: '兰飞医院' },
  { row: 23, name: '中核五〇四医院' },
  { row: 24, name: '永登县人民医院' },
  { row: 25, name: '甘肃省中医院' },
  { row: 26, name: '甘肃玛利亚妇产医院' },
  { row: 27, name: '甘肃省康复中心医院' },
  { row: 28, name: '兰州市红古区人民医院 (甘肃省人民医院红古分院)' },
  { row: 29, name: '榆中县第一人民医院' },
  { row: 30, name: '皋兰县人民医院' },
  { row: 31, name: '兰州市七里河区阿干医院' },
  { row: 32, name: '中国人民解放军第 96604 部队医院' },
  { row: 33, name: '兰州时光妇儿医院有限公司' },
  { row: 34, name: '甘肃兰炭医院' },
  { row: 35, name: '兰州慈和堂医院' },
  { row: 36, name: '榆中县中医医院' },
  { row: 37, name: '甘肃省人民医院西院区' },
  { row: 38, name: '甘肃省第三人民医院' },
  { row: 39, name: '兰州连铝总医院' },
  { row: 40, name: '安宁区人民医院' },
  { row: 41, name: '皋兰县中医医院 (甘肃中医药大学附属医院北院)' },
  { row: 42, name: '永登盛安医院' },
  { row: 43, name: '兰州仁和医院' },
  { row: 44, name: '榆中县第三人民医院' },
  { row: 45, name: '兰州新区第一人民医院' },
  { row: 46, name: '永登县妇幼保健院' },
  { row: 47, name: '甘肃和平医院' },
  { row: 48, name: '兰州市七里河区人民医院' },
  { row: 49, name: '兰州市西固区妇幼保健院' },
]);
