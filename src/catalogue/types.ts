/**
 * Shapes of the directory tables transcribed from ../shared/seeds (目录/附表).
 * These modules are the single source of truth for every catalogue number (caps,
 * validity years, limits): the settlement engine's policy packs import them, and the
 * database seeder writes them to libSQL. Money is integer fen (分), never a float.
 */
import type { City, Designation, InstitutionLevel, Scheme } from '../domain';

/** Where a row comes from: source document id (file prefix), table and row number. */
export interface SourceRef {
  /** '000' | '001' | '002' | '003' | '004': the seed file's prefix. */
  document: string;
  /** The table as the source names it, e.g. '附表4', or a section for inline tables, e.g. '§二(一)3'. */
  table: string;
  /** 1-based row number within that table (the 序号 where the table has one). */
  row: number;
}

/** 门诊慢特病病种 (chronic and special outpatient disease). */
export interface ChronicDiseaseEntry {
  /** Stable code: 'LZ-EC-06' (Lanzhou employee row 6), 'LZ-RC-07' (resident), or the national code (Yinchuan). */
  code: string;
  /** The Chinese name exactly as the source table writes it. */
  name: string;
  city: City;
  scheme: Scheme;
  /** 年度最高支付限额 in fen; null = 无封顶 (no cap). */
  annualLimitFen: number | null;
  /** 待遇支付年限 (validity of an approval, years); null where the source gives none. */
  validityYears: number | null;
  notes?: string;
  source: SourceRef;
}

/** 城乡居民重大疾病病种 (附表4) and similar disease lists with a money limit. */
export interface MajorDiseaseEntry {
  /** 'LZ-MD-05', or 'LZ-MD-05-2' for the 2nd sub-entry of numbered row 5. */
  code: string;
  /** The table's 序号 (1..51). */
  number: number;
  name: string;
  city: City;
  /** 年度支付限额 in fen. */
  annualLimitFen: number;
  notes?: string;
  source: SourceRef;
}

/** A plain named disease list entry (附表5-1, 附表6, 附表7, …). */
export interface DiseaseListEntry {
  code: string;
  name: string;
  city: City;
  /** Extra columns of the table (e.g. TCM techniques, procedures), as the source writes them. */
  details?: string[];
  notes?: string;
  source: SourceRef;
}

/** One row of an institution table, as written (before de-duplication). */
export interface InstitutionRow {
  /** Name exactly as the row writes it. */
  name: string;
  city: City;
  designation: Designation | null;
  /** Level parsed from the row where the table states one; null otherwise. */
  level: InstitutionLevel | null;
  /** The level text as written, e.g. '三级甲等'. */
  levelText?: string;
  address?: string;
  district?: string;
  /** e.g. '限肝病' for a referral-qualified institution restricted to liver disease. */
  restriction?: string;
  source: SourceRef;
}

/** One real institution after de-duplication by normalised name. */
export interface InstitutionRecord {
  /** Stable code, e.g. 'LZ-I-001'. */
  code: string;
  /** The canonical name (the first spelling met in table order). */
  name: string;
  /** Every other spelling met in the tables. */
  aliases: string[];
  city: City;
  level: InstitutionLevel;
  address: string | null;
  designations: Designation[];
  /** Restrictions per designation, e.g. { REFERRAL: '限肝病' }. */
  restrictions: Partial<Record<Designation, string>>;
  sources: SourceRef[];
}
