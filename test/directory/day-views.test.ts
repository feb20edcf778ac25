/**
 * The views of institutions on a day kept per directory snapshot (src/directory/day-views.ts):
 * the same answer as working it out, shared by requests, bounded in days, and never kept for a
 * row that is not the snapshot's own.
 */
import { describe, expect, it } from 'vitest';
import { institutionDay, MAX_DAYS } from '../../src/directory/day-views';
import { onDate } from '../../src/directory/read';
import type { DesignationRow, DirectorySnapshot, InstitutionRow, LevelRow } from '../../src/directory/snapshot';

const hospital: InstitutionRow = {
  id: 7, code: 'LZ-I-007', name: '兰州大学第二医院', city: 'LANZHOU', level: 'TERTIARY_A', address: null,
  searchText: '兰州大学第二医院', origin: 'SOURCE', closedFrom: '2025-01-01',
} as InstitutionRow;
const levels: LevelRow[] = [
  { id: 2, institutionId: 7, effectiveFrom: '2024-07-01', level: 'TERTIARY_B', origin: 'ADMIN', source: null, changeId: 1 },
  { id: 1, institutionId: 7, effectiveFrom: '2024-01-01', level: 'TERTIARY_A', origin: 'SOURCE', source: '000 附表2-2 #1', changeId: null },
];
const periods: DesignationRow[] = [
  { id: 1, institutionId: 7, designation: 'INPATIENT', restriction: null, effectiveFrom: null, effectiveUntil: null, origin: 'SOURCE', changeId: null, endChangeId: null },
  { id: 2, institutionId: 7, designation: 'REFERRAL', restriction: '限肝病', effectiveFrom: '2024-03-01', effectiveUntil: '2024-08-31', origin: 'ADMIN', changeId: 2, endChangeId: null },
  { id: 3, institutionId: 7, designation: 'REFERRAL', restriction: null, effectiveFrom: '2024-01-01', effectiveUntil: null, origin: 'SOURCE', changeId: null, endChangeId: null },
] as DesignationRow[];

function snapshot(): DirectorySnapshot {
  return {
    version: 'test.1', institutions: new Map([[7, hospital]]), aliases: new Map(), levels: new Map([[7, levels]]),
    designations: new Map([[7, periods]]), sources: new Map(), catalogueEntries: [], catalogueEntryById: new Map(),
  };
}

describe('institutionDay', () => {
  it('gives the level, designations and their periods in force on the day, as onDate does', () => {
    const s = snapshot();
    const june = institutionDay(s, hospital, '2024-06-01');
    expect(june.state).toEqual(onDate(hospital, levels, periods, '2024-06-01'));
    expect(june.state.level).toBe('TERTIARY_A');
    // The first REFERRAL period in force (限肝病 from 2024-03-01) is the one shown, with its dates.
    expect(june.periods.map((p) => [p.designation, p.restriction, p.effectiveFrom])).toEqual([['INPATIENT', null, null], ['REFERRAL', '限肝病', '2024-03-01']]);
    const september = institutionDay(s, hospital, '2024-09-01');
    expect(september.state.level).toBe('TERTIARY_B');
    expect(september.periods.map((p) => [p.designation, p.restriction])).toEqual([['INPATIENT', null], ['REFERRAL', null]]);
    // Closed from 2025-01-01: no designation, no period.
    const closed = institutionDay(s, hospital, '2025-02-01');
    expect(closed.state.status).toBe('CLOSED');
    expect(closed.periods).toEqual([]);
  });

  it('works a day out once per snapshot: a second request gets the same view', () => {
    const s = snapshot();
    expect(institutionDay(s, hospital, '2024-06-01')).toBe(institutionDay(s, hospital, '2024-06-01'));
    // Another snapshot (the directory changed) works it out again.
    expect(institutionDay(snapshot(), hospital, '2024-06-01')).not.toBe(institutionDay(s, hospital, '2024-06-01'));
  });

  it(`keeps at most ${MAX_DAYS} days per snapshot, dropping the oldest first`, () => {
    const s = snapshot();
    const first = institutionDay(s, hospital, '2024-01-01');
    for (let d = 2; d <= MAX_DAYS; d++) institutionDay(s, hospital, `2024-01-${String(d).padStart(2, '0')}`);
    expect(institutionDay(s, hospital, '2024-01-01')).toBe(first);
    institutionDay(s, hospital, '2024-02-01');
    expect(institutionDay(s, hospital, '2024-01-01')).not.toBe(first);
  });

  it('does not keep the view of a row that is not the snapshot\'s own (read elsewhere, maybe newer)', () => {
    const s = snapshot();
    const reread = { ...hospital, closedFrom: null };
    const view = institutionDay(s, reread, '2025-02-01');
    expect(view.state.status).toBe('OPEN');
    expect(institutionDay(s, reread, '2025-02-01')).not.toBe(view);
    expect(institutionDay(s, hospital, '2025-02-01').state.status).toBe('CLOSED');
  });
});
