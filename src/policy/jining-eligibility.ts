/**
 * Jining's eligibility parameters (资格审核, source 004), spread into the Jining pack: waiting
 * periods of employees, flexible workers after a gap and residents who pay late, exclusions, the
 * pause of outpatient benefits during a stay and the 3 days before admission, filing validity.
 */
import type { EligibilityParameters } from './eligibility-parameters';

const HANDBOOK = '2024-01-01';

export const JINING_ELIGIBILITY: EligibilityParameters = {
  employeeWaiting: {
    value: { defaultMonths: 1, byCategory: {}, exemptRoutes: [] },
    effectiveFrom: HANDBOOK, source: '004 §一(一)10',
    description: { zh: '首次在我市参加职工医保的灵活就业人员，参保缴费的次月起就可以享受职工医保待遇', en: 'Employees (flexible workers included) enjoy benefits from the month after enrolment' },
    reading: 'The handbook states the next month for first-time flexible workers; the same month-after rule is applied to every employee.',
  },
  employeeGapWaiting: {
    value: { categories: ['FLEXIBLE'], gapOverMonths: 3, waitMonths: 3 },
    effectiveFrom: HANDBOOK, source: '004 §一(一)10',
    description: {
      zh: '灵活就业人员中断缴费不超过3个月，补缴后次月起享受；中断缴费超过3个月进行补缴，缴费3个月后才可以享受职工医保待遇',
      en: 'A flexible worker back after a gap of more than 3 months waits 3 months of contributions; a shorter gap, the next month',
    },
  },
  residentBenefitStart: {
    value: { kind: 'WAIT_MONTHS', months: 3, exemptRoutes: ['NEWBORN'], lowIncomeExempt: true },
    effectiveFrom: HANDBOOK, source: '004 §一(二)6, §一(二)3',
    description: {
      zh: '居民医保补缴设有3个月的等待期，等待期期间发生的医疗费用医保基金不予支付；低保对象、特困人员等低收入人口和返贫致贫人口不设置待遇等待期；新生儿自出生之日起享受',
      en: 'A resident paying outside the collection period waits 3 months; low-income people have no wait; newborns are covered from birth',
    },
    reading: 'An enrolment date of 1 January is a payment in the collection period (9月1日至12月31日) for that year; any other date is a late payment with the 3-month wait.',
  },
  excludedCosts: {
    value: ['WORK_INJURY', 'THIRD_PARTY_LIABLE', 'PUBLIC_HEALTH', 'ABROAD'],
    effectiveFrom: HANDBOOK, source: '004 §二3 (社会保险法第三十条)',
    description: { zh: '不纳入基本医疗保险基金支付范围：应当从工伤保险基金中支付的；应当由第三人负担的；应当由公共卫生负担的；在境外就医的', en: 'Not paid by the basic fund: work injury, a liable third party, public health, care abroad' },
  },
  designatedServices: {
    value: {},
    effectiveFrom: HANDBOOK, source: '004 §二(一)2',
    description: { zh: '职工门诊统筹取消定点限制', en: 'No designation needed for the services the pack settles' },
  },
  stayPause: {
    value: { visitTypes: { EMPLOYEE: ['OUTPATIENT', 'CHRONIC_OUTPATIENT'], RESIDENT: ['CHRONIC_OUTPATIENT'] }, preAdmissionMergeDays: 3 },
    effectiveFrom: HANDBOOK, source: '004 §二(一)3, §三3①',
    description: {
      zh: '参保人员因病情需住院治疗的，住院期间不享受门诊慢性病待遇；参保人员住院前三天的门急诊费用纳入本次住院费用合并结算，原则上不再纳入职工医保门诊统筹范围',
      en: 'No chronic outpatient benefit during a stay; an employee\'s outpatient costs of the 3 days before admission merge into the stay and are not outpatient pooling',
    },
    reading: 'Employee general outpatient during the stay itself pauses too, as the 3 days before it do.',
  },
  daySurgeryMaxDays: {
    value: null,
    effectiveFrom: HANDBOOK, source: '004 §二',
    description: { zh: '手册未规定日间手术', en: 'The handbook has no day surgery' },
  },
  remoteChronicDirect: {
    value: null,
    effectiveFrom: HANDBOOK, source: '004 §四2',
    description: {
      zh: '跨省门诊慢特病联网结算目前仅支持高血压、糖尿病、尿毒症透析、器官移植和恶性肿瘤5个病种（济宁病种目录未载于来源，按病种类别结算）',
      en: 'Cross-province chronic care settles directly for 5 diseases only; Jining claims carry a class, not a disease, so the check is not made',
    },
  },
  studentAbsenceNoCut: {
    value: false,
    effectiveFrom: HANDBOOK, source: '004 §四',
    description: { zh: '手册未规定学生异地就医', en: 'The handbook has no rule for students away' },
  },
  referringDesignation: {
    value: null,
    effectiveFrom: HANDBOOK, source: '004 §四',
    description: { zh: '手册未列出具有转诊资格的医疗机构名单', en: 'The handbook lists no referral hospitals' },
  },
  filingValidity: {
    value: {
      temporaryFilings: ['REFERRAL', 'SELF_REFERRAL', 'EMERGENCY'],
      temporaryMonths: null,
      longTermFilings: ['RELOCATED_RETIREE', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
      longTermChangeAfterMonths: 6,
    },
    effectiveFrom: HANDBOOK, source: '004 §四5',
    description: {
      zh: '“临时外出就医人员”备案即时办理即时生效，不设置有效期；“异地长期居住人员”备案长期有效，在备案地发生医疗费用的，变更备案或取消备案时限统一为6个月',
      en: 'Temporary filings have no end; long-term filings stay valid and may change after 6 months',
    },
    reading: 'The 6 months apply whether or not costs were incurred at the filed place (the service does not know).',
  },
  negotiatedDrugFiling: {
    value: null,
    effectiveFrom: HANDBOOK, source: '004 §二',
    description: { zh: '来源未规定谈判药品门诊备案', en: 'The source needs no negotiated-drug filing' },
  },
  twoDiseaseValidityYears: {
    value: null,
    effectiveFrom: HANDBOOK, source: '004 §二(二)',
    description: { zh: '来源未规定两病备案的有效期', en: 'The source gives a two-disease registration no end' },
  },
};
