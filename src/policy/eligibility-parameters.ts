/**
 * The eligibility parameters every pack carries (资格审核: the checks made before anything is
 * paid): waiting and benefit periods, exclusions, designations, the pause of outpatient benefits
 * during a stay, remote chronic care, students away from home and the validity of filings. Each
 * is a dated parameter with its clause; `null` values mean the city's source states no such rule.
 */
import type { Designation, EmployeeCategory, EnrolmentRoute, ExclusionReason, RemoteFiling, VisitType } from '../domain';
import type { Parameter } from './parameter';

/** Months from the enrolment month: benefits start on the 1st of (enrolment month + months). */
export interface EmployeeWaiting {
  /** 当月参保，次月享受: 1. */
  defaultMonths: number;
  /** Categories with a longer wait (Lanzhou flexible workers: 连续缴费满6个月的次月, 6). */
  byCategory: Partial<Record<EmployeeCategory, number>>;
  /** Routes with no wait (居民医保连续转参职工医保: 当月享受). */
  exemptRoutes: EnrolmentRoute[];
}

/** A contribution gap that makes a wait (Jining: 中断缴费超过3个月, 缴费3个月后享受). */
export interface GapWaiting {
  categories: EmployeeCategory[];
  /** A gap of more than this many months… */
  gapOverMonths: number;
  /** …means benefits from the 1st of (enrolment month + waitMonths). */
  waitMonths: number;
}

/**
 * When a resident's benefits start. NEXT_BENEFIT_YEAR (Lanzhou): an enrolment is a payment in the
 * collection period for the next calendar year, so a date other than 1 January starts benefits
 * on the next 1 January (students: the next 1 September); WAIT_MONTHS (Jining): a payment outside
 * the collection period (not on 1 January) waits `months` months.
 */
export type ResidentBenefitStart =
  | { kind: 'NEXT_BENEFIT_YEAR'; studentYearStartMonth: number; exemptRoutes: EnrolmentRoute[]; lowIncomeExempt: boolean }
  | { kind: 'WAIT_MONTHS'; months: number; exemptRoutes: EnrolmentRoute[]; lowIncomeExempt: boolean };

/** The outpatient benefits that pause during a stay or day surgery, per scheme. */
export interface StayPause {
  visitTypes: Record<'EMPLOYEE' | 'RESIDENT', VisitType[]>;
  /** Jining: outpatient costs of this many days before admission merge into the stay (employees); null = none. */
  preAdmissionMergeDays: number | null;
}

/** Remote chronic care that settles directly (一站式直接结算); the rest goes to manual settlement. */
export interface RemoteChronicDirect {
  /** Disease codes of the national categories (高血压, 糖尿病, 恶性肿瘤门诊治疗, 透析, 器官移植抗排异). */
  codes: string[];
  /** 附表8-2: the documents a manual settlement of remote chronic care needs. */
  manualDocuments: string[];
}

/** Validity of remote-care filings (备案有效期), computed by the service. */
export interface FilingValidity {
  /** 临时外出就医 filings. */
  temporaryFilings: RemoteFiling[];
  /** Months a temporary filing lasts (满6个月自动取消); null = no end. */
  temporaryMonths: number | null;
  /** 长期 filings. */
  longTermFilings: RemoteFiling[];
  /** Months before a long-term filing may change (满6个月后可申请变更). */
  longTermChangeAfterMonths: number;
}

/** 三定 management of outpatient negotiated drugs (单独支付管理谈判药品和竞价药品门诊使用). */
export interface NegotiatedDrugFilingRule {
  /** 备案有效期一年. */
  validityYears: number;
  /** 原则上一个年度内只支付 1 种药品 (more with two responsible doctors' review). */
  drugsPerYear: number;
  /** 单次处方量最多不超过 30 日. */
  maxPrescriptionDays: number;
}

export interface EligibilityParameters {
  /** Employee waiting period after enrolment (首次参保待遇享受等待期); null = none stated. */
  employeeWaiting: Parameter<EmployeeWaiting | null>;
  /** Employee wait after a contribution gap; null = none stated. */
  employeeGapWaiting: Parameter<GapWaiting | null>;
  /** Resident benefit start (待遇享受期 / 等待期); null = none stated. */
  residentBenefitStart: Parameter<ResidentBenefitStart | null>;
  /** Reasons the basic fund does not pay (不予支付的情形). */
  excludedCosts: Parameter<ExclusionReason[]>;
  /** The designation (定点资格) a visit type needs at the institution. */
  designatedServices: Parameter<Partial<Record<VisitType, Designation>>>;
  /** Outpatient benefits that pause during a stay or day surgery. */
  stayPause: Parameter<StayPause>;
  /** Day surgery lasts at most this many days (48 小时); null = no day surgery. */
  daySurgeryMaxDays: Parameter<number | null>;
  /** Cross-province chronic care settling directly; null = the pack settles every approved disease. */
  remoteChronicDirect: Parameter<RemoteChronicDirect | null>;
  /** Enrolled students away from home (实习, 寒暑假, 休学) keep the home rates; false = no such rule. */
  studentAbsenceNoCut: Parameter<boolean>;
  /** Validity of remote-care filings. */
  filingValidity: Parameter<FilingValidity>;
  /**
   * The designation a hospital of the city needs to diagnose a referral (异地转诊) it files
   * (Lanzhou 附表8-1); null = the source lists no referral hospitals.
   */
  referringDesignation: Parameter<Designation | null>;
  /** Outpatient negotiated drugs' 三定 filing (Lanzhou); null = none needed. */
  negotiatedDrugFiling: Parameter<NegotiatedDrugFilingRule | null>;
  /** Years a two-disease registration (两病备案) lasts (待遇支付年限); null = no end stated. */
  twoDiseaseValidityYears: Parameter<number | null>;
}
