/**
 * Input and output of the settlement engine (结算). Names follow the public contract's
 * SettlementInput and Settlement; every amount is integer fen (分) and every rate integer
 * basis points. The engine is pure: the same input and accumulators give the same result.
 */
import type {
  AssistanceCategory, City, Designation, EmployeeCategory, EnrolmentRoute, ExclusionReason, FeeCategory,
  InstitutionLevel, LongTermCareKind, MaternityBeneficiary, RareDisease, RemoteFiling, Scheme, StudentAbsence, TwoDisease, VisitType,
} from '../domain';
import type { Accumulators } from './accumulators';

export const CHRONIC_CLASSES = ['A', 'B'] as const;
/** 门诊慢特病病种类别 (Jining): 甲类 (A) or 乙类 (B); a person with both is class A. */
export type ChronicClass = (typeof CHRONIC_CLASSES)[number];

export const CLINICAL_CONDITIONS = [
  'MALIGNANT_TUMOUR', 'MENTAL_ILLNESS', 'SEVERE_MENTAL_ILLNESS', 'UREMIA', 'HEMOPHILIA', 'TUBERCULOSIS',
  'DRUG_RESISTANT_TUBERCULOSIS', 'CHRONIC_HEPATITIS', 'LIVER_CIRRHOSIS',
] as const;
/**
 * The condition treated, where a rule depends on it (Jining): 恶性肿瘤, 精神疾病, 重度精神病, 尿毒症,
 * 血友病, 肺结核/肺外其他部位结核, 耐多药结核/广泛耐药结核, 慢性乙型/丙型病毒性肝炎, 肝硬化.
 */
export type ClinicalCondition = (typeof CLINICAL_CONDITIONS)[number];

/** 生育孩次 for a resident birth subsidy: 1, 2, or 3 for the third and any later child. */
export type ChildOrder = 1 | 2 | 3;

/** One fee line of the claim (费用明细). */
export interface FeeItem {
  name: string;
  /** 甲类 / 乙类 / 自费. */
  category: FeeCategory;
  amountFen: number;
  /** 中药 or 中医诊疗项目. */
  tcm?: boolean;
  /** 单独支付管理的谈判/竞价药品. */
  negotiatedDrug?: boolean;
  /** The disease the item treats, when a claim names two (Yinchuan chronic outpatient: each disease keeps its own cap). */
  diseaseCode?: string;
  /**
   * 公共卫生费用、体育健身或养生保健: outside basic coverage (SELF_PAY) and not payable from a
   * personal account, the holder's own or a family one (000 §二(二)1(1)3; 001 第十七条).
   */
  accountExcluded?: boolean;
}

/** The insured person as far as the claim needs (参保人). */
export interface PersonProfile {
  /** Required for EMPLOYEE. */
  employeeCategory?: EmployeeCategory;
  retired?: boolean;
  /** 医疗救助对象类别; absent = not an assistance recipient. */
  assistanceCategory?: AssistanceCategory;
  /** 学生 (full-time student of any age): Jining accident outpatient covers students and other minors. */
  student?: boolean;
  /** Resident: consecutive years of enrolment in the city ending with the claim year (default 1). */
  consecutiveEnrollmentYears?: number;
  minor?: boolean;
  /** A disease of the assistance major-disease list (Lanzhou 附表7, 'LZ-AMD-NN'): raises the assistance limit. */
  assistanceMajorDiseaseCode?: string;
  /** 生育保险待遇对象 of a maternity claim: the member (default) or a male employee's uninsured spouse (50%, Lanzhou). */
  maternityBeneficiary?: MaternityBeneficiary;
  /** RETIRED_CADRE: 老红军 or joined the revolution during the war of resistance (outpatient quota 4,000, not 3,000). */
  retiredCadreWartime?: boolean;
  /** RETIRED_CADRE: 地级离休干部 (outpatient policy amount paid in full, no quota). */
  retiredCadrePrefectureLevel?: boolean;
  /**
   * 参保缴费起始日: first day of the current unbroken enrolment (for a flexible worker, of the
   * continuous contributions). Omitted: the waiting period is not checked (the trace says so).
   */
  enrolledSince?: string;
  /** 中断缴费月数: months without contributions just before `enrolledSince` (Jining flexible workers). */
  contributionGapMonths?: number;
  /** 参保途径: how the current enrolment began, where that changes when benefits start. */
  enrolmentRoute?: EnrolmentRoute;
  /** The person's settled stays and day surgery (住院/日间手术期间): outpatient benefits pause during them. */
  stays?: StayPeriod[];
  /** The person's settled outpatient claims around a stay being settled (settleClaim gives them): a stay refuses to settle over them. */
  outpatientVisits?: OutpatientVisit[];
}

/** A stay or day surgery of the person on record: admitted on `admissionDate`, discharged on `dischargeDate`. */
export interface StayPeriod {
  admissionDate: string;
  dischargeDate: string;
  visitType: 'INPATIENT' | 'DAY_SURGERY';
}

/** A negotiated-drug filing (三定备案) of the person valid on the service date. */
export interface NegotiatedDrugFilingFacts {
  drug: string;
  /** The chosen institution or pharmacy (定点购药机构). */
  institutionName: string;
  /** The claim is at the chosen institution. */
  atThisInstitution: boolean;
}

/** An outpatient claim of the person on record: its service date, visit type and a reference (the settlement's id). */
export interface OutpatientVisit {
  date: string;
  visitType: VisitType;
  reference: string;
}

/** What the directory says of the institution the claim is at, on the service date (known: institutionId or the key's institution). */
export interface InstitutionFacts {
  name: string;
  /** 定点资格 the institution holds on the service date. */
  designations: Designation[];
}

/** 长期护理 (Jining long-term care): the kind of care applied for, the days billed, and the assessed grade. */
export interface LongTermCare {
  kind: LongTermCareKind;
  /** Care days the bill covers (the last of them is the claim's date). */
  days: number;
  /** 长期护理失能等级 (0-5) of the assessment; omitted = settled at the kind's own standard. */
  disabilityGrade?: number;
}

/** 异地就医 context; omitted = treated at home. */
export interface RemoteCare {
  /** Treated in another province (跨省). */
  crossProvince: boolean;
  /** The person's filing (备案类型). */
  filing?: RemoteFiling;
  /**
   * A long-term filer who filed by commitment only (承诺制备案) and did not supply proof of
   * residence before discharge; matters when treated back in the home city.
   */
  filedByCommitmentWithoutProof?: boolean;
  /** An enrolled student away for an internship, a vacation or a suspension (实习, 寒暑假, 休学): no remote-care cut (Lanzhou). */
  studentAbsence?: StudentAbsence;
}

export interface SettlementInput {
  city: City;
  scheme: Scheme;
  visitType: VisitType;
  /** Service date, ISO 'YYYY-MM-DD'; for a stay, the discharge date. */
  date: string;
  institutionLevel: InstitutionLevel;
  /** The institution, when known (institutionId or the key's institution); omitted for an estimate by level. */
  institution?: InstitutionFacts;
  /** 入院日期 of a stay or day surgery (`date` is the discharge date); omitted = admitted on `date`. */
  admissionDate?: string;
  /** DAY_SURGERY: the day-surgery disease (日间手术病种, Lanzhou 附表2-1, 'LZ-DS-NN'). */
  daySurgeryDiseaseCode?: string;
  /** A reason the basic fund does not pay (不属于基本医疗保障支付范围): the claim is refused, naming it. */
  exclusionReason?: ExclusionReason;
  /**
   * The person's negotiated-drug filings (三定备案) valid on the service date, where the records
   * know them: outpatient negotiated drugs need one at this institution. Omitted = not known (an estimate).
   */
  negotiatedDrugFilings?: NegotiatedDrugFilingFacts[];
  /** 单次处方天数 of the outpatient negotiated drugs (Lanzhou: at most 30). */
  prescriptionDays?: number;
  person: PersonProfile;
  /** CHRONIC_OUTPATIENT: the approved disease this claim treats first, then (optionally) the person's second approved disease. */
  chronicDiseaseCodes?: string[];
  /** Resident major-disease stay (重大疾病). */
  majorDiseaseCode?: string;
  /** TWO_DISEASE_OUTPATIENT: the disease(s) treated. */
  twoDiseases?: TwoDisease[];
  /** TCM_DAY_CLINIC: the day-clinic disease (中医药日间诊疗病种). */
  tcmDayDiseaseCode?: string;
  remote?: RemoteCare;
  /** Resident general outpatient (Jining): signed with a family doctor team (签约家庭医生团队). */
  signedFamilyDoctor?: boolean;
  /** Resident birth stay (住院分娩, Jining): the child's order; set only when the stay treats nothing else. */
  childOrder?: ChildOrder;
  /** An injury with no liable third party (无责任人的意外伤害), Jining. */
  accident?: boolean;
  /** CHRONIC_OUTPATIENT in Jining: the approved disease class. */
  chronicClass?: ChronicClass;
  /** The institution is a TCM hospital (中医医疗机构), or the chronic patient's designated one is (Jining). */
  tcmHospital?: boolean;
  /** The condition treated, where a Jining rule depends on it. */
  condition?: ClinicalCondition;
  /** TWO_DISEASE_OUTPATIENT in Jining: a diabetic using insulin (糖尿病使用胰岛素). */
  insulin?: boolean;
  /** LONG_TERM_CARE (Jining): the care kind, days and grade. */
  longTermCare?: LongTermCare;
  /** An employee stay treated with 纯中医疗法 only (Jining: deductible 100 lower, 90% / 95%). */
  pureTcmTherapy?: boolean;
  /** RARE_DISEASE_DRUG (Jining): the registered rare disease treated. */
  rareDisease?: RareDisease;
  /** MATERNITY_INPATIENT / MATERNITY_OUTPATIENT: the procedure, a code of maternityFixedRates(city). */
  maternityProcedureCode?: string;
  /** MATERNITY_INPATIENT: the stay treated a complication (合并症): settled by item, never at a fixed rate. */
  maternityComplication?: boolean;
  items: FeeItem[];
}

/** Settlement layers in the order they run. */
export type Layer = 'BASIC' | 'LARGE_AMOUNT' | 'CRITICAL_ILLNESS' | 'ASSISTANCE' | 'SECONDARY_ASSISTANCE' | 'MATERNITY';

/** The cap, ceiling or threshold that bound a line. */
export interface LineBound {
  kind: 'PAYMENT_CAP' | 'COST_CEILING' | 'THRESHOLD';
  /** What the bound is, e.g. 'resident stay payment cap'. */
  name: string;
  /** The bound's amount in fen. */
  amountFen: number;
}

/** One payment line (结算明细): a layer's band or group. */
export interface SettlementLine {
  ruleId: string;
  clause: string;
  layer: Layer;
  /** The cost settled at `rateBp` on this line. */
  baseFen: number;
  rateBp: number;
  amountFen: number;
  /** Where the band sits on the year's cumulative position, when the rule has bands. */
  band?: { fromFen: number; toFen: number | null };
  boundBy?: LineBound;
}

/** One step of the settlement (结算过程), with the rule and source clause it rests on. */
export interface TraceStep {
  ruleId: string;
  clause: string;
  /** What the step did, in English. */
  message: string;
  /** The same in Chinese (中文说明); absent only in settlements stored before it existed. */
  messageZh?: string;
}

/**
 * A reading the settlement rests on because a fact it needs is unknown (e.g. a hospital's
 * grade), so that a client can show it: 'grade unknown: settled as 三级甲等'.
 */
export interface Assumption {
  /** What was unknown (the API's `code`): GRADE_UNKNOWN (三级, 甲乙等 not known) or LEVEL_UNKNOWN (民营 or not rated). */
  kind: 'GRADE_UNKNOWN' | 'LEVEL_UNKNOWN';
  /** What the settlement assumed, in words. */
  message: string;
  /** The same in Chinese (说明). */
  messageZh: string;
  /** The pack parameter that holds the reading, e.g. 'ungradedTertiaryStayLevel'. */
  parameter: string;
  /** The source clause the reading rests on. */
  clause: string;
  /** The level the claim was settled at. */
  assumedLevel: InstitutionLevel;
}

export interface SettlementResult {
  totalAmount: number;
  fullSelfPayAmount: number;
  preSelfPayAmount: number;
  policyAmount: number;
  deductible: number;
  basicPoolPayment: number;
  largeAmountPayment: number;
  criticalIllnessPayment: number;
  assistancePayment: number;
  secondaryAssistancePayment: number;
  /** 生育保险基金支付. */
  maternityPayment: number;
  fundPaymentTotal: number;
  personalPayment: number;
  /** Always 0 from the engine: the caller splits the personal part. */
  personalAccountPayment: number;
  cashPayment: number;
  policyPack: string;
  /** The calendar year the accumulators belong to (the service date's year). */
  accumulatorYear: number;
  lines: SettlementLine[];
  trace: TraceStep[];
  /** The readings the settlement rests on where a fact was unknown; empty when none. */
  assumptions: Assumption[];
  /** What this claim adds to the person's accumulators of `accumulatorYear`. */
  accumulatorDelta: Accumulators;
}
