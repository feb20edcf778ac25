/**
 * 附表5-2 (000): the 14 TCM day-clinic centres (中医药日间诊疗服务机构); the TCM section says
 * 城关区团结新村社区卫生服务中心等 14 家基层定点医疗机构. All are 社区卫生服务中心 (PRIMARY).
 */
import { buildInstitutionRows } from './build';
import type { InstitutionTable } from '../types';

export const TCM_DAY_CLINIC_CENTRE_TABLE: InstitutionTable = {
  document: '000',
  table: '附表5-2',
  title: '兰州市基本医疗保险中医药日间诊疗服务机构',
  city: 'LANZHOU',
  designation: 'TCM_DAY_CLINIC',
};

export const TCM_DAY_CLINIC_CENTRE_ROWS = buildInstitutionRows(TCM_DAY_CLINIC_CENTRE_TABLE, [
  { row: 1, name: '团结新村街道社区卫生服务中心' },
  { row: 2, name: '张掖路广武门街道社区卫生服务中心' },
  { row: 3, name: '青白石街道碧桂园社区卫生服务中心' },
  { row: 4, name: '五泉铁路西村街道社区卫生服务中心' },
  { row: 5, name: '盐场路草场街街道社区卫生服务中心' },
  { row: 6, name: '靖远路街道社区卫生服务中心' },
  { row: 7, name: '雁南路街道社区卫生服务中心' },
  { row: 8, name: '白银路街道社区卫生服务中心' },
  { row: 9, name: '拱星墩焦家湾社区卫生服务中心' },
  { row: 10, name: '临夏路街道社区卫生服务中心' },
  { row: 11, name: '五泉铁路东村街道社区卫生服务中心' },
  { row: 12, name: '东岗西路街道社区卫生服务中心' },
  { row: 13, name: '青白石街道社区卫生服务中心' },
  { row: 14, name: '伏龙坪街道社区卫生服务中心' },
]);
