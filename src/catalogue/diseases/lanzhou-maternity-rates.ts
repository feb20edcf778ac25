/**
 * Lanzhou 附表3-1 生育保险省外异地计划生育项目和生育医疗待遇报销支付标准 (source 000): the
 * 单病种定额标准 by institution level (三级及专科 / 二级) used for care out of the province: below
 * the rate the actual cost is paid, above it the rate (§二(二)3 生育保险). Rows 1-2 give one
 * rate with the 二级 cell empty (outpatient items, a single 定额 in §二(二)3); row 10 is a
 * surcharge on the corresponding rate.
 */
import type { MaternityFixedRateEntry } from './types';

const TABLE = '附表3-1';

/** 病种 and its 定额标准 (元 in the source, fen here). */
export const LANZHOU_MATERNITY_FIXED_RATES: readonly MaternityFixedRateEntry[] = [
  { code: 'LZ-MAT-01', number: 1, name: '人工流产', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 26_000 }, notes: '二级 cell empty in the source: one rate for every level (门诊 计划生育项目 按照病种定额报销, §二(二)3)', source: { document: '000', table: TABLE, row: 1 } },
  { code: 'LZ-MAT-02', number: 2, name: '放环、取环', city: 'LANZHOU', rate: { kind: 'SINGLE', rateFen: 20_000 }, notes: '二级 cell empty in the source: one rate for every level (门诊 计划生育项目 按照病种定额报销, §二(二)3)', source: { document: '000', table: TABLE, row: 2 } },
  { code: 'LZ-MAT-03', number: 3, name: '16周以内引产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 150_000, secondaryFen: 120_000 }, source: { document: '000', table: TABLE, row: 3 } },
  { code: 'LZ-MAT-04', number: 4, name: '16周以上引产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 270_000, secondaryFen: 190_000 }, source: { document: '000', table: TABLE, row: 4 } },
  { code: 'LZ-MAT-05', number: 5, name: '正常产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 290_000, secondaryFen: 220_000 }, source: { document: '000', table: TABLE, row: 5 } },
  { code: 'LZ-MAT-06', number: 6, name: '难产接生', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 330_000, secondaryFen: 250_000 }, source: { document: '000', table: TABLE, row: 6 } },
  { code: 'LZ-MAT-07', number: 7, name: '双胞胎接生', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 340_000, secondaryFen: 260_000 }, source: { document: '000', table: TABLE, row: 7 } },
  { code: 'LZ-MAT-08', number: 8, name: '剖宫产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 490_000, secondaryFen: 390_000 }, source: { document: '000', table: TABLE, row: 8 } },
  { code: 'LZ-MAT-09', number: 9, name: '二次剖宫产', city: 'LANZHOU', rate: { kind: 'BY_LEVEL', tertiaryFen: 520_000, secondaryFen: 410_000 }, source: { document: '000', table: TABLE, row: 9 } },
  { code: 'LZ-MAT-10', number: 10, name: '剖宫产双胞胎', city: 'LANZHOU', rate: { kind: 'SURCHARGE', tertiaryFen: 50_000, secondaryFen: 40_000 }, notes: '在相应定额的基础上，三级医疗机构增加 500 元，二级医疗机构增加 400 元', source: { document: '000', table: TABLE, row: 10 } },
];
