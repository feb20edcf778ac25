/**
 * Lanzhou's shared yearly caps hold whichever disease a claim names: two approved chronic
 * diseases share the higher cap + 500 (000 §二(一)3), and two-disease payments share the limit
 * of the diseases registered (LZ-R-TWO: 400 / 800 / 1,200). Amounts worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPerson, idNumbersFrom, item, ok, startRecordsServer } from './support';

const idNumber = idNumbersFrom('62010219660606');
const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) {
  settlement { basicPoolPayment lines { ruleId amount } } userErrors { code message field } } }`;

let server: Awaited<ReturnType<typeof startRecordsServer>>;
beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

async function settle(input: Record<string, unknown>) {
  const res = await server.gql(SETTLE, { input: { institutionLevel: 'PRIMARY', usePersonalAccount: false, ...input } }, ADMIN);
  return ok<{ settlement: { basicPoolPayment: string; lines: { ruleId: string; amount: string }[] }; userErrors: [] }>(res, 'settleClaim').settlement;
}

describe('shared chronic cap of two approved diseases (LZ-E-CHRONIC)', () => {
  it('binds a claim that names only one of them', async () => {
    const personId = await createPerson(server, {
      name: '孙七', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2010-01-01',
    });
    for (const code of ['LZ-EC-09', 'LZ-EC-08']) {
      const res = await server.gql(
        `mutation($input: ApproveChronicDiseaseInput!) { approveChronicDisease(input: $input) { person { id } userErrors { code } } }`,
        { input: { personId, code, approvedOn: '2024-01-02' } },
        ADMIN,
      );
      ok(res, 'approveChronicDisease');
    }
    // 原发性高血压（有合并症者）3,400 and 糖尿病伴慢性并发症 4,100 (000 §二(一)3 table): shared cap 4,100 + 500 = 4,600.
    // 1st claim, hypertension: 5,000 × 70% = 3,500 (under 4,600).
    const first = await settle({ personId, idempotencyKey: 'c1', visitType: 'CHRONIC_OUTPATIENT', date: '2024-03-01', chronicDiseaseCodes: ['LZ-EC-09'], items: [item('5000.00')] });
    expect(first.basicPoolPayment).toBe('3500.00');
    // 2nd claim names only diabetes: 4,600 − 3,500 = 1,100 left of the shared cap (not diabetes' own 4,100).
    // 2,000 × 70% = 1,400 > 1,100, so chronic pays 1,100; the cost it covers is 1,100 ÷ 70% = 1,571.43, and
    // the other 428.57 is general outpatient at PRIMARY (LZ-E-CHRONIC-OVERFLOW): (428.57 − 200) × 65% = 148.57.
    const second = await settle({ personId, idempotencyKey: 'c2', visitType: 'CHRONIC_OUTPATIENT', date: '2024-04-01', chronicDiseaseCodes: ['LZ-EC-08'], items: [item('2000.00')] });
    expect(second.lines.find((l) => l.ruleId === 'LZ-E-CHRONIC')?.amount).toBe('1100.00');
    expect(second.basicPoolPayment).toBe('1248.57');
  });
});

describe('two-disease limit of the diseases registered (LZ-R-TWO)', () => {
  it('gives a person registered for both 1,200 a year, whichever disease each claim names', async () => {
    const personId = await createPerson(server, { name: '周八', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' });
    for (const disease of ['HYPERTENSION', 'DIABETES']) {
      const res = await server.gql(
        `mutation($input: RegisterTwoDiseaseInput!) { registerTwoDisease(input: $input) { person { id } userErrors { code } } }`,
        { input: { personId, disease, registeredOn: '2024-01-02' } },
        ADMIN,
      );
      ok(res, 'registerTwoDisease');
    }
    // Diabetes: 1,000 × 70% = 700.
    const first = await settle({ personId, idempotencyKey: 't1', visitType: 'TWO_DISEASE_OUTPATIENT', date: '2024-03-01', twoDiseases: ['DIABETES'], items: [item('1000.00')] });
    expect(first.basicPoolPayment).toBe('700.00');
    // Hypertension: 1,000 × 70% = 700, but only 1,200 − 700 = 500 is left of the year's limit for both.
    const second = await settle({ personId, idempotencyKey: 't2', visitType: 'TWO_DISEASE_OUTPATIENT', date: '2024-04-01', twoDiseases: ['HYPERTENSION'], items: [item('1000.00')] });
    expect(second.basicPoolPayment).toBe('500.00');
    // The limit is reached: nothing more this year.
    const third = await settle({ personId, idempotencyKey: 't3', visitType: 'TWO_DISEASE_OUTPATIENT', date: '2024-05-01', twoDiseases: ['DIABETES'], items: [item('1000.00')] });
    expect(third.basicPoolPayment).toBe('0.00');
  });
});
