/**
 * Lanzhou's eligibility parameters (资格审核, source 000 and 001), spread into the Lanzhou packs:
 * waiting and benefit periods, exclusions, designated services, the pause of outpatient benefits
 * during stays, cross-province chronic care, students away from home, filing validity, and the
 * day-surgery disease list (附表2-1, from the catalogue).
 */
import {
  LANZHOU_DAY_SURGERY_DISEASES, LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_MANUAL_SETTLEMENT_CASES, LANZHOU_RESIDENT_CHRONIC,
  LANZHOU_TWO_DISEASE_LIMITS,
} from '../catalogue/diseases';
import type { EligibilityParameters } from './eligibility-parameters';
import type { ListedDisease } from './lanzhou-parameters';
import type { Parameter } from './parameter';

const GUIDE = '2024-01-01';
const OP_RULES = '2023-01-01';

/** The code of the chronic-table row with exactly this name; the pack refuses to build without it. */
function chronicCode(table: readonly { code: string; name: string }[], name: string): string {
  const row = table.find((r) => r.name === name);
  if (!row) throw new Error(`lanzhou eligibility: no chronic disease named ${name}`);
  return row.code;
}

/** The 5 national categories of 000 §六(二)4(1), as rows of the employee and resident tables. */
const DIRECT_REMOTE_CHRONIC = [
  ...['原发性高血压（有合并症者）', '糖尿病伴慢性并发症', '恶性肿瘤放疗', '恶性肿瘤膀胱灌注化疗', '乳腺癌或前列腺癌内分泌治疗',
    '抗肿瘤药物治疗及相关检查', '慢性肾衰竭透析治疗', '器官移植抗排异治疗'].map((n) => chronicCode(LANZHOU_EMPLOYEE_CHRONIC, n)),
  ...['原发性高血压（有合并症者）', '糖尿病伴并发症', '恶性肿瘤放化疗', '恶性肿瘤膀胱灌注化疗', '乳腺癌或前列腺癌内分泌治疗',
    '抗肿瘤药物治疗及相关检查', '白血病', '慢性肾衰竭透析治疗', '器官移植抗排异治疗'].map((n) => chronicCode(LANZHOU_RESIDENT_CHRONIC, n)),
];

/** The two-disease table's 待遇支付年限 (one value for every row). */
function twoDiseaseYears(): number {
  const years = [...new Set(LANZHOU_TWO_DISEASE_LIMITS.map((l) => l.validityYears))];
  if (years.length !== 1 || years[0] == null) throw new Error('lanzhou eligibility: the two-disease validity is not one number');
  return years[0];
}

const manualChronic = LANZHOU_MANUAL_SETTLEMENT_CASES.find((c) => c.situation.startsWith('未纳入网上直接结算范围门诊慢特病'));
if (!manualChronic) throw new Error('lanzhou eligibility: 附表8-2 has no remote chronic case');

/** The Lanzhou eligibility parameters, plus the day-surgery disease list. */
export interface LanzhouEligibility extends EligibilityParameters {
  /** 附表2-1: the 49 day-surgery (日间手术/日间诊疗) diseases. */
  daySurgeryDiseases: Parameter<ListedDisease[]>;
  /** LZ-E-TCMDAY: how an employee's TCM day clinic settles. */
  employeeTcmDayClinic: Parameter<'GENERAL_OUTPATIENT'>;
}

export const LANZHOU_ELIGIBILITY: LanzhouEligibility = {
  employeeWaiting: {
    value: { defaultMonths: 1, byCategory: { FLEXIBLE: 6 }, exemptRoutes: ['SCHEME_TRANSFER'] },
    effectiveFrom: GUIDE, source: '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)',
    description: {
      zh: '首次参保待遇享受等待期：单位职工、失业人员当月参保次月享受；灵活就业人员连续缴费满6个月的次月享受；居民医保连续2年以上、中断不超过3个月转参职工医保的当月享受',
      en: 'Employee waiting period: from the month after enrolment; flexible workers from the month after 6 months of continuous contribution; a continuous transfer from the resident scheme from the month of enrolment',
    },
  },
  employeeGapWaiting: {
    value: null,
    effectiveFrom: GUIDE, source: '000 §二(一)1',
    description: { zh: '兰州未规定中断缴费后的等待期', en: 'Lanzhou states no wait after a contribution gap' },
  },
  residentBenefitStart: {
    value: { kind: 'NEXT_BENEFIT_YEAR', studentYearStartMonth: 9, exemptRoutes: ['NEWBORN', 'DISCHARGED_VETERAN', 'SCHEME_TRANSFER'], lowIncomeExempt: true },
    effectiveFrom: GUIDE, source: '000 §三(一)3, §三(一)4(1)-(5)',
    description: {
      zh: '居民集中缴费，待遇享受期为次年1月1日至12月31日；大学生9月1日至次年8月31日；新生儿自出生之日起；当年退役军人、城乡低收入人口、连续转参人员不受缴费期限限制',
      en: 'Residents pay in the collection period for the next calendar year (benefits 1 January to 31 December); students 1 September to 31 August; newborns from birth; discharged veterans, low-income people and continuous transfers at any time',
    },
    reading: 'An enrolment date of 1 January is a regular enrolment for that year; any other date is a payment that starts benefits on the next 1 January (students: the next 1 September, or 1 September of the same year when enrolled from September).',
  },
  excludedCosts: {
    value: ['WORK_INJURY', 'THIRD_PARTY_LIABLE', 'PUBLIC_HEALTH', 'ABROAD', 'WELLNESS_OR_COSMETIC', 'UNLAWFUL_ACT', 'TRAFFIC_ACCIDENT', 'ALCOHOL_OR_DRUGS', 'FIGHT', 'SELF_HARM'],
    effectiveFrom: GUIDE, source: '000 §一(二)2',
    description: {
      zh: '不属于基本医疗保障支付范围：应当从工伤保险基金中支付的；应当由第三方负担的；应当由公共卫生负担的；在境外就医的；体育健身、养生保健消费、健康体检、整形美容；因违法犯罪、交通事故、酗酒、吸毒、斗殴、自杀自残等发生的医疗费用',
      en: 'Costs the basic fund does not pay: work injury, a liable third party, public health, care abroad, fitness/wellness/check-ups/cosmetic, and costs of unlawful acts, traffic accidents, alcohol or drugs, fights, suicide or self-harm',
    },
  },
  designatedServices: {
    value: {
      DAY_SURGERY: 'DAY_SURGERY', NEGOTIATED_DRUG_OUTPATIENT: 'NEGOTIATED_DRUG', TCM_DAY_CLINIC: 'TCM_DAY_CLINIC',
      MATERNITY_INPATIENT: 'MATERNITY', MATERNITY_OUTPATIENT: 'MATERNITY',
    },
    effectiveFrom: GUIDE, source: '000 §二(二)1(5)②, §二(二)1(6)②, §二(二)3, §三(二)1(7)②; 附表1-1, 1-2, 2-2, 3-2, 5-2',
    description: {
      zh: '日间手术在34家定点医疗机构（附表2-2）；单独支付管理谈判药品门诊在28家指定医疗机构和45家指定零售药店（附表1-1、1-2）；中医药日间诊疗在14家基层定点医疗机构（附表5-2）；生育保险（生育、计划生育）在兰州市的就诊范围为生育保险定点医疗机构（附表3-2）',
      en: 'Day surgery at the 34 designated hospitals (附表2-2); outpatient negotiated drugs at the 28 institutions and 45 pharmacies (附表1-1, 1-2); TCM day clinic at the 14 centres (附表5-2); maternity care (delivery, family planning) in Lanzhou at the designated maternity hospitals (附表3-2)',
    },
  },
  stayPause: {
    value: {
      visitTypes: {
        EMPLOYEE: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'TCM_DAY_CLINIC'],
        RESIDENT: ['OUTPATIENT', 'CHRONIC_OUTPATIENT', 'TWO_DISEASE_OUTPATIENT', 'TCM_DAY_CLINIC'],
      },
      preAdmissionMergeDays: null,
    },
    effectiveFrom: OP_RULES, source: '001 第八条; 000 §二(二)1(3)④IV, §三(二)1(2)注, §三(二)1(3)备注2',
    description: {
      zh: '参保人员日间手术及住院期间，不享受普通门诊统筹及门诊慢特病待遇（职工）；患者住院治疗期间不享受门诊慢特病、“两病”门诊报销待遇（居民）',
      en: 'During a stay or day surgery no general outpatient, chronic outpatient, two-disease or TCM day-clinic benefit',
    },
    reading: 'Resident general outpatient and TCM day clinic pause too: 001 第八条 states it for employees, and the resident part keeps the employee rules (§三(二)1(2)注).',
  },
  daySurgeryMaxDays: {
    value: 2,
    effectiveFrom: GUIDE, source: '000 §二(二)1(6), ③',
    description: { zh: '日间手术24小时内入出院，特殊病历最多不超过48小时；超过48小时转入住院按普通住院合并结算', en: 'Day surgery: in and out within 24 hours, at most 48; longer is settled as an ordinary stay' },
    reading: '48 hours as at most 2 calendar days between admission and discharge dates.',
  },
  remoteChronicDirect: {
    value: {
      codes: DIRECT_REMOTE_CHRONIC,
      manualDocuments: [manualChronic.documents, manualChronic.commonDocuments],
    },
    effectiveFrom: GUIDE, source: '000 §六(二)4(1); 附表8-2',
    description: {
      zh: '“原发性高血压”、“糖尿病伴并发症”、“恶性肿瘤门诊治疗”、“慢性肾衰竭透析治疗”和“器官移植抗排异治疗”5类门诊慢特病可异地直接结算；其他病种手工结算（附表8-2）',
      en: 'Cross-province chronic care settles directly for the 5 national categories (hypertension, diabetes, cancer outpatient treatment, dialysis, transplant anti-rejection); other diseases by manual settlement with the 附表8-2 documents',
    },
    reading: 'The cancer category covers the table rows of cancer treatment (放疗, 膀胱灌注化疗, 内分泌治疗, 抗肿瘤药物治疗) and, for residents, 白血病.',
  },
  studentAbsenceNoCut: {
    value: true,
    effectiveFrom: GUIDE, source: '000 §六(二)5(4)',
    description: { zh: '参保大中专学生，实习和寒暑假、休学等在异地住院的，按照兰州市现行政策标准不降低比例结算', en: 'Enrolled students treated away during an internship, a vacation or a suspension: home rates, no cut' },
  },
  filingValidity: {
    value: {
      temporaryFilings: ['REFERRAL', 'SELF_REFERRAL', 'EMERGENCY'],
      temporaryMonths: 6,
      longTermFilings: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
      longTermChangeAfterMonths: 6,
    },
    effectiveFrom: GUIDE, source: '000 §六(一)2',
    description: {
      zh: '跨省异地长期居住人员备案长期有效，满6个月后可申请变更备案地或取消备案；跨省临时外出就医人员备案有效期为6个月，满6个月自动取消备案',
      en: 'Long-term filings stay valid and may change or end after 6 months; temporary filings last 6 months and then end',
    },
  },
  referringDesignation: {
    value: 'REFERRAL',
    effectiveFrom: GUIDE, source: '000 §六(一)2 (异地转诊人员), 附表8-1',
    description: {
      zh: '异地转诊人员：经兰州市具有转诊资格的医疗机构（附表8-1）诊断，确需转省外住院治疗的人员；由兰州市以外机构诊断的情形（省内其他市州、备案地三级公立医疗机构）不在此名单内',
      en: 'A referral diagnosed by a Lanzhou hospital needs one with referral qualification (附表8-1); diagnoses elsewhere (other prefectures, the filed place\'s tertiary public hospitals) are outside this list',
    },
  },
  negotiatedDrugFiling: {
    value: { validityYears: 1, drugsPerYear: 1, maxPrescriptionDays: 30 },
    effectiveFrom: GUIDE, source: '000 §二(二)1(5)①备注2, ②',
    description: {
      zh: '“三定”管理：在指定医疗机构或零售药店中选择一家作为定点购药机构（一个医疗年度内不可变更），备案有效期一年；原则上一个年度内只支付1种药品，2种及以上须两名责任医师审核；单次处方量最多不超过30日',
      en: '三定: one chosen designated institution or pharmacy (fixed for the year), a filing valid one year, one drug a year unless two responsible doctors review, at most 30 days per prescription',
    },
  },
  twoDiseaseValidityYears: {
    value: twoDiseaseYears(),
    effectiveFrom: GUIDE, source: '000 §三(二)1(3) 待遇支付年限',
    description: { zh: '高血压、糖尿病“两病”门诊待遇支付年限5年', en: 'A two-disease registration lasts 5 years' },
  },
  daySurgeryDiseases: {
    value: LANZHOU_DAY_SURGERY_DISEASES.map((d) => ({ code: d.code, name: d.name })),
    effectiveFrom: GUIDE, source: '000 §二(二)1(6), 附表2-1',
    description: { zh: '日间手术（诊疗）病种（附表2-1）', en: 'The day-surgery and day-treatment diseases of 附表2-1' },
  },
  employeeTcmDayClinic: {
    value: 'GENERAL_OUTPATIENT',
    effectiveFrom: OP_RULES, source: '000 §二(二)1(2)备注2; 001 第八条',
    description: {
      zh: '职工中医药日间诊疗纳入普通门诊统筹支付范围及限额内，起付标准、报销比例执行普通门诊统筹政策',
      en: 'An employee\'s TCM day clinic is general outpatient pooling: the same 200-2,500 window and rates by level',
    },
  },
};
