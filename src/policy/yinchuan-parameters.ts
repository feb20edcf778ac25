/**
 * The parameter set of a Yinchuan pack (settlement-rules.md §3, source 002): cross-province
 * outpatient chronic disease (门诊慢特病跨省直接结算) under the place of insurance's rules.
 * Money in fen, rates in basis points; the per-code caps come from src/catalogue.
 */
import type { BasicScheme, FeeCategory, InstitutionLevel, RemoteFiling, Scheme } from '../domain';
import type { NotComputableRule } from './jining-parameters';
import type { EligibilityParameters } from './eligibility-parameters';
import type { Pack, Parameter } from './parameter';

/** A national chronic-disease code with its annual pool cap (null = 无, no cap). */
export interface NationalChronicRule {
  code: string;
  /** 病种类别. */
  category: string;
  name: string;
  annualLimitFen: number | null;
}

export interface YinchuanParameters extends EligibilityParameters {
  /** YC-SCOPE: share of each fee category inside the policy amount. */
  policyShareBp: Parameter<Record<FeeCategory, number>>;
  /** YC-CHRONIC-XP: the pilot diseases and their caps, per scheme. */
  chronicDiseases: Parameter<Record<BasicScheme, NationalChronicRule[]>>;
  /** YC-CHRONIC-XP: annual deductible, carried across the year's visits and diseases. */
  chronicDeductibleFen: Parameter<number>;
  /** YC-CHRONIC-XP: pool rate per scheme above the deductible. */
  chronicRatesBp: Parameter<Record<BasicScheme, number>>;
  /** YC-CHRONIC-XP: institution levels a chronic visit may be settled at. */
  allowedLevels: Parameter<InstitutionLevel[]>;
  /** YC-CHRONIC-XP: diseases one bill may name (each item then names its disease). */
  maxDiseasesPerClaim: Parameter<number>;
  /** YC-INSTITUTIONS: the chronic institutions a filer chooses, when a choice may change, how long a filing place stays. */
  chronicInstitutions: Parameter<{ secondaryOrAbove: number; primary: number; changeQuarters: number[]; filingPlaceMinMonths: number }>;
  /** YC-SUSPENDED: no benefit for costs during a coverage gap (停保). */
  suspendedCoverage: Parameter<{ refuse: boolean }>;
  /** Rules of 002 the engine cannot compute, with the reason. */
  notComputable: Parameter<NotComputableRule[]>;
  /** YC-CHRONIC-XP: the filings the cross-province settlement is open to. */
  crossProvinceFilings: Parameter<RemoteFiling[]>;
}

/** A Yinchuan pack: the common header (id, city, version, dates, basis) and these parameters. */
export type YinchuanPack = Pack<'YINCHUAN', YinchuanParameters>;
