/**
 * Lanzhou 附表4 城乡居民基本医疗保险重大疾病病种及支付标准 (source 000): 51 numbered
 * entries, eight of which list several diseases (the flattened merged 序号 cell: the
 * numbered line carries the first disease, the following unnumbered lines the others).
 * Every disease is its own row: 'LZ-MD-05' for a plain entry, 'LZ-MD-01-2' for the 2nd
 * disease of entry 1. 支付限额 is in 万元 in the source (1 万元 = 1,000,000 fen); `row` is
 * the table line (1..61), `number` the 序号.
 */
import type { MajorDiseaseEntry } from '../types';

const TABLE = '附表4';

/** 疾病名称, 基本医疗保险支付限额 (万元), 备注 — every line of 附表4. */
export const LANZHOU_MAJOR_DISEASES: readonly MajorDiseaseEntry[] = [
  { code: 'LZ-MD-01-1', number: 1, name: '急性早幼粒白血病', city: 'LANZHOU', annualLimitFen: 6_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-MD-01-2', number: 1, name: '儿童低危急性淋巴细胞白血病', city: 'LANZHOU', annualLimitFen: 12_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-MD-01-3', number: 1, name: '儿童中高危急性淋巴细胞白血病', city: 'LANZHOU', annualLimitFen: 17_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-MD-02-1', number: 2, name: '儿童单纯性先天性心脏病', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-MD-02-2', number: 2, name: '儿童复杂性先天性心脏病', city: 'LANZHOU', annualLimitFen: 3_000_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-MD-03', number: 3, name: '中重度传导性神经性耳聋 (听觉植入, 听力重建)', city: 'LANZHOU', annualLimitFen: 3_000_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 6 } },
  { code: 'LZ-MD-04', number: 4, name: '乳腺肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 7 } },
  { code: 'LZ-MD-05', number: 5, name: '宫颈肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 8 } },
  { code: 'LZ-MD-06', number: 6, name: '重性精神病', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 9 } },
  { code: 'LZ-MD-07', number: 7, name: '血友病', city: 'LANZHOU', annualLimitFen: 3_000_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 10 } },
  { code: 'LZ-MD-08', number: 8, name: '慢性粒细胞白血病', city: 'LANZHOU', annualLimitFen: 15_000_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 11 } },
  { code: 'LZ-MD-09', number: 9, name: '肺部肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 12 } },
  { code: 'LZ-MD-10', number: 10, name: '食道肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 13 } },
  { code: 'LZ-MD-11', number: 11, name: '胃部肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 14 } },
  { code: 'LZ-MD-12', number: 12, name: '急性心肌梗塞(介入)', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 15 } },
  { code: 'LZ-MD-13-1', number: 13, name: '脑梗死', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 16 } },
  { code: 'LZ-MD-13-2', number: 13, name: '脑出血', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 17 } },
  { code: 'LZ-MD-14', number: 14, name: '结肠肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 4_500_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 18 } },
  { code: 'LZ-MD-15', number: 15, name: '直肠肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 19 } },
  { code: 'LZ-MD-16', number: 16, name: '儿童脑瘫', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 20 } },
  { code: 'LZ-MD-17', number: 17, name: '肝肿瘤(器官移植除外)(四级手术)', city: 'LANZHOU', annualLimitFen: 5_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 21 } },
  { code: 'LZ-MD-18', number: 18, name: '胰腺肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 5_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 22 } },
  { code: 'LZ-MD-19', number: 19, name: '恶性淋巴瘤', city: 'LANZHOU', annualLimitFen: 9_750_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 23 } },
  { code: 'LZ-MD-20-1', number: 20, name: '胆囊恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 24 } },
  { code: 'LZ-MD-20-2', number: 20, name: '胆管恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 3_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 25 } },
  { code: 'LZ-MD-21', number: 21, name: '多器官功能障碍综合征(MODS)', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 26 } },
  { code: 'LZ-MD-22', number: 22, name: '肝硬化(失代偿期)', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 27 } },
  { code: 'LZ-MD-23', number: 23, name: '急性重症胰腺炎', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 28 } },
  { code: 'LZ-MD-24', number: 24, name: '甲状腺肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 29 } },
  { code: 'LZ-MD-25', number: 25, name: '卵巢恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 30 } },
  { code: 'LZ-MD-26', number: 26, name: '脑肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 7_500_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 31 } },
  { code: 'LZ-MD-27', number: 27, name: '前列腺肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 32 } },
  { code: 'LZ-MD-28', number: 28, name: '骨与软组织恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 9_750_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 33 } },
  { code: 'LZ-MD-29', number: 29, name: '子宫内膜恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 34 } },
  { code: 'LZ-MD-30', number: 30, name: '先天性心脏病(成人)(四级手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 35 } },
  { code: 'LZ-MD-31', number: 31, name: '膀胱肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 6_000_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 36 } },
  { code: 'LZ-MD-32-1', number: 32, name: '主动脉夹层和主动脉瘤(介入)', city: 'LANZHOU', annualLimitFen: 11_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 37 } },
  { code: 'LZ-MD-32-2', number: 32, name: '单侧下肢动脉硬化闭塞症(介入)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 38 } },
  { code: 'LZ-MD-32-3', number: 32, name: '下肢静脉血栓形成和/或 合并肺栓塞(介入)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 39 } },
  { code: 'LZ-MD-33', number: 33, name: '极低出生体重儿', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 40 } },
  { code: 'LZ-MD-34', number: 34, name: '超极低出生体重儿', city: 'LANZHOU', annualLimitFen: 6_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 41 } },
  { code: 'LZ-MD-35', number: 35, name: '重症肺炎', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 42 } },
  { code: 'LZ-MD-36', number: 36, name: '休克', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 43 } },
  { code: 'LZ-MD-37', number: 37, name: '儿童哮喘持续状态', city: 'LANZHOU', annualLimitFen: 750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 44 } },
  { code: 'LZ-MD-38', number: 38, name: '妊娠期高血压疾病(子痫前期重度)', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 45 } },
  { code: 'LZ-MD-39', number: 39, name: '产后出血(介入手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 46 } },
  { code: 'LZ-MD-40-1', number: 40, name: '胎盘植入', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 47 } },
  { code: 'LZ-MD-40-2', number: 40, name: '完全性前置胎盘', city: 'LANZHOU', annualLimitFen: 750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 48 } },
  { code: 'LZ-MD-41-1', number: 41, name: '急性肾功能衰竭', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 49 } },
  { code: 'LZ-MD-41-2', number: 41, name: '慢性肾功能衰竭', city: 'LANZHOU', annualLimitFen: 4_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 50 } },
  { code: 'LZ-MD-42', number: 42, name: '机会感染性艾滋病', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 51 } },
  { code: 'LZ-MD-43', number: 43, name: '肾脏肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 52 } },
  { code: 'LZ-MD-44', number: 44, name: '妊娠期血小板减少症', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 53 } },
  { code: 'LZ-MD-45-1', number: 45, name: '人工关节置换术(单侧)', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 54 } },
  { code: 'LZ-MD-45-2', number: 45, name: '人工关节置换术(双侧)', city: 'LANZHOU', annualLimitFen: 7_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 55 } },
  { code: 'LZ-MD-46', number: 46, name: '病毒性脑炎(重症)', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 56 } },
  { code: 'LZ-MD-47', number: 47, name: '化脓性脑膜炎(重症)', city: 'LANZHOU', annualLimitFen: 1_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 57 } },
  { code: 'LZ-MD-48', number: 48, name: '头颈部恶性肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 4_500_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 58 } },
  { code: 'LZ-MD-49', number: 49, name: '肾上腺肿瘤(四级手术)', city: 'LANZHOU', annualLimitFen: 2_250_000, notes: '包括普通放、化疗, 累计/年', source: { document: '000', table: TABLE, row: 59 } },
  { code: 'LZ-MD-50', number: 50, name: '新生儿先天性消化道畸形', city: 'LANZHOU', annualLimitFen: 3_750_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 60 } },
  { code: 'LZ-MD-51', number: 51, name: '结核性脑膜炎', city: 'LANZHOU', annualLimitFen: 4_500_000, notes: '累计/年', source: { document: '000', table: TABLE, row: 61 } },
];
