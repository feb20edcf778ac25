/**
 * Reading the directory on a date, for settlement and eligibility: an institution with the
 * level and the designations in force on the service date. `designationsInForce` is the one
 * place that says which designations (定点资格) an institution holds on a day.
 */
import { asc, eq } from 'drizzle-orm';
import type { Designation, InstitutionLevel } from '../domain';
import type { Queryable } from '../records/access';
import { institutionDesignations, institutionLevels, institutions } from '../db/schema';
import { byEffectiveDate, designationsOn, levelOn, openOn } from './dated';

export type InstitutionRow = typeof institutions.$inferSelect;
export type LevelRow = typeof institutionLevels.$inferSelect;
export type DesignationRow = typeof institutionDesignations.$inferSelect;

export interface DesignationInForce {
  designation: Designation;
  /** 限定范围, e.g. 限肝病; null = none. */
  restriction: string | null;
}

/** The institution as it stands on a date. */
export interface InstitutionOnDate {
  institution: InstitutionRow;
  date: string;
  /** OPEN; CLOSED from the day it closed; NOT_YET_LISTED before its first level took effect. */
  status: 'OPEN' | 'CLOSED' | 'NOT_YET_LISTED';
  /** The level in force on the date (its first level when not yet listed). */
  level: InstitutionLevel;
  designations: DesignationInForce[];
}

/** The level history of an institution, oldest first. */
export async function levelHistory(db: Queryable, institutionId: number): Promise<LevelRow[]> {
  return db.select().from(institutionLevels).where(eq(institutionLevels.institutionId, institutionId)).orderBy(asc(institutionLevels.id));
}

/** Every designation period of an institution, as written. */
export async function designationPeriods(db: Queryable, institutionId: number): Promise<DesignationRow[]> {
  return db.select().from(institutionDesignations).where(eq(institutionDesignations.institutionId, institutionId)).orderBy(asc(institutionDesignations.id));
}

/** The designations an institution holds on `date` (none on or after the day it closed). */
export async function designationsInForce(db: Queryable, institutionId: number, date: string): Promise<DesignationInForce[]> {
  const [institution] = await db.select({ closedFrom: institutions.closedFrom }).from(institutions).where(eq(institutions.id, institutionId));
  if (!institution || !openOn(institution.closedFrom, date)) return [];
  return toInForce(designationsOn(await designationPeriods(db, institutionId), date));
}

/** The institution with its level and designations on `date`; null when there is none with this id. */
export async function institutionOnDate(db: Queryable, institutionId: number, date: string): Promise<InstitutionOnDate | null> {
  const [institution] = await db.select().from(institutions).where(eq(institutions.id, institutionId));
  if (!institution) return null;
  const [levels, periods] = await Promise.all([levelHistory(db, institutionId), designationPeriods(db, institutionId)]);
  return onDate(institution, levels, periods, date);
}

/** The same from rows already loaded (the GraphQL loaders). */
export function onDate(institution: InstitutionRow, levels: readonly LevelRow[], periods: readonly DesignationRow[], date: string): InstitutionOnDate {
  const level = levelOn(levels, date);
  const status = !openOn(institution.closedFrom, date) ? 'CLOSED' : level === null ? 'NOT_YET_LISTED' : 'OPEN';
  return {
    institution,
    date,
    status,
    level: level ?? firstLevel(levels) ?? 'UNRATED',
    designations: status === 'OPEN' ? toInForce(designationsOn(periods, date)) : [],
  };
}

/**
 * The level a listing shows on `date`: the one in force, or the first one when none is yet
 * (an institution listed from a later day); null for an institution without levels.
 */
export function listedLevel(levels: readonly LevelRow[], date: string): InstitutionLevel | null {
  return levelOn(levels, date) ?? firstLevel(levels);
}

function firstLevel(levels: readonly LevelRow[]): InstitutionLevel | null {
  return ([...levels].sort(byEffectiveDate)[0]?.level as InstitutionLevel | undefined) ?? null;
}

function toInForce(periods: readonly DesignationRow[]): DesignationInForce[] {
  return periods.map((p) => ({ designation: p.designation as Designation, restriction: p.restriction }));
}
