/**
 * Lanzhou maternity procedures (生育保险, source 000). Rows 1-10 are 附表3-1 生育保险省外异地计划生育
 * 项目和生育医疗待遇报销支付标准: the 单病种定额标准 by institution level (三级及专科 / 二级) used for care out
 * of the province: below the rate the actual cost is paid, above it the rate (§二(二)3 生育保险).
 * Rows 1-2 give one rate with the 二级 cell empty (outpatient items, a single 定额 in §二(二)3);
 * row 10 is a surcharge on the corresponding rate. Rows 11-15 are the further items of the
 * §二(二)3 table, so that every maternity claim names its procedure: 产前检查费 (定额 1000),
 * 产前疾病筛查 (报销标准 160), and the family-planning stays 附表3-1 does not price (settled by item).
 */
import type { MaternityFixedRateEntry } from './types';

const TABLE = '附表3-1';
const SECTION = '§二(二)3';
const ONE_RATE = '二级 cell empty in the source: one rate for every level (门诊 计划生育项目 按照病种定额报销, §二(二)3)';
const NO_RATE = '住院计划生育项目 (§二(二)3) with no 定额 in 附表3-1: settled by item (按项目), also out of the province';

/** 病种 and its 定额标准 (元 in the source, fen here). */
export const LANZHOU_MATERNITY_FIXED_RATES: readonly MaternityFixedRateEntry[] = [
  { code: 'LZ-MAT-01', number: 1, name: '人工流产', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 26_000 }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_OUTPATIENT'], notes: ONE_RATE, source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-MAT-02', number: 2, name: '放环、取环', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 20_000 }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_OUTPATIENT'], notes: ONE_RATE, source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-MAT-03', number: 3, name: '16周以内引产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 150_000, secondaryFen: 120_000 }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-MAT-04', number: 4, name: '16周以上引产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 270_000, secondaryFen: 190_000 }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-MAT-05', number: 5, name: '正常产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 290_000, secondaryFen: 220_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-MAT-06', number: 6, name: '难产接生', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 330_000, secondaryFen: 250_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 6 } },
  { code: 'LZ-MAT-07', number: 7, name: '双胞胎接生', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 340_000, secondaryFen: 260_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 7 } },
  { code: 'LZ-MAT-08', number: 8, name: '剖宫产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 490_000, secondaryFen: 390_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 8 } },
  { code: 'LZ-MAT-09', number: 9, name: '二次剖宫产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 520_000, secondaryFen: 410_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], source: { document: '000', table: TABLE, row: 9 } },
  { code: 'LZ-MAT-10', number: 10, name: '剖宫产双胞胎', city: 'LANZHOU', rate: { kind: 'SURCHARGE', tertiaryFen: 50_000, secondaryFen: 40_000 }, benefit: 'DELIVERY', visitTypes: ['MATERNITY_INPATIENT'], notes: '在相应定额的基础上，三级医疗机构增加 500 元，二级医疗机构增加 400 元 (the corresponding rate: 剖宫产, row 8)', source: { document: '000', table: TABLE, row: 10 } },
  { code: 'LZ-MAT-11', number: 11, name: '产前检查费', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 100_000 }, benefit: 'ANTENATAL_CARE', visitTypes: ['MATERNITY_OUTPATIENT'], notes: '参保女职工 定额 1000 元 (§二(二)3), not in 附表3-1', source: { document: '000', table: SECTION, row: 1 } },
  { code: 'LZ-MAT-12', number: 12, name: '产前疾病筛查', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 16_000 }, benefit: 'PRENATAL_SCREENING', visitTypes: ['MATERNITY_OUTPATIENT'], notes: '参保女职工 报销标准 160 元, in Lanzhou at the 5 named hospitals (§二(二)3), not in 附表3-1', source: { document: '000', table: SECTION, row: 2 } },
  { code: 'LZ-MAT-13', number: 13, name: '绝育术', city: 'LANZHOU', rate: { kind: 'BY_ITEM' }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'], notes: NO_RATE, source: { document: '000', table: SECTION, row: 3 } },
  { code: 'LZ-MAT-14', number: 14, name: '输卵管（输精管）吻合术', city: 'LANZHOU', rate: { kind: 'BY_ITEM' }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'], notes: NO_RATE, source: { document: '000', table: SECTION, row: 3 } },
  { code: 'LZ-MAT-15', number: 15, name: '嵌顿取环', city: 'LANZHOU', rate: { kind: 'BY_ITEM' }, benefit: 'FAMILY_PLANNING', visitTypes: ['MATERNITY_INPATIENT'], notes: NO_RATE, source: { document: '000', table: SECTION, row: 3 } },
];
