/**
 * 002 §二(二)1 如何结算 (Yinchuan): the two hospitals that settle cross-province outpatient
 * chronic-disease costs directly (门诊慢特病跨省直接结算). The section names them in prose,
 * twice: '宁夏医科大学总医院和宁夏回族自治区人民医院可以为异地来宁参保人员提供…跨省直接结算'
 * and then '可在宁夏医科大学总医院和宁夏人民医院进行门诊慢特病就医签约'. Each mention is a
 * row, numbered in reading order, so the short form 宁夏人民医院 is kept as an alias.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const YINCHUAN_CROSS_PROVINCE_CHRONIC_TABLE: InstitutionTable = {
  document: '002',
  table: '§二(二)1',
  title: '省外参保人员在银川市门诊慢特病就医结算流程 · 如何结算',
  city: 'YINCHUAN',
  designation: 'CROSS_PROVINCE_CHRONIC',
};

export const YINCHUAN_CROSS_PROVINCE_CHRONIC_ROWS = buildInstitutionRows(YINCHUAN_CROSS_PROVINCE_CHRONIC_TABLE, [
  { row: 1, name: '宁夏医科大学总医院' },
  { row: 2, name: '宁夏回族自治区人民医院' },
  { row: 3, name: '宁夏医科大学总医院' },
  { row: 4, name: '宁夏人民医院' },
]);
