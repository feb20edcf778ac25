/**
 * `estimateSettlement` over HTTP: the spec's worked examples, the institution's level taken
 * from the directory, and a clear, coded error (never a server error) for each kind of bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';

const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) {
  totalAmount fullSelfPayAmount preSelfPayAmount policyAmount deductible basicPoolPayment criticalIllnessPayment
  fundPaymentTotal personalPayment cashPayment policyPack lines { ruleId clause base rate amount } trace { ruleId clause } } }`;

const example1 = {
  city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
  person: { employeeCategory: 'ENTERPRISE' },
  items: [
    { name: '甲类', category: 'CLASS_A', amount: '20000.00' },
    { name: '乙类', category: 'CLASS_B', amount: '10000.00' },
    { name: '自费', category: 'SELF_PAY', amount: '2000.00' },
  ],
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function estimate(input: Record<string, unknown>) {
  return server.gql(ESTIMATE, { input });
}

describe('estimateSettlement', () => {
  it('settles worked example 1 (employee stay at TERTIARY_A) to the fen, line by line', async () => {
    const { status, body } = await estimate(example1);
    expect(status).toBe(200);
    const s = body.data.estimateSettlement;
    expect(s).toMatchObject({
      totalAmount: '32000.00', fullSelfPayAmount: '2000.00', preSelfPayAmount: '1000.00', policyAmount: '29000.00',
      deductible: '1000.00', basicPoolPayment: '26840.00', fundPaymentTotal: '26840.00', personalPayment: '5160.00',
      cashPayment: '5160.00', policyPack: 'lanzhou-2024',
    });
    expect(s.lines.map((l: any) => [l.ruleId, l.base, l.rate, l.amount])).toEqual([
      ['LZ-E-IP-BANDS', '10000.00', '94.00', '9400.00'],
      ['LZ-E-IP-BANDS', '10000.00', '96.00', '9600.00'],
      ['LZ-E-IP-BANDS', '8000.00', '98.00', '7840.00'],
    ]);
    const traced = new Set(s.trace.map((t: any) => t.ruleId));
    for (const id of ['LZ-SCOPE', 'LZ-E-IP-DED', 'LZ-E-IP-BANDS']) expect(traced.has(id)).toBe(true);
    for (const step of s.trace) expect(step.clause).toMatch(/^00\d §/);
  });

  it('settles worked example 2 (resident stay at SECONDARY): basic 7,990.00, no critical illness', async () => {
    const { body } = await estimate({
      city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY',
      person: { consecutiveEnrollmentYears: 1 },
      items: [{ name: '甲类', category: 'CLASS_A', amount: '8000.00' }, { name: '乙类', category: 'CLASS_B', amount: '2000.00' }],
    });
    expect(body.data.estimateSettlement).toMatchObject({ policyAmount: '9800.00', deductible: '400.00', basicPoolPayment: '7990.00', criticalIllnessPayment: '0.00' });
  });

  it('takes the level from the directory when given institutionId', async () => {
    // The day-surgery table (附表2-2) rates its hospitals 三级 without a grade: TERTIARY, which a
    // stay settles as 三级甲等 (the pack's ungradedTertiaryStayLevel reading), so example 1 holds.
    const found = await server.gql(`{ institutions(first: 1, filter: { city: LANZHOU, level: TERTIARY, designation: DAY_SURGERY }) { edges { node { id level } } } }`);
    const node = found.body.data.institutions.edges[0].node;
    expect(node.level).toBe('TERTIARY');
    const { institutionLevel: _omit, ...withoutLevel } = example1;
    const { body } = await estimate({ ...withoutLevel, institutionId: node.id });
    expect(body.data.estimateSettlement.deductible).toBe('1000.00');
    expect(body.data.estimateSettlement.basicPoolPayment).toBe('26840.00');
  });

  it.each([
    ['an unknown chronic disease code', { visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'PRIMARY', chronicDiseaseCodes: ['LZ-EC-99'] }, 'UNKNOWN_DISEASE_CODE'],
    ['a visit type the scheme does not have', { visitType: 'TWO_DISEASE_OUTPATIENT', institutionLevel: 'PRIMARY', twoDiseases: ['HYPERTENSION'] }, 'VISIT_TYPE_NOT_OPEN'],
    ['a level the visit type does not allow', { visitType: 'DAY_SURGERY', institutionLevel: 'PRIMARY' }, 'LEVEL_NOT_ALLOWED'],
    ['an empty item list', { items: [] }, 'EMPTY_ITEMS'],
    ['money with three decimals', { items: [{ name: 'x', category: 'CLASS_A', amount: '10.005' }] }, 'INVALID_MONEY'],
    ['a negative amount', { items: [{ name: 'x', category: 'CLASS_A', amount: '-10.00' }] }, 'INVALID_MONEY'],
    ['an absurd amount', { items: [{ name: 'x', category: 'CLASS_A', amount: '100000000000.00' }] }, 'INVALID_MONEY'],
    ['an unknown institution', { institutionId: 'SW5zdGl0dXRpb246OTk5OTk=', institutionLevel: undefined }, 'UNKNOWN_INSTITUTION'],
    ['no institution at all', { institutionLevel: undefined }, 'MISSING_INSTITUTION'],
    ['a date before any pack', { date: '2022-12-31' }, 'NO_POLICY_PACK'],
    ['an impossible date', { date: '2024-02-30' }, 'INVALID_DATE'],
    ['a date past 2199', { date: '9999-12-31' }, 'INVALID_DATE'],
    ['an item name of 201 characters', { items: [{ name: '药'.repeat(201), category: 'CLASS_A', amount: '1.00' }] }, 'ITEM_NAME_TOO_LONG'],
    ['a bill of 0.00', { items: [{ name: 'x', category: 'CLASS_A', amount: '0.00' }] }, 'ZERO_TOTAL'],
  ])('refuses %s with a code, not a server error', async (_what, change, code) => {
    const { status, body } = await estimate({ ...example1, ...change });
    expect(status).toBeLessThan(500);
    expect(body.data?.estimateSettlement ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });
});
