/**
 * Policy pack `lanzhou-2024`: Lanzhou's basic medical insurance, medical assistance and
 * remote-care rules as the July 2024 policy guide (source 000) and the employee outpatient
 * mutual-aid rules (source 001) state them, read as settlement-rules.md §1 fixes.
 *
 * Clause labels: the guide numbers its resident part "二、" a second time; here, as in
 * settlement-rules.md, the resident part is §三 and the later parts keep their own numbers.
 * Disease caps, limits and validity years come from src/catalogue (one source of truth).
 */
import {
  LANZHOU_ASSISTANCE_MAJOR_DISEASES, LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_MAJOR_DISEASES,
  LANZHOU_MULTIPLE_CHRONIC_RULE, LANZHOU_RESIDENT_CHRONIC, LANZHOU_TCM_DAY_CLINIC_DISEASES,
  LANZHOU_TWO_DISEASE_LIMITS,
} from '../catalogue/diseases';
import type { ChronicDiseaseEntry } from '../catalogue/types';
import type { InstitutionLevel } from '../domain';
import { LANZHOU_ELIGIBILITY } from './lanzhou-eligibility';
import { LANZHOU_MATERNITY_PARAMETERS } from './lanzhou-maternity';
import type { ChronicRule, LanzhouPack, LanzhouParameters } from './lanzhou-parameters';

const GUIDE = '2024-01-01';
const OP_RULES = '2023-01-01';

const STAY_LEVELS: InstitutionLevel[] = ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A'];
const DAY_LEVELS: InstitutionLevel[] = ['SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A'];
const HOSPITAL_LEVELS: InstitutionLevel[] = ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'UNRATED'];
const EVERY_LEVEL: InstitutionLevel[] = [...HOSPITAL_LEVELS, 'PHARMACY'];

/** The catalogue row with exactly this name; the pack refuses to build without it. */
function codeOf(table: readonly { code: string; name: string }[], name: string): string {
  const row = table.find((r) => r.name === name);
  if (!row) throw new Error(`lanzhou pack: no catalogue disease named ${name}`);
  return row.code;
}

/** A chronic table with the pool rate of each disease (special rates found by name). */
function chronicRules(table: readonly ChronicDiseaseEntry[], special: Record<string, number>, defaultBp: number): ChronicRule[] {
  for (const name of Object.keys(special)) codeOf(table, name);
  return table.map((e) => ({
    code: e.code, name: e.name, annualLimitFen: e.annualLimitFen, validityYears: e.validityYears,
    rateBp: special[e.name] ?? defaultBp,
  }));
}

export const LANZHOU_2024_PARAMETERS: LanzhouParameters = {
  ...LANZHOU_ELIGIBILITY,
  ...LANZHOU_MATERNITY_PARAMETERS,
  policyShareBp: {
    value: { CLASS_A: 10_000, CLASS_B: 9_000, SELF_PAY: 0 },
    effectiveFrom: GUIDE, source: '000 §一(二)1',
    description: { zh: '甲类项目的100%及乙类项目的90%纳入基本医疗保障范围', en: 'Share of each fee category inside the policy amount: class A 100%, class B 90%, self-pay 0%' },
  },
  negotiatedStayPreSelfPayBp: {
    value: { EMPLOYEE: 2_800, RESIDENT: 1_000, RETIRED_CADRE: 2_800 },
    effectiveFrom: GUIDE, source: '000 §二(二)1(5), §三(二)1(5)',
    description: { zh: '住院使用单独支付管理谈判药品和竞价药品：职工个人先行自付28%，居民10%（离休干部按职工）', en: 'Negotiated drug used in a stay: pre-self-pay share, employee 28%, resident 10% (retired cadres as employees)' },
    reading: 'Retired cadres: 000 §七 pays the policy amount in full without saying what it is for negotiated drugs; the employee share (28% outside the policy amount) is applied, as cadres were employees.',
  },
  openVisitTypes: {
    value: {
      EMPLOYEE: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT', 'DAY_SURGERY', 'NEGOTIATED_DRUG_OUTPATIENT', 'TCM_DAY_CLINIC'],
      RESIDENT: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'TWO_DISEASE_OUTPATIENT', 'INPATIENT', 'DAY_SURGERY', 'NEGOTIATED_DRUG_OUTPATIENT', 'TCM_DAY_CLINIC'],
      RETIRED_CADRE: ['OUTPATIENT', 'INPATIENT', 'DAY_SURGERY'],
    },
    effectiveFrom: GUIDE, source: '000 §二(二)1, §二(二)1(2)备注2, §三(二)1, §七; 001 第八条',
    description: { zh: '各险种的就诊类型（两病门诊为居民待遇；职工中医药日间诊疗纳入普通门诊统筹；离休干部为门诊、住院及日间手术）', en: 'Visit types of each scheme (two-disease outpatient is a resident benefit; employees\' TCM day clinic settles as general outpatient; retired cadres: outpatient, stays and day surgery)' },
  },
  allowedLevels: {
    value: {
      EMPLOYEE: {
        OUTPATIENT: ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'PHARMACY'],
        CHRONIC_OUTPATIENT: EVERY_LEVEL,
        INPATIENT: STAY_LEVELS,
        DAY_SURGERY: DAY_LEVELS,
        NEGOTIATED_DRUG_OUTPATIENT: EVERY_LEVEL,
        TCM_DAY_CLINIC: ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A'],
      },
      RESIDENT: {
        OUTPATIENT: ['PRIMARY', 'SECONDARY'],
        CHRONIC_OUTPATIENT: EVERY_LEVEL,
        TWO_DISEASE_OUTPATIENT: HOSPITAL_LEVELS,
        INPATIENT: STAY_LEVELS,
        DAY_SURGERY: DAY_LEVELS,
        NEGOTIATED_DRUG_OUTPATIENT: EVERY_LEVEL,
        TCM_DAY_CLINIC: ['PRIMARY'],
      },
      RETIRED_CADRE: {
        OUTPATIENT: EVERY_LEVEL,
        INPATIENT: STAY_LEVELS,
        DAY_SURGERY: DAY_LEVELS,
      },
    },
    effectiveFrom: GUIDE, source: '000 §二(二)1(2)(4)(6), §三(二)1(1)(3)(7)②',
    description: {
      zh: '各就诊类型可结算的机构级别：职工普通门诊一至三级及定点零售药店；居民普通门诊二级及以下；日间手术二级及以上；居民中医药日间诊疗为基层机构；职工中医药日间诊疗按普通门诊统筹（定点机构名单见附表5-2，已知机构时核对）',
      en: 'Institution levels per visit type: employee outpatient primary to tertiary and pharmacies; resident outpatient secondary or below; day surgery secondary or above; resident TCM day clinic at primary institutions; employee TCM day clinic as general outpatient (the centres of 附表5-2 are checked when the institution is known)',
    },
  },
  ungradedTertiaryStayLevel: {
    value: 'TERTIARY_A',
    effectiveFrom: GUIDE, source: '000 §二(二)1(4), §三(二)1(4)',
    description: { zh: '未注明甲乙等的三级医院住院按三级甲等的起付标准和比例结算', en: 'A stay at a tertiary hospital of unknown grade settles as grade A (higher deductible, lower resident rate)' },
    reading: 'The tables only price 三级乙等 and 三级甲等; the conservative grade is assumed.',
  },
  unratedHospitalLevel: {
    value: 'TERTIARY_A',
    effectiveFrom: GUIDE, source: '000 §二(二)1(2)(4)(6), §三(二)1(4)(6), 附表2-2',
    description: {
      zh: '等级不详（民营或未定级）的定点医疗机构，需按等级结算的就诊按三级甲等结算',
      en: 'A designated hospital of unknown level (private or not rated) is settled as tertiary grade A where the visit type needs a level',
    },
    reading: 'The guide prices stays and day surgery by level only (一级/二级/三乙/三甲) yet designates hospitals it lists as 民营 (附表2-2 rows 33-34) '
      + 'or gives no level for; the level with the highest deductible and lowest resident rate is assumed, so an estimate never overstates the fund, '
      + 'and the settlement lists the assumption. The administrator records the real level (updateInstitution).',
  },
  stayDeductibleStepsBp: {
    value: [10_000, 8_000, 6_000, 5_000],
    effectiveFrom: GUIDE, source: '000 §二(二)1(4), §三(二)1(4)',
    description: { zh: '从第二次住院起，起付标准依次递减20%，最低递减至50%', en: 'Deductible of the 1st, 2nd, 3rd and later stays of the year: 100%, 80%, 60%, 50%' },
    reading: '"依次递减20%, 最低至50%" as steps of 20 points of the full deductible, floor 50%.',
  },
  employeeStayDeductibleFen: {
    value: { PRIMARY: 20_000, SECONDARY: 40_000, TERTIARY_B: 60_000, TERTIARY_A: 100_000 },
    effectiveFrom: GUIDE, source: '000 §二(二)1(4)',
    description: { zh: '职工住院起付标准：一级及社区200元，二级400元，三级乙等600元，三级甲等1000元', en: 'Employee stay deductible: primary 200, secondary 400, tertiary B 600, tertiary A 1,000 yuan' },
  },
  employeeStayBands: {
    value: [
      { fromFen: 0, toFen: 1_000_000, activeBp: 9_400, retiredBp: 9_500 },
      { fromFen: 1_000_000, toFen: 2_000_000, activeBp: 9_600, retiredBp: 9_700 },
      { fromFen: 2_000_000, toFen: 6_000_000, activeBp: 9_800, retiredBp: 9_900 },
    ],
    effectiveFrom: GUIDE, source: '000 §二(二)1(4)',
    description: { zh: '起付标准以上分段报销：0-1万元94%/95%，1-2万元96%/97%，2-6万元98%/99%（在职/退休）', en: 'Bands on the year\'s cumulative eligible amount: 0-10,000 94%/95%, 10,000-20,000 96%/97%, 20,000-60,000 98%/99% (active/retired)' },
  },
  employeeStayLimit: {
    value: { kind: 'COST_CEILING', positionFen: 6_000_000 },
    effectiveFrom: GUIDE, source: '000 §二(二)1(4), §二(二)2',
    description: { zh: '基本医保年度最高支付限额6万元', en: 'Employee basic pool annual limit of 60,000 yuan for stays and day surgery' },
    reading: 'A ceiling on the cumulative eligible amount, not a cap on payments: the last band ends at 6万 and large-amount insurance starts at "基本医疗保险年度最高支付限额（6万元）".',
  },
  largeAmountRateBp: {
    value: 9_500,
    effectiveFrom: GUIDE, source: '000 §二(二)2',
    description: { zh: '大额医疗保险：基本医疗保险年度最高支付限额以上95%，无封顶', en: 'Large-amount insurance pays 95% above the basic limit, no cap' },
  },
  largeAmountCategories: {
    value: ['ENTERPRISE', 'FLEXIBLE', 'UNEMPLOYED'],
    effectiveFrom: GUIDE, source: '000 §二(一)2, §二(二)2',
    description: { zh: '企业参保职工及灵活就业人员、失业人员参加大额医疗保险（机关事业单位不在其列）', en: 'Members insured for large amounts: enterprise, flexible and unemployed (public-sector members are not)' },
  },
  daySurgeryDeductibleFen: {
    value: { SECONDARY: 20_000, TERTIARY_B: 50_000, TERTIARY_A: 70_000 },
    effectiveFrom: GUIDE, source: '000 §二(二)1(6)',
    description: { zh: '日间手术起付标准：二级200元，三级乙等500元，三级甲等700元，与普通住院不累计、不递减', en: 'Day-surgery deductible: secondary 200, tertiary B 500, tertiary A 700 yuan; not a stay, never reduced' },
  },
  employeeOutpatientWindow: {
    value: { deductibleFen: 20_000, ceilingFen: 250_000 },
    effectiveFrom: OP_RULES, source: '001 第七条; 000 §二(二)1(2)',
    description: { zh: '年度普通门诊政策范围内累计费用起付标准200元以上、最高支付限额2500元以内', en: 'Employee outpatient window: the year\'s cumulative outpatient policy amount between 200 and 2,500 yuan' },
    reading: '2,500 read as a ceiling on the cumulative policy amount (001 第七条), not on payments.',
  },
  employeeOutpatientRatesBp: {
    value: {
      PRIMARY: { activeBp: 6_500, retiredBp: 7_000 },
      PHARMACY: { activeBp: 6_500, retiredBp: 7_000 },
      SECONDARY: { activeBp: 6_000, retiredBp: 6_500 },
      TERTIARY: { activeBp: 5_500, retiredBp: 6_000 },
      TERTIARY_B: { activeBp: 5_500, retiredBp: 6_000 },
      TERTIARY_A: { activeBp: 5_500, retiredBp: 6_000 },
    },
    effectiveFrom: OP_RULES, source: '001 第七条, 第十六条; 000 §二(二)1(2)',
    description: { zh: '普通门诊报销比例：三级55%/60%，二级60%/65%，一级及定点零售药店65%/70%（在职/退休；退休人员含灵活就业退休人员）', en: 'Employee outpatient rates: tertiary 55%/60%, secondary 60%/65%, primary and pharmacy 65%/70% (active/retired; every retired member, flexible workers included, takes the retired rate)' },
  },
  employeeChronicDiseases: {
    value: chronicRules(LANZHOU_EMPLOYEE_CHRONIC, { 慢性肾衰竭透析治疗: 9_000, 器官移植抗排异治疗: 8_000 }, 7_000),
    effectiveFrom: GUIDE, source: '000 §二(二)1(3)①',
    description: { zh: '职工36种门诊慢特病：透析90%，器官移植抗排异80%，其他70%，审批病种年度最高支付限额', en: 'Employee 36 chronic diseases: dialysis 90%, anti-rejection 80%, others 70%, each with its annual cap' },
  },
  residentChronicDiseases: {
    value: chronicRules(LANZHOU_RESIDENT_CHRONIC, { 慢性肾衰竭透析治疗: 9_000 }, 7_000),
    effectiveFrom: GUIDE, source: '000 §三(二)1(2)',
    description: { zh: '居民45种门诊慢特病：透析90%，其他70%，各病种年度最高支付限额', en: 'Resident 45 chronic diseases: dialysis 90%, others 70%, each with its annual cap' },
  },
  multipleChronic: {
    value: { maxDiseases: LANZHOU_MULTIPLE_CHRONIC_RULE.maxApprovedDiseases, extraCapFen: LANZHOU_MULTIPLE_CHRONIC_RULE.extraLimitFen },
    effectiveFrom: GUIDE, source: '000 §二(二)1(3), §三(二)1(2)注',
    description: { zh: '最多同时申办两个病种，年度最高支付限额就高再增加500元', en: 'At most two approved chronic diseases; they share the higher cap plus 500 yuan' },
  },
  employeeNegotiatedOutpatientRateBp: {
    value: 6_750,
    effectiveFrom: GUIDE, source: '000 §二(二)1(5)',
    description: { zh: '门诊单独支付管理谈判药品和竞价药品不设起付标准，按67.5%报销，不挤占门诊限额', en: 'Employee outpatient negotiated drugs: 67.5% of the drug amount, no deductible, outside the outpatient caps' },
  },
  residentNegotiatedOutpatientRateBp: {
    value: 6_300,
    effectiveFrom: GUIDE, source: '000 §三(二)1(5)',
    description: { zh: '居民门诊单独支付管理谈判药品和竞价药品按63%报销', en: 'Resident outpatient negotiated drugs: 63% of the drug amount' },
  },
  residentOutpatientRateBp: {
    value: 7_000,
    effectiveFrom: GUIDE, source: '000 §三(二)1(1)',
    description: { zh: '居民普通门诊无起付标准，报销70%', en: 'Resident general outpatient: no deductible, 70%' },
  },
  residentOutpatientCapFen: {
    value: 13_000,
    effectiveFrom: GUIDE, source: '000 §三(二)1(1); 003',
    description: { zh: '居民普通门诊封顶线130元/年（由100元上调）', en: 'Resident general outpatient payment cap 130 yuan a year (raised from 100)' },
  },
  twoDiseaseRateBp: {
    value: 7_000,
    effectiveFrom: GUIDE, source: '000 §三(二)1(3)',
    description: { zh: '“两病”门诊无起付标准，报销70%', en: 'Two-disease outpatient: no deductible, 70%' },
  },
  twoDiseaseLimits: {
    value: LANZHOU_TWO_DISEASE_LIMITS.map((l) => ({ diseases: [...l.diseases], annualLimitFen: l.annualLimitFen })),
    effectiveFrom: GUIDE, source: '000 §三(二)1(3)',
    description: { zh: '“两病”封顶线：高血压400元/年，糖尿病800元/年，合并1200元', en: 'Two-disease caps: hypertension 400, diabetes 800, both together 1,200 yuan a year' },
  },
  twoDiseaseExcludingChronic: {
    value: {
      HYPERTENSION: codeOf(LANZHOU_RESIDENT_CHRONIC, '原发性高血压（有合并症者）'),
      DIABETES: codeOf(LANZHOU_RESIDENT_CHRONIC, '糖尿病伴并发症'),
    },
    effectiveFrom: GUIDE, source: '000 §三(二)1(3)备注3',
    description: { zh: '“两病”门诊和门诊慢特病相应病种待遇不得重复享受', en: 'No two-disease benefit for a person approved for the matching chronic disease' },
  },
  residentStayDeductibleFen: {
    value: { PRIMARY: 20_000, SECONDARY: 40_000, TERTIARY_B: 60_000, TERTIARY_A: 140_000 },
    effectiveFrom: GUIDE, source: '000 §三(二)1(4)',
    description: { zh: '居民住院起付标准：一级200元，二级400元，三级乙等600元，三级甲等1400元', en: 'Resident stay deductible: primary 200, secondary 400, tertiary B 600, tertiary A 1,400 yuan' },
  },
  residentStayRatesBp: {
    value: { PRIMARY: 9_000, SECONDARY: 8_500, TERTIARY_B: 7_500, TERTIARY_A: 6_500 },
    effectiveFrom: GUIDE, source: '000 §三(二)1(4)',
    description: { zh: '居民住院报销比例：一级90%，二级85%，三级乙等75%，三级甲等65%', en: 'Resident stay rates: primary 90%, secondary 85%, tertiary B 75%, tertiary A 65%' },
  },
  residentStayLimit: {
    value: { kind: 'PAYMENT_CAP', amountFen: 8_000_000 },
    effectiveFrom: GUIDE, source: '000 §三(二)1(4); 003',
    description: { zh: '居民基本医保年度最高支付限额8万元（住院及日间手术）', en: 'Resident basic pool pays at most 80,000 yuan a year for stays and day surgery' },
    reading: 'A cap on payments (no bands point to a cost ceiling here).',
  },
  continuityBonus: {
    value: { baseYear: 2023, stepBp: 100, maxBp: 500 },
    effectiveFrom: GUIDE, source: '000 §三(二)1(4)',
    description: { zh: '连续参保每增加一年住院报销比例提高1%，累计不超过5%，自2024年1月1日起', en: 'Continuity bonus on resident stay rates: +1 point per further consecutive year, at most 5, counted from 2024' },
  },
  tcmBonus: {
    value: { bonusBp: 1_000, maxRateBp: 10_000 },
    effectiveFrom: GUIDE, source: '000 §三(二)1(7)①',
    description: { zh: '居民使用中药、中医诊疗项目报销比例提高10%', en: 'Resident TCM items: +10 points on the rate, at most 100%' },
  },
  majorDiseaseRateBp: {
    value: 7_500,
    effectiveFrom: GUIDE, source: '000 §三(二)1(4)',
    description: { zh: '51种重大疾病无起付标准，报销75%，按病种限额，不计入基本医保年度最高支付限额', en: 'Major-disease stays: no deductible, 75%, the disease\'s own limit, outside the stay cap' },
  },
  majorDiseases: {
    value: LANZHOU_MAJOR_DISEASES.map((d) => ({ code: d.code, name: d.name, annualLimitFen: d.annualLimitFen })),
    effectiveFrom: GUIDE, source: '000 附表4',
    description: { zh: '城乡居民基本医疗保险重大疾病病种及支付限额', en: 'Resident major diseases and their annual limits' },
  },
  residentDaySurgeryRateBp: {
    value: 7_500,
    effectiveFrom: GUIDE, source: '000 §三(二)1(6)',
    description: { zh: '居民日间手术统一按75%报销', en: 'Resident day surgery: 75%' },
  },
  tcmDayClinic: {
    value: { rateBp: 4_000, capFen: 80_000, diseases: LANZHOU_TCM_DAY_CLINIC_DISEASES.map((d) => ({ code: d.code, name: d.name })) },
    effectiveFrom: GUIDE, source: '000 §三(二)1(7)②; 附表5-1',
    description: { zh: '中医药日间诊疗：无起付标准，40%，各病种年度最高支付限额800元', en: 'TCM day clinic: no deductible, 40%, 800 yuan a year per disease' },
  },
  criticalIllness: {
    value: {
      thresholdFen: 500_000,
      bands: [
        { fromFen: 0, toFen: 1_000_000, rateBp: 6_000 },
        { fromFen: 1_000_000, toFen: 2_000_000, rateBp: 6_500 },
        { fromFen: 2_000_000, toFen: 5_000_000, rateBp: 7_000 },
        { fromFen: 5_000_000, toFen: 10_000_000, rateBp: 7_500 },
        { fromFen: 10_000_000, toFen: null, rateBp: 8_000 },
      ],
    },
    effectiveFrom: GUIDE, source: '000 §三(二)2',
    description: { zh: '大病保险起付标准5000元/年，起付标准以上0-1万元60%，1-2万元65%，2-5万元70%，5-10万元75%，10万元以上80%，无封顶', en: 'Critical illness: threshold 5,000 a year; above it 0-10,000 60%, 10,000-20,000 65%, 20,000-50,000 70%, 50,000-100,000 75%, above 80%; no cap' },
  },
  criticalIllnessPoor: {
    value: {
      categories: ['EXTREME_POVERTY', 'ORPHAN', 'RURAL_LOW_INCOME_1_2', 'URBAN_LOW_INCOME_FULL', 'RURAL_LOW_INCOME_3_4', 'URBAN_LOW_INCOME_PARTIAL', 'RETURNED_TO_POVERTY'],
      thresholdShareBp: 5_000,
      bonusBp: 500,
    },
    effectiveFrom: GUIDE, source: '000 §三(二)2',
    description: { zh: '特困人员、孤儿、城乡低保对象和农村返贫致贫人口起付线降低50%，分段报销比例提高5%', en: 'Extreme poverty, orphans, every low-income (低保) category and the returned-to-poverty: threshold halved, every band +5 points' },
  },
  assistanceDirectRatesBp: {
    value: {
      EXTREME_POVERTY: 10_000, ORPHAN: 10_000,
      RURAL_LOW_INCOME_1_2: 9_000, URBAN_LOW_INCOME_FULL: 9_000, RETURNED_TO_POVERTY: 9_000,
      RURAL_LOW_INCOME_3_4: 7_500, URBAN_LOW_INCOME_PARTIAL: 7_500, AT_RISK_OF_POVERTY: 7_500,
      LIFTED_FROM_POVERTY: 6_000,
    },
    effectiveFrom: GUIDE, source: '000 §五(三)',
    description: { zh: '直接救助对象无起付标准，救助比例：特困、孤儿100%，一二类低保、城市全额低保、返贫致贫90%，三四类低保、城市差额低保、易返贫致贫75%，脱贫人口60%', en: 'Direct assistance, no threshold: 100% / 90% / 75% / 60% by category' },
  },
  assistanceApplicants: {
    value: {
      LOW_INCOME_MARGINAL: { thresholdFen: 200_000, rateBp: 7_000 },
      ILLNESS_INDUCED_POVERTY: { thresholdFen: 500_000, rateBp: 7_000 },
    },
    effectiveFrom: GUIDE, source: '000 §五(四)2',
    description: { zh: '依申请救助：低保边缘家庭成员起付标准2000元，因病致贫重病患者5000元，救助比例70%', en: 'Assistance on application: 70% above 2,000 (low-income marginal) or 5,000 (illness-induced poverty) a year' },
  },
  assistanceLimitFen: {
    value: { ordinaryFen: 5_000_000, majorDiseaseFen: 8_000_000 },
    effectiveFrom: GUIDE, source: '000 §五(三), §五(四)2',
    description: { zh: '年度救助限额：普通疾病5万元，35种重特大疾病8万元，住院与门诊共用', en: 'Annual assistance limit 50,000, or 80,000 with one of the 35 major diseases' },
  },
  assistanceMajorDiseases: {
    value: LANZHOU_ASSISTANCE_MAJOR_DISEASES.map((d) => ({ code: d.code, name: d.name })),
    effectiveFrom: GUIDE, source: '000 附表7',
    description: { zh: '医疗救助重特大疾病病种', en: 'Diseases that raise the assistance limit' },
  },
  secondaryAssistance: {
    value: { thresholdFen: 600_000, rateBp: 6_000, inProvinceOnly: true },
    effectiveFrom: GUIDE, source: '000 §五(六)',
    description: { zh: '二次倾斜救助：三重制度报销后政策范围内个人自付累计超过6000元以上部分按60%救助，限参保地或规范转诊省域内就医，不计入年度救助限额', en: 'Secondary assistance: 60% of the year\'s remaining policy amount above 6,000, for care at home or in the province, outside the assistance limit' },
  },
  remoteCare: {
    value: { longTermFilings: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'], temporaryCutBp: 500, commitmentWithoutProofCutBp: 2_000 },
    effectiveFrom: GUIDE, source: '000 §六(二)5(2)(3); 003',
    description: { zh: '跨省异地长期居住人员不降低比例；异地急救抢救、异地转诊人员降低5%；承诺制备案未补齐材料在兰州住院降低20%', en: 'Cross-province stays: long-term filers as at home; emergency and referral stays -5 points; a commitment-only filer treated back home without proof -20 points' },
  },
  selfReferralCutBp: {
    value: 500,
    effectiveFrom: GUIDE, source: '000 §六(二)5(2)',
    description: { zh: '自行前往省外就医人员（及未备案的跨省住院）住院报销降低5%', en: 'Self-referred (and unfiled) cross-province stays: every basic-pool rate 5 points lower' },
  },
  remoteCutUnassisted: {
    value: { selfReferredAndUnfiled: true },
    effectiveFrom: GUIDE, source: '000 §五(七)1',
    description: { zh: '未按规定办理异地备案或转诊转院手续的住院费用，基本医疗保险降低比例报销部分不予救助（转诊、急救抢救的降低部分仍予救助）', en: 'The basic-pool payment a cut takes from self-referred or unfiled stays is not assisted; the cut of referral and emergency stays is' },
  },
  remoteCutReachesLargeAmount: {
    value: false,
    effectiveFrom: GUIDE, source: '000 §六(二)5(2), §二(二)2',
    description: { zh: '异地就医降低比例是否同时降低大额医疗保险报销比例（本包：否，仅降低基本医保）', en: 'Whether a remote-care cut also lowers the large-amount rate (this pack: no, it cuts the basic pool only)' },
    reading: '"降低5%结算" is read as the basic pool\'s rates: 大额 keeps its own 95% ("随同基本医疗保险" settles alongside, it does not say the cut passes on). Alternative: the cut reaches 大额 too (90%); the trace of every cut stay above the basic limit states what that would pay.',
  },
  tcmBonusInDaySurgery: {
    value: false,
    effectiveFrom: GUIDE, source: '000 §三(二)1(6), §三(二)1(7)①',
    description: { zh: '居民日间手术中的中药、中医诊疗项目是否提高10%（本包：否，日间手术统一按照75%）', en: 'Whether the resident TCM +10 reaches TCM items in day surgery (this pack: no, day surgery is a uniform 75%)' },
    reading: 'Day surgery is "统一按照75%的报销比例结算"; the TCM +10 is "在各级定点医疗机构 … 在现行政策规定的基础上提高10%". The uniform 75% is read as the more specific rule. Alternative: TCM items at 85%; the trace states it.',
  },
  tcmBonusInTcmDayClinic: {
    value: false,
    effectiveFrom: GUIDE, source: '000 §三(二)1(7)①②',
    description: { zh: '中医药日间诊疗的中药、中医诊疗项目是否在40%基础上再提高10%（本包：否）', en: 'Whether the resident TCM +10 reaches TCM items of the TCM day clinic (this pack: no, 40%)' },
    reading: 'The day clinic (②) is itself the TCM benefit with its own 40% and 800 cap, listed beside ① rather than under it. Alternative: TCM items at 50%; the trace states it.',
  },
  retiredCadre: {
    value: {
      stayRateBp: 10_000,
      outpatientQuotaFen: 300_000,
      wartimeOutpatientQuotaFen: 400_000,
      prefectureOutpatientRateBp: 10_000,
      checkupSubsidyFen: { MALE: 110_000, FEMALE: 153_000 },
      healthAwardFen: 100_000,
    },
    effectiveFrom: GUIDE, source: '000 §七2',
    description: {
      zh: '离休干部：住院政策范围内费用实报实销；门诊医疗费定额发放（老红军和抗日战争时期参加革命的4000元，其余3000元），结余归己，超额次年报销；地级离休干部门诊实报实销；上年度未住院的健康体检费补助男1100元、女1530元；当年未住院且门诊费用控制在定额内的健康奖励费1000元',
      en: 'Retired cadres: stays paid in full (policy amount, no deductible); outpatient quota 4,000 (Red Army veterans and those who joined during the war of resistance) or 3,000, balance kept, excess reimbursed the next year; prefecture-level cadres: outpatient paid in full; checkup subsidy 1,100 (men) / 1,530 (women) after a year without a stay; health award 1,000 for a year without a stay and with outpatient costs within the quota',
    },
    reading: 'The quota pays the year\'s outpatient policy amount (政策范围内), the excess is the personal part of the claim and is owed back the next year; "门诊医疗费用控制在定额标准内" compares the year\'s outpatient policy amount with the quota of the cadre\'s class (for 地级 cadres too). Payments are made by the retired cadres\' fund (000 §七1) and reported as the basic-pool payment.',
  },
  notComputable: {
    value: [
      { clause: '000 §七1', rule: '离休干部医疗费筹资 9000元/人/年 (enterprise and budget funding)', reason: 'Funding of the retired cadres\' fund, not a payment to or for a person.' },
      { clause: '000 §二(一)2', rule: '退休人员大额医疗保险个人缴费从个人账户代扣代缴', reason: 'The premium\'s base (上年度全省全口径城镇单位就业人员月平均工资) is not in the sources, so the monthly deduction cannot be computed.' },
      { clause: '000 §二(二)1(1)2; 001 第十七条', rule: '个人账户用于配偶、父母、子女参加城乡居民医保的个人缴费', reason: 'Premium collection (380 a year less the 三(一)4(5) subsidies) is outside settlement; an administrator records such a payment outside this service.' },
      { clause: '001 第十八条', rule: '调离统筹区时个人账户结余转移或一次性拨付；死亡后拨付继承人', reason: 'A payout of the whole balance ends the account outside settlement; the balance itself carries over from year to year (改革前结余 as an administrator credit).' },
    ],
    effectiveFrom: GUIDE, source: '000 §二(一)2, §二(二)1(1), §七1; 001 第十七条, 第十八条',
    description: { zh: '本服务不计算的规则及原因', en: 'Rules of the sources this service does not compute, with the reason' },
  },
  employeeAccountShareOfBaseBp: {
    value: { PUBLIC_SECTOR: 200, ENTERPRISE: 200, FLEXIBLE: 0, UNEMPLOYED: 0 },
    effectiveFrom: OP_RULES, source: '000 §二(二)1(1); 001 第十六条',
    description: { zh: '在职单位职工个人账户按本人参保缴费基数的2%按月划入；灵活就业人员、失业人员不划入', en: 'Active unit employees: 2% of the contribution base credited monthly; flexible workers and the unemployed: nothing' },
  },
  retireeAccountMonthlyCreditFen: {
    value: 12_000,
    effectiveFrom: GUIDE, source: '000 §二(二)1(1)',
    description: { zh: '退休人员个人账户120元/月定额划入', en: 'Retiree personal-account credit: 120 yuan a month' },
  },
};

export const LANZHOU_2024: LanzhouPack = {
  id: 'lanzhou-2024',
  city: 'LANZHOU',
  version: '2024',
  ruleSet: 'LANZHOU',
  effectiveFrom: '2024-01-01',
  effectiveTo: null,
  basis: {
    zh: '兰州市基本医疗保障政策指南（2024年7月）；兰州市职工基本医疗保险门诊共济保障实施细则',
    en: 'Lanzhou basic medical security policy guide (July 2024, source 000) and the employee outpatient mutual-aid rules (source 001)',
  },
  parameters: LANZHOU_2024_PARAMETERS,
};
