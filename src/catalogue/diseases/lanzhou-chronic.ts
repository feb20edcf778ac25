/**
 * Lanzhou 门诊慢特病 (chronic and special outpatient diseases), source 000: the employee
 * table (36 diseases, §二(二)1(3)①) and the resident table (45 diseases, §二(二)1(2)), each
 * row with its 待遇支付年限 and 年度最高支付限额; plus the 两病 outpatient limits
 * (§二(二)1(3) of the resident part) and the two-disease cap rule.
 *
 * The guide numbers both the employee part and the resident part '二、', so the section
 * labels below name the part too. For inline tables `row` is the table's 序号 (or its line);
 * for prose it is the paragraph within the section, tables not counted.
 */
import type { ChronicDiseaseEntry } from '../types';
import type { MultipleChronicDiseaseRule, TwoDiseaseLimit } from './types';

const EMPLOYEE_TABLE = '§二(二)1(3) 职工门诊慢特病';
const RESIDENT_TABLE = '§二(二)1(2) 城乡居民门诊慢特病';
const TWO_DISEASE_TABLE = '§二(二)1(3) 城乡居民“两病”门诊';

/** 职工门诊慢特病: 病种, 待遇支付年限（年）, 年度最高支付限额（元/年）; 无封顶限额 = null. */
export const LANZHOU_EMPLOYEE_CHRONIC: readonly ChronicDiseaseEntry[] = [
  { code: 'LZ-EC-01', name: '恶性肿瘤放疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 2_875_000, validityYears: 1, source: { document: '000', table: EMPLOYEE_TABLE, row: 1 } },
  { code: 'LZ-EC-02', name: '恶性肿瘤膀胱灌注化疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 770_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 2 } },
  { code: 'LZ-EC-03', name: '乳腺癌或前列腺癌内分泌治疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 1_350_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 3 } },
  { code: 'LZ-EC-04', name: '抗肿瘤药物治疗及相关检查', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 660_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 4 } },
  { code: 'LZ-EC-05', name: '器官移植抗排异治疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: null, validityYears: 10, notes: '年度最高支付限额：无封顶限额', source: { document: '000', table: EMPLOYEE_TABLE, row: 5 } },
  { code: 'LZ-EC-06', name: '慢性肾衰竭透析治疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: null, validityYears: 10, notes: '年度最高支付限额：无封顶限额', source: { document: '000', table: EMPLOYEE_TABLE, row: 6 } },
  { code: 'LZ-EC-07', name: '慢性肾衰竭（非透析阶段）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 910_000, validityYears: 3, source: { document: '000', table: EMPLOYEE_TABLE, row: 7 } },
  { code: 'LZ-EC-08', name: '糖尿病伴慢性并发症', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 410_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 8 } },
  { code: 'LZ-EC-09', name: '原发性高血压（有合并症者）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 340_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 9 } },
  { code: 'LZ-EC-10', name: '类风湿性关节炎（活动期）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 290_000, validityYears: 3, source: { document: '000', table: EMPLOYEE_TABLE, row: 10 } },
  { code: 'LZ-EC-11', name: '慢性活动性病毒性肝炎、自身免疫性肝炎、胆汁淤积性肝炎、肝硬化（失代偿期）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 580_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 11 } },
  { code: 'LZ-EC-12', name: '血友病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 6_000_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 12 } },
  { code: 'LZ-EC-13', name: '再生障碍性贫血', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 570_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 13 } },
  { code: 'LZ-EC-14', name: '肝豆状核变性', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 830_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 14 } },
  { code: 'LZ-EC-15', name: '癫痫', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 300_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 15 } },
  { code: 'LZ-EC-16', name: '脑血管意外（脑出血、脑梗塞）后遗症期', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 650_000, validityYears: 3, source: { document: '000', table: EMPLOYEE_TABLE, row: 16 } },
  { code: 'LZ-EC-17', name: '强直性脊柱炎', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 720_000, validityYears: 3, source: { document: '000', table: EMPLOYEE_TABLE, row: 17 } },
  { code: 'LZ-EC-18', name: '重症帕金森氏病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 370_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 18 } },
  { code: 'LZ-EC-19', name: '冠心病介入治疗术后', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 500_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 19 } },
  { code: 'LZ-EC-20', name: '慢性心力衰竭（除外肺心病所致）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 450_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 20 } },
  { code: 'LZ-EC-21', name: '心脏瓣膜置换术后抗凝治疗', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 240_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 21 } },
  { code: 'LZ-EC-22', name: '慢性肺源性心脏病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 450_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 22 } },
  { code: 'LZ-EC-23', name: '支气管哮喘（急性发作期）', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 270_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 23 } },
  { code: 'LZ-EC-24', name: '重型系统性红斑狼疮', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 380_000, validityYears: 3, source: { document: '000', table: EMPLOYEE_TABLE, row: 24 } },
  { code: 'LZ-EC-25', name: '甲状腺功能亢进症', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 310_000, validityYears: 2, source: { document: '000', table: EMPLOYEE_TABLE, row: 25 } },
  { code: 'LZ-EC-26', name: '耐药性结核病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 710_000, validityYears: 1, source: { document: '000', table: EMPLOYEE_TABLE, row: 26 } },
  { code: 'LZ-EC-27', name: '重症肌无力', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 550_000, validityYears: 5, source: { document: '000', table: EMPLOYEE_TABLE, row: 27 } },
  { code: 'LZ-EC-28', name: '包虫病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 110_000, validityYears: 1, source: { document: '000', table: EMPLOYEE_TABLE, row: 28 } },
  { code: 'LZ-EC-29', name: '精神分裂症', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 330_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 29 } },
  { code: 'LZ-EC-30', name: '分裂情感性障碍', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 320_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 30 } },
  { code: 'LZ-EC-31', name: '偏执型精神病', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 330_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 31 } },
  { code: 'LZ-EC-32', name: '心境障碍(抑郁症)', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 320_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 32 } },
  { code: 'LZ-EC-33', name: '心境障碍(躁狂症)', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 320_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 33 } },
  { code: 'LZ-EC-34', name: '心境障碍(双相情感障碍)', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 320_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 34 } },
  { code: 'LZ-EC-35', name: '器质性精神障碍(癫痫所致精神障碍)', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 330_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 35 } },
  { code: 'LZ-EC-36', name: '精神发育迟滞伴发精神障碍', city: 'LANZHOU', scheme: 'EMPLOYEE', annualLimitFen: 330_000, validityYears: 10, source: { document: '000', table: EMPLOYEE_TABLE, row: 36 } },
];

/** 城乡居民门诊慢特病: 病种, 待遇支付年限（年）, 年度最高支付限额（元/年）. */
export const LANZHOU_RESIDENT_CHRONIC: readonly ChronicDiseaseEntry[] = [
  { code: 'LZ-RC-01', name: '恶性肿瘤放化疗', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 2_000_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 1 } },
  { code: 'LZ-RC-02', name: '恶性肿瘤膀胱灌注化疗', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 360_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 2 } },
  { code: 'LZ-RC-03', name: '乳腺癌或前列腺癌内分泌治疗', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 700_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 3 } },
  { code: 'LZ-RC-04', name: '抗肿瘤药物治疗及相关检查', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 120_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 4 } },
  { code: 'LZ-RC-05', name: '白血病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 2_000_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 5 } },
  { code: 'LZ-RC-06', name: '器官移植抗排异治疗', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 7_000_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 6 } },
  { code: 'LZ-RC-07', name: '慢性肾衰竭透析治疗', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 7_000_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 7 } },
  { code: 'LZ-RC-08', name: '慢性肾功能不全（非透析阶段）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 450_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 8 } },
  { code: 'LZ-RC-09', name: '糖尿病伴并发症', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 9 } },
  { code: 'LZ-RC-10', name: '原发性高血压（有合并症者）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 10 } },
  { code: 'LZ-RC-11', name: '类风湿性关节炎（活动期）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 3, source: { document: '000', table: RESIDENT_TABLE, row: 11 } },
  { code: 'LZ-RC-12', name: '慢性活动性肝炎', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 3, source: { document: '000', table: RESIDENT_TABLE, row: 12 } },
  { code: 'LZ-RC-13', name: '失代偿期肝硬化', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 450_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 13 } },
  { code: 'LZ-RC-14', name: '血友病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 6_000_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 14 } },
  { code: 'LZ-RC-15', name: '再生障碍性贫血', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 1_000_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 15 } },
  { code: 'LZ-RC-16', name: '肝豆状核变性', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 16 } },
  { code: 'LZ-RC-17', name: '癫痫', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 17 } },
  { code: 'LZ-RC-18', name: '脑血管意外（脑出血、脑梗塞）后遗症期', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 3, source: { document: '000', table: RESIDENT_TABLE, row: 18 } },
  { code: 'LZ-RC-19', name: '强直性脊椎炎', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 500_000, validityYears: 3, source: { document: '000', table: RESIDENT_TABLE, row: 19 } },
  { code: 'LZ-RC-20', name: '苯丙酮尿症', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 1_400_000, validityYears: null, notes: '待遇支付年限 cell is empty in the source', source: { document: '000', table: RESIDENT_TABLE, row: 20 } },
  { code: 'LZ-RC-21', name: '心脏病并发心功能不全', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 350_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 21 } },
  { code: 'LZ-RC-22', name: '大骨节病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 22 } },
  { code: 'LZ-RC-23', name: '布鲁氏菌病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 23 } },
  { code: 'LZ-RC-24', name: '慢性阻塞性肺气肿及肺心病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 24 } },
  { code: 'LZ-RC-25', name: '脑瘫', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 1_000_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 25 } },
  { code: 'LZ-RC-26', name: '系统性红斑狼疮', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 1_000_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 26 } },
  { code: 'LZ-RC-27', name: '甲状腺功能亢进症（甲亢）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 27 } },
  { code: 'LZ-RC-28', name: '耐药性结核病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 300_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 28 } },
  { code: 'LZ-RC-29', name: '重症肌无力', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 500_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 29 } },
  { code: 'LZ-RC-30', name: '包虫病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 100_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 30 } },
  { code: 'LZ-RC-31', name: '精神分裂症', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 31 } },
  { code: 'LZ-RC-32', name: '分裂情感性障碍', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 32 } },
  { code: 'LZ-RC-33', name: '偏执型精神病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 33 } },
  { code: 'LZ-RC-34', name: '心境障碍（抑郁症）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 34 } },
  { code: 'LZ-RC-35', name: '心境障碍（躁狂症）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 35 } },
  { code: 'LZ-RC-36', name: '心境障碍（双相情感障碍）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 36 } },
  { code: 'LZ-RC-37', name: '器质性精神障碍（癫痫所致精神障碍）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 37 } },
  { code: 'LZ-RC-38', name: '精神发育迟滞伴发精神障碍', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 144_000, validityYears: 10, source: { document: '000', table: RESIDENT_TABLE, row: 38 } },
  { code: 'LZ-RC-39', name: '克山病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 39 } },
  { code: 'LZ-RC-40', name: '普通肺结核', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 1, source: { document: '000', table: RESIDENT_TABLE, row: 40 } },
  { code: 'LZ-RC-41', name: '黑热病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 41 } },
  { code: 'LZ-RC-42', name: '克汀病（成人为二度以上甲状腺肿大）', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 42 } },
  { code: 'LZ-RC-43', name: '氟骨病', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 43 } },
  { code: 'LZ-RC-44', name: '砷中毒', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 5, source: { document: '000', table: RESIDENT_TABLE, row: 44 } },
  { code: 'LZ-RC-45', name: '疟疾', city: 'LANZHOU', scheme: 'RESIDENT', annualLimitFen: 200_000, validityYears: 2, source: { document: '000', table: RESIDENT_TABLE, row: 45 } },
];

/**
 * 高血压、糖尿病“两病”门诊 (residents): 封顶线 400 元/年 and 800 元/年 (row 6), 合并“高血压”和
 * “糖尿病”年度最高支付限额为 1200 元 (row 7), 待遇支付年限 5 年 (row 8).
 */
export const LANZHOU_TWO_DISEASE_LIMITS: readonly TwoDiseaseLimit[] = [
  { diseases: ['HYPERTENSION'], name: '高血压', city: 'LANZHOU', annualLimitFen: 40_000, validityYears: 5, source: { document: '000', table: TWO_DISEASE_TABLE, row: 6 } },
  { diseases: ['DIABETES'], name: '糖尿病', city: 'LANZHOU', annualLimitFen: 80_000, validityYears: 5, source: { document: '000', table: TWO_DISEASE_TABLE, row: 6 } },
  {
    diseases: ['HYPERTENSION', 'DIABETES'], name: '合并“高血压”和“糖尿病”', city: 'LANZHOU', annualLimitFen: 120_000, validityYears: 5,
    source: { document: '000', table: TWO_DISEASE_TABLE, row: 7 },
  },
];

/**
 * 患多个疾病的参保人员, 最多可同时申办两个门诊慢特病病种: the cap is the higher of the two
 * diseases' caps plus 500 元 (employee clause); the resident part's 注 says its other rules are
 * the employee ones (与职工基本医疗保险相同).
 */
export const LANZHOU_MULTIPLE_CHRONIC_RULE: MultipleChronicDiseaseRule = {
  city: 'LANZHOU',
  schemes: ['EMPLOYEE', 'RESIDENT'],
  maxApprovedDiseases: 2,
  extraLimitFen: 50_000,
  text: '患多个疾病的参保人员，最多可同时申办两个门诊慢特病病种，年度最高支付限额在两个病种中就高支付限额标准的基础上增加 500 元。',
  sources: [
    { document: '000', table: EMPLOYEE_TABLE, row: 2 },
    { document: '000', table: RESIDENT_TABLE, row: 2 },
  ],
};
