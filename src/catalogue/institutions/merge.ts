/**
 * De-duplication of institution table rows into one record per real institution
 * (机构去重). Rows are the same institution when their merge keys are equal: the
 * normalised name without a trailing bracketed second name, then mapped through the
 * same-institution list below, each entry of which says why the source shows the
 * spellings to be one institution.
 */
import type { City, Designation, InstitutionLevel } from '../../domain';
import type { InstitutionRecord, InstitutionRow } from '../types';
import { moreSpecificLevel } from './levels';
import { normaliseInstitutionName, splitRestriction } from './normalise';

/**
 * A bracketed second name after the name, e.g. 兰州石化总医院 (甘肃中医药大学第四附属医院)
 * or 皋兰县中医医院 (甘肃中医药大学附属医院北院): the bracket names the same institution
 * again (an affiliation title), so the name before it identifies the institution. The
 * bracket is only dropped at the end, never inside (重庆医药（集团）…公司 keeps it).
 */
const TRAILING_SECOND_NAME = /\([^()]*\)$/;

/**
 * Spellings (as merge keys) that name one institution although their keys differ.
 * Spellings that differ only in whitespace, bracket width, a restriction suffix, a 第
 * before a unit number or a trailing bracketed second name need no entry.
 *
 * Not merged, on purpose:
 * - 联勤保障部队九四〇医院 安宁医疗区 (附表3-2 row 9) stays apart from 联勤保障部队九四〇医院
 *   (row 8): the maternity table lists the campus as an institution of its own.
 * - 甘肃省人民医院西院区 (附表3-2 row 37) and 兰州大学第一医院西站院区 (row 13) likewise stay
 *   apart from 甘肃省人民医院 (row 1) and 兰州大学第一医院 (row 4), listed in the same table.
 * - 兰州市红古区人民医院 (甘肃省人民医院红古分院) is the Honggu district hospital, not
 *   甘肃省人民医院: only the name before the bracket counts.
 * - 兰州普瑞眼科医院 / 兰州普瑞眼视光医院, 兰州爱尔眼科医院 / 甘肃爱尔眼视光医院有限公司,
 *   甘肃省中医院 / 甘肃中医药大学附属医院, 兰州手足外科医院 / 兰州手足外科第二医院: each pair
 *   is listed as two rows of one table (附表1-1 or 附表2-2), so two institutions.
 */
const SAME_INSTITUTION: ReadonlyArray<{ keys: readonly string[]; reason: string }> = [
  {
    keys: ['兰州市华夏眼科医院', '兰州华夏眼科医院'],
    reason: '附表1-1 row 15 and 附表2-2 row 24. Both tables are Lanzhou lists and name the same '
      + 'four private eye hospitals (普瑞眼科, 普瑞眼视光, 爱尔眼科, 华夏眼科); 兰州 and 兰州市 are '
      + 'the same city prefix and the guide names no second 华夏眼科医院.',
  },
  {
    keys: ['兰州大学第二医院西固医院', '兰州市西固区人民医院'],
    reason: '附表2-2 row 16 writes 兰州大学第二医院 西固医院(西固区 人民医院): the source itself '
      + 'says the 西固 hospital of 兰大二院 is the 西固区人民医院, which 附表3-2 row 18 writes as '
      + '兰州市西固区人民医院 (西固区 is a district of 兰州市).',
  },
  {
    keys: ['七里河区人民医院', '兰州市七里河区人民医院'],
    reason: '附表2-2 row 32 and 附表3-2 row 48: 七里河区 is a district of 兰州市, and both tables '
      + 'list Lanzhou institutions only; 附表3-2 row 31 兰州市七里河区阿干医院 is a different one.',
  },
  {
    keys: ['兰州五零四医院', '中核五〇四医院'],
    reason: '附表2-2 row 29 and 附表3-2 row 23: 五零四 and 五〇四 are the same number 504, the '
      + 'hospital of the 504 plant of 中核 (China National Nuclear) in Lanzhou; the guide names '
      + 'no second 504 hospital. This is the one merge the guide does not spell out itself.',
  },
  {
    keys: ['宁夏回族自治区人民医院', '宁夏人民医院'],
    reason: '002 §二(二)1 names the two hospitals twice in consecutive sentences, first '
      + '宁夏医科大学总医院和宁夏回族自治区人民医院, then 宁夏医科大学总医院和宁夏人民医院: the '
      + 'short form is the same hospital.',
  },
];

/** Every key of SAME_INSTITUTION mapped to its entry's first key. */
const GROUP_KEY = new Map<string, string>(
  SAME_INSTITUTION.flatMap(({ keys }) => keys.map((key) => [key, keys[0]] as const)),
);

/** The keys of the same-institution list (for checking each one is met by a row). */
export const SAME_INSTITUTION_KEYS: readonly string[] = [...GROUP_KEY.keys()];

/** The key rows of one institution share: normalised, no trailing second name, grouped. */
export function institutionMergeKey(name: string): string {
  const key = normaliseInstitutionName(name).replace(TRAILING_SECOND_NAME, '');
  return GROUP_KEY.get(key) ?? key;
}

/** The code prefix and zero-padded width of a city's institution codes. */
const CODE_FORMATS: Record<City, { prefix: string; width: number }> = {
  LANZHOU: { prefix: 'LZ-I-', width: 3 },
  JINING: { prefix: 'JN-I-', width: 3 },
  YINCHUAN: { prefix: 'YC-I-', width: 2 },
};

interface Accumulator {
  name: string;
  spellings: string[];
  city: City;
  level: InstitutionLevel | null;
  address: string | null;
  designations: Designation[];
  restrictions: Partial<Record<Designation, string>>;
  rows: InstitutionRow[];
}

/**
 * Merges rows (in table order) into records, coded in order of first appearance per
 * city: the canonical name is the first spelling met (restriction suffix dropped), the
 * aliases every other spelling as written, the level the most specific any row states
 * (UNRATED when none does), the address the first given.
 */
export function mergeInstitutionRows(rows: readonly InstitutionRow[]): InstitutionRecord[] {
  const byKey = new Map<string, Accumulator>();
  for (const row of rows) {
    const key = `${row.city}|${institutionMergeKey(row.name)}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = {
        name: splitRestriction(row.name).name, spellings: [], city: row.city, level: null,
        address: null, designations: [], restrictions: {}, rows: [],
      };
      byKey.set(key, acc);
    }
    addRow(acc, row);
  }
  const counters = new Map<City, number>();
  return [...byKey.values()].map((acc) => {
    const serial = (counters.get(acc.city) ?? 0) + 1;
    counters.set(acc.city, serial);
    const { prefix, width } = CODE_FORMATS[acc.city];
    return {
      code: `${prefix}${String(serial).padStart(width, '0')}`,
      name: acc.name,
      aliases: acc.spellings.filter((spelling) => spelling !== acc.name),
      city: acc.city,
      level: acc.level ?? 'UNRATED',
      address: acc.address,
      designations: acc.designations,
      restrictions: acc.restrictions,
      sources: acc.rows.map((row) => row.source),
    };
  });
}

function addRow(acc: Accumulator, row: InstitutionRow): void {
  if (!acc.spellings.includes(row.name)) acc.spellings.push(row.name);
  if (row.level !== null) acc.level = acc.level === null ? row.level : moreSpecificLevel(acc.level, row.level);
  if (acc.address === null && row.address !== undefined) acc.address = row.address;
  if (row.designation !== null) {
    if (!acc.designations.includes(row.designation)) acc.designations.push(row.designation);
    if (row.restriction !== undefined) {
      const held = acc.restrictions[row.designation];
      if (held !== undefined && held !== row.restriction) {
        throw new Error(`${acc.name}: conflicting ${row.designation} restrictions ${held} / ${row.restriction}`);
      }
      acc.restrictions[row.designation] = row.restriction;
    }
  }
  acc.rows.push(row);
}
