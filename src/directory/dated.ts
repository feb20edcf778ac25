/**
 * The directory on a date (目录的时点状态), pure: the level in force on a day from an
 * institution's level history, the designations in force, and whether it is open. A history
 * entry with no `effectiveFrom` is the level as the sources list it, in force since always.
 */
import type { InstitutionLevel } from '../domain';

export interface LevelEntry {
  effectiveFrom: string | null;
  level: string;
  id: number;
}

export interface DesignationPeriod {
  designation: string;
  restriction: string | null;
  effectiveFrom: string | null;
  /** Last day in force; null = open. */
  effectiveUntil: string | null;
}

/** Orders level entries oldest first: no date first, then by date, then as written. */
export function byEffectiveDate<T extends { effectiveFrom: string | null; id: number }>(a: T, b: T): number {
  const fa = a.effectiveFrom ?? '';
  const fb = b.effectiveFrom ?? '';
  return fa < fb ? -1 : fa > fb ? 1 : a.id - b.id;
}

/** The level in force on `date`: the latest entry that took effect on or before it; null if none had. */
export function levelOn(history: readonly LevelEntry[], date: string): InstitutionLevel | null {
  let found: LevelEntry | null = null;
  for (const entry of [...history].sort(byEffectiveDate)) {
    if (entry.effectiveFrom === null || entry.effectiveFrom <= date) found = entry;
  }
  return (found?.level as InstitutionLevel | undefined) ?? null;
}

/** True when the period is in force on `date`. */
export function inForceOn(period: DesignationPeriod, date: string): boolean {
  return (period.effectiveFrom === null || period.effectiveFrom <= date) && (period.effectiveUntil === null || date <= period.effectiveUntil);
}

/** The designations in force on `date`, each once, in the order given. */
export function designationsOn<P extends DesignationPeriod>(periods: readonly P[], date: string): P[] {
  const seen = new Set<string>();
  return periods.filter((p) => {
    if (!inForceOn(p, date) || seen.has(p.designation)) return false;
    seen.add(p.designation);
    return true;
  });
}

/** True when an institution closed from `closedFrom` (null = open) is open on `date`. */
export function openOn(closedFrom: string | null, date: string): boolean {
  return closedFrom === null || date < closedFrom;
}

/** The day before a 'YYYY-MM-DD' date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
