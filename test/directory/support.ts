/**
 * Test support for the maintained directory: the mutations and queries as a client writes
 * them, and a stay bill whose settlement at each level is worked out by hand.
 */
import { expect } from 'vitest';
import type { TestServer } from '../support/server';

export const CHANGE_FIELDS = `institution { id code name level origin closedFrom } change { id kind actor effectiveFrom oldValue newValue note catalogueVersion }
  userErrors { field message code }`;

export const UPDATE = `mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { ${CHANGE_FIELDS} } }`;
export const CREATE = `mutation($input: CreateInstitutionInput!) { createInstitution(input: $input) { ${CHANGE_FIELDS} } }`;
export const ADD_DESIGNATION = `mutation($input: AddDesignationInput!) { addDesignation(input: $input) { ${CHANGE_FIELDS} } }`;
export const END_DESIGNATION = `mutation($input: EndDesignationInput!) { endDesignation(input: $input) { ${CHANGE_FIELDS} } }`;
export const CLOSE = `mutation($input: CloseInstitutionInput!) { closeInstitution(input: $input) { ${CHANGE_FIELDS} } }`;

export const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) {
  deductible basicPoolPayment personalPayment assumptions { code message parameter clause assumedLevel } trace { ruleId message } } }`;

/** Worked example 1 of the spec (an enterprise employee's stay): 20,000 class A, 10,000 class B, 2,000 self-pay. */
export const STAY_ITEMS = [
  { name: '甲类费用', category: 'CLASS_A', amount: '20000.00' },
  { name: '乙类费用', category: 'CLASS_B', amount: '10000.00' },
  { name: '自费费用', category: 'SELF_PAY', amount: '2000.00' },
];

/**
 * The employee stay of STAY_ITEMS by the level it settles at: policy amount 29,000 (000 §一(二)1);
 * deductible by level (000 §二(二)1(4)); bands 94% to 10,000, 96% to 20,000, 98% above.
 * PRIMARY: 28,800 → 9,400 + 9,600 + 8,800 × 98% (8,624) = 27,624
 * SECONDARY: 28,600 → 9,400 + 9,600 + 8,428 = 27,428
 * TERTIARY_B: 28,400 → 9,400 + 9,600 + 8,232 = 27,232
 * TERTIARY_A: 28,000 → 9,400 + 9,600 + 7,840 = 26,840 (the spec's worked example 1)
 */
export const STAY_BY_LEVEL: Record<string, { deductible: string; basicPoolPayment: string }> = {
  PRIMARY: { deductible: '200.00', basicPoolPayment: '27624.00' },
  SECONDARY: { deductible: '400.00', basicPoolPayment: '27428.00' },
  TERTIARY_B: { deductible: '600.00', basicPoolPayment: '27232.00' },
  TERTIARY_A: { deductible: '1000.00', basicPoolPayment: '26840.00' },
};

/**
 * Day surgery of 10,000 class A (000 §二(二)1(6)): deductible SECONDARY 200, 三乙 500, 三甲 700,
 * then the stay bands: SECONDARY 9,800 × 94% = 9,212; 三乙 9,500 × 94% = 8,930; 三甲 9,300 × 94% = 8,742.
 */
export const DAY_SURGERY_ITEMS = [{ name: '日间手术费用', category: 'CLASS_A', amount: '10000.00' }];
export const DAY_SURGERY_BY_LEVEL: Record<string, { deductible: string; basicPoolPayment: string }> = {
  SECONDARY: { deductible: '200.00', basicPoolPayment: '9212.00' },
  TERTIARY_B: { deductible: '500.00', basicPoolPayment: '8930.00' },
  TERTIARY_A: { deductible: '700.00', basicPoolPayment: '8742.00' },
};

export function employeeEstimate(over: Record<string, unknown>) {
  return {
    city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01',
    person: { employeeCategory: 'ENTERPRISE' }, items: STAY_ITEMS, ...over,
  };
}

export async function estimate(server: TestServer, input: Record<string, unknown>) {
  const { body } = await server.gql(ESTIMATE, { input });
  return body as { data?: { estimateSettlement: any }; errors?: any[] };
}

/** Every institution the filter matches, with the fields asked for. */
export async function allInstitutions(server: TestServer, filter: Record<string, unknown>, fields = 'id code name level designations') {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const { body }: { body: any } = await server.gql(`query($after: String, $filter: InstitutionFilter) {
      institutions(first: 100, after: $after, filter: $filter) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } } }`, { after, filter });
    expect(body.errors).toBeUndefined();
    nodes.push(...body.data.institutions.edges.map((e: any) => e.node));
    if (!body.data.institutions.pageInfo.hasNextPage) return nodes;
    after = body.data.institutions.pageInfo.endCursor;
  }
}

/** The one institution a search finds, or the one of that exact name among several. */
export async function findOne(server: TestServer, search: string, fields = 'id code name level designations') {
  let hits = await allInstitutions(server, { search }, fields);
  if (hits.length > 1) hits = hits.filter((h) => h.name === search);
  expect(hits).toHaveLength(1);
  return hits[0];
}

export async function versionOf(server: TestServer): Promise<string> {
  const { body } = await server.gql('{ catalogueVersion }');
  return body.data.catalogueVersion;
}
