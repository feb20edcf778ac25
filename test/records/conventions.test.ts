/**
 * The API conventions over HTTP: connections page both ways with totalCount and nodes, and
 * their cursors are not ids; timestamps are DateTime; `viewer` says who calls with what
 * rights; the reconciliation query (对账) lists an institution key's settlements by day and
 * status; one error path in queries and mutations; estimate and compare answer one type.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, bearer, createPerson, idNumbersFrom, institutionAt, issueKey, item, ok, REVERSE, SETTLE, startRecordsServer, userError,
} from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
let keyA: string;
let keyB: string;
let hospitalA: { id: string; name: string };
let person: string;
const settled: string[] = [];
const idNumber = idNumbersFrom('62010219800101');

/** A day in China Standard Time (UTC+08:00), `offset` days from today. */
function chinaDay(offset: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  server = await startRecordsServer();
  hospitalA = await institutionAt(server, 'LANZHOU', 'SECONDARY');
  const hospitalB = await institutionAt(server, 'LANZHOU', 'PRIMARY');
  keyA = await issueKey(server, hospitalA.id);
  keyB = await issueKey(server, hospitalB.id);
  person = await createPerson(server, { name: '对账', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2010-01-01' }, bearer(keyA));
  for (const [i, date] of ['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'].entries()) {
    const res = await server.gql(SETTLE, { input: { personId: person, idempotencyKey: `rec-${i}`, visitType: 'OUTPATIENT', date, items: [item('100.00')] } }, bearer(keyA));
    settled.push(ok<any>(res, 'settleClaim').settlement.id);
  }
  // The latest is reversed: status REVERSED.
  ok(await server.gql(REVERSE, { input: { settlementId: settled[4], reason: '对账测试' } }, bearer(keyA)), 'reverseSettlement');
});
afterAll(() => server?.close());

const RECONCILE = `query($f: SettlementFilter, $first: Int, $after: String, $last: Int, $before: String) {
  settlements(filter: $f, first: $first, after: $after, last: $last, before: $before) {
    totalCount nodes { id status settledAt reversedAt } edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

describe('settlements (对账): an institution key lists its settlements by day and status', () => {
  it('lists today\'s settlements of the key, in the order they were made, with DateTime stamps', async () => {
    const res = await server.gql(RECONCILE, { f: { settledFrom: chinaDay(-1), settledTo: chinaDay(1) }, first: 10 }, bearer(keyA));
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data.settlements;
    expect(page.totalCount).toBe(5);
    expect(page.nodes.map((n: any) => n.id)).toEqual(settled);
    for (const n of page.nodes) {
      expect(n.settledAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Math.abs(Date.parse(n.settledAt) - Date.now())).toBeLessThan(10 * 60_000);
    }
    expect(page.nodes.map((n: any) => n.status)).toEqual(['SETTLED', 'SETTLED', 'SETTLED', 'SETTLED', 'REVERSED']);
    expect(page.nodes[4].reversedAt >= page.nodes[4].settledAt).toBe(true);
    expect(page.nodes[0].reversedAt).toBeNull();
  });

  it('filters by status and by day: days before today hold none', async () => {
    const reversed = await server.gql(RECONCILE, { f: { status: 'REVERSED' } }, bearer(keyA));
    expect(reversed.body.data.settlements).toMatchObject({ totalCount: 1, nodes: [{ id: settled[4], status: 'REVERSED' }] });
    const standing = await server.gql(RECONCILE, { f: { status: 'SETTLED', settledFrom: chinaDay(-1) } }, bearer(keyA));
    expect(standing.body.data.settlements.totalCount).toBe(4);
    const before = await server.gql(RECONCILE, { f: { settledFrom: chinaDay(-30), settledTo: chinaDay(-2) } }, bearer(keyA));
    expect(before.body.data.settlements).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } });
    const later = await server.gql(RECONCILE, { f: { settledFrom: chinaDay(2) } }, bearer(keyA));
    expect(later.body.data.settlements.totalCount).toBe(0);
  });

  it('another institution\'s key sees none of them; the administrator sees all', async () => {
    expect((await server.gql(RECONCILE, {}, bearer(keyB))).body.data.settlements).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await server.gql(RECONCILE, { f: { personId: person } }, ADMIN)).body.data.settlements.totalCount).toBe(5);
  });

  it('pages forwards with first/after and backwards with last/before, over the same order', async () => {
    const first = (await server.gql(RECONCILE, { first: 2 }, bearer(keyA))).body.data.settlements;
    expect(first.nodes.map((n: any) => n.id)).toEqual(settled.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await server.gql(RECONCILE, { first: 2, after: first.pageInfo.endCursor }, bearer(keyA))).body.data.settlements;
    expect(second.nodes.map((n: any) => n.id)).toEqual(settled.slice(2, 4));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = (await server.gql(RECONCILE, { last: 2 }, bearer(keyA))).body.data.settlements;
    expect(last.nodes.map((n: any) => n.id)).toEqual(settled.slice(3, 5));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const back = (await server.gql(RECONCILE, { last: 2, before: last.pageInfo.startCursor }, bearer(keyA))).body.data.settlements;
    expect(back.nodes.map((n: any) => n.id)).toEqual(settled.slice(1, 3));
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = (await server.gql(RECONCILE, { last: 5, before: back.pageInfo.startCursor }, bearer(keyA))).body.data.settlements;
    expect(start.nodes.map((n: any) => n.id)).toEqual(settled.slice(0, 1));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
    expect(start.totalCount).toBe(5);
  });

  it('a cursor is not a global id, and neither is taken for the other', async () => {
    const page = (await server.gql(RECONCILE, { first: 1 }, bearer(keyA))).body.data.settlements;
    const { cursor, node } = page.edges[0];
    expect(cursor).not.toBe(node.id);
    const asCursor = await server.gql(RECONCILE, { first: 1, after: node.id }, bearer(keyA));
    expect(asCursor.body.errors?.[0].extensions.code).toBe('INVALID_CURSOR');
    const asId = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: cursor }, bearer(keyA));
    expect(asId.body.data?.node ?? null).toBeNull();
  });

  it('refuses a reversed range and page sizes over 100, with codes', async () => {
    const range = await server.gql(RECONCILE, { f: { settledFrom: '2024-05-02', settledTo: '2024-05-01' } }, bearer(keyA));
    expect(range.body.errors?.[0].extensions).toMatchObject({ code: 'INVALID_DATE_RANGE', field: ['filter', 'settledTo'] });
    const big = await server.gql(RECONCILE, { last: 101 }, bearer(keyA));
    expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'PAGE_SIZE_LIMIT', limit: 100 });
    const both = await server.gql(RECONCILE, { first: 1, last: 1 }, bearer(keyA));
    expect(both.body.errors?.[0].extensions.code).toBe('INVALID_PAGINATION');
  });

  it('the person\'s settlements are the same SettlementConnection', async () => {
    const res = await server.gql(`query($p: ID!) { insuredPerson(id: $p) { settlements(last: 1) { totalCount nodes { id } } } }`, { p: person }, bearer(keyA));
    expect(res.body.data.insuredPerson.settlements).toEqual({ totalCount: 5, nodes: [{ id: settled[4] }] });
  });
});

describe('institutions: InstitutionConnection pages both ways', () => {
  it('last/before walks back over the pages first/after walked, totalCount counts the filter', async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String) {
      institutions(filter: { city: LANZHOU, designation: NEGOTIATED_DRUG }, first: $first, after: $after, last: $last, before: $before) {
        totalCount nodes { id } edges { cursor } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;
    const all = (await server.gql(q, { first: 100 })).body.data.institutions;
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.totalCount).toBeGreaterThan(10);
    const ids = all.nodes.map((n: any) => n.id);
    const tail = (await server.gql(q, { last: 4 })).body.data.institutions;
    expect(tail.nodes.map((n: any) => n.id)).toEqual(ids.slice(-4));
    const before = (await server.gql(q, { last: 3, before: tail.pageInfo.startCursor })).body.data.institutions;
    expect(before.nodes.map((n: any) => n.id)).toEqual(ids.slice(-7, -4));
    expect(before.totalCount).toBe(all.totalCount);
  });
});

describe('viewer', () => {
  it('an institution key: its key, its institution, the institution rights', async () => {
    const res = await server.gql('{ viewer { kind apiKey { id keyPrefix createdAt revokedAt } institution { id name } rights } }', {}, bearer(keyA));
    const viewer = res.body.data.viewer;
    expect(viewer).toMatchObject({ kind: 'INSTITUTION', institution: hospitalA, apiKey: { keyPrefix: keyA.slice(0, 10), revokedAt: null } });
    expect(viewer.apiKey.createdAt).toMatch(/Z$/);
    expect(viewer.rights).toEqual(['READ_CATALOGUES', 'ESTIMATE', 'REGISTER_PERSONS', 'RECORD_APPROVALS', 'SETTLE_CLAIMS', 'REVERSE_SETTLEMENTS', 'READ_RECORDS']);
    // The key is a Node the institution can read back; another institution cannot.
    const node = `query($id: ID!) { node(id: $id) { ... on InstitutionApiKey { keyPrefix } } }`;
    expect((await server.gql(node, { id: viewer.apiKey.id }, bearer(keyA))).body.data.node).toEqual({ keyPrefix: keyA.slice(0, 10) });
    expect((await server.gql(node, { id: viewer.apiKey.id }, bearer(keyB))).body.data.node).toBeNull();
    expect((await server.gql(node, { id: viewer.apiKey.id }, ADMIN)).body.data.node).toEqual({ keyPrefix: keyA.slice(0, 10) });
  });

  it('the administrator: every right, no key record, no institution', async () => {
    const res = await server.gql('{ viewer { kind apiKey { id } institution { id } rights } }', {}, ADMIN);
    expect(res.body.data.viewer).toMatchObject({ kind: 'ADMINISTRATOR', apiKey: null, institution: null });
    expect(res.body.data.viewer.rights).toContain('MANAGE_KEYS');
    expect(res.body.data.viewer.rights).toContain('CREDIT_PERSONAL_ACCOUNTS');
  });
});

describe('one error path; one settlement type', () => {
  const bill = { visitType: 'OUTPATIENT', date: '2024-07-01', items: [item('0.00')] };

  it('a bill of 0.00 names the same field path in a query as in a mutation', async () => {
    const estimate = await server.gql(`query($i: SettlementInput!) { estimateSettlement(input: $i) { totalAmount } }`, {
      i: { ...bill, city: 'LANZHOU', scheme: 'RESIDENT', institutionLevel: 'PRIMARY', person: {} },
    });
    expect(estimate.body.errors?.[0].extensions).toMatchObject({ code: 'ZERO_TOTAL', field: ['input', 'items'] });
    const settle = await server.gql(SETTLE, { input: { personId: person, idempotencyKey: 'path-1', ...bill } }, bearer(keyA));
    expect(userError(settle, 'settleClaim')).toMatchObject({ code: 'ZERO_TOTAL', field: ['input', 'items'] });
  });

  it('estimateSettlement and compareSettlement answer the same type, the estimate\'s', async () => {
    const input = { city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'OUTPATIENT', date: '2024-07-01', institutionLevel: 'PRIMARY', person: {}, items: [item('300.00')] };
    const res = await server.gql(`query($i: SettlementInput!) {
      estimateSettlement(input: $i) { __typename basicPoolPayment lines { layer rate boundBy { kind } } }
      compareSettlement(input: $i, levels: [PRIMARY]) { settlement { __typename basicPoolPayment lines { layer rate } } } }`, { i: input });
    expect(res.body.errors).toBeUndefined();
    const { estimateSettlement: estimate, compareSettlement: [compared] } = res.body.data;
    expect(compared.settlement.__typename).toBe(estimate.__typename);
    expect(compared.settlement.basicPoolPayment).toBe(estimate.basicPoolPayment);
    expect(estimate.lines[0]).toMatchObject({ layer: 'BASIC' });
    expect(estimate.lines[0].rate).toMatch(/^\d{1,3}\.\d{2}$/);
  });

  it('the trace answers in Chinese with locale: ZH, in English by default', async () => {
    const input = { city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
      person: { employeeCategory: 'ENTERPRISE' }, items: [item('20000.00'), item('10000.00', 'CLASS_B'), item('2000.00', 'SELF_PAY')] };
    const res = await server.gql(`query($i: SettlementInput!) { estimateSettlement(input: $i) { trace { ruleId message zh: message(locale: ZH) en: message(locale: EN) } } }`, { i: input });
    const trace = res.body.data.estimateSettlement.trace;
    const deductible = trace.find((s: any) => s.ruleId === 'LZ-E-IP-DED');
    expect(deductible.zh).toBe('本年度第1次住院（三级甲等）：起付线1000.00元 × 100%，实际1000.00元');
    expect(deductible.en).toBe(deductible.message);
    expect(deductible.message).toMatch(/^stay 1 of the year/);
    for (const step of trace) expect(step.zh).toMatch(/\p{Script=Han}/u);
  });
});
