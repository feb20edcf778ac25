/**
 * The contract's `settleClaim { settlement { id status ...Settlement } }`: a fragment on
 * `Settlement` spreads onto a settlement on record and onto an estimate alike, and both
 * give the same amounts for the same first claim of the year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, idNumbersFrom, item, ok, startRecordsServer, ADMIN } from './support';

const idNumber = idNumbersFrom('62010219700707');
const FRAGMENT = `fragment Amounts on Settlement { totalAmount policyAmount deductible basicPoolPayment personalPayment policyPack lines { ruleId amount } }`;

let server: Awaited<ReturnType<typeof startRecordsServer>>;
beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

describe('Settlement is one interface for estimates and records', () => {
  it('spreads ...Settlement on settleClaim and estimateSettlement with equal amounts (spec worked example 1)', async () => {
    const items = [item('20000.00', 'CLASS_A'), item('10000.00', 'CLASS_B'), item('2000.00', 'SELF_PAY')];
    const personId = await createPerson(server, {
      name: '赵六', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01',
    });
    const settled = await server.gql(
      `mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id status __typename ...Amounts } userErrors { code message field } } } ${FRAGMENT}`,
      { input: { personId, idempotencyKey: 'fragment-1', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', items, usePersonalAccount: false } },
      ADMIN,
    );
    const record = ok<{ settlement: Record<string, unknown>; userErrors: [] }>(settled, 'settleClaim').settlement;
    const estimated = await server.gql(
      `query($input: SettlementInput!) { estimateSettlement(input: $input) { __typename ...Amounts } } ${FRAGMENT}`,
      { input: { city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', person: { employeeCategory: 'ENTERPRISE' }, items } },
    );
    expect(estimated.body.errors).toBeUndefined();
    const estimate = estimated.body.data.estimateSettlement;

    expect(record.__typename).toBe('SettlementRecord');
    expect(record.status).toBe('SETTLED');
    expect(estimate.__typename).toBe('SettlementEstimate');
    // settlement-rules.md §4 example 1: policy 29,000; deductible 1,000; basic 9,400 + 9,600 + 7,840.
    expect(record.basicPoolPayment).toBe('26840.00');
    expect(record.personalPayment).toBe('5160.00');
    const { id, status, __typename, ...recordAmounts } = record;
    const { __typename: _t, ...estimateAmounts } = estimate;
    expect(recordAmounts).toEqual(estimateAmounts);
  });
});
