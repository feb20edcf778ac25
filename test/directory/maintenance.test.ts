/**
 * The directory as maintained data (issue 13): dated levels (a claim settles at the level in
 * force on its service date; settlements already made never change), new institutions,
 * designations added and ended, closing, the audit newest first, the catalogue version, and
 * that nobody but the administrator changes anything. Amounts are worked out in ./support.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, bearer, createPerson, idNumbersFrom, issueKey, ok, SETTLE, startRecordsServer, userError } from '../records/support';
import type { TestServer } from '../support/server';
import {
  ADD_DESIGNATION, CLOSE, CREATE, DAY_SURGERY_ITEMS, employeeEstimate, END_DESIGNATION, estimate, findOne, STAY_BY_LEVEL, STAY_ITEMS,
  UPDATE, versionOf,
} from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

const idNumber = idNumbersFrom('62010219800101');

describe('dated levels', () => {
  it('三甲 from 2024-01-01 and 三乙 from 2024-07-01: stays of 2024-06-01 and 2024-08-01 price the two grades', async () => {
    const hospital = await findOne(server, '兰州市第一人民医院');
    expect(hospital.level).toBe('TERTIARY');
    const a = ok<any>(await server.gql(UPDATE, { input: { institutionId: hospital.id, level: 'TERTIARY_A', effectiveFrom: '2024-01-01', note: '2023 grading: 三甲' } }, ADMIN), 'updateInstitution');
    expect(a.change).toMatchObject({ kind: 'UPDATE_LEVEL', actor: 'ADMINISTRATOR', effectiveFrom: '2024-01-01', note: '2023 grading: 三甲' });
    expect(JSON.parse(a.change.oldValue)).toEqual({ level: 'TERTIARY' });
    expect(JSON.parse(a.change.newValue)).toEqual({ level: 'TERTIARY_A' });
    ok(await server.gql(UPDATE, { input: { institutionId: hospital.id, level: 'TERTIARY_B', effectiveFrom: '2024-07-01', note: 're-graded 三乙' } }, ADMIN), 'updateInstitution');

    const june = await estimate(server, employeeEstimate({ institutionId: hospital.id, date: '2024-06-01' }));
    expect(june.data!.estimateSettlement).toMatchObject({ ...STAY_BY_LEVEL.TERTIARY_A, assumptions: [] });
    const august = await estimate(server, employeeEstimate({ institutionId: hospital.id, date: '2024-08-01' }));
    expect(august.data!.estimateSettlement).toMatchObject({ ...STAY_BY_LEVEL.TERTIARY_B, assumptions: [] });
    // Before the first dated entry the sources' 三级 applies: settled as 三甲 with the assumption.
    const before = await estimate(server, employeeEstimate({ institutionId: hospital.id, date: '2023-12-31' }));
    expect(before.data!.estimateSettlement).toMatchObject(STAY_BY_LEVEL.TERTIARY_A);
    expect(before.data!.estimateSettlement.assumptions.map((x: any) => x.code)).toEqual(['GRADE_UNKNOWN']);

    const { body } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Institution {
      level levelOn(date: "2024-06-30") august: levelOn(date: "2024-07-01") old: levelOn(date: "2023-06-01")
      levelHistory { level effectiveFrom origin source change { kind note } } } } }`, { id: hospital.id });
    expect(body.data.node).toEqual({
      level: 'TERTIARY_B', levelOn: 'TERTIARY_A', august: 'TERTIARY_B', old: 'TERTIARY',
      levelHistory: [
        { level: 'TERTIARY', effectiveFrom: null, origin: 'SOURCE', source: '000 附表2-2 #14', change: null },
        { level: 'TERTIARY_A', effectiveFrom: '2024-01-01', origin: 'ADMIN', source: null, change: { kind: 'UPDATE_LEVEL', note: '2023 grading: 三甲' } },
        { level: 'TERTIARY_B', effectiveFrom: '2024-07-01', origin: 'ADMIN', source: null, change: { kind: 'UPDATE_LEVEL', note: 're-graded 三乙' } },
      ],
    });
  });

  it('a settlement already made keeps its level after the hospital is re-graded; a later one uses the new grade', async () => {
    const hospital = await findOne(server, '兰州市第二人民医院');
    const key = await issueKey(server, hospital.id);
    const personId = await createPerson(server, {
      name: '李四', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01',
    }, bearer(key));
    const settle = (k: string, date: string) => server.gql(SETTLE, {
      input: { personId, idempotencyKey: k, visitType: 'INPATIENT', date, items: STAY_ITEMS, usePersonalAccount: false },
    }, bearer(key));
    const first = ok<any>(await settle('HIS-1', '2024-09-01'), 'settleClaim').settlement;
    expect(first).toMatchObject({ deductible: '1000.00', basicPoolPayment: '26840.00' }); // 三级, settled as 三甲

    ok(await server.gql(UPDATE, { input: { institutionId: hospital.id, level: 'TERTIARY_B', effectiveFrom: '2024-01-01' } }, ADMIN), 'updateInstitution');
    const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on SettlementRecord {
      deductible basicPoolPayment assumptions { code } claim { institutionLevel } } } }`, { id: first.id }, bearer(key));
    expect(read.body.data.node).toEqual({ deductible: '1000.00', basicPoolPayment: '26840.00', assumptions: [{ code: 'GRADE_UNKNOWN' }], claim: { institutionLevel: 'TERTIARY' } });

    // The second stay of the year at 三乙: deductible 600 × 80% = 480; eligible 28,520 from position 28,000: 98% → 27,949.60.
    const second = ok<any>(await settle('HIS-2', '2024-10-01'), 'settleClaim').settlement;
    expect(second).toMatchObject({ deductible: '480.00', basicPoolPayment: '27949.60' });
  });

  it('the same level again is refused (LEVEL_UNCHANGED) and writes nothing', async () => {
    const hospital = await findOne(server, '甘肃省肿瘤医院');
    const version = await versionOf(server);
    const e = userError(await server.gql(UPDATE, { input: { institutionId: hospital.id, level: 'TERTIARY', effectiveFrom: '2024-03-01' } }, ADMIN), 'updateInstitution');
    expect(e).toMatchObject({ code: 'LEVEL_UNCHANGED', field: ['input', 'level'] });
    expect(await versionOf(server)).toBe(version);
  });
});

describe('new institutions', () => {
  it('a hospital created by the administrator is found by search with its level, and prices a stay', async () => {
    const created = ok<any>(await server.gql(CREATE, { input: {
      name: '兰州市新华医院', city: 'LANZHOU', level: 'SECONDARY', effectiveFrom: '2024-01-01',
      aliases: ['新华医院（兰州）'], address: '兰州市城关区新华路 1 号', note: '新定点 2024',
    } }, ADMIN), 'createInstitution');
    expect(created.institution).toMatchObject({ code: 'LZ-A-001', name: '兰州市新华医院', level: 'SECONDARY', origin: 'ADMIN', closedFrom: null });
    expect(created.change).toMatchObject({ kind: 'CREATE_INSTITUTION', effectiveFrom: '2024-01-01', oldValue: null, note: '新定点 2024' });

    const found = await findOne(server, '新华医院', 'id code name aliases level city address origin designations');
    expect(found).toEqual({
      id: created.institution.id, code: 'LZ-A-001', name: '兰州市新华医院', aliases: ['新华医院（兰州）'], level: 'SECONDARY', city: 'LANZHOU',
      address: '兰州市城关区新华路 1 号', origin: 'ADMIN', designations: [],
    });
    const secondary = await allInstitutionsAt('SECONDARY');
    expect(secondary).toContain('兰州市新华医院');

    const stay = await estimate(server, employeeEstimate({ institutionId: found.id, date: '2024-05-01' }));
    expect(stay.data!.estimateSettlement).toMatchObject({ ...STAY_BY_LEVEL.SECONDARY, assumptions: [] });
    const early = await estimate(server, employeeEstimate({ institutionId: found.id, date: '2023-12-31' }));
    expect(early.errors?.[0]?.extensions?.code).toBe('INSTITUTION_NOT_YET_LISTED');
  });

  it('a name or alias another institution of the city has is refused (INSTITUTION_NAME_TAKEN)', async () => {
    const e = userError(await server.gql(CREATE, { input: { name: '兰州市 第一人民医院', city: 'LANZHOU', level: 'SECONDARY' } }, ADMIN), 'createInstitution');
    expect(e.code).toBe('INSTITUTION_NAME_TAKEN');
    const blank = userError(await server.gql(CREATE, { input: { name: '  ', city: 'LANZHOU', level: 'SECONDARY' } }, ADMIN), 'createInstitution');
    expect(blank).toMatchObject({ code: 'INVALID_NAME', field: ['input', 'name'] });
  });
});

async function allInstitutionsAt(level: string): Promise<string[]> {
  const { body } = await server.gql(`query($f: InstitutionFilter) { institutions(first: 100, filter: $f) { edges { node { name } } } }`, { f: { city: 'LANZHOU', level } });
  return body.data.institutions.edges.map((e: any) => e.node.name);
}

describe('designations and closing', () => {
  it('a designation added from a date and ended later is in force only in between', async () => {
    const hospital = await findOne(server, '兰州石化总医院');
    expect(hospital.designations).toEqual(['NEGOTIATED_DRUG', 'MATERNITY']);
    const added = ok<any>(await server.gql(ADD_DESIGNATION, { input: {
      institutionId: hospital.id, designation: 'DAY_SURGERY', effectiveFrom: '2025-01-01', note: '日间手术试点',
    } }, ADMIN), 'addDesignation');
    expect(JSON.parse(added.change.newValue)).toEqual({ designation: 'DAY_SURGERY', restriction: null });
    const again = userError(await server.gql(ADD_DESIGNATION, { input: { institutionId: hospital.id, designation: 'DAY_SURGERY', effectiveFrom: '2025-06-01' } }, ADMIN), 'addDesignation');
    expect(again.code).toBe('DESIGNATION_IN_FORCE');
    ok(await server.gql(END_DESIGNATION, { input: { institutionId: hospital.id, designation: 'DAY_SURGERY', effectiveFrom: '2026-01-01', note: '试点结束' } }, ADMIN), 'endDesignation');
    const notHeld = userError(await server.gql(END_DESIGNATION, { input: { institutionId: hospital.id, designation: 'REFERRAL', effectiveFrom: '2025-01-01' } }, ADMIN), 'endDesignation');
    expect(notHeld.code).toBe('DESIGNATION_NOT_HELD');

    const { body } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Institution {
      designations d2024: designationsOn(date: "2024-12-31") d2025: designationsOn(date: "2025-12-31") d2026: designationsOn(date: "2026-01-01")
      designationPeriods { designation restriction effectiveFrom effectiveUntil } } } }`, { id: hospital.id });
    expect(body.data.node).toEqual({
      designations: ['NEGOTIATED_DRUG', 'MATERNITY'],
      d2024: ['NEGOTIATED_DRUG', 'MATERNITY'],
      d2025: ['NEGOTIATED_DRUG', 'MATERNITY', 'DAY_SURGERY'],
      d2026: ['NEGOTIATED_DRUG', 'MATERNITY'],
      designationPeriods: [
        { designation: 'NEGOTIATED_DRUG', restriction: null, effectiveFrom: null, effectiveUntil: null },
        { designation: 'MATERNITY', restriction: null, effectiveFrom: null, effectiveUntil: null },
        { designation: 'DAY_SURGERY', restriction: null, effectiveFrom: '2025-01-01', effectiveUntil: '2025-12-31' },
      ],
    });
  });

  it('ending a source designation takes it out of the designation filter from that day', async () => {
    const hospital = await findOne(server, '兰州医博肛肠医院');
    ok(await server.gql(END_DESIGNATION, { input: { institutionId: hospital.id, designation: 'DAY_SURGERY', effectiveFrom: '2025-01-01' } }, ADMIN), 'endDesignation');
    const { body } = await server.gql(`{ institutions(first: 100, filter: { city: LANZHOU, designation: DAY_SURGERY }) { edges { node { name } } } }`);
    expect(body.data.institutions.edges.map((e: any) => e.node.name)).not.toContain('兰州医博肛肠医院');
    expect(body.data.institutions.edges).toHaveLength(33);
  });

  it('a closed institution refuses claims from the day it closed (INSTITUTION_CLOSED) and keeps its history', async () => {
    const hospital = await findOne(server, '兰飞医院');
    const closed = ok<any>(await server.gql(CLOSE, { input: { institutionId: hospital.id, effectiveFrom: '2025-01-01', note: '停止定点' } }, ADMIN), 'closeInstitution');
    expect(closed.institution.closedFrom).toBe('2025-01-01');
    const before = await estimate(server, employeeEstimate({ institutionId: hospital.id, date: '2024-12-31' }));
    expect(before.data!.estimateSettlement).toMatchObject(STAY_BY_LEVEL.TERTIARY_A);
    const after = await estimate(server, employeeEstimate({ institutionId: hospital.id, date: '2025-01-01', visitType: 'DAY_SURGERY', items: DAY_SURGERY_ITEMS }));
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'INSTITUTION_CLOSED', field: ['input', 'institutionId'] });
    const twice = userError(await server.gql(CLOSE, { input: { institutionId: hospital.id, effectiveFrom: '2025-02-01' } }, ADMIN), 'closeInstitution');
    expect(twice.code).toBe('INSTITUTION_CLOSED');
    const { body } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Institution { designationsOn(date: "2025-01-01") old: designationsOn(date: "2024-12-31") } } }`, { id: hospital.id });
    expect(body.data.node).toEqual({ designationsOn: [], old: ['MATERNITY'] });
  });
});

describe('the audit and the catalogue version', () => {
  it('lists every change newest first, with who, when, the old and new value and the note; each bumped the version', async () => {
    const { body } = await server.gql(`{ directoryChanges(first: 100) { edges { node {
      kind actor changedAt effectiveFrom oldValue newValue note catalogueVersion institution { name } } } } }`);
    const changes = body.data.directoryChanges.edges.map((e: any) => e.node);
    expect(changes.map((c: any) => c.kind)).toEqual([
      'CLOSE_INSTITUTION', 'END_DESIGNATION', 'END_DESIGNATION', 'ADD_DESIGNATION', 'CREATE_INSTITUTION', 'UPDATE_LEVEL', 'UPDATE_LEVEL',
      'UPDATE_LEVEL', 'RESEED',
    ]);
    expect(changes[0]).toMatchObject({ actor: 'ADMINISTRATOR', effectiveFrom: '2025-01-01', note: '停止定点', institution: { name: '兰飞医院' } });
    expect(JSON.parse(changes[0].oldValue)).toEqual({ closedFrom: null });
    expect(JSON.parse(changes[0].newValue)).toEqual({ closedFrom: '2025-01-01' });
    expect(changes.at(-1)).toMatchObject({ kind: 'RESEED', actor: 'SEED', institution: null, oldValue: null });
    expect(changes[0].changedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Every change produced its own version, newest first; the current one is the newest's.
    const revisions = changes.map((c: any) => Number(c.catalogueVersion.split('.')[1]));
    expect(revisions).toEqual([...revisions].sort((x, y) => y - x));
    expect(new Set(revisions).size).toBe(revisions.length);
    expect(await versionOf(server)).toBe(changes[0].catalogueVersion);
    const health = await (await fetch(`${server.url}/health`)).json();
    expect(health.catalogueVersion).toBe(changes[0].catalogueVersion);

    const hospital = await findOne(server, '兰州市第一人民医院');
    const own = await server.gql(`query($f: DirectoryChangeFilter) { directoryChanges(first: 1, filter: $f) { edges { node { note } } pageInfo { hasNextPage } } }`,
      { f: { institutionId: hospital.id } });
    expect(own.body.data.directoryChanges).toEqual({ edges: [{ node: { note: 're-graded 三乙' } }], pageInfo: { hasNextPage: true } });
  });
});

describe('access: nobody but the administrator changes the directory', () => {
  it('no key (401 UNAUTHENTICATED), or an institution key (FORBIDDEN), changes nothing', async () => {
    const hospital = await findOne(server, '甘肃省人民医院');
    const key = await issueKey(server, hospital.id);
    const version = await versionOf(server);
    const attempts: [string, string, Record<string, unknown>][] = [
      [UPDATE, 'updateInstitution', { institutionId: hospital.id, level: 'TERTIARY_A', effectiveFrom: '2024-01-01' }],
      [CREATE, 'createInstitution', { name: '冒名医院', city: 'LANZHOU', level: 'TERTIARY_A' }],
      [ADD_DESIGNATION, 'addDesignation', { institutionId: hospital.id, designation: 'TCM_DAY_CLINIC' }],
      [END_DESIGNATION, 'endDesignation', { institutionId: hospital.id, designation: 'REFERRAL', effectiveFrom: '2025-01-01' }],
      [CLOSE, 'closeInstitution', { institutionId: hospital.id }],
    ];
    for (const [mutation, field, input] of attempts) {
      const anonymous = await server.gql(mutation, { input });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(userError(await server.gql(mutation, { input }, bearer(key)), field).code).toBe('FORBIDDEN');
    }
    expect(await versionOf(server)).toBe(version);
    const { body } = await server.gql(`query($id: ID!) { node(id: $id) { ... on Institution { level designations closedFrom levelHistory { origin } } } }`, { id: hospital.id });
    expect(body.data.node).toEqual({
      level: 'TERTIARY', designations: ['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL', 'RETIRED_CADRE_CHECKUP'], closedFrom: null,
      levelHistory: [{ origin: 'SOURCE' }],
    });
    expect((await findOne(server, '甘肃省人民医院')).id).toBe(hospital.id);
    expect(await server.gql(`{ institutions(first: 1, filter: { search: "冒名医院" }) { edges { node { id } } } }`))
      .toMatchObject({ body: { data: { institutions: { edges: [] } } } });
  });
});
