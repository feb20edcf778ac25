/**
 * 附表2-2 (000): the 34 day-surgery designated institutions (日间手术定点医疗机构) with the
 * level column (三级 / 二级 / 民营); the day-surgery section says 全市 34 家. In 序号 order
 * (the source prints 1-17 left, 18-34 right). Spaces inside names are the source's own.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const DAY_SURGERY_INSTITUTION_TABLE: InstitutionTable = {
  document: '000',
  table: '附表2-2',
  title: '兰州市基本医疗保险日间手术（诊疗）定点医疗机构名单',
  city: 'LANZHOU',
  designation: 'DAY_SURGERY',
};

export const DAY_SURGERY_INSTITUTION_ROWS = buildInstitutionRows(DAY_SURGERY_INSTITUTION_TABLE, [
  { row: 1, name: '甘肃省人民医院', levelText: '三级' },
  { row: 2, name: '甘肃省中医院', levelText: '三级' },
  { row: 3, name: '兰州大学第一医院', levelText: '三级' },
  { row: 4, name: '兰州大学第二医院', levelText: '三级' },
  { row: 5, name: '甘肃中医药大学 附属医院', levelText: '三级' },
  { row: 6, name: '甘肃省妇幼保健院', levelText: '三级' },
  { row: 7, name: '甘肃省肿瘤医院', levelText: '三级' },
  { row: 8, name: '甘肃省第二人民医院', levelText: '三级' },
  { row: 9, name: '甘肃省第三人民医院', levelText: '三级' },
  { row: 10, name: '甘肃省康复中心 医院', levelText: '三级' },
  { row: 11, name: '甘肃宝石花医院', levelText: '三级' },
  { row: 12, name: '联勤保障部队 九四〇医院', levelText: '三级' },
  { row: 13, name: '中国人民解放军 第 96604 部队医院', levelText: '三级' },
  { row: 14, name: '兰州市第一人民医院', levelText: '三级' },
  { row: 15, name: '兰州市第二人民医院', levelText: '三级' },
  { row: 16, name: '兰州大学第二医院 西固医院(西固区 人民医院)', levelText: '三级' },
  { row: 17, name: '永登县人民医院', levelText: '三级' },
  { row: 18, name: '皋兰县中医医院 (甘肃中医药大学附属医院北院)', levelText: '三级' },
  { row: 19, name: '榆中县第一人民医院', levelText: '三级' },
  { row: 20, name: '兰州市妇幼保健院', levelText: '二级' },
  { row: 21, name: '兰州中医骨伤科医院', levelText: '二级' },
  { row: 22, name: '兰州普瑞眼视光医院', levelText: '二级' },
  { row: 23, name: '兰州普瑞眼科医院', levelText: '二级' },
  { row: 24, name: '兰州华夏眼科医院', levelText: '二级' },
  { row: 25, name: '兰州爱尔眼科医院', levelText: '二级' },
  { row: 26, name: '兰州手足外科医院', levelText: '二级' },
  { row: 27, name: '兰州手足外科 第二医院', levelText: '二级' },
  { row: 28, name: '甘肃和平医院', levelText: '二级' },
  { row: 29, name: '兰州五零四医院', levelText: '二级' },
  { row: 30, name: '甘肃兰炭医院', levelText: '二级' },
  { row: 31, name: '西固区中医医院', levelText: '二级' },
  { row: 32, name: '七里河区人民医院', levelText: '二级' },
  { row: 33, name: '甘肃创伤骨科医院', levelText: '民营' },
  { row: 34, name: '兰州医博肛肠医院', levelText: '民营' },
]);
