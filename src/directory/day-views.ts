/**
 * Institutions as they stand on a day (level, status, designations in force with their
 * periods), worked out once per directory snapshot and day and shared by every request that
 * reads that snapshot: a snapshot never changes, so neither does its answer for a day. A page
 * of 100 institutions asks for today's level, designations and periods of each; without this,
 * every request sorted and filtered every history again.
 *
 * Bounded: the views of at most MAX_DAYS days are kept per snapshot (today, and the few dates
 * a client asks `levelOn` / `designationsOn` for); the oldest day is dropped first.
 */
import { designationsOn } from './dated';
import { onDate, type DesignationRow, type InstitutionOnDate, type InstitutionRow } from './read';
import type { DirectorySnapshot } from './snapshot';

export interface InstitutionDay {
  state: InstitutionOnDate;
  /** The designation periods in force (those `state.designations` names), with their dates. */
  periods: DesignationRow[];
}

export const MAX_DAYS = 8;

const views = new WeakMap<DirectorySnapshot, Map<string, Map<number, InstitutionDay>>>();

function compute(snapshot: DirectorySnapshot, row: InstitutionRow, date: string): InstitutionDay {
  const periods = snapshot.designations.get(row.id) ?? [];
  const state = onDate(row, snapshot.levels.get(row.id) ?? [], periods, date);
  return { state, periods: state.designations.length === 0 ? [] : designationsOn(periods, date) };
}

/** `row` as it stands on `date` by `snapshot`; kept when the row is the snapshot's own. */
export function institutionDay(snapshot: DirectorySnapshot, row: InstitutionRow, date: string): InstitutionDay {
  // A row from elsewhere (read by a mutation, say) may differ from the snapshot's: not kept.
  if (snapshot.institutions.get(row.id) !== row) return compute(snapshot, row, date);
  let days = views.get(snapshot);
  if (!days) views.set(snapshot, (days = new Map()));
  let day = days.get(date);
  if (!day) {
    if (days.size >= MAX_DAYS) days.delete(days.keys().next().value!);
    days.set(date, (day = new Map()));
  }
  let view = day.get(row.id);
  if (!view) day.set(row.id, (view = compute(snapshot, row, date)));
  return view;
}
