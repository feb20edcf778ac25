/**
 * 004 §二(一)5② 申请条件 · 罕见病 (Jining): the one designated rare-disease hospital the handbook
 * names in prose: '济宁市第一人民医院为我市定点罕见病治疗医院'. The handbook states no level for it,
 * so its level is left unstated (UNRATED after merging); the rare-disease drug rules do not
 * depend on the level.
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const JINING_RARE_DISEASE_TABLE: InstitutionTable = {
  document: '004',
  table: '§二(一)5②',
  title: '职工大病保险待遇 · 申请条件 · 罕见病',
  city: 'JINING',
  designation: 'RARE_DISEASE',
};

export const JINING_RARE_DISEASE_ROWS = buildInstitutionRows(JINING_RARE_DISEASE_TABLE, [
  { row: 1, name: '济宁市第一人民医院' },
]);
