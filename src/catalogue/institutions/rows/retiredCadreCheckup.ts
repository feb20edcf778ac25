/**
 * 附表9 (000): the 8 check-up hospitals for retired cadres (离休干部体检定点医疗机构), with
 * the check-up centre's address. district: the 区/县 the address names, where it names one.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const RETIRED_CADRE_CHECKUP_HOSPITAL_TABLE: InstitutionTable = {
  document: '000',
  table: '附表9',
  title: '兰州市离休干部体检定点医疗机构',
  city: 'LANZHOU',
  designation: 'RETIRED_CADRE_CHECKUP',
};

export const RETIRED_CADRE_CHECKUP_HOSPITAL_ROWS = buildInstitutionRows(RETIRED_CADRE_CHECKUP_HOSPITAL_TABLE, [
  { row: 1, name: '联勤保障部队九四〇医院', address: '滨河路 940 医院大门向西 500 米体检中心' },
  { row: 2, name: '中国人民解放军 第 96604 部队医院', address: '兰州市城关区静宁南路 74 号体检中心', district: '城关区' },
  { row: 3, name: '甘肃省人民医院', address: '甘肃省人民医院 2 号楼一楼体检中心' },
  { row: 4, name: '兰州大学第一医院', address: '兰州大学第一医院体检中心兰州市天水南路 248 号' },
  { row: 5, name: '兰州大学第二医院', address: '兰大二院后门（白云观向东 50 米处）' },
  { row: 6, name: '兰州市第一人民医院', address: '七里河建兰路吴家园西街兰州市第一人民医院旧的眼科医院三楼体检中心' },
  { row: 7, name: '兰州市第二人民医院', address: '兰州市城关区靖远路元森 7 号地 1 号楼 商业地面二层商铺', district: '城关区' },
  { row: 8, name: '甘肃宝石花医院', address: '甘肃宝石花医院东区（原兰炼医院）门诊' },
]);
