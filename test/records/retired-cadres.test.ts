/**
 * Retired cadres on record (离休干部, Lanzhou 000 §七): registering one, settling through
 * settleClaim and estimateSettlement alike, and the entitlements of a year as the settlements
 * leave them. Amounts worked out by hand from 000 §七2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, CREATE_PERSON, createPerson, idNumbersFrom, item, ok, SETTLE, startRecordsServer, userError } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
const idNumber = idNumbersFrom('62010219300101');

beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

const ENTITLEMENTS = `query($id: ID!, $year: Int!) { insuredPerson(id: $id) { scheme retiredCadreWartime retiredCadreEntitlements(year: $year) {
  year outpatientQuota outpatientQuotaUsed outpatientQuotaBalance outpatientExcess excessReimbursedFromPreviousYear
  checkupSubsidy healthAward stays previousYearStays outpatientPolicyAmount reasons } } }`;

async function entitlements(id: string, year: number) {
  const res = await server.gql(ENTITLEMENTS, { id, year }, ADMIN);
  expect(res.body.errors).toBeUndefined();
  return res.body.data.insuredPerson.retiredCadreEntitlements;
}

async function settle(personId: string, key: string, claim: Record<string, unknown>) {
  return ok<{ settlement: any; userErrors: [] }>(await server.gql(SETTLE, { input: { personId, idempotencyKey: key, ...claim } }, ADMIN), 'settleClaim').settlement;
}

describe('a retired cadre who joined during the war of resistance (quota 4,000), a woman', () => {
  let id: string;

  beforeAll(async () => {
    // sequence 2: the 17th character is even, a woman (GB 11643)
    id = await createPerson(server, { name: '离休甲', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'RETIRED_CADRE', retiredCadreWartime: true, enrolledSince: '1990-01-01' });
  });

  it('outpatient: 4,500 → 4,000 from the quota, 500 personal now, reimbursed next year; the estimate agrees', async () => {
    const claim = { visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'SECONDARY', items: [item('4500.00')] };
    const s = await settle(id, 'op-1', claim);
    expect(s).toMatchObject({ basicPoolPayment: '4000.00', deductible: '0.00', personalPayment: '500.00', personalAccountPayment: '0.00', cashPayment: '500.00' });
    const est = await server.gql(`query($input: SettlementInput!) { estimateSettlement(input: $input) { basicPoolPayment personalPayment lines { ruleId } } }`,
      { input: { city: 'LANZHOU', scheme: 'RETIRED_CADRE', person: { retiredCadreWartime: true }, ...claim } });
    expect(est.body.errors).toBeUndefined();
    expect(est.body.data.estimateSettlement).toMatchObject({ basicPoolPayment: '4000.00', personalPayment: '500.00', lines: [{ ruleId: 'LZ-RC-OP' }] });
  });

  it('2024 entitlements: quota used up, 500 excess; checkup 1,530 (no stay in 2023); no award (4,500 > 4,000)', async () => {
    expect(await entitlements(id, 2024)).toMatchObject({
      outpatientQuota: '4000.00', outpatientQuotaUsed: '4000.00', outpatientQuotaBalance: '0.00', outpatientExcess: '500.00',
      excessReimbursedFromPreviousYear: '0.00', checkupSubsidy: '1530.00', healthAward: '0.00', stays: 0, outpatientPolicyAmount: '4500.00',
    });
  });

  it('a stay in 2024 is paid in full; 2025: the 500 reimbursed, no checkup subsidy (a stay in 2024), award 1,000 so far', async () => {
    const s = await settle(id, 'ip-1', { visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'TERTIARY_A', items: [item('10000.00'), item('1000.00', 'CLASS_B')] });
    expect(s).toMatchObject({ basicPoolPayment: '10900.00', deductible: '0.00', personalPayment: '100.00' });
    expect(await entitlements(id, 2025)).toMatchObject({
      outpatientQuota: '4000.00', outpatientQuotaBalance: '4000.00', excessReimbursedFromPreviousYear: '500.00',
      checkupSubsidy: '0.00', previousYearStays: 1, healthAward: '1000.00',
    });
  });
});

describe('registration', () => {
  it('a man, 地级: outpatient in full; checkup 1,100', async () => {
    const id = await createPerson(server, { name: '离休乙', idNumber: idNumber(3), city: 'LANZHOU', scheme: 'RETIRED_CADRE', retiredCadrePrefectureLevel: true, enrolledSince: '1990-01-01' });
    const s = await settle(id, 'op-1', { visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'TERTIARY_A', items: [item('6000.00')] });
    expect(s.basicPoolPayment).toBe('6000.00');
    expect(await entitlements(id, 2024)).toMatchObject({ outpatientQuota: '0.00', checkupSubsidy: '1100.00' });
  });

  it('refused: outside Lanzhou, with an employee category, cadre flags on an employee; null entitlements for others', async () => {
    const bad = async (input: Record<string, unknown>) => userError(await server.gql(CREATE_PERSON, { input: { name: '某', idNumber: idNumber(9), enrolledSince: '2000-01-01', ...input } }, ADMIN), 'createInsuredPerson');
    expect((await bad({ city: 'JINING', scheme: 'RETIRED_CADRE' })).code).toBe('SCHEME_NOT_AVAILABLE');
    expect(await bad({ city: 'LANZHOU', scheme: 'RETIRED_CADRE', employeeCategory: 'ENTERPRISE' })).toMatchObject({ code: 'NOT_APPLICABLE_TO_SCHEME', field: ['input', 'employeeCategory'] });
    expect(await bad({ city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retiredCadreWartime: true })).toMatchObject({ code: 'NOT_APPLICABLE_TO_SCHEME', field: ['input', 'retiredCadreWartime'] });
    const employee = await createPerson(server, { name: '职工', idNumber: idNumber(10), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2000-01-01' });
    expect(await entitlements(employee, 2024)).toBeNull();
  });
});
