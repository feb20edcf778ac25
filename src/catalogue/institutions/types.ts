/**
 * Shapes used only while transcribing the institution tables (附表1-1 … 附表9 and the
 * Yinchuan cross-province section): a table's header and one row as the source writes it.
 * The transcribed rows themselves are InstitutionRow (../types.ts).
 */
import type { City, Designation, InstitutionLevel } from '../../domain';

/** One institution table (附表) of a source document. */
export interface InstitutionTable {
  /** Seed file prefix, e.g. '000'. */
  document: string;
  /** The table as the source names it, e.g. '附表1-1', or a section for lists in prose. */
  table: string;
  /** The table's title as written. */
  title: string;
  city: City;
  /** The designation (定点资格) every row of the table carries. */
  designation: Designation;
  /** A level the whole table states for its rows (定点零售药店 lists: PHARMACY). */
  level?: InstitutionLevel;
}

/** One row as written: 序号, name, and the columns the table has. */
export interface InstitutionRowSpec {
  /** The 序号 (1-based). */
  row: number;
  /** The name cell exactly as written, restriction suffix such as （限肝病） included. */
  name: string;
  /** The 医疗机构等级 cell, where the table has one. */
  levelText?: string;
  /** The 地址 cell, where the table has one. */
  address?: string;
  /** The county-level district (区/县) the address names, as written there. */
  district?: string;
}
