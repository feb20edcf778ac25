/**
 * Row shapes for the disease and non-institution directory tables that do not fit the
 * shared shapes in ../types.ts (两病 limits, 附表2-1, 附表3-1, 附表8-2, 附表10, Jining's
 * family-planning limits, Yinchuan's national-code chronic diseases). Money is integer fen.
 */
import type { City, MaternityVisitType, Scheme, TwoDisease } from '../../domain';
import type { ChronicDiseaseEntry, DiseaseListEntry, SourceRef } from '../types';

/** 跨省门诊慢特病试点病种 (002): a chronic disease under its national code, with its 病种类别. */
export interface NationalChronicDiseaseEntry extends ChronicDiseaseEntry {
  /** 病种类别 as the source writes it, e.g. '器官移植抗排异治疗'. */
  category: string;
}

/** 高血压、糖尿病“两病”门诊 annual limit for one disease or for both together. */
export interface TwoDiseaseLimit {
  /** The disease(s) the limit applies to; both for the combined limit. */
  diseases: TwoDisease[];
  /** The source's wording, e.g. '高血压'. */
  name: string;
  city: City;
  /** 封顶线 (年度最高支付限额) in fen. */
  annualLimitFen: number;
  /** 待遇支付年限 (years). */
  validityYears: number;
  source: SourceRef;
}

/** 同时申办两个门诊慢特病病种: the shared cap is the higher cap plus a fixed amount. */
export interface MultipleChronicDiseaseRule {
  city: City;
  schemes: Scheme[];
  /** 最多可同时申办 … 病种. */
  maxApprovedDiseases: number;
  /** Added to the higher of the approved diseases' caps (就高 … 增加), in fen. */
  extraLimitFen: number;
  /** The clause, verbatim. */
  text: string;
  /** The clause, then any clause extending it to another scheme (prose: row = paragraph). */
  sources: SourceRef[];
}

/** 日间手术（诊疗）病种 (附表2-1): details are its procedures / clinical paths (手术名称). */
export interface DaySurgeryEntry extends DiseaseListEntry {
  /** 日间手术病种, or the one 日间诊疗 (drug treatment) disease. */
  kind: 'SURGERY' | 'DAY_TREATMENT';
  details: string[];
}

/** A fixed rate of 附表3-1. */
export type MaternityRate =
  /** One rate written across both level columns (the 二级 cell is merged into the 三级 one). */
  | { kind: 'SINGLE'; rateFen: number }
  /** 三级及专科 / 二级 定额标准. */
  | { kind: 'BY_LEVEL'; tertiaryFen: number; secondaryFen: number }
  /** An amount added on top of the corresponding fixed rate (在相应定额的基础上 … 增加). */
  | { kind: 'SURCHARGE'; tertiaryFen: number; secondaryFen: number }
  /** No fixed rate: settled by item (按项目), e.g. a family-planning stay 附表3-1 does not price. */
  | { kind: 'BY_ITEM' };

export const MATERNITY_BENEFITS = ['DELIVERY', 'FAMILY_PLANNING', 'ANTENATAL_CARE', 'PRENATAL_SCREENING'] as const;
/** 生育保险 benefit a procedure belongs to: 生育医疗费, 计划生育项目, 产前检查费, 产前疾病筛查. */
export type MaternityBenefit = (typeof MATERNITY_BENEFITS)[number];

/**
 * A maternity procedure (生育保险 项目) a maternity claim names: the rows of 附表3-1
 * (省外异地计划生育项目和生育医疗待遇报销支付标准) and the further items of §二(二)3 in Lanzhou, and
 * 004 §六's deliveries, antenatal subsidy and family-planning limits in Jining.
 */
export interface MaternityFixedRateEntry {
  code: string;
  /** The table's 序号 (附表3-1), or the procedure's place after it in the city's list. */
  number: number;
  /** 病种 / 项目, as written. */
  name: string;
  city: City;
  rate: MaternityRate;
  /** The benefit the procedure belongs to. */
  benefit: MaternityBenefit;
  /** The maternity visit types it is claimed under. */
  visitTypes: MaternityVisitType[];
  notes?: string;
  source: SourceRef;
}

/** 异地就医手工结算情形 groups of 附表8-2. */
export type ManualSettlementType = 'INPATIENT' | 'OUTPATIENT' | 'NEGOTIATED_DRUG';

/** One manual-settlement case (异地就医手工结算情形) and the documents it needs (所需资料). */
export interface ManualSettlementCase {
  code: string;
  city: City;
  type: ManualSettlementType;
  /** The group cell as written, e.g. '住院 结 算'. */
  typeText: string;
  /** 情形, as written. */
  situation: string;
  /** The case's own 所需资料, as written. */
  documents: string;
  /** The 所需资料 the table gives for the whole group, as written. */
  commonDocuments: string;
  source: SourceRef;
}

/** A 医保业务咨询电话 line. */
export interface HotlineEntry {
  code: string;
  city: City;
  /** 区划 (district or county), as written. */
  district: string;
  /** The number as written (local numbers carry no area code). */
  phone: string;
  /** 部门, as written; null where the source names none. */
  department: string | null;
  /** 业务范围, as written; null where the source gives none. */
  scope: string | null;
  notes?: string;
  source: SourceRef;
}

/** 计划生育手术费、住院引（流）产 限额结算标准 (Jining). */
export interface FamilyPlanningLimitEntry {
  code: string;
  city: City;
  /** 类别, as written: '引(流）产类' or '计划生育手术类'. */
  category: string;
  /** 序号 within the category. */
  number: number;
  /** 病种, as written. */
  name: string;
  /** 限额结算标准 in fen. */
  limitFen: number;
  source: SourceRef;
}
