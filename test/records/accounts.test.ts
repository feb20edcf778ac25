/**
 * Personal accounts on record (个人账户), through GraphQL on a libSQL file: monthly credits computed
 * from the person and the pack (Lanzhou 000 §二(二)1(1), 001 第十六条; Jining 004 §一4), the
 * account paying a claim from the balance on its date, and 家庭共济 (000 §二(二)1(1)2, 注①;
 * 001 第十七条). Every amount worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createPerson, idNumbersFrom, item, ok, REVERSE, SETTLE, snapshot, startRecordsServer, userError } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
const lanzhouId = idNumbersFrom('62010219500101');
const jiningId = idNumbersFrom('37080019540315');

beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

const BALANCE = `query($id: ID!, $asOf: Date, $year: Int!) { insuredPerson(id: $id) {
  personalAccountBalance(asOf: $asOf) personalAccountCredits(year: $year) { month amount ruleId clause policyPack reason } } }`;

async function balance(id: string, asOf: string, year = Number(asOf.slice(0, 4))) {
  const res = await server.gql(BALANCE, { id, asOf, year }, ADMIN);
  expect(res.body.errors).toBeUndefined();
  return res.body.data.insuredPerson as { personalAccountBalance: string; personalAccountCredits: { month: string; amount: string; ruleId: string; clause: string; policyPack: string; reason: string }[] };
}

async function setBase(personId: string, base: string, effectiveFrom: string) {
  ok(await server.gql(`mutation($input: SetContributionBaseInput!) { setContributionBase(input: $input) { person { id } userErrors { field message code } } }`,
    { input: { personId, base, effectiveFrom } }, ADMIN), 'setContributionBase');
}

async function settle(personId: string, key: string, claim: Record<string, unknown>) {
  const res = await server.gql(SETTLE.replace('cashPayment policyPack', 'cashPayment familyAccountPayment policyPack'), { input: { personId, idempotencyKey: key, ...claim } }, ADMIN);
  return ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement;
}

const BIND = `mutation($input: BindFamilyAccountInput!) { bindFamilyAccount(input: $input) { binding { relation boundOn unboundOn holder { id } member { id } } userErrors { field message code } } }`;
const UNBIND = `mutation($input: UnbindFamilyAccountInput!) { unbindFamilyAccount(input: $input) { binding { unboundOn } userErrors { field message code } } }`;

describe('monthly credits (LZ-ACCT-CREDIT, JN-ACCT-CREDIT)', () => {
  it('a Lanzhou retiree: 90 a month in 2023 (001 第十六条), 120 in 2024 (000 §二(二)1(1))', async () => {
    const id = await createPerson(server, { name: '退休甲', idNumber: lanzhouId(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retired: true, enrolledSince: '2023-01-01' });
    // 12 × 90 + 6 × 120 = 1,080 + 720
    const mid = await balance(id, '2024-06-15');
    expect(mid.personalAccountBalance).toBe('1800.00');
    expect(mid.personalAccountCredits.slice(0, 6).map((c) => c.amount)).toEqual(Array(6).fill('120.00'));
    expect(mid.personalAccountCredits[0]).toMatchObject({ month: '2024-01', ruleId: 'LZ-ACCT-CREDIT', policyPack: 'lanzhou-2024', clause: '000 §二(二)1(1)' });
    expect((await balance(id, '2023-12-31')).personalAccountCredits[11]).toMatchObject({ month: '2023-12', amount: '90.00', clause: '001 第十六条', policyPack: 'lanzhou-2023' });
    expect((await balance(id, '2022-12-31')).personalAccountBalance).toBe('0.00');
  });

  it('a unit employee: 2% of the base in force on the month\'s first day; after retirement (在职转退休) the retiree credit from the next month', async () => {
    const id = await createPerson(server, {
      name: '在职乙', idNumber: lanzhouId(2), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'PUBLIC_SECTOR',
      retired: true, retiredOn: '2024-05-10', enrolledSince: '2024-01-01',
    });
    await setBase(id, '8000.00', '2024-01-01');
    await setBase(id, '10000.00', '2024-03-15');
    // Jan-Mar 8,000 × 2% = 160; Apr 10,000 × 2% = 200; May 200 (retired in May: from June); Jun 120
    const b = await balance(id, '2024-06-30');
    expect(b.personalAccountCredits.slice(0, 6).map((c) => c.amount)).toEqual(['160.00', '160.00', '160.00', '200.00', '200.00', '120.00']);
    expect(b.personalAccountBalance).toBe('1000.00');
  });

  it('settlement rates follow retiredOn: active before it, retired from it (000 §二(一)1)', async () => {
    const id = await createPerson(server, {
      name: '转退休', idNumber: lanzhouId(4), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'PUBLIC_SECTOR',
      retired: true, retiredOn: '2024-05-10', enrolledSince: '2024-01-01',
    });
    // SECONDARY: 1,000 on 0 → 800 above 200 at 60% (active); then 1,000 on 1,000 at 65% (retired)
    const before = await settle(id, 'r-1', { visitType: 'OUTPATIENT', date: '2024-04-01', institutionLevel: 'SECONDARY', items: [item('1000.00')], usePersonalAccount: false });
    expect(before.basicPoolPayment).toBe('480.00');
    const after = await settle(id, 'r-2', { visitType: 'OUTPATIENT', date: '2024-06-01', institutionLevel: 'SECONDARY', items: [item('1000.00')], usePersonalAccount: false });
    expect(after.basicPoolPayment).toBe('650.00');
  });

  it('flexible workers and the unemployed: nothing (不划入)', async () => {
    const id = await createPerson(server, { name: '灵活丙', idNumber: lanzhouId(3), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'FLEXIBLE', enrolledSince: '2024-01-01' });
    await setBase(id, '8000.00', '2024-01-01');
    const b = await balance(id, '2024-12-31');
    expect(b.personalAccountBalance).toBe('0.00');
    expect(b.personalAccountCredits[0].reason).toMatch(/FLEXIBLE: no personal-account credit/);
  });

  it('a Jining retiree born 1954-03-15: 100 a month under 70, 125 from April 2024 (70 on its first day)', async () => {
    const id = await createPerson(server, { name: '济宁丁', idNumber: jiningId(5), city: 'JINING', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retired: true, enrolledSince: '2024-01-01' });
    const b = await balance(id, '2024-05-31');
    expect(b.personalAccountCredits.slice(0, 5).map((c) => c.amount)).toEqual(['100.00', '100.00', '100.00', '125.00', '125.00']);
    expect(b.personalAccountBalance).toBe('550.00');
    expect(b.personalAccountCredits[3]).toMatchObject({ ruleId: 'JN-ACCT-CREDIT', clause: '004 §一(一)4', policyPack: 'jining-2024' });
  });

  it('setContributionBase: administrator only, employees only, more than 0', async () => {
    const resident = await createPerson(server, { name: '居民戊', idNumber: lanzhouId(6), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
    const M = `mutation($input: SetContributionBaseInput!) { setContributionBase(input: $input) { person { id } userErrors { field message code } } }`;
    expect(userError(await server.gql(M, { input: { personId: resident, base: '100.00', effectiveFrom: '2024-01-01' } }, ADMIN), 'setContributionBase').code).toBe('NO_PERSONAL_ACCOUNT');
  });
});

describe('the account pays from its balance on the claim date', () => {
  it('a retiree\'s outpatient visit: the personal part 830 from 1,320 credited through February', async () => {
    const id = await createPerson(server, { name: '退休己', idNumber: lanzhouId(7), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retired: true, enrolledSince: '2023-01-01' });
    // 2,000 at SECONDARY, retired 65%: window 200-2,500 → 1,800 × 65% = 1,170; personal 830
    const s = await settle(id, 'op-1', { visitType: 'OUTPATIENT', date: '2024-02-10', institutionLevel: 'SECONDARY', items: [item('2000.00')] });
    expect(s).toMatchObject({ basicPoolPayment: '1170.00', personalPayment: '830.00', personalAccountPayment: '830.00', cashPayment: '0.00', familyAccountPayment: '0.00' });
    expect((await balance(id, '2024-02-29')).personalAccountBalance).toBe('490.00'); // 1,080 + 240 − 830
    expect((await balance(id, '2024-03-31')).personalAccountBalance).toBe('610.00');
    const r = await server.gql(REVERSE, { input: { settlementId: s.id, reason: 'test' } }, ADMIN);
    ok(r, 'reverseSettlement');
    expect((await balance(id, '2024-02-29')).personalAccountBalance).toBe('1320.00');
  });

  it('items an account may not pay (accountExcluded) stay cash; such an item must be SELF_PAY', async () => {
    const id = await createPerson(server, { name: '退休庚', idNumber: lanzhouId(8), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retired: true, enrolledSince: '2023-01-01' });
    const s = await settle(id, 'op-x', { visitType: 'OUTPATIENT', date: '2024-02-10', institutionLevel: 'SECONDARY', items: [item('100.00'), { ...item('50.00', 'SELF_PAY', '健身'), accountExcluded: true }] });
    // 100 under the 200 window: personal 150, of which 50 excluded
    expect(s).toMatchObject({ personalPayment: '150.00', personalAccountPayment: '100.00', cashPayment: '50.00' });
    const bad = await server.gql(SETTLE, { input: { personId: id, idempotencyKey: 'op-y', visitType: 'OUTPATIENT', date: '2024-02-11', institutionLevel: 'SECONDARY', items: [{ ...item('50.00'), accountExcluded: true }] } }, ADMIN);
    expect(userError(bad, 'settleClaim')).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['input', 'items', '0', 'accountExcluded'] });
  });
});

describe('家庭共济 (000 §二(二)1(1)2 and 注①)', () => {
  let holder: string;
  let spouse: string;
  let child: string;

  beforeAll(async () => {
    holder = await createPerson(server, { name: '户主', idNumber: lanzhouId(11), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', retired: true, enrolledSince: '2023-01-01' });
    spouse = await createPerson(server, { name: '配偶', idNumber: lanzhouId(12), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2023-01-01' });
    child = await createPerson(server, { name: '子女', idNumber: lanzhouId(13), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'FLEXIBLE', enrolledSince: '2023-01-01' });
    const b = ok<any>(await server.gql(BIND, { input: { holderId: holder, memberId: spouse, relation: 'SPOUSE', boundOn: '2024-01-01' } }, ADMIN), 'bindFamilyAccount');
    expect(b.binding).toMatchObject({ relation: 'SPOUSE', boundOn: '2024-01-01', unboundOn: null, holder: { id: holder }, member: { id: spouse } });
    ok(await server.gql(BIND, { input: { holderId: holder, memberId: child, relation: 'CHILD', boundOn: '2024-01-01' } }, ADMIN), 'bindFamilyAccount');
  });

  it('a resident spouse: after the pool (70%, 130 a year), the holder\'s account pays the personal part', async () => {
    // 200 at PRIMARY: 70% = 140, capped at 130; personal 70 from the holder's 1,320 (2024-02-10)
    const s = await settle(spouse, 'sp-1', { visitType: 'OUTPATIENT', date: '2024-02-10', institutionLevel: 'PRIMARY', items: [item('200.00')] });
    expect(s).toMatchObject({ basicPoolPayment: '130.00', personalPayment: '70.00', personalAccountPayment: '0.00', familyAccountPayment: '70.00', cashPayment: '0.00' });
    expect((await balance(holder, '2024-02-29')).personalAccountBalance).toBe('1250.00');
  });

  it('an employee child: the own account first (none for a flexible worker), then the holder\'s; excluded items stay cash', async () => {
    const s = await settle(child, 'ch-1', {
      visitType: 'OUTPATIENT', date: '2024-02-12', institutionLevel: 'SECONDARY',
      items: [item('150.00'), { ...item('20.00', 'SELF_PAY', '养生'), accountExcluded: true }],
    });
    // 150 under the window: personal 170; family 150; cash 20
    expect(s).toMatchObject({ personalPayment: '170.00', personalAccountPayment: '0.00', familyAccountPayment: '150.00', cashPayment: '20.00' });
    expect((await balance(holder, '2024-02-29')).personalAccountBalance).toBe('1100.00');
  });

  it('not at a pharmacy, not out of the province (省内定点医疗机构)', async () => {
    const ph = await settle(child, 'ch-2', { visitType: 'OUTPATIENT', date: '2024-02-13', institutionLevel: 'PHARMACY', items: [item('30.00')] });
    expect(ph).toMatchObject({ familyAccountPayment: '0.00', cashPayment: '30.00' });
    const away = await settle(child, 'ch-3', { visitType: 'OUTPATIENT', date: '2024-02-14', institutionLevel: 'SECONDARY', remote: { crossProvince: true }, items: [item('10.00')] });
    expect(away).toMatchObject({ familyAccountPayment: '0.00', cashPayment: '10.00' });
  });

  it('a reversal gives the holder\'s account back', async () => {
    const s = await settle(spouse, 'sp-2', { visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'PRIMARY', items: [item('100.00')] });
    expect(s).toMatchObject({ basicPoolPayment: '0.00', familyAccountPayment: '100.00' });
    expect((await balance(holder, '2024-03-31')).personalAccountBalance).toBe('1120.00'); // 1,100 + 120 − 100
    ok(await server.gql(REVERSE, { input: { settlementId: s.id, reason: 'wrong patient' } }, ADMIN), 'reverseSettlement');
    expect((await balance(holder, '2024-03-31')).personalAccountBalance).toBe('1220.00');
  });

  it('unbinding: no family payment from the day given', async () => {
    const u = ok<any>(await server.gql(UNBIND, { input: { holderId: holder, memberId: spouse, unboundOn: '2024-04-01' } }, ADMIN), 'unbindFamilyAccount');
    expect(u.binding.unboundOn).toBe('2024-04-01');
    const s = await settle(spouse, 'sp-3', { visitType: 'OUTPATIENT', date: '2024-04-02', institutionLevel: 'PRIMARY', items: [item('100.00')] });
    expect(s).toMatchObject({ familyAccountPayment: '0.00', cashPayment: '100.00' });
  });

  it('refusals write nothing: a resident holder, a member in another province, itself, twice, Jining', async () => {
    const other = await createPerson(server, { name: '外省', idNumber: jiningId(14), city: 'JINING', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
    const jnHolder = await createPerson(server, { name: '济宁户主', idNumber: jiningId(15), city: 'JINING', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2024-01-01' });
    const cases: [Record<string, string>, string][] = [
      [{ holderId: spouse, memberId: holder, relation: 'SPOUSE' }, 'NO_PERSONAL_ACCOUNT'],
      [{ holderId: holder, memberId: other, relation: 'PARENT' }, 'MEMBER_OUTSIDE_PROVINCE'],
      [{ holderId: holder, memberId: holder, relation: 'CHILD' }, 'INVALID_FAMILY_MEMBER'],
      [{ holderId: holder, memberId: child, relation: 'CHILD' }, 'ALREADY_BOUND'],
      [{ holderId: jnHolder, memberId: other, relation: 'PARENT' }, 'FAMILY_ACCOUNT_NOT_AVAILABLE'],
    ];
    for (const [input, code] of cases) {
      const before = await snapshot(server.dbFile);
      expect(userError(await server.gql(BIND, { input: { ...input, boundOn: '2024-01-01' } }, ADMIN), 'bindFamilyAccount').code).toBe(code);
      expect(await snapshot(server.dbFile)).toEqual(before);
    }
  });
});
