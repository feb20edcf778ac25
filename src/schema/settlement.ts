/**
 * The `Settlement` (结算结果) with its lines (结算明细) and trace (结算过程), the claim input
 * types of the contract, and the public `estimateSettlement` query (no key, nothing stored).
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { City, InstitutionLevel, LongTermCareKind, RareDisease, StudentAbsence } from '../domain';
import {
  CHRONIC_CLASSES, CLINICAL_CONDITIONS, type ChildOrder, type ChronicClass, type ClinicalCondition,
  type Assumption, type SettlementInput as EngineInput, type InstitutionFacts, type Layer, type LineBound, type PersonProfile, type SettlementLine, type SettlementResult,
  type TraceStep,
} from '../engine/types';
import { SettlementError } from '../engine/errors';
import { billOf, settleAfter, settlePriors, type EstimateArgs } from './prior-claims';
import { checkLanzhouMaternityInstitution } from '../engine/lanzhou/maternity';
import type { Context } from '../context';
import { codedError, type ErrorCode } from '../error-codes';
import { forbiddenCharacterAt, forbiddenCharacterMessage } from '../text';
import type { InstitutionOnDate } from '../directory/read';
import { builder } from './builder';
import { institutionOn } from './institutions';
import {
  AssistanceCategoryEnum, CityEnum, EmployeeCategoryEnum, EnrolmentRouteEnum, ExclusionReasonEnum, FeeCategoryEnum,
  InstitutionLevelEnum, LongTermCareKindEnum, MaternityBeneficiaryEnum, RareDiseaseEnum, RemoteFilingEnum, SchemeEnum, StudentAbsenceEnum, TwoDiseaseEnum, VisitTypeEnum,
} from './enums';
import { institutionFacts } from '../records/designations';

/* ---------- output ---------- */

/** 结算层次: every layer of the engine, described (a new Layer without a description does not compile). */
const LAYER_DESCRIPTIONS: Record<Layer, string> = {
  BASIC: '基本医疗保险统筹基金 / Basic medical insurance pool (hifp_pay).',
  LARGE_AMOUNT: '职工大额医疗费用补助 / Employee large-amount supplementary insurance (hifob_pay).',
  CRITICAL_ILLNESS: '居民大病保险 / Resident critical-illness insurance (hifmi_pay).',
  ASSISTANCE: '医疗救助 / Medical assistance (maf_pay).',
  SECONDARY_ASSISTANCE: '二次倾斜救助 / Secondary (tilted) medical assistance.',
  MATERNITY: '生育保险基金 / Maternity insurance fund (MATERNITY_INPATIENT, MATERNITY_OUTPATIENT).',
};

export const SettlementLayerEnum = builder.enumType('SettlementLayer', {
  description: '结算层次 / The layer (fund) a settlement line belongs to.',
  values: Object.fromEntries(Object.entries(LAYER_DESCRIPTIONS).map(([v, d]) => [v, { value: v, description: d }])) as Record<Layer, { value: Layer; description: string }>,
});

const BOUND_DESCRIPTIONS: Record<LineBound['kind'], string> = {
  PAYMENT_CAP: '封顶线 / A cap on what the fund pays (e.g. 最高支付限额 of payments).',
  COST_CEILING: '最高支付限额（费用）/ A ceiling on the cost the fund settles, above which costs are personal.',
  THRESHOLD: '起付线 / The deductible threshold below which the fund pays nothing.',
};

export const LineBoundKindEnum = builder.enumType('LineBoundKind', {
  description: '限额类别 / What kind of bound stopped a line.',
  values: Object.fromEntries(Object.entries(BOUND_DESCRIPTIONS).map(([v, d]) => [v, { value: v, description: d }])) as Record<LineBound['kind'], { value: LineBound['kind']; description: string }>,
});

const LineBoundRef = builder.objectRef<LineBound>('LineBound').implement({
  description: 'The cap, ceiling or threshold that bound a line (封顶线, 最高支付限额, 起付线).',
  fields: (t) => ({
    kind: t.field({ type: LineBoundKindEnum, resolve: (b) => b.kind }),
    name: t.exposeString('name'),
    amount: t.field({ type: 'Money', resolve: (b) => b.amountFen }),
  }),
});

const SettlementLineRef = builder.objectRef<SettlementLine>('SettlementLine').implement({
  description: '结算明细 (setldetail): one layer or band of the settlement.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId', { description: 'Rule id of settlement-rules.md, e.g. LZ-E-IP-BANDS.' }),
    clause: t.exposeString('clause', { description: 'Source clause, e.g. "000 §二(二)1(4)".' }),
    layer: t.field({ type: SettlementLayerEnum, resolve: (l) => l.layer }),
    base: t.field({ type: 'Money', description: 'The cost settled on this line.', resolve: (l) => l.baseFen }),
    rate: t.field({ type: 'Percent', description: '支付比例 in percent: "94.00" = 94 % of base.', resolve: (l) => l.rateBp }),
    amount: t.field({ type: 'Money', description: 'base × rate, rounded to the fen as the rule says.', resolve: (l) => l.amountFen }),
    bandFrom: t.field({ type: 'Money', nullable: true, description: 'Band start on the year\'s cumulative position.', resolve: (l) => l.band?.fromFen ?? null }),
    bandTo: t.field({ type: 'Money', nullable: true, description: 'Band end (null = open).', resolve: (l) => l.band?.toFen ?? null }),
    boundBy: t.field({ type: LineBoundRef, nullable: true, resolve: (l) => l.boundBy ?? null }),
  }),
});

const SettlementAssumptionRef = builder.objectRef<Assumption>('SettlementAssumption').implement({
  description: 'A reading the settlement rests on because a fact was unknown, for a client to show, e.g. "grade unknown: settled as 三级甲等".',
  fields: (t) => ({
    code: t.string({ description: 'GRADE_UNKNOWN (三级, 甲乙等 not known) or LEVEL_UNKNOWN (民营 or not rated).', resolve: (a) => a.kind }),
    message: t.string({
      description: '说明 / What was assumed, in English (default) or Chinese (locale: ZH).',
      args: { locale: t.arg({ type: LocaleEnum, defaultValue: 'EN', description: '语言 / EN or ZH.' }) },
      resolve: (a, { locale }) => (locale === 'ZH' ? a.messageZh ?? a.message : a.message),
    }),
    parameter: t.exposeString('parameter', { description: 'The policy-pack parameter holding the reading (see policyPacks).' }),
    clause: t.exposeString('clause', { description: 'The source clause the reading rests on.' }),
    assumedLevel: t.field({ type: InstitutionLevelEnum, description: 'The level the claim was settled at.', resolve: (a) => a.assumedLevel }),
  }),
});

export const LocaleEnum = builder.enumType('Locale', {
  description: '语言 / The language of a text the API words.',
  values: {
    EN: { value: 'EN', description: '英文 / English' },
    ZH: { value: 'ZH', description: '中文（简体）/ Chinese (simplified)' },
  } as const,
});

export const TraceStepRef = builder.objectRef<TraceStep>('TraceStep').implement({
  description: '结算过程: one step, with the rule id and the source clause it rests on.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    clause: t.exposeString('clause'),
    message: t.string({
      description: '结算过程说明 / What the step did, in English (default) or Chinese (locale: ZH). Settlements stored before the Chinese text existed answer English.',
      args: { locale: t.arg({ type: LocaleEnum, defaultValue: 'EN', description: '语言 / EN or ZH.' }) },
      resolve: (step, { locale }) => (locale === 'ZH' ? step.messageZh ?? step.message : step.message),
    }),
  }),
});

const money = (description: string, pick: (s: SettlementResult) => number) => ({ description, pick });

/** The contract's amount fields, with the national interface names. */
const AMOUNT_FIELDS = {
  totalAmount: money('医疗费总额 (medfee_sumamt).', (s) => s.totalAmount),
  fullSelfPayAmount: money('全自费金额 (fulamt_ownpay_amt).', (s) => s.fullSelfPayAmount),
  preSelfPayAmount: money('先行自付金额 (preselfpay_amt).', (s) => s.preSelfPayAmount),
  policyAmount: money('政策范围内费用 (inscp_scp_amt).', (s) => s.policyAmount),
  deductible: money('实际支付起付线 (act_pay_dedc).', (s) => s.deductible),
  basicPoolPayment: money('基本医疗保险统筹基金支出 (hifp_pay). For RETIRED_CADRE, the retired cadres\' medical fund (离休干部医疗费, 000 §七), lines LZ-RC-*. For a Jining LONG_TERM_CARE claim: the 长期护理保险基金 payment (lines JN-LTC), the contract having no field of its own for it.', (s) => s.basicPoolPayment),
  largeAmountPayment: money('职工大额医疗费用补助 (hifob_pay). In Jining it also carries the employee 大病 layer (stay critical illness JN-E-CRIT, 特药 JN-SPECIAL-DRUG, 罕见病 JN-RARE-DISEASE): 004 §二(一)4 unifies 职工大额医疗费用补助 and 职工大病保险 as "职工大额医疗费用补助", so that fund pays them; the lines keep their rule ids.', (s) => s.largeAmountPayment),
  criticalIllnessPayment: money('居民大病保险 (hifmi_pay): the residents\' critical-illness insurance (Jining residents\' 特药 and 罕见病 drugs too). Employees\' 大病 payments are in largeAmountPayment.', (s) => s.criticalIllnessPayment),
  assistancePayment: money('医疗救助基金支出 (maf_pay).', (s) => s.assistancePayment),
  secondaryAssistancePayment: money('二次倾斜救助.', (s) => s.secondaryAssistancePayment),
  maternityPayment: money('生育保险基金支付 / Maternity fund: MATERNITY_INPATIENT and MATERNITY_OUTPATIENT claims; 0 otherwise. Included in fundPaymentTotal.', (s) => s.maternityPayment),
  fundPaymentTotal: money('基金支付总额 (fund_pay_sumamt).', (s) => s.fundPaymentTotal),
  personalPayment: money('个人负担总金额 (psn_part_amt).', (s) => s.personalPayment),
  personalAccountPayment: money('个人账户支出 (acct_pay).', (s) => s.personalAccountPayment),
  cashPayment: money('个人现金支出 (psn_cash_pay).', (s) => s.cashPayment),
};

/** Adds the contract's settlement fields to an object type whose parent holds a SettlementResult. */
export function settlementFields<P>(t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, P>, of: (parent: P) => SettlementResult) {
  const amounts = Object.fromEntries(
    Object.entries(AMOUNT_FIELDS).map(([name, f]) => [name, t.field({ type: 'Money', description: f.description, resolve: (p: P) => f.pick(of(p)) })]),
  );
  return {
    ...amounts,
    policyPack: t.string({ description: 'The policy pack applied, e.g. "lanzhou-2024".', resolve: (p: P) => of(p).policyPack }),
    year: t.int({ description: 'The accumulator year (年度) the claim counts in.', resolve: (p: P) => of(p).accumulatorYear }),
    lines: t.field({ type: [SettlementLineRef], description: 'setldetail: one line per layer and band.', resolve: (p: P) => of(p).lines }),
    trace: t.field({ type: [TraceStepRef], description: 'Every step with its rule id and source clause.', resolve: (p: P) => of(p).trace }),
    assumptions: t.field({
      type: [SettlementAssumptionRef],
      description: 'The readings the settlement rests on where a fact was unknown (e.g. a hospital\'s grade); empty when none.',
      resolve: (p: P) => of(p).assumptions ?? [],
    }),
  };
}

/**
 * `Settlement`, the contract's settlement fields, is an interface so that both an estimate
 * and a settlement on record (`SettlementRecord`, from settleClaim) answer `... on Settlement`.
 */
export const SettlementInterface = builder.interfaceRef<SettlementResult>('Settlement').implement({
  description: '结算结果: how the bill splits between the funds and the person, exact to the fen.',
  resolveType: (value) => ('status' in value ? 'SettlementRecord' : 'SettlementEstimate'),
  fields: (t) => settlementFields(t as never, (s: SettlementResult) => s) as never,
});

export const SettlementRef = builder.objectRef<SettlementResult>('SettlementEstimate').implement({
  description: '结算预估: a settlement computed for an estimate; nothing is stored.',
  interfaces: [SettlementInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && !('status' in value),
  fields: () => ({}),
});

/* ---------- input ---------- */

export const ChronicClassEnum = builder.enumType('ChronicClass', {
  description: '门诊慢特病病种类别 (chronic disease class, Jining).',
  values: Object.fromEntries(CHRONIC_CLASSES.map((c) => [c, {
    value: c,
    description: c === 'A' ? '甲类病种 (class A; a person with both classes is class A)' : '乙类病种 (class B)',
  }])) as Record<ChronicClass, { value: ChronicClass; description: string }>,
});

const CONDITION_NAMES: Record<ClinicalCondition, string> = {
  MALIGNANT_TUMOUR: '恶性肿瘤 (malignant tumour: the stay deductible is charged once a year)',
  MENTAL_ILLNESS: '精神疾病 (mental illness: no stay deductible)',
  SEVERE_MENTAL_ILLNESS: '重度精神病 (severe mental illness: no stay or chronic deductible)',
  UREMIA: '尿毒症 (uremia: no chronic deductible)',
  HEMOPHILIA: '血友病 (haemophilia: no chronic deductible)',
  TUBERCULOSIS: '肺结核、肺外其他部位结核 (tuberculosis: resident class B rates 65/60/60%)',
  DRUG_RESISTANT_TUBERCULOSIS: '耐多药结核、广泛耐药结核 (drug-resistant tuberculosis: rates as tuberculosis, cap shared with stays)',
  CHRONIC_HEPATITIS: '慢性乙型、丙型病毒性肝炎 (chronic hepatitis B or C: resident class B rates 65/60/60%)',
  LIVER_CIRRHOSIS: '肝硬化 (liver cirrhosis: resident class B rates 65/60/60%)',
};

export const ClinicalConditionEnum = builder.enumType('ClinicalCondition', {
  description: '病情: the condition treated, where a rule depends on it (Jining).',
  values: Object.fromEntries(CLINICAL_CONDITIONS.map((c) => [c, { value: c, description: CONDITION_NAMES[c] }])) as Record<ClinicalCondition, { value: ClinicalCondition; description: string }>,
});

export const ChildOrderEnum = builder.enumType('ChildOrder', {
  description: '生育孩次 (child order) for a resident birth subsidy (Jining).',
  values: {
    FIRST: { value: 1 as ChildOrder, description: '一孩 (first child)' },
    SECOND: { value: 2 as ChildOrder, description: '二孩 (second child)' },
    THIRD_OR_LATER: { value: 3 as ChildOrder, description: '三孩及以上 (third or later child)' },
  },
});

export const PersonProfileInput = builder.inputType('PersonProfileInput', {
  description: '参保人信息 / The person as far as the settlement needs to know.',
  fields: (t) => ({
    employeeCategory: t.field({ type: EmployeeCategoryEnum, description: '职工类别; required for EMPLOYEE.' }),
    retired: t.boolean({ description: '退休; default false.' }),
    assistanceCategory: t.field({ type: AssistanceCategoryEnum, description: '医疗救助对象类别.' }),
    consecutiveEnrollmentYears: t.int({ description: '居民连续参保年数, ending with the claim year; default 1.' }),
    minor: t.boolean({ description: '未成年人; default false.' }),
    assistanceMajorDiseaseCode: t.string({ description: '医疗救助重特大疾病 (附表7) code, raising the assistance limit.' }),
    student: t.boolean({ description: '学生 (full-time student of any age): Jining accident outpatient covers students and other minors; default false.' }),
    maternityBeneficiary: t.field({
      type: MaternityBeneficiaryEnum,
      description: '生育保险待遇对象 of a maternity claim: INSURED (default) or UNINSURED_SPOUSE (a male employee\'s uninsured spouse; Lanzhou pays 50% of the woman\'s standard for a delivery). Ignored by other visit types.',
    }),
    retiredCadreWartime: t.boolean({ description: 'RETIRED_CADRE: 老红军 or joined the revolution during the war of resistance (抗日战争时期参加革命): outpatient quota 4,000 a year instead of 3,000 (Lanzhou 000 §七2(2)); default false.' }),
    retiredCadrePrefectureLevel: t.boolean({ description: 'RETIRED_CADRE: 地级离休干部: outpatient policy amount paid in full, no quota (Lanzhou 000 §七2(5)); default false.' }),
    enrolledSince: t.field({
      type: 'Date',
      description: '参保缴费起始日: first day of the current unbroken enrolment; for a flexible worker (灵活就业), the start of the continuous contributions. '
        + 'Checks the waiting period (待遇享受等待期): employees from the next month, Lanzhou flexible workers from the month after 6 months of contribution; '
        + 'residents by benefit year (1 January = a regular enrolment). Omitted: not checked (the trace says so).',
    }),
    contributionGapMonths: t.int({ description: '中断缴费月数: months without contributions just before enrolledSince (Jining flexible workers: more than 3 means a 3-month wait); default 0.' }),
    enrolmentRoute: t.field({ type: EnrolmentRouteEnum, description: '参保途径 (newborn, student, veteran, continuous scheme transfer), where it changes when benefits start; omitted = ordinary.' }),
    stays: t.field({
      type: [StayPeriodInput],
      description: '住院/日间手术期间 the caller knows of (settleClaim reads them from the records): an outpatient, chronic or two-disease claim dated inside one is refused (OUTPATIENT_DURING_STAY).',
    }),
  }),
});

export const StayPeriodInput = builder.inputType('StayPeriodInput', {
  description: '住院期间: a stay or day surgery of the person, from admission to discharge.',
  fields: (t) => ({
    admissionDate: t.field({ type: 'Date', required: true, description: '入院日期 (admission).' }),
    dischargeDate: t.field({ type: 'Date', required: true, description: '出院日期 (discharge; the discharge day itself is outside the stay).' }),
    daySurgery: t.boolean({ description: '日间手术 (day surgery) rather than a stay; default false.' }),
  }),
});

export const RemoteCareInput = builder.inputType('RemoteCareInput', {
  description: '异地就医 / Remote care: where the person was treated away from home.',
  fields: (t) => ({
    crossProvince: t.boolean({ required: true, description: '跨省异地就医.' }),
    filing: t.field({ type: RemoteFilingEnum, description: '备案类型.' }),
    filedByCommitmentWithoutProof: t.boolean({ description: '承诺制备案且未补齐材料, treated back home.' }),
    studentAbsence: t.field({ type: StudentAbsenceEnum, description: '参保大中专学生实习、寒暑假、休学期间在异地住院 (Lanzhou residents\' stays): settled without the remote-care cut (000 §六(二)5(4)).' }),
  }),
});

export const FeeItemInput = builder.inputType('FeeItemInput', {
  description: '费用明细 / One fee line of the bill.',
  fields: (t) => ({
    name: t.string({ required: true, description: '项目名称 / The item\'s name, at most 200 characters.' }),
    category: t.field({ type: FeeCategoryEnum, required: true, description: '费用类别 / Class A, class B or self-pay.' }),
    amount: t.field({ type: 'Money', required: true, description: '金额 / The amount in yuan.' }),
    tcm: t.boolean({ description: '中药或中医诊疗项目.' }),
    negotiatedDrug: t.boolean({ description: '单独支付管理的谈判/竞价药品.' }),
    diseaseCode: t.string({ description: 'The disease this item treats: required on every item when a Yinchuan chronic claim names two diseases (each disease keeps its own annual cap).' }),
    accountExcluded: t.boolean({ description: '公共卫生费用、体育健身或养生保健: must be SELF_PAY; no personal account (own or family, 家庭共济) pays it (000 §二(二)1(1)3; 001 第十七条); default false.' }),
  }),
});

export const LongTermCareInput = builder.inputType('LongTermCareInput', {
  description: '长期护理 / Long-term care (Jining LONG_TERM_CARE): the kind of care applied for, the care days billed, and the disability grade.',
  fields: (t) => ({
    kind: t.field({ type: LongTermCareKindEnum, required: true, description: '服务形式 / The kind of care.' }),
    days: t.int({ required: true, description: 'Care days the bill covers, 1-366, ending on the claim\'s date (resident home care: 30 yuan a day at most).' }),
    disabilityGrade: t.int({ description: '长期护理失能等级 0-5 (grade 2: settled at the home-care standard; grade 3: medical care at the institutional standard; below 2: no benefit). Omitted: the kind\'s own standard; settleClaim takes it from the assessment on record.' }),
  }),
});

/** The claim fields shared by estimateSettlement's and settleClaim's inputs. */
export const claimInputFields = (t: PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<any>, 'InputObject'>) => ({
  visitType: t.field({ type: VisitTypeEnum, required: true, description: '就诊类型 / The kind of visit.' }),
  date: t.field({ type: 'Date', required: true, description: 'Service date; for a stay, the discharge date (出院日期).' }),
  institutionId: t.id({ description: 'The institution (its level comes from the directory); or give institutionLevel.' }),
  institutionLevel: t.field({ type: InstitutionLevelEnum, description: '医疗机构等级 / The institution level, when no institutionId is given (or to check it).' }),
  chronicDiseaseCodes: t.stringList({ description: 'CHRONIC_OUTPATIENT: approved disease codes (at most 2). Yinchuan: a bill may treat two diseases, each item then giving its diseaseCode.' }),
  majorDiseaseCode: t.string({ description: 'Resident major-disease stay (重大疾病, 附表4).' }),
  twoDiseases: t.field({ type: [TwoDiseaseEnum], description: 'TWO_DISEASE_OUTPATIENT.' }),
  tcmDayDiseaseCode: t.string({ description: 'TCM_DAY_CLINIC: the day-clinic disease (附表5-1).' }),
  remote: t.field({ type: RemoteCareInput, description: '异地就医 / Remote care; omitted = treated at home.' }),
  signedFamilyDoctor: t.boolean({ description: '签约家庭医生团队: resident general outpatient (Jining) pays 60% when signed, 50% otherwise; default false.' }),
  childOrder: t.field({ type: ChildOrderEnum, description: '住院分娩孩次: a resident birth stay (Jining) is paid the lower of the bill and the subsidy; omit when the stay also treats another disease.' }),
  accident: t.boolean({ description: '无责任人的意外伤害 (injury with no liable third party): Jining resident accident stays and students\' or minors\' accident outpatient; default false.' }),
  chronicClass: t.field({ type: ChronicClassEnum, description: '门诊慢特病病种类别: CHRONIC_OUTPATIENT in Jining (the disease lists are not in the source).' }),
  tcmHospital: t.boolean({ description: '中医医疗机构: a stay at a TCM hospital, or a chronic patient designated at a TCM institution (Jining: lower deductibles); default false.' }),
  condition: t.field({ type: ClinicalConditionEnum, description: '病情: the condition treated, where a Jining rule depends on it (deductibles, rates, caps).' }),
  insulin: t.boolean({ description: '糖尿病使用胰岛素: TWO_DISEASE_OUTPATIENT in Jining (cap 600 instead of 300); default false.' }),
  longTermCare: t.field({ type: LongTermCareInput, description: 'LONG_TERM_CARE (Jining): required there, refused elsewhere.' }),
  pureTcmTherapy: t.boolean({ description: '纯中医疗法: an employee stay in Jining treated with pure TCM therapy (deductible 100 lower; 90%, retirees 95% at primary); default false.' }),
  rareDisease: t.field({ type: RareDiseaseEnum, description: 'RARE_DISEASE_DRUG (Jining): the registered rare disease treated; settleClaim takes it from the registration when omitted.' }),
  admissionDate: t.field({
    type: 'Date',
    description: '入院日期 (admission date) of an INPATIENT or DAY_SURGERY claim (`date` is the discharge date): the stay\'s days pause outpatient benefits, '
      + 'day surgery lasts at most 48 hours, and the waiting period counts from admission. Omitted: admitted on `date`.',
  }),
  daySurgeryDiseaseCode: t.string({ description: '日间手术病种 (DAY_SURGERY, Lanzhou 附表2-1, e.g. "LZ-DS-01"): required when the institution is known, checked whenever given.' }),
  prescriptionDays: t.int({ description: '单次处方天数 of outpatient negotiated drugs (Lanzhou: at most 30, PRESCRIPTION_TOO_LONG).' }),
  exclusionReason: t.field({ type: ExclusionReasonEnum, description: '不予支付的情形: a reason the basic fund does not pay (work injury, liable third party, …); the claim is refused (EXCLUDED_FROM_COVERAGE), naming it.' }),
  maternityProcedureCode: t.string({
    description: '生育保险项目 / MATERNITY_INPATIENT and MATERNITY_OUTPATIENT (required there): the procedure, a code of maternityFixedRates(city), e.g. LZ-MAT-05 正常产, LZ-MAT-11 产前检查费, JN-MAT-01 顺产, JN-FP-03 放置宫内节育器.',
  }),
  maternityComplication: t.boolean({
    description: '合并症 / MATERNITY_INPATIENT: the stay treated a complication. Lanzhou out of the province: settled by item instead of at the 附表3-1 fixed rate. Jining: refused (a complication stay is an INPATIENT claim under the basic rules). Default false.',
  }),
  items: t.field({ type: [FeeItemInput], required: true, description: '费用明细 / The fee items of the bill.' }),
});

/** Upper bound on the earlier bills of an estimate (priorClaims): a year of stays and visits fits well within it. */
export const MAX_PRIOR_CLAIMS = 100;

export const PriorClaimInputRef = builder.inputType('PriorClaimInput', {
  description: '本年度此前的一笔费用: an earlier bill of the same year, with the claim fields of SettlementInput (its city, scheme and person are the input\'s).',
  fields: (t) => ({ ...claimInputFields(t as never) }),
});

export const SettlementInputRef = builder.inputType('SettlementInput', {
  description: '结算预估输入 / A bill to estimate: the person, the institution and the fee items.',
  fields: (t) => ({
    city: t.field({ type: CityEnum, required: true, description: '参保地 / The city the person is insured in.' }),
    scheme: t.field({ type: SchemeEnum, required: true, description: '险种 / The insurance scheme.' }),
    person: t.field({ type: PersonProfileInput, required: true, description: '参保人信息 / What the settlement needs to know of the person.' }),
    ...claimInputFields(t as never),
    priorClaims: t.field({
      type: [PriorClaimInputRef],
      description: `本年度此前的费用: the year's earlier bills (at most ${MAX_PRIOR_CLAIMS}), settled in date order from an empty year; the bill is then settled as the claim after them, as settleClaim would. Each must be of the bill's year and dated on or before it. Nothing is stored.`,
    }),
  }),
});

/** Upper bound on fee items per claim (a hospital stay's itemised bill fits well within it). */
export const MAX_ITEMS_PER_CLAIM = 5_000;
/** Upper bound on a fee item's name (项目名称): a drug or service name with its specification. */
export const MAX_ITEM_NAME_LENGTH = 200;

export interface ClaimArgs {
  visitType: EngineInput['visitType'];
  date: string;
  institutionId?: string | null;
  institutionLevel?: InstitutionLevel | null;
  chronicDiseaseCodes?: string[] | null;
  majorDiseaseCode?: string | null;
  twoDiseases?: EngineInput['twoDiseases'] | null;
  tcmDayDiseaseCode?: string | null;
  remote?: {
    crossProvince: boolean; filing?: EngineInput['remote'] extends infer R ? R extends { filing?: infer F } ? F | null : never : never;
    filedByCommitmentWithoutProof?: boolean | null; studentAbsence?: StudentAbsence | null;
  } | null;
  signedFamilyDoctor?: boolean | null;
  childOrder?: ChildOrder | null;
  accident?: boolean | null;
  chronicClass?: ChronicClass | null;
  tcmHospital?: boolean | null;
  condition?: ClinicalCondition | null;
  insulin?: boolean | null;
  longTermCare?: { kind: LongTermCareKind; days: number; disabilityGrade?: number | null } | null;
  pureTcmTherapy?: boolean | null;
  rareDisease?: RareDisease | null;
  admissionDate?: string | null;
  daySurgeryDiseaseCode?: string | null;
  exclusionReason?: EngineInput['exclusionReason'] | null;
  prescriptionDays?: number | null;
  maternityProcedureCode?: string | null;
  maternityComplication?: boolean | null;
  items: { name: string; category: EngineInput['items'][number]['category']; amount: number; tcm?: boolean | null; negotiatedDrug?: boolean | null; diseaseCode?: string | null; accountExcluded?: boolean | null }[];
}

/** A validation problem with the input path, for GraphQL errors and mutation userErrors. */
export class InputProblem extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string[],
    message: string,
  ) {
    super(message);
  }
}

/** A claim at an institution is refused on and after the day it closed, and before it was listed. */
export function refuseUnlisted(onDate: InstitutionOnDate): void {
  if (onDate.status === 'CLOSED') {
    throw new InputProblem('INSTITUTION_CLOSED', ['institutionId'], `The institution is closed from ${onDate.institution.closedFrom}; the service date is ${onDate.date}.`);
  }
  if (onDate.status === 'NOT_YET_LISTED') {
    throw new InputProblem('INSTITUTION_NOT_YET_LISTED', ['institutionId'], `The institution is in the directory only from a later day than ${onDate.date}.`);
  }
}

/** Resolves the institution (by id, at its level on the service date, or by level) and builds the engine's claim input. */
export async function toEngineClaim(ctx: Context, city: City, args: ClaimArgs): Promise<Omit<EngineInput, 'scheme' | 'person'>> {
  if (args.items.length > MAX_ITEMS_PER_CLAIM) {
    throw new InputProblem('TOO_MANY_ITEMS', ['items'], `A claim has at most ${MAX_ITEMS_PER_CLAIM} items; got ${args.items.length}.`);
  }
  const longName = args.items.findIndex((i) => i.name.length > MAX_ITEM_NAME_LENGTH);
  if (longName >= 0) {
    throw new InputProblem('ITEM_NAME_TOO_LONG', ['items', String(longName), 'name'], `An item's name has at most ${MAX_ITEM_NAME_LENGTH} characters.`);
  }
  const emptyName = args.items.findIndex((i) => i.name.trim() === '');
  if (emptyName >= 0) throw new InputProblem('EMPTY_ITEM_NAME', ['items', String(emptyName), 'name'], 'An item needs a name (项目名称).');
  for (const [i, item] of args.items.entries()) {
    const bad = forbiddenCharacterAt(item.name);
    if (bad >= 0) throw new InputProblem('CONTROL_CHARACTER', ['items', String(i), 'name'], forbiddenCharacterMessage("An item's name", item.name, bad));
  }
  let level = args.institutionLevel ?? null;
  let institutionFound: InstitutionFacts | undefined;
  if (args.institutionId != null) {
    let decoded: { typename: string; id: string } | null = null;
    try {
      decoded = decodeGlobalID(args.institutionId);
    } catch {
      decoded = null;
    }
    const id = decoded?.typename === 'Institution' ? Number(decoded.id) : NaN;
    const institution = Number.isSafeInteger(id) ? await ctx.loaders.institution.load(id) : null;
    if (!institution) throw new InputProblem('UNKNOWN_INSTITUTION', ['institutionId'], 'No institution has this id.');
    if (institution.city !== city) {
      throw new InputProblem('INSTITUTION_IN_OTHER_CITY', ['institutionId'], `The institution is in ${institution.city}, not ${city}; describe remote care with "remote".`);
    }
    // The level in force on the service date (directory history), not today's.
    const onDate = await institutionOn(ctx, institution, args.date);
    refuseUnlisted(onDate);
    if (level && level !== onDate.level) {
      throw new InputProblem('LEVEL_MISMATCH', ['institutionLevel'], `The institution's level on ${args.date} is ${onDate.level}, not ${level}.`);
    }
    level = onDate.level;
    institutionFound = institutionFacts(onDate);
    if (city === 'LANZHOU') checkLanzhouMaternityInstitution({ ...args, maternityProcedureCode: args.maternityProcedureCode ?? undefined, remote: args.remote ? { crossProvince: args.remote.crossProvince } : undefined }, institution.name);
  }
  if (!level) throw new InputProblem('MISSING_INSTITUTION', ['institutionId'], 'Give institutionId or institutionLevel.');
  const { remote, items, longTermCare } = args;
  return {
    ...withoutNulls(pick(args, CLAIM_OPTIONS)),
    visitType: args.visitType,
    date: args.date,
    city,
    institutionLevel: level,
    ...(institutionFound ? { institution: institutionFound } : {}),
    remote: remote ? withoutNulls(remote) : undefined,
    longTermCare: longTermCare ? withoutNulls(longTermCare) : undefined,
    items: items.map(({ amount, ...item }) => ({ ...withoutNulls(item), amountFen: amount })),
  };
}

/** The claim's optional inputs that go to the engine as they are (institution, remote and items are resolved). */
const CLAIM_OPTIONS = [
  'chronicDiseaseCodes', 'majorDiseaseCode', 'twoDiseases', 'tcmDayDiseaseCode', 'signedFamilyDoctor', 'childOrder',
  'accident', 'chronicClass', 'tcmHospital', 'condition', 'insulin', 'pureTcmTherapy', 'rareDisease', 'admissionDate', 'daySurgeryDiseaseCode', 'exclusionReason',
  'prescriptionDays',
  'maternityProcedureCode', 'maternityComplication',
] as const satisfies readonly (keyof ClaimArgs)[];

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = value[key];
  return picked;
}

/** GraphQL gives null for an omitted optional input; the engine's inputs say undefined. */
export function withoutNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = (value as Record<string, unknown>)[key] ?? undefined;
  return out as { [K in keyof T]: Exclude<T[K], null> };
}

/**
 * One error path: the input path of a problem, from the argument's name, e.g. ["input",
 * "items", "2", "amount"], the same in a query's `extensions.field` as in a mutation's
 * `userErrors.field`.
 */
export function inputPath(field: readonly string[]): string[] {
  return ['input', ...field];
}

/** Maps an engine or input problem to a GraphQL error with its code; anything else is rethrown (and masked). */
export function asGraphQLError(error: unknown): never {
  if (error instanceof SettlementError || error instanceof InputProblem) {
    const clause = error instanceof SettlementError ? error.clause : undefined;
    throw codedError(error.code, error.message, { field: inputPath(error.field), ...(clause ? { clause } : {}) });
  }
  throw error;
}

export interface PersonArgs {
  employeeCategory?: PersonProfile['employeeCategory'] | null;
  retired?: boolean | null;
  assistanceCategory?: PersonProfile['assistanceCategory'] | null;
  consecutiveEnrollmentYears?: number | null;
  minor?: boolean | null;
  assistanceMajorDiseaseCode?: string | null;
  student?: boolean | null;
  enrolledSince?: string | null;
  contributionGapMonths?: number | null;
  enrolmentRoute?: PersonProfile['enrolmentRoute'] | null;
  stays?: { admissionDate: string; dischargeDate: string; daySurgery?: boolean | null }[] | null;
  maternityBeneficiary?: PersonProfile['maternityBeneficiary'] | null;
  retiredCadreWartime?: boolean | null;
  retiredCadrePrefectureLevel?: boolean | null;
}

/** The engine's person profile from PersonProfileInput. */
export function toEnginePerson(p: PersonArgs): PersonProfile {
  const person: PersonProfile = withoutNulls(
    pick(p, ['employeeCategory', 'retired', 'assistanceCategory', 'consecutiveEnrollmentYears', 'minor', 'assistanceMajorDiseaseCode', 'student',
      'enrolledSince', 'contributionGapMonths', 'enrolmentRoute', 'maternityBeneficiary', 'retiredCadreWartime', 'retiredCadrePrefectureLevel']),
  );
  if (p.stays != null) {
    person.stays = p.stays.map((s) => ({ admissionDate: s.admissionDate, dischargeDate: s.dischargeDate, visitType: s.daySurgery ? 'DAY_SURGERY' : 'INPATIENT' }));
  }
  return person;
}

builder.queryField('estimateSettlement', (t) =>
  t.field({
    type: SettlementInterface,
    description: '结算预估: settles a bill as the person\'s first claim of the year, or as the claim after its priorClaims (the year\'s earlier bills). No key needed; nothing is stored.',
    args: { input: t.arg({ type: SettlementInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      try {
        const bill = await billOf(ctx, input as EstimateArgs);
        return settleAfter(bill, await settlePriors(ctx, input as EstimateArgs, bill));
      } catch (error) {
        return asGraphQLError(error);
      }
    },
  }),
);
