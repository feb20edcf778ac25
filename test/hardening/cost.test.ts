/**
 * Cost counts the inputs (issue 16, item 7): fee items (and any list input, such as prior
 * claims) count toward the cost limit, times the settlements a field runs; twenty aliased
 * compareSettlement calls over 5,000 items are refused before any runs, while one claim of
 * 5,000 items (estimated, compared, or settled) still runs. Introspection is counted.
 */
import { getIntrospectionQuery, getOperationAST, Kind, parse, print, type FieldNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTITUTION_LEVELS } from '../../src/domain';
import { countListElements, inputCost } from '../../src/http/input-cost';
import { LIMITS } from '../../src/http/limits';
import { MAX_ITEMS_PER_CLAIM } from '../../src/schema/settlement';
import { openDirectApp, type DirectApp } from './support';

let app: DirectApp;
beforeAll(async () => {
  app = await openDirectApp();
});
afterAll(() => app?.close());

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `项目${i}`, category: 'CLASS_A', amount: '1.00' }));
const bill = (n: number) => ({ city: 'LANZHOU', scheme: 'RESIDENT', person: {}, visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY', items: items(n) });
const COMPARE = (aliases: number) =>
  `query($input: SettlementInput!) { ${Array.from({ length: aliases }, (_, i) => `c${i}: compareSettlement(input: $input) { level settlement { totalAmount } }`).join(' ')} }`;

describe('the cost limit counts list inputs', () => {
  it('refuses twenty aliased compareSettlement calls over 5,000 items at once, with the cost found', async () => {
    const res = await app.gql(COMPARE(20), { input: bill(MAX_ITEMS_PER_CLAIM) });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    const error = res.body.errors[0];
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: LIMITS.cost });
    // 20 calls × 5 levels × 5,000 items at least (counting stops once past the limit).
    expect(error.extensions.found).toBeGreaterThan(LIMITS.cost);
    expect(error.message).toMatch(/^Query cost is \d+; the limit is 50000 \(\d+ over\)\.$/);
    expect(app.logged).toEqual([]);
  });

  it('still runs one comparison, one estimate and a few estimates of 5,000 items', async () => {
    const compare = await app.gql(COMPARE(1), { input: bill(MAX_ITEMS_PER_CLAIM) });
    expect(compare.status).toBe(200);
    expect(compare.body.errors).toBeUndefined();
    expect(compare.body.data.c0[0].settlement.totalAmount).toBe('5000.00');
    const estimates = await app.gql(
      `query($input: SettlementInput!) { a: estimateSettlement(input: $input) { totalAmount } b: estimateSettlement(input: $input) { totalAmount } }`,
      { input: bill(MAX_ITEMS_PER_CLAIM) },
    );
    expect(estimates.body.errors).toBeUndefined();
    expect(estimates.body.data.b.totalAmount).toBe('5000.00');
  });

  it('counts inline lists too, and compareSettlement by the levels it compares', async () => {
    const doc = parse(`query($i: SettlementInput!) {
      a: estimateSettlement(input: { city: LANZHOU, items: [{ name: "x" }, { name: "y" }] }) { totalAmount }
      b: compareSettlement(input: $i, levels: [PRIMARY, SECONDARY]) { level }
      c: compareSettlement(input: $i) { level }
      ... on Query { d: estimateSettlement(input: $i) { totalAmount } }
    }`);
    const op = getOperationAST(doc)!;
    const i = { items: [{}, {}, {}], priorClaims: [{ items: [{}, {}] }] };
    // a: 2; b: 2 levels × (3 items + 1 prior claim + its 2 items + 2 levels); c: every level × 6; d: 6.
    expect(inputCost(doc, op, { i })).toBe(2 + 2 * 8 + INSTITUTION_LEVELS.length * 6 + 6);
    expect(countListElements([[1, [2, 3]], { a: [4] }])).toBe(2 + 2 + 2 + 1);
    // Deep variables are walked without recursion.
    let deep: unknown[] = [];
    for (let k = 0; k < 100_000; k++) deep = [deep];
    expect(countListElements(deep)).toBe(100_000);
  });

  it('counts introspection, and GraphiQL\'s own introspection query stays within the limit', async () => {
    const full = await app.gql(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(full.status).toBe(200);
    expect(full.body.errors).toBeUndefined();
    // GraphiQL's query with its __schema selection asked five times under aliases: 5 × ~15,600.
    const introspection = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    const operation = getOperationAST(introspection)!;
    const schemaField = operation.selectionSet.selections[0] as FieldNode;
    const aliased = Array.from({ length: 5 }, (_, i): FieldNode => ({ ...schemaField, alias: { kind: Kind.NAME, value: `s${i}` } }));
    const many = print({ ...introspection, definitions: introspection.definitions.map((d) => (d === operation ? { ...operation, selectionSet: { ...operation.selectionSet, selections: aliased } } : d)) });
    const res = await app.gql(many);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });
});
