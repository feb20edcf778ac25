/**
 * 医疗机构等级: reading a level from a table's level cell or from the kind of institution
 * a name states, and ranking levels by how much they say (for merging rows).
 */
import type { InstitutionLevel } from '../../domain';

/** Level cell text -> level. Checked in order, so 三级甲等 is read before 三级. */
const LEVEL_TEXTS: ReadonlyArray<readonly [RegExp, InstitutionLevel]> = [
  [/三级甲等/, 'TERTIARY_A'],
  [/三级乙等/, 'TERTIARY_B'],
  [/三级/, 'TERTIARY'],
  [/二级/, 'SECONDARY'],
  [/一级/, 'PRIMARY'],
  [/定点零售药店/, 'PHARMACY'],
  [/民营/, 'UNRATED'],
];

/** Parses a 医疗机构等级 cell ('三级', '二级', '民营', …); an unknown text is a transcription error. */
export function parseLevelText(text: string): InstitutionLevel {
  const hit = LEVEL_TEXTS.find(([pattern]) => pattern.test(text));
  if (!hit) throw new Error(`Unknown institution level text: ${text}`);
  return hit[1];
}

/** 基层 (primary) institutions named by kind: 社区卫生服务中心/站, 乡镇卫生院, 村卫生室. */
const PRIMARY_BY_NAME = /社区卫生服务(中心|站)|卫生院$|卫生室$/;

/** The level a name states by the kind of institution it is, or null when it states none. */
export function levelFromName(name: string): InstitutionLevel | null {
  return PRIMARY_BY_NAME.test(name) ? 'PRIMARY' : null;
}

/** How much a level says: a merged record keeps the most specific level any row states. */
const SPECIFICITY: Record<InstitutionLevel, number> = {
  TERTIARY_A: 4, TERTIARY_B: 4, TERTIARY: 3, SECONDARY: 2, PRIMARY: 1, PHARMACY: 1, UNRATED: 0,
};

/** The more specific of two levels; on a tie the one already held stays. */
export function moreSpecificLevel(held: InstitutionLevel, candidate: InstitutionLevel): InstitutionLevel {
  return SPECIFICITY[candidate] > SPECIFICITY[held] ? candidate : held;
}
