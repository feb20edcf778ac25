/**
 * The built Worker in workerd, reading a migrated, seeded database over the libSQL
 * remote protocol (Hrana over HTTP) from the project's local libSQL server: no mock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gqlAt } from './support/server';
import { startWorkerStack, type WorkerStack } from './support/worker-stack';

let worker: WorkerStack;

/** The spec's worked example 1 as an inline input (basic pool 26,840.00 at TERTIARY_A). */
const STAY_BY_LEVEL = `{ city: LANZHOU, scheme: EMPLOYEE, visitType: INPATIENT, date: "2024-05-01",
  institutionLevel: TERTIARY_A, person: { employeeCategory: ENTERPRISE },
  items: [{ name: "甲类费用", category: CLASS_A, amount: "20000.00" }, { name: "乙类费用", category: CLASS_B, amount: "10000.00" },
          { name: "自费费用", category: SELF_PAY, amount: "2000.00" }] }`;

beforeAll(async () => {
  worker = await startWorkerStack({ token: 'hrana-test-token', adminApiKey: 'worker-admin' });
});

afterAll(() => worker?.close());

describe('Worker in workerd over the libSQL protocol', () => {
  it('is healthy: the server database is migrated and seeded', async () => {
    const res = await fetch(`${worker.url}/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).ok).toBe(true);
  });

  it('answers a query that reads real rows', async () => {
    const { status, body } = await gqlAt(
      worker.url,
      `{ institutions(first: 3, filter: { search: "96604" }) { edges { node { name aliases designations city } } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.institutions.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0].name).toContain('96604');
    expect(nodes[0].city).toBe('LANZHOU');
  });

  it('keeps callers apart: an admin request and a public one in parallel each see their own caller', async () => {
    const [bad, good] = await Promise.all([
      gqlAt(worker.url, '{ __typename }', undefined, { authorization: 'Bearer wrong' }),
      gqlAt(worker.url, '{ __typename }', undefined, { authorization: 'Bearer worker-admin' }),
    ]);
    expect(bad.status).toBe(401);
    expect(good.status).toBe(200);
  });

  it('makes no database round trip for a request that reads nothing (an estimate by level, `{ __typename }`)', async () => {
    worker.roundTrips.reset();
    const trivial = await gqlAt(worker.url, '{ __typename }');
    const estimate = await gqlAt(worker.url, `{ estimateSettlement(input: ${STAY_BY_LEVEL}) { basicPoolPayment } }`);
    expect(trivial.body.data.__typename).toBe('Query');
    expect(estimate.body.data.estimateSettlement.basicPoolPayment).toBe('26840.00');
    expect(worker.roundTrips.count()).toBe(0);
  });

  it('warm, serves an estimate by institutionId, the catalogues and a directory page from the directory in memory: no round trip (issue 15)', async () => {
    const page = await gqlAt(worker.url, '{ institutions(first: 1, filter: { search: "96604" }) { nodes { id } } }');
    const id = page.body.data.institutions.nodes[0].id;
    await gqlAt(worker.url, '{ hotlines(city: LANZHOU) { phone } }'); // loads the snapshot if no request did yet
    worker.roundTrips.reset();
    const byInstitution = await gqlAt(worker.url, `{ estimateSettlement(input: ${STAY_BY_LEVEL.replace('institutionLevel: TERTIARY_A', `institutionId: "${id}"`)}) { basicPoolPayment assumptions { code } } }`);
    const catalogue = await gqlAt(worker.url, '{ chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { code annualLimit } majorDiseases(city: LANZHOU) { code } }');
    const directoryPage = await gqlAt(worker.url, '{ institutions(first: 100, filter: { city: LANZHOU, designation: DAY_SURGERY }) { totalCount nodes { name level aliases designations } } }');
    expect(directoryPage.body.data.institutions.totalCount).toBe(34);
    expect(byInstitution.body.errors).toBeUndefined();
    expect(catalogue.body.data.chronicDiseases).toHaveLength(36);
    expect(catalogue.body.data.majorDiseases).toHaveLength(61); // 51 numbered rows, 61 with their sub-entries
    expect(worker.roundTrips.count()).toBe(0);
  });

  it('settles a claim by an institution key in two round trips once warm (issue 15)', async () => {
    const admin = { authorization: 'Bearer worker-admin' };
    const found = await gqlAt(worker.url, '{ institutions(first: 1, filter: { city: LANZHOU, level: SECONDARY }) { nodes { id } } }');
    const issued = await gqlAt(worker.url, `mutation($id: ID!) { issueInstitutionKey(input: { institutionId: $id, label: "workerd" }) { key userErrors { code } } }`,
      { id: found.body.data.institutions.nodes[0].id }, admin);
    const key = { authorization: `Bearer ${issued.body.data.issueInstitutionKey.key}` };
    const created = await gqlAt(worker.url, `mutation { createInsuredPerson(input: { name: "边缘甲", idNumber: "62010319900101123X", city: LANZHOU, scheme: EMPLOYEE,
      employeeCategory: ENTERPRISE, enrolledSince: "2020-01-01" }) { person { id } userErrors { code message } } }`, undefined, key);
    expect(created.body.data.createInsuredPerson.userErrors).toEqual([]);
    const personId = created.body.data.createInsuredPerson.person.id;
    const settle = (idempotencyKey: string) => gqlAt(worker.url, `mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { basicPoolPayment } userErrors { code message } } }`,
      { input: { personId, idempotencyKey, visitType: 'INPATIENT', date: '2024-04-01', institutionLevel: 'SECONDARY', items: [{ name: '住院费用', category: 'CLASS_A', amount: '6000.00' }] } }, key);
    await settle('workerd-warm-up');
    worker.roundTrips.reset();
    const settled = await settle('workerd-1');
    expect(settled.body.data.settleClaim.userErrors).toEqual([]);
    expect(settled.body.data.settleClaim.settlement.basicPoolPayment).not.toBe('0.00');
    expect(worker.roundTrips.count()).toBe(2);
  });

  it('serves GraphiQL from its static assets', async () => {
    const res = await fetch(`${worker.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('renderYogaGraphiQL');
  });
});
