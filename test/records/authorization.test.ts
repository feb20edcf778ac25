/**
 * Who may do what: no key (catalogues and estimates only), the administrator, institution
 * keys (their own persons and settlements only), revoked keys; and no response ever holds a
 * full ID number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, bearer, CREATE_PERSON, createPerson, institutionAt, ISSUE_KEY, issueKey, item, ok, REVERSE, SETTLE, snapshot,
  startRecordsServer, userError, idNumbersFrom } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
let hospitalA: { id: string };
let hospitalB: { id: string };
let keyA: string;
let keyB: string;
let personA: string;
let settlementA: string;
let fullIdNumber: string;

const idNumber = idNumbersFrom('62010519751111');

const MUTATIONS: Record<string, { query: string; input: () => Record<string, unknown> }> = {
  createInsuredPerson: {
    query: CREATE_PERSON,
    input: () => ({ name: '冯十二', idNumber: idNumber(9), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' }),
  },
  identifyInsuredPerson: {
    query: `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { id } userErrors { code } } }`,
    input: () => ({ city: 'LANZHOU', idNumber: fullIdNumber, name: '陈一' }),
  },
  approveChronicDisease: {
    query: `mutation($input: ApproveChronicDiseaseInput!) { approveChronicDisease(input: $input) { person { id } userErrors { code } } }`,
    input: () => ({ personId: personA, code: 'LZ-EC-15', approvedOn: '2024-01-01' }),
  },
  registerTwoDisease: {
    query: `mutation($input: RegisterTwoDiseaseInput!) { registerTwoDisease(input: $input) { person { id } userErrors { code } } }`,
    input: () => ({ personId: personA, disease: 'DIABETES', registeredOn: '2024-01-01' }),
  },
  fileRemoteCare: {
    query: `mutation($input: FileRemoteCareInput!) { fileRemoteCare(input: $input) { person { id } userErrors { code } } }`,
    input: () => ({ personId: personA, filing: 'REFERRAL', crossProvince: true, validFrom: '2024-01-01' }),
  },
  creditPersonalAccount: {
    query: `mutation($input: CreditPersonalAccountInput!) { creditPersonalAccount(input: $input) { person { id } userErrors { code } } }`,
    input: () => ({ personId: personA, amount: '100.00' }),
  },
  settleClaim: {
    query: SETTLE,
    input: () => ({ personId: personA, idempotencyKey: 'auth-test', visitType: 'INPATIENT', date: '2024-08-01', items: [item('100.00')] }),
  },
  reverseSettlement: { query: REVERSE, input: () => ({ settlementId: settlementA, reason: 'test' }) },
  issueInstitutionKey: { query: ISSUE_KEY, input: () => ({ institutionId: hospitalA.id, label: 'x' }) },
  revokeInstitutionKey: {
    query: `mutation($input: RevokeInstitutionKeyInput!) { revokeInstitutionKey(input: $input) { apiKey { id } userErrors { code } } }`,
    input: () => ({ keyId: btoa('InstitutionApiKey:1') }),
  },
};

beforeAll(async () => {
  server = await startRecordsServer();
  hospitalA = await institutionAt(server, 'LANZHOU', 'SECONDARY');
  hospitalB = await institutionAt(server, 'LANZHOU', 'PRIMARY');
  keyA = await issueKey(server, hospitalA.id);
  keyB = await issueKey(server, hospitalB.id);
  fullIdNumber = idNumber(1);
  personA = await createPerson(
    server,
    { name: '陈一', idNumber: fullIdNumber, city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2000-01-01' },
    bearer(keyA),
  );
  const settled = await server.gql(SETTLE, { input: { personId: personA, idempotencyKey: 'a-1', visitType: 'INPATIENT', date: '2024-03-01', items: [item('2000.00')] } }, bearer(keyA));
  settlementA = ok<any>(settled, 'settleClaim').settlement.id;
});
afterAll(() => server?.close());

async function refused(name: string, headers: Record<string, string>) {
  const { query, input } = MUTATIONS[name];
  const before = await snapshot(server.dbFile);
  const res = await server.gql(query, { input: input() }, headers);
  expect(await snapshot(server.dbFile)).toEqual(before);
  return userError(res, name).code;
}

/** A request refused for its key: HTTP 401, UNAUTHENTICATED, no data, nothing written. */
async function unauthenticated(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const before = await snapshot(server.dbFile);
  const res = await server.gql(query, variables, headers);
  expect(await snapshot(server.dbFile)).toEqual(before);
  expect(res.status).toBe(401);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  return res.body.errors?.[0].message as string;
}

describe('no key, or a wrong key: one behaviour on queries and mutations', () => {
  it.each(Object.keys(MUTATIONS))('%s without a key: 401 UNAUTHENTICATED, and nothing is written', async (name) => {
    const { query, input } = MUTATIONS[name];
    expect(await unauthenticated(query, { input: input() }, {})).toMatch(/needs an API key/);
  });

  it.each(Object.keys(MUTATIONS))('%s with a wrong key: the same 401 UNAUTHENTICATED', async (name) => {
    const { query, input } = MUTATIONS[name];
    await unauthenticated(query, { input: input() }, bearer('mik_not-a-key'));
  });

  it('a mutation without a key is refused before its input is looked at (bad input too)', async () => {
    await unauthenticated(SETTLE, { input: { personId: 'nonsense', idempotencyKey: '', visitType: 'INPATIENT', date: '2024-08-01', items: [] } }, {});
  });

  it('insuredPerson and settlements (对账) without a key, or with a wrong one: the same 401', async () => {
    for (const headers of [{}, bearer('mik_not-a-key')]) {
      await unauthenticated(`query($p: ID!) { insuredPerson(id: $p) { id } }`, { p: personA }, headers);
      await unauthenticated(`{ settlements(first: 1) { totalCount } }`, {}, headers);
      await unauthenticated(`query { ...F } fragment F on Query { settlements { nodes { id } } }`, {}, headers);
    }
  });

  it('reads no record through node, but estimates, catalogues and viewer work', async () => {
    const res = await server.gql(`query($s: ID!) { node(id: $s) { id } viewer { kind rights apiKey { id } institution { id } } }`, { s: settlementA });
    expect(res.body.data).toEqual({ node: null, viewer: { kind: 'PUBLIC', rights: ['READ_CATALOGUES', 'ESTIMATE'], apiKey: null, institution: null } });
    const catalogue = await server.gql(`{ institutions(first: 1) { edges { node { id } } } }`);
    expect(catalogue.body.data.institutions.edges).toHaveLength(1);
    // A wrong key is refused even where no key is needed: it is never taken as public.
    await unauthenticated(`{ viewer { kind } }`, {}, bearer('mik_not-a-key'));
  });
});

describe('an institution key', () => {
  it.each(['creditPersonalAccount', 'issueInstitutionKey', 'revokeInstitutionKey'])('may not %s (administrator only)', async (name) => {
    expect(await refused(name, bearer(keyA))).toBe('FORBIDDEN');
  });

  it.each(['approveChronicDisease', 'registerTwoDisease', 'fileRemoteCare', 'settleClaim'])(
    'of another institution may not %s for a person it does not know',
    async (name) => {
      expect(await refused(name, bearer(keyB))).toBe('PERSON_NOT_FOUND');
    },
  );

  it('of another institution may not reverse the settlement', async () => {
    expect(await refused('reverseSettlement', bearer(keyB))).toBe('SETTLEMENT_NOT_FOUND');
  });

  it('reads its own person and settlement; another institution reads neither', async () => {
    const q = `query($p: ID!, $s: ID!) { insuredPerson(id: $p) { name idNumberMasked settlements { edges { node { id } } } } node(id: $s) { id } }`;
    const own = await server.gql(q, { p: personA, s: settlementA }, bearer(keyA));
    expect(own.body.data.insuredPerson).toEqual({
      name: '陈一',
      idNumberMasked: `${fullIdNumber.slice(0, 6)}********${fullIdNumber.slice(14)}`,
      settlements: { edges: [{ node: { id: settlementA } }] },
    });
    expect(own.body.data.node).toEqual({ id: settlementA });
    const other = await server.gql(q, { p: personA, s: settlementA }, bearer(keyB));
    expect(other.body.data).toEqual({ insuredPerson: null, node: null });
    const claim = await server.gql(`query($s: ID!) { node(id: $s) { ... on SettlementRecord { claim { id } } } }`, { s: settlementA }, bearer(keyA));
    const claimId = claim.body.data.node.claim.id;
    expect((await server.gql(`query($c: ID!) { node(id: $c) { id } }`, { c: claimId }, bearer(keyB))).body.data.node).toBeNull();
  });

  it('identifying the patient by full ID number and name lets a second hospital settle, and see only its own settlements', async () => {
    const wrongName = await server.gql(MUTATIONS.identifyInsuredPerson.query, { input: { ...MUTATIONS.identifyInsuredPerson.input(), name: '陈二' } }, bearer(keyB));
    expect(userError(wrongName, 'identifyInsuredPerson').code).toBe('PERSON_NOT_FOUND');
    const found = ok<any>(await server.gql(MUTATIONS.identifyInsuredPerson.query, { input: MUTATIONS.identifyInsuredPerson.input() }, bearer(keyB)), 'identifyInsuredPerson');
    expect(found.person.id).toBe(personA);
    // The second stay of the year at 一级: deductible 80% of 200 = 160.
    const res = await server.gql(SETTLE, { input: { personId: personA, idempotencyKey: 'b-1', visitType: 'INPATIENT', date: '2024-04-01', items: [item('1160.00')] } }, bearer(keyB));
    const s = ok<any>(res, 'settleClaim').settlement;
    // 1,160 − 160 = 1,000 at 94% = 940.
    expect(s).toMatchObject({ deductible: '160.00', basicPoolPayment: '940.00' });
    const list = await server.gql(`query($p: ID!) { insuredPerson(id: $p) { settlements { edges { node { id } } } yearToDate(year: 2024) { stays } } }`, { p: personA }, bearer(keyB));
    expect(list.body.data.insuredPerson).toEqual({ settlements: { edges: [{ node: { id: s.id } }] }, yearToDate: { stays: 2 } });
    // The same idempotency key used by another institution for this person is not shown to it.
    const reused = await server.gql(SETTLE, { input: { personId: personA, idempotencyKey: 'a-1', visitType: 'INPATIENT', date: '2024-04-01', items: [item('10.00')] } }, bearer(keyB));
    expect(userError(reused, 'settleClaim').code).toBe('IDEMPOTENCY_KEY_IN_USE');
  });

  it('stops working once revoked', async () => {
    const issued = ok<any>(await server.gql(ISSUE_KEY, { input: { institutionId: hospitalA.id, label: 'temp' } }, ADMIN), 'issueInstitutionKey');
    expect((await server.gql('{ __typename }', undefined, bearer(issued.key))).status).toBe(200);
    const revoke = await server.gql(MUTATIONS.revokeInstitutionKey.query, { input: { keyId: issued.apiKey.id } }, ADMIN);
    ok(revoke, 'revokeInstitutionKey');
    const after = await server.gql('{ __typename }', undefined, bearer(issued.key));
    expect(after.status).toBe(401);
  });
});

describe('the administrator', () => {
  it('reads every person and settlement', async () => {
    const res = await server.gql(`query($p: ID!) { insuredPerson(id: $p) { settlements { edges { node { id } } } } }`, { p: personA }, ADMIN);
    expect(res.body.data.insuredPerson.settlements.edges).toHaveLength(2);
  });
});

describe('ID numbers', () => {
  it('no response ever held a full ID number', () => {
    expect(server.responses.length).toBeGreaterThan(20);
    for (const body of server.responses) expect(body).not.toContain(fullIdNumber);
  });

  it('the database holds only the hash and the masked form', async () => {
    const { createClient } = await import('@libsql/client');
    const client = createClient({ url: `file:${server.dbFile}` });
    const rows = (await client.execute('SELECT * FROM insured_persons')).rows;
    client.close();
    expect(JSON.stringify(rows)).not.toContain(fullIdNumber);
  });
});
