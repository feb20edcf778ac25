/**
 * Privacy: no query returns a full ID number (身份证号), and an institution key cannot
 * enumerate other institutions' persons, claims or settlements: not by id, not through
 * `node`/`nodes`, not through a person it may see. Two hospitals with their own keys, a
 * person each, a settlement each; then hospital B tries everything against hospital A's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCharacter } from '../../src/records/idNumber';
import { claims, settlements } from '../../src/db/records';
import { ADMIN_KEY, openDirectApp, type DirectApp } from './support';

let app: DirectApp;
const ID_A = '62010219850315123' + checkCharacter('62010219850315123');
const ID_B = '62010219900101456' + checkCharacter('62010219900101456');
const keys: Record<'A' | 'B', Record<string, string>> = { A: {}, B: {} };
let personA = '';
let personB = '';
let settlementA = '';
let claimA = '';
const everyText: string[] = [];

async function as(who: 'A' | 'B' | 'ADMIN' | 'PUBLIC', query: string, variables?: Record<string, unknown>) {
  const headers = who === 'PUBLIC' ? {} : who === 'ADMIN' ? { authorization: `Bearer ${ADMIN_KEY}` } : keys[who];
  const res = await app.gql(query, variables, headers);
  everyText.push(res.text);
  return res.body;
}

const PERSON_FIELDS = 'id name idNumberMasked city scheme';
const CREATE = `mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { ${PERSON_FIELDS} } userErrors { code message } } }`;
const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id claim { id } person { id } } userErrors { code field } } }`;
const claimOf = (personId: string, key: string) => ({
  personId, idempotencyKey: key, visitType: 'INPATIENT', date: '2024-05-01', items: [{ name: '床位费', category: 'CLASS_A', amount: '3000.00' }],
});

beforeAll(async () => {
  app = await openDirectApp();
  const hospitals = await as('PUBLIC', '{ institutions(first: 100, filter: { city: LANZHOU }) { edges { node { id level } } } }');
  const [first, second] = hospitals.data.institutions.edges
    .map((e: any) => e.node)
    .filter((n: any) => n.level.startsWith('TERTIARY'))
    .map((n: any) => n.id);
  for (const [who, institutionId] of [['A', first], ['B', second]] as const) {
    const body = await as('ADMIN', `mutation($input: IssueInstitutionKeyInput!) { issueInstitutionKey(input: $input) { key userErrors { code } } }`, {
      input: { institutionId, label: `hospital ${who}` },
    });
    keys[who] = { authorization: `Bearer ${body.data.issueInstitutionKey.key}` };
  }
  const a = await as('A', CREATE, { input: { name: '王小明', idNumber: ID_A, city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' } });
  personA = a.data.createInsuredPerson.person.id;
  const b = await as('B', CREATE, { input: { name: '李小红', idNumber: ID_B, city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' } });
  personB = b.data.createInsuredPerson.person.id;
  const settled = await as('A', SETTLE, { input: claimOf(personA, 'a-1') });
  expect(settled.data.settleClaim.userErrors).toEqual([]);
  settlementA = settled.data.settleClaim.settlement.id;
  claimA = settled.data.settleClaim.settlement.claim.id;
  expect((await as('B', SETTLE, { input: claimOf(personB, 'b-1') })).data.settleClaim.userErrors).toEqual([]);
}, 60_000);
afterAll(() => app?.close());

describe('ID numbers', () => {
  it('are returned masked only: first 6 and last 4', async () => {
    const body = await as('A', `query($id: ID!) { insuredPerson(id: $id) { idNumberMasked } }`, { id: personA });
    expect(body.data.insuredPerson.idNumberMasked).toBe(`620102********${ID_A.slice(-4)}`);
  });

  it('have no output field in the schema: only inputs take them', async () => {
    const body = await as('PUBLIC', '{ __schema { types { name kind fields { name } } } }');
    const outputs = body.data.__schema.types.filter((t: any) => t.kind === 'OBJECT' || t.kind === 'INTERFACE');
    const fields = outputs.flatMap((t: any) => (t.fields ?? []).map((f: any) => `${t.name}.${f.name}`));
    expect(fields.filter((f: string) => /idnumber|identity|certno|身份证/i.test(f) && !/idNumberMasked$/.test(f))).toEqual([]);
  });

  it('are not echoed by the person queries and mutations that take or show them', async () => {
    await as('ADMIN', `query($id: ID!) { node(id: $id) { ... on InsuredPerson { ${PERSON_FIELDS} } } }`, { id: personA });
    await as('A', `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { ${PERSON_FIELDS} } userErrors { code message } } }`, {
      input: { city: 'LANZHOU', idNumber: ID_A, name: '王小明' },
    });
    await as('A', CREATE, { input: { name: '王小明', idNumber: ID_A, city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' } });
    await as('A', `query($id: ID!) { node(id: $id) { ... on SettlementRecord { person { ${PERSON_FIELDS} } claim { person { ${PERSON_FIELDS} } } } } }`, { id: settlementA });
    expect(everyText.length).toBeGreaterThan(8);
  });
});

describe('an institution key cannot reach another institution\'s records', () => {
  it('insuredPerson, node and nodes answer null for the other hospital\'s person, settlement and claim', async () => {
    const person = await as('B', `query($id: ID!) { insuredPerson(id: $id) { id name } }`, { id: personA });
    expect(person.data.insuredPerson).toBeNull();
    const nodes = await as('B', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [personA, settlementA, claimA] });
    expect(nodes.data.nodes).toEqual([null, null, null]);
    for (const id of [personA, settlementA, claimA]) {
      expect((await as('B', `query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
    }
  });

  it('walking the id space through node finds only its own records', async () => {
    const ids = ['InsuredPerson', 'SettlementRecord', 'Claim'].flatMap((type) => Array.from({ length: 20 }, (_, n) => btoa(`${type}:${n + 1}`)));
    const body = await as('B', `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    const found = body.data.nodes.filter(Boolean).map((n: any) => n.id);
    expect(found).toContain(personB);
    expect(found).not.toContain(personA);
    expect(found).not.toContain(settlementA);
    expect(found).not.toContain(claimA);
    expect(found).toHaveLength(3); // its person, its settlement and its claim
  });

  it('no key at all sees no records', async () => {
    const body = await as('PUBLIC', `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [personA, settlementA, claimA] });
    expect(body.data).toEqual({ nodes: [null, null, null] });
    // insuredPerson needs a key: refused (401 UNAUTHENTICATED) before anything is read.
    const person = await as('PUBLIC', `{ insuredPerson(id: "${personA}") { id name } }`);
    expect(person.data ?? null).toBeNull();
    expect(person.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('cannot settle for, or reverse, the other hospital\'s person and settlement, and writes nothing trying', async () => {
    const before = [await app.db.$count(claims), await app.db.$count(settlements)];
    const settle = await as('B', SETTLE, { input: claimOf(personA, 'b-steal') });
    expect(settle.data.settleClaim).toMatchObject({ settlement: null, userErrors: [{ code: 'PERSON_NOT_FOUND' }] });
    const reverse = await as('B', `mutation($input: ReverseSettlementInput!) { reverseSettlement(input: $input) { settlement { id } userErrors { code } } }`, {
      input: { settlementId: settlementA, reason: 'test' },
    });
    expect(reverse.data.reverseSettlement.settlement).toBeNull();
    expect(reverse.data.reverseSettlement.userErrors[0].code).toBe('SETTLEMENT_NOT_FOUND');
    expect([await app.db.$count(claims), await app.db.$count(settlements)]).toEqual(before);
  });

  it('after identifying the patient (full ID number and name), sees the person but not the other hospital\'s settlements', async () => {
    const wrongName = await as('B', `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { id } userErrors { code } } }`, {
      input: { city: 'LANZHOU', idNumber: ID_A, name: '王大明' },
    });
    expect(wrongName.data.identifyInsuredPerson).toMatchObject({ person: null, userErrors: [{ code: 'PERSON_NOT_FOUND' }] });
    const identified = await as('B', `mutation($input: IdentifyInsuredPersonInput!) { identifyInsuredPerson(input: $input) { person { id } userErrors { code } } }`, {
      input: { city: 'LANZHOU', idNumber: ID_A, name: '王小明' },
    });
    expect(identified.data.identifyInsuredPerson.person.id).toBe(personA);
    const seen = await as('B', `query($id: ID!) { insuredPerson(id: $id) { settlements(first: 100) { edges { node { id } } } } }`, { id: personA });
    expect(seen.data.insuredPerson.settlements.edges).toEqual([]);
    expect((await as('B', `query($id: ID!) { node(id: $id) { id } }`, { id: settlementA })).data.node).toBeNull();
  });
});

describe('across every response of this file', () => {
  it('no full ID number appears, nor its region and birth date', () => {
    const all = everyText.join('\n');
    for (const id of [ID_A, ID_B]) {
      expect(all).not.toContain(id);
      expect(all).not.toContain(id.slice(0, 14));
    }
  });
});
