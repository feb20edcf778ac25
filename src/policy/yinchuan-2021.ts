/**
 * Policy pack `yinchuan-2021`: Yinchuan's cross-province outpatient chronic-disease
 * settlement (银川市门诊慢特病跨省异地就医结算流程, source 002, under 宁医保发〔2021〕145号), read as
 * settlement-rules.md §3 fixes. The source is dated only by the notice's year, so every value
 * is dated 2021-01-01. The caps per national code are the catalogue's (src/catalogue).
 */
import { type NationalChronicDiseaseEntry, YINCHUAN_EMPLOYEE_CHRONIC, YINCHUAN_RESIDENT_CHRONIC } from '../catalogue/diseases';
import type { NationalChronicRule, YinchuanPack, YinchuanParameters } from './yinchuan-parameters';
import { YINCHUAN_ELIGIBILITY } from './yinchuan-eligibility';

const NOTICE = '2021-01-01';

function rules(table: readonly NationalChronicDiseaseEntry[]): NationalChronicRule[] {
  return table.map((e) => ({ code: e.code, category: e.category, name: e.name, annualLimitFen: e.annualLimitFen }));
}

export const YINCHUAN_2021_PARAMETERS: YinchuanParameters = {
  ...YINCHUAN_ELIGIBILITY,
  policyShareBp: {
    value: { CLASS_A: 10_000, CLASS_B: 10_000, SELF_PAY: 0 },
    effectiveFrom: NOTICE, source: '002 §一(三)4, §二(二)2',
    description: {
      zh: '执行就医地的支付范围（基本医疗保险药品、医疗服务项目和医用耗材目录）；来源未规定乙类先行自付比例，默认乙类全额纳入政策范围',
      en: 'The place of treatment\'s catalogues decide the fee categories; the source gives no class-B pre-self-pay share, so class B counts 100%',
    },
    reading: 'Default not in the source: class B enters the policy amount in full. The trace flags it.',
  },
  chronicDiseases: {
    value: { EMPLOYEE: rules(YINCHUAN_EMPLOYEE_CHRONIC), RESIDENT: rules(YINCHUAN_RESIDENT_CHRONIC) },
    effectiveFrom: NOTICE, source: '002 §一(二)2 试点病种支付限额',
    description: {
      zh: '跨省直接结算试点病种及年度最高支付限额：高血压、糖尿病职工3500元/居民2400元；恶性肿瘤门诊治疗职工无/居民13000元；透析职工无/居民20000元；器官移植抗排异治疗职工无/居民28000元',
      en: 'Pilot diseases and annual caps: hypertension and diabetes 3,500 (employee) / 2,400 (resident); cancer outpatient none / 13,000; dialysis none / 20,000; anti-rejection none / 28,000',
    },
    reading: 'Each code has its own cap (the merged anti-rejection cell applies to each of M08301-M08306). A claim may treat two diseases (maxDiseasesPerClaim), each item naming its disease and each disease paid under its own cap.',
  },
  maxDiseasesPerClaim: {
    value: 2,
    effectiveFrom: NOTICE, source: '002 §一(二)2',
    description: { zh: '一张结算单据可含两个门诊慢特病病种，费用明细标明病种，各病种分别执行最高支付限额', en: 'One bill may treat two chronic diseases; each item names its disease and each disease keeps its own annual cap' },
    reading: 'The source caps each disease and states one annual deductible: the 500 is borne once a year, by the diseases in the order the claim names them.',
  },
  chronicInstitutions: {
    value: { secondaryOrAbove: 2, primary: 1, changeQuarters: [2, 4], filingPlaceMinMonths: 6 },
    effectiveFrom: NOTICE, source: '002 §一(一)2备注, §一(一)4, §一(四)2',
    description: {
      zh: '备案人员可在备案地选择两家二级及以上医疗机构和一家一级医疗机构进行门诊慢特病就医；备案安置地6个月内不能变更；门诊慢特病定点医疗机构变更在每年第二季度、第四季度办理；在备案地以外市县医疗机构、非门诊慢特病定点签约医疗机构发生的费用不予报销',
      en: 'A filer chooses two institutions of secondary level or above and one primary institution at the filing place and settles chronic costs only there; the filing place cannot change within 6 months; the chosen institutions change only in the second and fourth quarters; costs elsewhere are not reimbursed',
    },
    reading: 'chooseChronicInstitutions records the choice (at most 2 secondary-or-above and 1 primary, outside Ningxia\'s home city); a change (any choice after the first) is accepted only in April-June or October-December. The 6 months apply to the filing place (a new cross-province filing replacing one less than 6 months old is refused). settleClaim requires the claim\'s institution to be one chosen on the date: this also refuses costs outside the filing place.',
  },
  suspendedCoverage: {
    value: { refuse: true },
    effectiveFrom: NOTICE, source: '002 §一(四)1',
    description: { zh: '参保人员待遇异常（例：就医期间处于停保状态）的，医疗费不予报销', en: 'Costs incurred while coverage is suspended (停保) are not reimbursed' },
    reading: 'recordCoverageGap records a suspension (from, until or open); settleClaim refuses a claim dated in one (COVERAGE_SUSPENDED), in every city, as no fund pays for a suspended person.',
  },
  notComputable: {
    value: [
      { clause: '002 §一(三)', rule: 'manual reimbursement at the home agency (documents, 30 working days)', reason: 'a paper procedure after the fact; its amounts follow the same rules, which estimateSettlement computes' },
      { clause: '002 §一(二)2', rule: 'the employee cap "无" for cancer, dialysis and anti-rejection treatment', reason: 'no employee cap is given: the engine applies none (the meaning of 无 cannot be computed further)' },
      { clause: '002 §一(一)1-3', rule: 'filing channels and documents (小程序, APP, windows; 户口本, 居住证明, 承诺书)', reason: 'administrative procedure; fileRemoteCare records the filing\'s outcome' },
    ],
    effectiveFrom: NOTICE, source: '002 §一(一)1-3, §一(二)2, §一(三)',
    description: { zh: '来源中无法由结算引擎计算的规定及原因', en: 'Rules of the source the engine cannot compute, each with the reason' },
  },
  chronicDeductibleFen: {
    value: 50_000,
    effectiveFrom: NOTICE, source: '002 §一(二)2',
    description: { zh: '门诊慢特病年度起付标准500元', en: 'Chronic outpatient annual deductible: 500 yuan' },
    reading: 'One deductible a year for all chronic diseases together, carried across visits: a visit bears only what earlier visits left of the 500.',
  },
  chronicRatesBp: {
    value: { EMPLOYEE: 7_500, RESIDENT: 6_000 },
    effectiveFrom: NOTICE, source: '002 §一(二)2',
    description: { zh: '起付标准以上政策范围内报销比例：职工医保75%，居民医保60%', en: 'Above the deductible: employee 75%, resident 60%' },
  },
  allowedLevels: {
    value: ['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'UNRATED'],
    effectiveFrom: NOTICE, source: '002 §一(一)2备注, §一(四)2',
    description: { zh: '可在备案地选择两家二级及以上医疗机构和一家一级医疗机构就医；在药店发生的门诊慢特病费用不予报销', en: 'Settled at the chosen hospitals of any level; chronic costs at pharmacies are not reimbursed' },
  },
  crossProvinceFilings: {
    value: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
    effectiveFrom: NOTICE, source: '002 §一(一)2',
    description: { zh: '备案人员：异地安置退休人员、异地长期居住人员、常驻异地工作人员', en: 'Filers the flow lists: relocated retirees, long-term residents, workers stationed away' },
    reading: 'The pack settles only cross-province care (the source states no rules for care at home). A filing outside these three is refused; a claim without a filing (an estimate) is settled as filed.',
  },
};

export const YINCHUAN_2021: YinchuanPack = {
  id: 'yinchuan-2021',
  city: 'YINCHUAN',
  version: '2021',
  ruleSet: 'YINCHUAN',
  effectiveFrom: NOTICE,
  effectiveTo: null,
  basis: {
    zh: '银川市门诊慢特病跨省异地就医结算流程（宁医保发〔2021〕145号）',
    en: 'Yinchuan cross-province outpatient chronic-disease settlement flow (source 002, under notice 宁医保发〔2021〕145号)',
  },
  parameters: YINCHUAN_2021_PARAMETERS,
};
