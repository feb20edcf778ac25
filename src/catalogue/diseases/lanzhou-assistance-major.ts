/**
 * Lanzhou 附表7 医疗救助重特大疾病病种 (source 000): the 35 diseases that raise the medical
 * assistance annual limit from 5 万元 to 8 万元 (§五(三), §五(四)2). The source prints the list in
 * two column pairs; rows are in 序号 order.
 */
import type { DiseaseListEntry } from '../types';

const TABLE = '附表7';

/** 疾病名称 by 序号. */
export const LANZHOU_ASSISTANCE_MAJOR_DISEASES: readonly DiseaseListEntry[] = [
  { code: 'LZ-AMD-01', name: '儿童先心病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-AMD-02', name: '儿童白血病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-AMD-03', name: '胃癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-AMD-04', name: '食道癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-AMD-05', name: '结肠癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-AMD-06', name: '直肠癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 6 } },
  { code: 'LZ-AMD-07', name: '终末期肾病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 7 } },
  { code: 'LZ-AMD-08', name: '肺癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 8 } },
  { code: 'LZ-AMD-09', name: '肝癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 9 } },
  { code: 'LZ-AMD-10', name: '乳腺癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 10 } },
  { code: 'LZ-AMD-11', name: '宫颈癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 11 } },
  { code: 'LZ-AMD-12', name: '急性心肌梗死', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 12 } },
  { code: 'LZ-AMD-13', name: '白内障', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 13 } },
  { code: 'LZ-AMD-14', name: '尘肺', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 14 } },
  { code: 'LZ-AMD-15', name: '神经母细胞瘤', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 15 } },
  { code: 'LZ-AMD-16', name: '儿童淋巴瘤', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 16 } },
  { code: 'LZ-AMD-17', name: '骨肉瘤', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 17 } },
  { code: 'LZ-AMD-18', name: '血友病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 18 } },
  { code: 'LZ-AMD-19', name: '地中海贫血', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 19 } },
  { code: 'LZ-AMD-20', name: '唇腭裂', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 20 } },
  { code: 'LZ-AMD-21', name: '尿道下裂', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 21 } },
  { code: 'LZ-AMD-22', name: '耐多药结核病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 22 } },
  { code: 'LZ-AMD-23', name: '脑卒中', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 23 } },
  { code: 'LZ-AMD-24', name: '慢性阻塞性肺气肿', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 24 } },
  { code: 'LZ-AMD-25', name: '艾滋病机会感染', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 25 } },
  { code: 'LZ-AMD-26', name: '膀胱癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 26 } },
  { code: 'LZ-AMD-27', name: '卵巢癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 27 } },
  { code: 'LZ-AMD-28', name: '肾癌', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 28 } },
  { code: 'LZ-AMD-29', name: '重型精神疾病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 29 } },
  { code: 'LZ-AMD-30', name: '风湿性心脏病', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 30 } },
  { code: 'LZ-AMD-31', name: '重症肺炎', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 31 } },
  { code: 'LZ-AMD-32', name: '休克', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 32 } },
  { code: 'LZ-AMD-33', name: '急性肾功能衰竭', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 33 } },
  { code: 'LZ-AMD-34', name: '慢性肾功能衰竭', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 34 } },
  { code: 'LZ-AMD-35', name: '人工关节置换术（单侧）', city: 'LANZHOU', source: { document: '000', table: TABLE, row: 35 } },
];
