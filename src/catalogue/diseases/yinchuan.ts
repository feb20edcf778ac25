/**
 * Yinchuan 门诊慢特病相关治疗费用跨省直接结算试点病种支付限额 (source 002 §一(二)2): the national
 * chronic-disease codes with 病种类别, 病种名称, 职工最高支付限额 and 居民最高支付限额 (元; 无 = no
 * cap). The extraction breaks the table into lines; rows 5-10 (器官移植抗排异治疗) share one
 * merged 病种类别 cell and one merged limit pair (无 / 28000), applied here to each of them. The
 * source gives no 待遇支付年限. Codes are the national codes, unique within a scheme.
 */
import type { NationalChronicDiseaseEntry } from './types';

const TABLE = '§一(二)2 试点病种支付限额';

/** 职工最高支付限额 by national code. */
export const YINCHUAN_EMPLOYEE_CHRONIC: readonly NationalChronicDiseaseEntry[] = [
  {
    code: 'M03900', category: '高血压', name: '高血压', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: 350_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 1 },
  },
  {
    code: 'M01600', category: '糖尿病', name: '糖尿病', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: 350_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 2 },
  },
  {
    code: 'M00500', category: '恶性肿瘤门诊治疗', name: '恶性肿瘤门诊治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无',
    source: { document: '002', table: TABLE, row: 3 },
  },
  {
    code: 'M07801', category: '慢性肾功能衰竭', name: '透析', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无',
    source: { document: '002', table: TABLE, row: 4 },
  },
  {
    code: 'M08301', category: '器官移植抗排异治疗', name: '肾移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 5 },
  },
  {
    code: 'M08302', category: '器官移植抗排异治疗', name: '骨髓移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 6 },
  },
  {
    code: 'M08303', category: '器官移植抗排异治疗', name: '心移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 7 },
  },
  {
    code: 'M08304', category: '器官移植抗排异治疗', name: '肝移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 8 },
  },
  {
    code: 'M08305', category: '器官移植抗排异治疗', name: '肺移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 9 },
  },
  {
    code: 'M08306', category: '器官移植抗排异治疗', name: '肝肾移植抗排异治疗', city: 'YINCHUAN', scheme: 'EMPLOYEE',
    annualLimitFen: null, validityYears: null, notes: '最高支付限额：无; 病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 10 },
  },
];

/** 居民最高支付限额 by national code. */
export const YINCHUAN_RESIDENT_CHRONIC: readonly NationalChronicDiseaseEntry[] = [
  {
    code: 'M03900', category: '高血压', name: '高血压', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 240_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 1 },
  },
  {
    code: 'M01600', category: '糖尿病', name: '糖尿病', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 240_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 2 },
  },
  {
    code: 'M00500', category: '恶性肿瘤门诊治疗', name: '恶性肿瘤门诊治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 1_300_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 3 },
  },
  {
    code: 'M07801', category: '慢性肾功能衰竭', name: '透析', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_000_000, validityYears: null,
    source: { document: '002', table: TABLE, row: 4 },
  },
  {
    code: 'M08301', category: '器官移植抗排异治疗', name: '肾移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 5 },
  },
  {
    code: 'M08302', category: '器官移植抗排异治疗', name: '骨髓移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 6 },
  },
  {
    code: 'M08303', category: '器官移植抗排异治疗', name: '心移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 7 },
  },
  {
    code: 'M08304', category: '器官移植抗排异治疗', name: '肝移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 8 },
  },
  {
    code: 'M08305', category: '器官移植抗排异治疗', name: '肺移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 9 },
  },
  {
    code: 'M08306', category: '器官移植抗排异治疗', name: '肝肾移植抗排异治疗', city: 'YINCHUAN', scheme: 'RESIDENT',
    annualLimitFen: 2_800_000, validityYears: null, notes: '病种类别 and 支付限额 cells merged across rows 5-10',
    source: { document: '002', table: TABLE, row: 10 },
  },
];
