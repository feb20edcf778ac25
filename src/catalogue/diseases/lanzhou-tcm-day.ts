/**
 * Lanzhou 附表5-1 中医药日间诊疗服务病种 (source 000): the 6 diseases and the 中医适宜技术
 * each may use (10 techniques in all, §二(二)1(7)②: “风湿性关节炎”等 6 个病种的 10 类中医适宜技术).
 * `details` is the 中医适宜技术 cell split on its '、'.
 */
import type { DiseaseListEntry } from '../types';

const TABLE = '附表5-1';

/** 病种 and 中医适宜技术. */
export const LANZHOU_TCM_DAY_CLINIC_DISEASES: readonly DiseaseListEntry[] = [
  { code: 'LZ-TCMD-01', name: '风湿性关节炎', city: 'LANZHOU', details: ['普通针刺', '艾灸', '温针', '电针'], source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-TCMD-02', name: '骨性关节炎（非手术）', city: 'LANZHOU', details: ['普通针刺', '艾灸', '温针', '电针', '四肢关节针刀治疗'], source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-TCMD-03', name: '颈椎病', city: 'LANZHOU', details: ['普通针刺', '艾灸', '电针', '颈椎病推拿', '拔罐'], source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-TCMD-04', name: '脑梗塞恢复期', city: 'LANZHOU', details: ['普通针刺', '艾灸', '电针'], source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-TCMD-05', name: '腰椎间盘突出症', city: 'LANZHOU', details: ['普通针刺', '艾灸', '电针', '腰椎间盘突出推拿', '拔罐'], source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-TCMD-06', name: '肩周炎', city: 'LANZHOU', details: ['普通针刺', '艾灸', '温针', '肩周炎推拿', '拔罐', '刮痧'], source: { document: '000', table: TABLE, row: 6 } },
];
