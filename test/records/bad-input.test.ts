/**
 * Bad input gives a user error with a code (or, for a malformed scalar, a GraphQL validation
 * error) and writes nothing: every records table keeps its row count and contents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, bearer, CREATE_PERSON, createPerson, institutionAt, issueKey, item, ok, SETTLE, snapshot, startRecordsServer, userError, idNumbersFrom } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
let employeeId: string;
let residentId: string;
let keyA: string;
let keyB: string;
let hospitalB: { id: string };

const idNumber = idNumbersFrom('62010419850505');

const APPROVE = `mutation($input: ApproveChronicDiseaseInput!) { approveChronicDisease(input: $input) { person { id } userErrors { field message code } } }`;
const CREDIT = `mutation($input: CreditPersonalAccountInput!) { creditPersonalAccount(input: $input) { person { id } userErrors { field message code } } }`;

beforeAll(async () => {
  server = await startRecordsServer();
  const [a, b] = [await institutionAt(server, 'LANZHOU', 'SECONDARY'), await institutionAt(server, 'LANZHOU', 'PRIMARY')];
  hospitalB = b;
  keyA = await issueKey(server, a.id);
  keyB = await issueKey(server, b.id);
  employeeId = await createPerson(
    server,
    { name: '钱九', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2000-01-01' },
    bearer(keyA),
  );
  residentId = await createPerson(server, { name: '吴十', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' }, bearer(keyA));
  // 恶性肿瘤放疗 (LZ-EC-01): 待遇支付年限 1 year: approved 2023-03-01, valid through 2024-02-29.
  ok(await server.gql(APPROVE, { input: { personId: employeeId, code: 'LZ-EC-01', approvedOn: '2023-03-01' } }, bearer(keyA)), 'approveChronicDisease');
  ok(await server.gql(SETTLE, { input: { personId: employeeId, idempotencyKey: 'first', visitType: 'INPATIENT', date: '2024-01-10', items: [item('3000.00')] } }, bearer(keyA)), 'settleClaim');
});
afterAll(() => server?.close());

/** Runs the request and checks that nothing in the records changed. */
async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const before = await snapshot(server.dbFile);
  const result = await run();
  expect(await snapshot(server.dbFile)).toEqual(before);
  return result;
}

const settleAs = (headers: Record<string, string>, input: Record<string, unknown>) =>
  unchanged(() => server.gql(SETTLE, { input: { personId: employeeId, idempotencyKey: `k-${Math.random()}`, visitType: 'INPATIENT', date: '2024-03-01', items: [item('1000.00')], ...input } }, headers));

describe('settleClaim refuses bad input and writes nothing', () => {
  it('an unknown person', async () => {
    const res = await settleAs(bearer(keyA), { personId: btoa('InsuredPerson:999999') });
    expect(userError(res, 'settleClaim')).toMatchObject({ code: 'PERSON_NOT_FOUND', field: ['input', 'personId'] });
    const garbage = await settleAs(bearer(keyA), { personId: 'not-an-id' });
    expect(userError(garbage, 'settleClaim').code).toBe('PERSON_NOT_FOUND');
  });

  it('another institution\'s key (for a person it does not know, or at another institution)', async () => {
    expect(userError(await settleAs(bearer(keyB), {}), 'settleClaim').code).toBe('PERSON_NOT_FOUND');
    expect(userError(await settleAs(bearer(keyA), { institutionId: hospitalB.id }), 'settleClaim').code).toBe('FOREIGN_INSTITUTION');
  });

  it('malformed money is a validation error naming the scalar', async () => {
    for (const amount of ['12.345', '-5.00', '1e3', '12,00', 12]) {
      const res = await settleAs(bearer(keyA), { items: [{ name: 'x', category: 'CLASS_A', amount }] });
      expect(res.body.data?.settleClaim ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.code).toBe('INVALID_MONEY');
      expect(res.status).toBeLessThan(500);
    }
  });

  it('a chronic claim after the approval ended, or without any approval', async () => {
    const expired = await settleAs(bearer(keyA), { visitType: 'CHRONIC_OUTPATIENT', date: '2024-03-01', chronicDiseaseCodes: ['LZ-EC-01'] });
    expect(userError(expired, 'settleClaim')).toMatchObject({ code: 'APPROVAL_EXPIRED', field: ['input', 'chronicDiseaseCodes', '0'] });
    const never = await settleAs(bearer(keyA), { visitType: 'CHRONIC_OUTPATIENT', date: '2024-02-01', chronicDiseaseCodes: ['LZ-EC-15'] });
    expect(userError(never, 'settleClaim').code).toBe('NOT_APPROVED');
  });

  it('a visit the scheme does not have, and a claim before enrolment', async () => {
    // An employee's 中医药日间诊疗 is general outpatient, but only at the 14 centres of 附表5-2 (issue 19).
    const tcm = await settleAs(bearer(keyA), { visitType: 'TCM_DAY_CLINIC' });
    expect(userError(tcm, 'settleClaim')).toMatchObject({ code: 'NOT_DESIGNATED', field: ['input', 'institutionId'] });
    const twoDisease = await settleAs(bearer(keyA), { visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION'] });
    expect(userError(twoDisease, 'settleClaim').code).toBe('TWO_DISEASE_NOT_REGISTERED');
    const res = await unchanged(() =>
      server.gql(SETTLE, { input: { personId: residentId, idempotencyKey: 'early', visitType: 'INPATIENT', date: '2019-12-31', items: [item('100.00')] } }, bearer(keyA)),
    );
    expect(userError(res, 'settleClaim').code).toBe('NOT_ENROLLED');
  });

  it('an engine refusal (an empty bill) and an empty idempotency key', async () => {
    expect(userError(await settleAs(bearer(keyA), { items: [] }), 'settleClaim').code).toBe('EMPTY_ITEMS');
    expect(userError(await settleAs(bearer(keyA), { idempotencyKey: '  ' }), 'settleClaim').code).toBe('INVALID_IDEMPOTENCY_KEY');
    expect(userError(await settleAs(bearer(keyA), { items: [item('0.00')] }), 'settleClaim').code).toBe('ZERO_TOTAL');
    expect(userError(await settleAs(bearer(keyA), { items: [item('1.00', 'CLASS_A', '药'.repeat(201))] }), 'settleClaim').code).toBe('ITEM_NAME_TOO_LONG');
  });

  it('cross-province care at an institution in the person\'s own city', async () => {
    const res = await settleAs(bearer(keyA), { remote: { crossProvince: true, filing: 'EMERGENCY' } });
    expect(userError(res, 'settleClaim')).toMatchObject({ code: 'NOT_REMOTE', field: ['input', 'remote', 'crossProvince'] });
  });
});

describe('the other mutations refuse bad input and write nothing', () => {
  it('createInsuredPerson: a wrong check character, a duplicate, a missing employee category', async () => {
    const base = { name: '郑十一', city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2000-01-01' };
    const wrong = idNumber(3).slice(0, 17) + (idNumber(3)[17] === '0' ? '1' : '0');
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, idNumber: wrong }, 'INVALID_ID_NUMBER'],
      [{ ...base, idNumber: idNumber(1) }, 'ID_NUMBER_ALREADY_REGISTERED'],
      [{ ...base, idNumber: idNumber(3), employeeCategory: null }, 'MISSING_EMPLOYEE_CATEGORY'],
      [{ ...base, idNumber: idNumber(3), name: ' ' }, 'INVALID_NAME'],
    ];
    for (const [input, code] of cases) {
      const res = await unchanged(() => server.gql(CREATE_PERSON, { input }, bearer(keyA)));
      expect(userError(res, 'createInsuredPerson').code).toBe(code);
    }
  });

  it('approveChronicDisease: a code not on the person\'s table', async () => {
    const res = await unchanged(() => server.gql(APPROVE, { input: { personId: employeeId, code: 'LZ-RC-01', approvedOn: '2024-01-01' } }, bearer(keyA)));
    expect(userError(res, 'approveChronicDisease')).toMatchObject({ code: 'UNKNOWN_DISEASE_CODE', field: ['input', 'code'] });
  });

  it('creditPersonalAccount: zero, a resident, a malformed amount', async () => {
    expect(userError(await unchanged(() => server.gql(CREDIT, { input: { personId: employeeId, amount: '0.00' } }, ADMIN)), 'creditPersonalAccount').code).toBe('INVALID_AMOUNT');
    expect(userError(await unchanged(() => server.gql(CREDIT, { input: { personId: residentId, amount: '10.00' } }, ADMIN)), 'creditPersonalAccount').code).toBe('NO_PERSONAL_ACCOUNT');
    const malformed = await unchanged(() => server.gql(CREDIT, { input: { personId: employeeId, amount: '10.001' } }, ADMIN));
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('INVALID_MONEY');
  });
});
