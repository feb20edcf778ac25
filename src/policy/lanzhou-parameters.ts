/**
 * The parameter set of a Lanzhou pack (settlement-rules.md §1). Money in fen, rates in basis
 * points (100 bp = 1 point). Catalogue-derived parameters (chronic, major, two-disease,
 * TCM day-clinic and assistance disease lists) are built from src/catalogue, never copied.
 */
import type {
  AssistanceCategory, EmployeeCategory, FeeCategory, InstitutionLevel, RemoteFiling, Scheme,
  TwoDisease, VisitType,
} from '../domain';
import type { Band, Limit } from '../engine/blocks/bands';
import type { LanzhouEligibility } from './lanzhou-eligibility';
import type { LanzhouMaternityParameters } from './lanzhou-maternity';
import type { Pack, Parameter } from './parameter';

export type LevelTable<T> = Partial<Record<InstitutionLevel, T>>;

/** A rate for active members and one for retirees (在职 / 退休). */
export interface ActiveRetiredRate {
  activeBp: number;
  retiredBp: number;
}

/** A band of the employee stay position with its active and retired rates. */
export interface PersonBand {
  fromFen: number;
  toFen: number | null;
  activeBp: number;
  retiredBp: number;
}

/** An approvable chronic disease with its cap and pool rate. */
export interface ChronicRule {
  code: string;
  name: string;
  /** null = 无封顶限额. */
  annualLimitFen: number | null;
  validityYears: number | null;
  rateBp: number;
}

/** A disease with a payment limit of its own (附表4). */
export interface LimitedDisease {
  code: string;
  name: string;
  annualLimitFen: number;
}

/** 离休干部医疗保障待遇 (000 §七2). */
export interface RetiredCadreRules {
  /** Stays and day surgery: share of the policy amount paid, no deductible (实报实销). */
  stayRateBp: number;
  /** 门诊医疗费定额 a year. */
  outpatientQuotaFen: number;
  /** 老红军和抗日战争时期参加革命的离休人员. */
  wartimeOutpatientQuotaFen: number;
  /** 地级离休干部: outpatient share of the policy amount paid (实报实销). */
  prefectureOutpatientRateBp: number;
  /** 健康体检费补助 by sex, for a cadre with no stay the year before. */
  checkupSubsidyFen: { MALE: number; FEMALE: number };
  /** 健康奖励费: no stay in the year and outpatient costs within the quota. */
  healthAwardFen: number;
}

/** A disease of a plain list (附表5-1, 附表7). */
export interface ListedDisease {
  code: string;
  name: string;
}

/** Every Lanzhou parameter: the settlement rules' and the eligibility checks' (./lanzhou-eligibility.ts). */
export interface LanzhouParameters extends LanzhouEligibility, LanzhouMaternityParameters {
  /** LZ-SCOPE: share of each fee category inside the policy amount. */
  policyShareBp: Parameter<Record<FeeCategory, number>>;
  /** LZ-NEGO-IP: pre-self-pay share of a negotiated drug used in a stay. */
  negotiatedStayPreSelfPayBp: Parameter<Record<Scheme, number>>;
  /** Visit types each scheme offers. */
  openVisitTypes: Parameter<Record<Scheme, VisitType[]>>;
  /** Institution levels each scheme's visit type may be settled at. */
  allowedLevels: Parameter<Record<Scheme, Partial<Record<VisitType, InstitutionLevel[]>>>>;
  /** Grade assumed for a stay at a tertiary hospital whose grade (甲/乙) is not known. */
  ungradedTertiaryStayLevel: Parameter<'TERTIARY_A' | 'TERTIARY_B'>;
  /** Level assumed for a claim at a hospital of unknown level (UNRATED: 民营 or not rated) where the visit type needs a level. */
  unratedHospitalLevel: Parameter<'TERTIARY_A'>;
  /** LZ-E-IP-DED / LZ-R-IP: share of the stay deductible for the 1st, 2nd, 3rd, 4th+ stay. */
  stayDeductibleStepsBp: Parameter<number[]>;
  /** LZ-E-IP-DED: employee stay deductible by level. */
  employeeStayDeductibleFen: Parameter<LevelTable<number>>;
  /** LZ-E-IP-BANDS: employee bands on the cumulative eligible amount. */
  employeeStayBands: Parameter<PersonBand[]>;
  /** LZ-E-IP-CEILING: the 6万 annual limit of employee stays. */
  employeeStayLimit: Parameter<Limit>;
  /** LZ-E-LARGE: large-amount insurance rate above the basic limit. */
  largeAmountRateBp: Parameter<number>;
  /** LZ-E-LARGE: employee categories insured for large amounts. */
  largeAmountCategories: Parameter<EmployeeCategory[]>;
  /** LZ-E-DAY / LZ-R-DAY: day-surgery deductible by level (never reduced). */
  daySurgeryDeductibleFen: Parameter<LevelTable<number>>;
  /** LZ-E-OP: the outpatient window on the year's cumulative outpatient policy amount. */
  employeeOutpatientWindow: Parameter<{ deductibleFen: number; ceilingFen: number }>;
  /** LZ-E-OP: outpatient rates by level. */
  employeeOutpatientRatesBp: Parameter<LevelTable<ActiveRetiredRate>>;
  /** LZ-E-CHRONIC: the employee 36-disease table. */
  employeeChronicDiseases: Parameter<ChronicRule[]>;
  /** LZ-R-CHRONIC: the resident 45-disease table. */
  residentChronicDiseases: Parameter<ChronicRule[]>;
  /** LZ-E-CHRONIC / LZ-R-CHRONIC: two approved diseases share the higher cap plus this. */
  multipleChronic: Parameter<{ maxDiseases: number; extraCapFen: number }>;
  /** LZ-E-NEGO-OP: employee outpatient negotiated drugs, share of the drug amount. */
  employeeNegotiatedOutpatientRateBp: Parameter<number>;
  /** LZ-R-NEGO-OP: resident outpatient negotiated drugs, share of the drug amount. */
  residentNegotiatedOutpatientRateBp: Parameter<number>;
  /** LZ-R-OP: resident general outpatient rate. */
  residentOutpatientRateBp: Parameter<number>;
  /** LZ-R-OP: resident general outpatient annual payment cap. */
  residentOutpatientCapFen: Parameter<number>;
  /** LZ-R-TWO: two-disease outpatient rate. */
  twoDiseaseRateBp: Parameter<number>;
  /** LZ-R-TWO: annual payment caps for one disease or both. */
  twoDiseaseLimits: Parameter<{ diseases: TwoDisease[]; annualLimitFen: number }[]>;
  /** LZ-R-TWO: the chronic disease whose approval excludes each two-disease benefit. */
  twoDiseaseExcludingChronic: Parameter<Record<TwoDisease, string>>;
  /** LZ-R-IP: resident stay deductible by level. */
  residentStayDeductibleFen: Parameter<LevelTable<number>>;
  /** LZ-R-IP: resident stay rate by level. */
  residentStayRatesBp: Parameter<LevelTable<number>>;
  /** LZ-R-IP-CAP: the 8万 annual limit of resident stays and day surgery. */
  residentStayLimit: Parameter<Limit>;
  /** LZ-R-IP-CONT: + min(maxBp, (n − 1) × stepBp, (year − baseYear) × stepBp). */
  continuityBonus: Parameter<{ baseYear: number; stepBp: number; maxBp: number }>;
  /** LZ-R-TCM: points added for TCM items, and the highest rate. */
  tcmBonus: Parameter<{ bonusBp: number; maxRateBp: number }>;
  /** LZ-R-MAJOR: major-disease stay rate. */
  majorDiseaseRateBp: Parameter<number>;
  /** LZ-R-MAJOR: the 51-disease table with limits (附表4). */
  majorDiseases: Parameter<LimitedDisease[]>;
  /** LZ-R-DAY: resident day-surgery rate. */
  residentDaySurgeryRateBp: Parameter<number>;
  /** LZ-R-TCMDAY: rate, per-disease annual cap and diseases (附表5-1). */
  tcmDayClinic: Parameter<{ rateBp: number; capFen: number; diseases: ListedDisease[] }>;
  /** LZ-R-CRIT: threshold and bands above it (positions relative to the threshold). */
  criticalIllness: Parameter<{ thresholdFen: number; bands: Band[] }>;
  /** LZ-R-CRIT-POOR: categories with the halved threshold and raised rates. */
  criticalIllnessPoor: Parameter<{ categories: AssistanceCategory[]; thresholdShareBp: number; bonusBp: number }>;
  /** LZ-MA: direct assistance rates by category. */
  assistanceDirectRatesBp: Parameter<Partial<Record<AssistanceCategory, number>>>;
  /** LZ-MA-APPLY: applicants' annual threshold and rate by category. */
  assistanceApplicants: Parameter<Partial<Record<AssistanceCategory, { thresholdFen: number; rateBp: number }>>>;
  /** LZ-MA: annual assistance limits. */
  assistanceLimitFen: Parameter<{ ordinaryFen: number; majorDiseaseFen: number }>;
  /** LZ-MA: the 35 diseases that raise the limit (附表7). */
  assistanceMajorDiseases: Parameter<ListedDisease[]>;
  /** LZ-MA-2ND: secondary assistance. */
  secondaryAssistance: Parameter<{ thresholdFen: number; rateBp: number; inProvinceOnly: boolean }>;
  /** LZ-REMOTE: filings settled as at home, and the rate cuts. */
  remoteCare: Parameter<{ longTermFilings: RemoteFiling[]; temporaryCutBp: number; commitmentWithoutProofCutBp: number }>;
  /** LZ-REMOTE: the cut for self-referred (自行前往) and unfiled cross-province stays. */
  selfReferralCutBp: Parameter<number>;
  /** LZ-MA: the basic-pool part a cut for self-referred or unfiled care takes is not assisted. */
  remoteCutUnassisted: Parameter<{ selfReferredAndUnfiled: boolean }>;
  /** Reading: whether a remote-care cut also lowers the large-amount rate (LZ-E-LARGE). */
  remoteCutReachesLargeAmount: Parameter<boolean>;
  /** Reading: whether LZ-R-TCM's +10 reaches TCM items in resident day surgery (LZ-R-DAY). */
  tcmBonusInDaySurgery: Parameter<boolean>;
  /** Reading: whether LZ-R-TCM's +10 reaches TCM items in the TCM day clinic (LZ-R-TCMDAY). */
  tcmBonusInTcmDayClinic: Parameter<boolean>;
  /** LZ-RC-*: retired cadres (离休干部, Scheme RETIRED_CADRE). */
  retiredCadre: Parameter<RetiredCadreRules>;
  /** LZ-ACCT-CREDIT: monthly personal-account credit of active employees, share of the contribution base by category. */
  employeeAccountShareOfBaseBp: Parameter<Partial<Record<EmployeeCategory, number>>>;
  /** Rules of the sources this service does not compute, each with its clause and the reason. */
  notComputable: Parameter<{ clause: string; rule: string; reason: string }[]>;
  /** LZ-ACCT-CREDIT: retiree personal-account credit per month. */
  retireeAccountMonthlyCreditFen: Parameter<number>;
}

/** A Lanzhou pack: the common header (id, city, version, dates, basis) and these parameters. */
export type LanzhouPack = Pack<'LANZHOU', LanzhouParameters>;
