/**
 * Every coded directory table that is not an institution (disease tables, limits, fixed
 * rates, manual-settlement cases, hotlines) in one row shape, for the seeder
 * (catalogue_entries) and the GraphQL catalogue queries. `catalogue` names the table; the
 * columns a table has beyond code, name, city, scheme, annual limit and validity years go
 * into `extra`, typed per catalogue by CatalogueExtras. Rows keep their source.
 */
import type { City, MaternityVisitType, Scheme, TwoDisease } from '../domain';
import {
  JINING_FAMILY_PLANNING_LIMITS, JINING_HOTLINES, JINING_MATERNITY_PROCEDURES, JINING_INQUIRY_HOTLINE, LANZHOU_ASSISTANCE_MAJOR_DISEASES,
  LANZHOU_DAY_SURGERY_DISEASES, LANZHOU_EMERGENCY_DISEASES, LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_HOTLINES,
  LANZHOU_MAJOR_DISEASES, LANZHOU_MANUAL_SETTLEMENT_CASES, LANZHOU_MATERNITY_FIXED_RATES, LANZHOU_RESIDENT_CHRONIC,
  LANZHOU_TCM_DAY_CLINIC_DISEASES, LANZHOU_TWO_DISEASE_LIMITS, YINCHUAN_EMPLOYEE_CHRONIC, YINCHUAN_RESIDENT_CHRONIC,
  type DaySurgeryEntry, type HotlineEntry, type ManualSettlementType, type MaternityBenefit, type MaternityRate, type NationalChronicDiseaseEntry,
} from './diseases';
import type { ChronicDiseaseEntry, DiseaseListEntry, SourceRef } from './types';

/** The columns of each table beyond the generic ones (money in integer fen). */
export interface CatalogueExtras {
  /** 门诊慢特病: 病种类别 (Yinchuan's national table) and the row's note. */
  CHRONIC_DISEASE: { category?: string; notes?: string };
  /** 重大疾病 (附表4): 序号 and 备注. */
  MAJOR_DISEASE: { number: number; notes?: string };
  /** 医疗救助重特大疾病 (附表7). */
  ASSISTANCE_MAJOR_DISEASE: { notes?: string };
  /** 中医药日间诊疗病种 (附表5-1): 中医适宜技术. */
  TCM_DAY_CLINIC_DISEASE: { techniques: string[]; notes?: string };
  /** 急救抢救病种参考范围 (附表6): the row is a 疾病类型, `diseases` its 急救抢救病种. */
  EMERGENCY_DISEASE: { diseases: string[]; notes?: string };
  /** 日间手术（诊疗）病种 (附表2-1): 手术名称 (clinical paths). */
  DAY_SURGERY_DISEASE: { kind: DaySurgeryEntry['kind']; procedures: string[]; notes?: string };
  /** 两病门诊 limits: the disease(s) a limit covers. */
  TWO_DISEASE_LIMIT: { diseases: TwoDisease[] };
  /** 生育定额 (附表3-1): 序号 and the rate by level. */
  MATERNITY_FIXED_RATE: { number: number; rate: MaternityRate; benefit: MaternityBenefit; visitTypes: MaternityVisitType[]; notes?: string };
  /** 异地就医手工结算情形 (附表8-2): the row's name is the 情形. */
  MANUAL_SETTLEMENT_CASE: { type: ManualSettlementType; typeText: string; documents: string; commonDocuments: string };
  /** 医保咨询电话: the row's name is the 部门, or the 区划 where none is named. */
  HOTLINE: { district: string; phone: string; department: string | null; scope: string | null; notes?: string };
  /** 计划生育/引产 限额结算标准 (Jining): 类别, 序号 within it, the per-case limit. */
  FAMILY_PLANNING_LIMIT: { category: string; number: number; limitFen: number };
}

export type CatalogueName = keyof CatalogueExtras;

export interface CatalogueListEntry<C extends CatalogueName = CatalogueName> {
  /** Stable code: the project's ('LZ-EC-12') or the national one ('M07801'). */
  code: string;
  /** As the source writes it. */
  name: string;
  city: City;
  scheme: Scheme | null;
  /** 年度最高支付限额 in fen; null = no cap or none stated. */
  annualLimitFen: number | null;
  /** 待遇支付年限; null where the source gives none. */
  validityYears: number | null;
  extra: CatalogueExtras[C];
  source: SourceRef;
}

export interface CatalogueList<C extends CatalogueName> {
  catalogue: C;
  entries: CatalogueListEntry<C>[];
}

/** One list of any catalogue, discriminated by `catalogue`. */
export type AnyCatalogueList = { [C in CatalogueName]: CatalogueList<C> }[CatalogueName];

type Generic = Pick<CatalogueListEntry, 'code' | 'name' | 'city' | 'source'>;

function entry<C extends CatalogueName>(
  row: Generic,
  extra: CatalogueExtras[C],
  more: Partial<Pick<CatalogueListEntry, 'scheme' | 'annualLimitFen' | 'validityYears'>> = {},
): CatalogueListEntry<C> {
  return {
    code: row.code, name: row.name, city: row.city, scheme: null, annualLimitFen: null, validityYears: null,
    ...more, extra, source: row.source,
  };
}

/** Drops undefined properties, so the seeded JSON holds only what the source gives. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function chronic(row: ChronicDiseaseEntry | NationalChronicDiseaseEntry): CatalogueListEntry<'CHRONIC_DISEASE'> {
  const category = 'category' in row ? row.category : undefined;
  return entry<'CHRONIC_DISEASE'>(row, defined({ category, notes: row.notes }), {
    scheme: row.scheme, annualLimitFen: row.annualLimitFen, validityYears: row.validityYears,
  });
}

function hotline(row: HotlineEntry): CatalogueListEntry<'HOTLINE'> {
  const { district, phone, department, scope, notes } = row;
  return entry<'HOTLINE'>({ ...row, name: department ?? district }, defined({ district, phone, department, scope, notes }));
}

const notesOf = (row: DiseaseListEntry) => defined({ notes: row.notes });

export const CATALOGUE_LISTS: readonly AnyCatalogueList[] = [
  {
    catalogue: 'CHRONIC_DISEASE',
    entries: [...LANZHOU_EMPLOYEE_CHRONIC, ...LANZHOU_RESIDENT_CHRONIC, ...YINCHUAN_EMPLOYEE_CHRONIC, ...YINCHUAN_RESIDENT_CHRONIC].map(chronic),
  },
  {
    catalogue: 'MAJOR_DISEASE',
    entries: LANZHOU_MAJOR_DISEASES.map((r) =>
      entry<'MAJOR_DISEASE'>(r, defined({ number: r.number, notes: r.notes }), { scheme: 'RESIDENT', annualLimitFen: r.annualLimitFen })),
  },
  {
    catalogue: 'ASSISTANCE_MAJOR_DISEASE',
    entries: LANZHOU_ASSISTANCE_MAJOR_DISEASES.map((r) => entry<'ASSISTANCE_MAJOR_DISEASE'>(r, notesOf(r))),
  },
  {
    catalogue: 'TCM_DAY_CLINIC_DISEASE',
    entries: LANZHOU_TCM_DAY_CLINIC_DISEASES.map((r) =>
      entry<'TCM_DAY_CLINIC_DISEASE'>(r, { techniques: r.details ?? [], ...notesOf(r) })),
  },
  {
    catalogue: 'EMERGENCY_DISEASE',
    entries: LANZHOU_EMERGENCY_DISEASES.map((r) => entry<'EMERGENCY_DISEASE'>(r, { diseases: r.details ?? [], ...notesOf(r) })),
  },
  {
    catalogue: 'DAY_SURGERY_DISEASE',
    entries: LANZHOU_DAY_SURGERY_DISEASES.map((r) =>
      entry<'DAY_SURGERY_DISEASE'>(r, { kind: r.kind, procedures: r.details, ...notesOf(r) })),
  },
  {
    catalogue: 'TWO_DISEASE_LIMIT',
    entries: LANZHOU_TWO_DISEASE_LIMITS.map((r) =>
      entry<'TWO_DISEASE_LIMIT'>({ ...r, code: `LZ-TD-${r.diseases.join('-')}` }, { diseases: [...r.diseases] }, {
        scheme: 'RESIDENT', annualLimitFen: r.annualLimitFen, validityYears: r.validityYears,
      })),
  },
  {
    catalogue: 'MATERNITY_FIXED_RATE',
    entries: [...LANZHOU_MATERNITY_FIXED_RATES, ...JINING_MATERNITY_PROCEDURES].map((r) =>
      entry<'MATERNITY_FIXED_RATE'>(r, defined({ number: r.number, rate: r.rate, benefit: r.benefit, visitTypes: r.visitTypes, notes: r.notes }))),
  },
  {
    catalogue: 'MANUAL_SETTLEMENT_CASE',
    entries: LANZHOU_MANUAL_SETTLEMENT_CASES.map((r) =>
      entry<'MANUAL_SETTLEMENT_CASE'>({ ...r, name: r.situation }, {
        type: r.type, typeText: r.typeText, documents: r.documents, commonDocuments: r.commonDocuments,
      })),
  },
  {
    catalogue: 'HOTLINE',
    entries: [...LANZHOU_HOTLINES, JINING_INQUIRY_HOTLINE, ...JINING_HOTLINES].map(hotline),
  },
  {
    catalogue: 'FAMILY_PLANNING_LIMIT',
    entries: JINING_FAMILY_PLANNING_LIMITS.map((r) =>
      entry<'FAMILY_PLANNING_LIMIT'>(r, { category: r.category, number: r.number, limitFen: r.limitFen })),
  },
];
