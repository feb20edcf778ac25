/**
 * The parameter set of a Jining pack (settlement-rules.md §2, source 004). Money in fen, rates
 * in basis points. Jining prices by hospital class (一级及以下 / 二级 / 三级) whatever the grade
 * of a tertiary hospital; `hospitalClass` maps the contract's levels onto those classes.
 */
import type { BasicScheme, EmployeeCategory, FeeCategory, InstitutionLevel, LongTermCareKind, RareDisease, RemoteFiling, Scheme, VisitType } from '../domain';
import type { Band } from '../engine/blocks/bands';
import type { ClinicalCondition } from '../engine/types';
import type { ActiveRetiredRate } from './lanzhou-parameters';
import type { EligibilityParameters } from './eligibility-parameters';
import type { JiningMaternityParameters } from './jining-maternity';
import type { Pack, Parameter } from './parameter';

/** 一级及以下医院 / 二级医院 / 三级医院. */
export type HospitalClass = 'PRIMARY' | 'SECONDARY' | 'TERTIARY';
export type ByClass<T> = Record<HospitalClass, T>;

/** An adult's and a minor's rate (成年人 / 未成年人). */
export interface AdultMinorRate {
  adultBp: number;
  minorBp: number;
}

/** A rule of the source the engine cannot compute, with the reason (coverage.md status NC). */
export interface NotComputableRule {
  clause: string;
  rule: string;
  reason: string;
}

/** How a 纯中医疗法 stay meets the +10-point TCM item rule (a reading of 004 §二(一)1注(2)). */
export type PureTcmBonusReading = 'RATE_REPLACES_BONUS' | 'BONUS_ON_TOP';

export interface JiningParameters extends EligibilityParameters, JiningMaternityParameters {
  /** JN-SCOPE: share of each fee category inside the policy amount. */
  policyShareBp: Parameter<Record<FeeCategory, number>>;
  /** Visit types each scheme offers. */
  openVisitTypes: Parameter<Record<BasicScheme, VisitType[]>>;
  /** Institution levels each scheme's visit type may be settled at. */
  allowedLevels: Parameter<Record<BasicScheme, Partial<Record<VisitType, InstitutionLevel[]>>>>;
  /** The hospital class each settleable level is priced as. */
  hospitalClass: Parameter<Partial<Record<InstitutionLevel, HospitalClass>>>;

  /** JN-E-IP: employee first-stay deductible by class. */
  employeeStayDeductibleFen: Parameter<ByClass<number>>;
  /** JN-E-IP: share of the deductible for the 1st, 2nd, 3rd and later stays of the year. */
  employeeStayDeductibleStepsBp: Parameter<number[]>;
  /** JN-E-IP: conditions whose stays bear no deductible (精神疾病). */
  deductibleFreeStayConditions: Parameter<ClinicalCondition[]>;
  /** JN-E-IP: conditions whose stays bear the deductible once a year (恶性肿瘤). */
  oncePerYearStayConditions: Parameter<ClinicalCondition[]>;
  /** JN-E-IP: reduction of the stay deductible at a TCM hospital. */
  tcmHospitalStayReductionFen: Parameter<number>;
  /** JN-E-IP: employee stay rates by class (在职 / 退休). */
  employeeStayRatesBp: Parameter<ByClass<ActiveRetiredRate>>;
  /** JN-E-IP: points added for TCM items in an employee stay, and the highest rate. */
  employeeTcmBonus: Parameter<{ bonusBp: number; maxRateBp: number }>;
  /** JN-E-IP: the basic pool's annual payment cap for stays and chronic outpatient. */
  employeeStayCapFen: Parameter<number>;
  /** JN-E-LARGE: large-amount rate and annual payment cap above the basic cap. */
  largeAmount: Parameter<{ rateBp: number; capFen: number }>;
  /** JN-E-CRIT: employee critical illness on the year's policy-range personal burden. */
  employeeCritical: Parameter<{ thresholdFen: number; rateBp: number; capFen: number; visitTypes: VisitType[] }>;
  /** JN-E-OP: annual outpatient deductible by class, topped up when a higher class is used (累计补差). */
  employeeOutpatientDeductibleFen: Parameter<ByClass<number>>;
  /** JN-E-OP: outpatient rates by class (在职 / 退休). */
  employeeOutpatientRatesBp: Parameter<ByClass<ActiveRetiredRate>>;
  /** JN-E-OP: the pool's annual outpatient payment cap (在职 / 退休). */
  employeeOutpatientCapFen: Parameter<{ activeFen: number; retiredFen: number }>;
  /** JN-E-OP: large-amount payments beyond the outpatient cap, at the same rate, per year. */
  outpatientLargeAmountCapFen: Parameter<number>;

  /** JN-R-OP: resident general outpatient rates (signed / unsigned) and annual cap. */
  residentOutpatient: Parameter<{ signedBp: number; unsignedBp: number; capFen: number }>;
  /** JN-R-TWO: rate and annual caps (one disease; both, or diabetes with insulin). */
  twoDisease: Parameter<{ rateBp: number; singleCapFen: number; combinedCapFen: number }>;
  /** JN-R-IP: resident stay deductible by class (every stay). */
  residentStayDeductibleFen: Parameter<ByClass<number>>;
  /** JN-R-IP: resident stay rates by class (成年人 / 未成年人). */
  residentStayRatesBp: Parameter<ByClass<AdultMinorRate>>;
  /** JN-R-IP: the basic pool's annual payment cap for resident stays. */
  residentStayCapFen: Parameter<number>;
  /** JN-R-ACCIDENT: accident stays at a share of the level's rate, with an annual cap. */
  accidentStay: Parameter<{ shareOfLevelRateBp: number; capFen: number }>;
  /** JN-R-ACCIDENT-OP: accident outpatient of students and minors. */
  accidentOutpatient: Parameter<{ rateBp: number; capFen: number; levels: InstitutionLevel[] }>;
  /** JN-R-BIRTH: the subsidy for the 1st, 2nd and 3rd (or later) child. */
  birthSubsidyFen: Parameter<number[]>;
  /** JN-R-CRIT: bands on the absolute cumulative personal burden, annual cap, visit types in the base. */
  residentCritical: Parameter<{ bands: Band[]; capFen: number; visitTypes: VisitType[] }>;

  /** JN-CHRONIC: annual deductible (standard / designated at a TCM institution). */
  chronicDeductibleFen: Parameter<Record<BasicScheme, { standardFen: number; tcmFen: number }>>;
  /** JN-CHRONIC: conditions with no chronic deductible (尿毒症, 血友病, 重度精神病). */
  chronicDeductibleFreeConditions: Parameter<ClinicalCondition[]>;
  /** JN-CHRONIC: employee rates by class. */
  employeeChronicRatesBp: Parameter<{ A: number; B: number }>;
  /** JN-CHRONIC: resident rates: class A flat, class B by hospital class. */
  residentChronicRatesBp: Parameter<{ A: number; B: ByClass<number> }>;
  /** JN-CHRONIC: resident class B rates by hospital class for tuberculosis, hepatitis and cirrhosis. */
  residentChronicInfectiousRatesBp: Parameter<{ conditions: ClinicalCondition[]; rates: ByClass<number> }>;
  /** JN-CHRONIC: resident annual caps by class. */
  residentChronicCapFen: Parameter<{ A: number; B: number }>;
  /** JN-CHRONIC: resident conditions whose chronic payments share the stay cap instead. */
  residentChronicStayCapConditions: Parameter<ClinicalCondition[]>;

  /** JN-E-IP-PURE-TCM: a stay treated with 纯中医疗法 only: deductible reduction, rates, and the +10 reading. */
  pureTcmStay: Parameter<{
    deductibleReductionFen: number;
    activeBp: number;
    retiredBp: ByClass<number>;
    tcmBonus: PureTcmBonusReading;
  }>;
  /** JN-SPECIAL-DRUG: 特药 annual deductible, rate and annual payment limit (both schemes), approval validity. */
  specialDrug: Parameter<{ deductibleFen: number; rateBp: number; capFen: number; approvalValidity: 'CALENDAR_YEAR' }>;
  /** JN-RARE-DISEASE: 罕见病 drugs: bands on the year's cumulative cost (deductible below the first), annual limit, diseases, designated hospital. */
  rareDiseaseDrug: Parameter<{ bands: Band[]; capFen: number; diseases: RareDisease[]; designatedHospital: string }>;
  /** JN-LTC: long-term care rates by scheme and kind (medical care by hospital class); resident home care a daily amount. */
  longTermCareRates: Parameter<{
    EMPLOYEE: { MEDICAL_CARE: ByClass<number>; INSTITUTIONAL_CARE: number; HOME_CARE: number };
    RESIDENT: { MEDICAL_CARE: ByClass<number>; INSTITUTIONAL_CARE: number; HOME_DAILY_FEN: number };
  }>;
  /** JN-LTC: the standard each disability grade settles each kind of care at (absent grade: not eligible). */
  longTermCareGrades: Parameter<Record<string, Record<LongTermCareKind, LongTermCareKind>>>;
  /** JN-LTC: validity of a disability assessment (years from the day after publicity). */
  longTermCareAssessmentYears: Parameter<number>;
  /** JN-LTC: benefits a long-term care period excludes (stays; employee general outpatient during 医疗专护). */
  longTermCareExclusions: Parameter<{ stays: boolean; employeeOutpatientDuringMedicalCare: boolean }>;
  /** Rules of 004 the engine cannot compute, with the reason. */
  notComputable: Parameter<NotComputableRule[]>;

  /** JN-REMOTE: long-term filings (as at home) and the treatment of temporary remote care. */
  remoteCare: Parameter<{
    longTermFilings: RemoteFiling[];
    employeePrePayBp: number;
    employeeVisitTypes: VisitType[];
    residentCutBp: number;
    residentVisitTypes: VisitType[];
    /** Levels of remote general outpatient care (not limited to primary institutions). */
    outpatientLevels: InstitutionLevel[];
  }>;

  /** JN-ACCT-CREDIT: monthly personal-account credit of active employees, share of the contribution base by category. */
  employeeAccountShareOfBaseBp: Parameter<Partial<Record<EmployeeCategory, number>>>;
  /** JN-ACCT-CREDIT: retiree personal-account credit per month, by age. */
  retireeAccountCredit: Parameter<{ underAgeFen: number; fromAgeFen: number; age: number }>;
}

/** A Jining pack: the common header (id, city, version, dates, basis) and these parameters. */
export type JiningPack = Pack<'JINING', JiningParameters>;
