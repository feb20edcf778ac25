/**
 * Re-seeding keeps maintained data (issue 13): a new catalogue version replaces what came from
 * the sources (SOURCE rows, which carry their source row) and never what the administrator
 * maintained (ADMIN rows, which carry their audit entry). Also the records-layer reading the
 * eligibility checks use: `designationsInForce(db, institutionId, date)`.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import type { Database } from '../../src/db/client';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { catalogueVersion, directoryChanges, institutionDesignations, institutionLevels, institutions } from '../../src/db/schema';
import { catalogueHash, seedDatabase } from '../../src/db/seed';
import { addDesignation, closeInstitution, createInstitution, endDesignation, updateInstitution } from '../../src/directory/changes';
import { designationsInForce, institutionOnDate } from '../../src/directory/read';
import { readCatalogueVersion } from '../../src/directory/version';
import { testContext } from '../support/context';
import { tempDbFile } from '../support/server';

let db: Database;
let close: () => void;
let cleanup: () => void;
const gid = (id: number) => btoa(`Institution:${id}`);

function adminContext(): Context {
  return testContext(db, { now: '2026-06-01T08:00:00Z' });
}

async function idOf(code: string): Promise<number> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.code, code));
  return row.id;
}

beforeAll(async () => {
  const tmp = tempDbFile();
  cleanup = tmp.cleanup;
  ({ db, close } = await openDatabase(`file:${tmp.file}`));
  await prepareDatabase(db);
});
afterAll(() => {
  close?.();
  cleanup?.();
});

describe('designationsInForce (for the eligibility checks)', () => {
  it('gives the designations with restrictions an institution holds on a day, none once closed', async () => {
    // 兰州市第二人民医院 (LZ-I-011): 附表1-1, 2-2, 3-2, 8-1 (限肝病), 9.
    const id = await idOf('LZ-I-011');
    expect(await designationsInForce(db, id, '2024-05-01')).toEqual([
      { designation: 'NEGOTIATED_DRUG', restriction: null },
      { designation: 'DAY_SURGERY', restriction: null },
      { designation: 'MATERNITY', restriction: null },
      { designation: 'REFERRAL', restriction: '限肝病' },
      { designation: 'RETIRED_CADRE_CHECKUP', restriction: null },
    ]);
    const ctx = adminContext();
    await endDesignation(ctx, { institutionId: gid(id), designation: 'REFERRAL', effectiveFrom: '2025-01-01' });
    await addDesignation(ctx, { institutionId: gid(id), designation: 'REFERRAL', restriction: '限肝病、传染病', effectiveFrom: '2025-03-01' });
    expect((await designationsInForce(db, id, '2024-12-31')).find((d) => d.designation === 'REFERRAL')).toEqual({ designation: 'REFERRAL', restriction: '限肝病' });
    expect((await designationsInForce(db, id, '2025-02-01')).map((d) => d.designation)).not.toContain('REFERRAL');
    expect((await designationsInForce(db, id, '2025-03-01')).find((d) => d.designation === 'REFERRAL')).toEqual({ designation: 'REFERRAL', restriction: '限肝病、传染病' });
    const other = await idOf('LZ-I-096'); // 兰飞医院
    await closeInstitution(ctx, { institutionId: gid(other), effectiveFrom: '2025-01-01' });
    expect(await designationsInForce(db, other, '2024-12-31')).toEqual([{ designation: 'MATERNITY', restriction: null }]);
    expect(await designationsInForce(db, other, '2025-01-01')).toEqual([]);
    expect((await institutionOnDate(db, other, '2025-01-01'))?.status).toBe('CLOSED');
    expect(await designationsInForce(db, 999_999, '2025-01-01')).toEqual([]);
  });
});

describe('re-seeding', () => {
  it('a new catalogue version replaces SOURCE rows and keeps every maintained one', async () => {
    const ctx = adminContext();
    const hospital = await idOf('LZ-I-006'); // 兰州市第一人民医院, 三级 in 附表2-2 row 14
    await updateInstitution(ctx, { institutionId: gid(hospital), level: 'TERTIARY_A', effectiveFrom: '2024-01-01', note: '三甲' });
    const created = await createInstitution(ctx, { name: '兰州市新华医院', city: 'LANZHOU', level: 'SECONDARY', effectiveFrom: '2024-01-01', aliases: ['新华医院'] });
    const dayHospital = await idOf('LZ-I-087'); // 兰州医博肛肠医院, 民营, 附表2-2 row 34
    const ended = await endDesignation(ctx, { institutionId: gid(dayHospital), designation: 'DAY_SURGERY', effectiveFrom: '2025-01-01' });
    await addDesignation(ctx, { institutionId: gid(created.institution.id), designation: 'MATERNITY', effectiveFrom: '2024-06-01' });

    // A catalogue in which the seeded rows differ: the old seed hash, and a SOURCE level the
    // catalogues do not give (as an older transcription might have).
    const gansu = await idOf('LZ-I-001');
    await db.update(institutionLevels).set({ level: 'PRIMARY' }).where(and(eq(institutionLevels.institutionId, gansu), eq(institutionLevels.origin, 'SOURCE')));
    await db.update(catalogueVersion).set({ seed: 'older-catalogue' });
    const before = await readCatalogueVersion(db);
    const idsBefore = await db.select({ id: institutions.id, code: institutions.code }).from(institutions);

    expect(await seedDatabase(db)).toEqual({ seeded: true, version: `${catalogueHash()}.${before!.revision + 1}` });

    // SOURCE rows are the catalogues' again, each with its source row.
    expect(await db.select({ level: institutionLevels.level, source: institutionLevels.source, origin: institutionLevels.origin })
      .from(institutionLevels).where(eq(institutionLevels.institutionId, gansu))).toEqual([{ level: 'TERTIARY', source: '000 附表2-2 #1', origin: 'SOURCE' }]);
    // The administrator's dated level stays, and still decides a 2024 claim.
    const levels = await db.select().from(institutionLevels).where(eq(institutionLevels.institutionId, hospital));
    expect(levels.map((l) => [l.origin, l.effectiveFrom, l.level, l.changeId !== null])).toEqual(expect.arrayContaining([
      ['SOURCE', null, 'TERTIARY', false], ['ADMIN', '2024-01-01', 'TERTIARY_A', true],
    ]));
    expect((await institutionOnDate(db, hospital, '2024-05-01'))?.level).toBe('TERTIARY_A');
    expect((await institutionOnDate(db, hospital, '2023-05-01'))?.level).toBe('TERTIARY');
    // The institution the administrator created stays, with its alias, level and designation.
    const mine = await institutionOnDate(db, created.institution.id, '2024-07-01');
    expect(mine).toMatchObject({ status: 'OPEN', level: 'SECONDARY', designations: [{ designation: 'MATERNITY', restriction: null }] });
    expect(mine!.institution).toMatchObject({ code: 'LZ-A-001', origin: 'ADMIN', searchText: '兰州市新华医院\n新华医院' });
    // The end of a SOURCE designation survives, with its audit entry.
    const [period] = await db.select().from(institutionDesignations)
      .where(and(eq(institutionDesignations.institutionId, dayHospital), eq(institutionDesignations.designation, 'DAY_SURGERY')));
    expect(period).toMatchObject({ origin: 'SOURCE', effectiveFrom: null, effectiveUntil: '2024-12-31', endChangeId: ended.change.id });
    expect(await designationsInForce(db, dayHospital, '2025-01-01')).toEqual([]);
    // Records keep pointing at the same institutions.
    expect(await db.select({ id: institutions.id, code: institutions.code }).from(institutions)).toEqual(expect.arrayContaining(idsBefore));
    // The re-seed is in the audit, and a second run with the same catalogues does nothing.
    const [last] = await db.select().from(directoryChanges).orderBy(directoryChanges.id).limit(1).offset((await db.$count(directoryChanges)) - 1);
    expect(last).toMatchObject({ kind: 'RESEED', actor: 'SEED', oldValue: { catalogueVersion: `older-catalogue.${before!.revision}` } });
    expect(await seedDatabase(db)).toEqual({ seeded: false, version: `${catalogueHash()}.${before!.revision + 1}` });
  });
});
