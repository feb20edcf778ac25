/**
 * Settling for real through GraphQL on a libSQL file: a person's year carries from claim to
 * claim. Every expected amount is worked out by hand from settlement-rules.md (Lanzhou 2024).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN, bearer, createPerson, institutionAt, issueKey, item, ok, REVERSE, SETTLE, startRecordsServer, userError, YEAR_TO_DATE, idNumbersFrom } from './support';

let server: Awaited<ReturnType<typeof startRecordsServer>>;
let hospital: { id: string; name: string };
let hisKey: string;

const idNumber = idNumbersFrom('62010219800101');

beforeAll(async () => {
  server = await startRecordsServer();
  hospital = await institutionAt(server, 'LANZHOU', 'SECONDARY');
  hisKey = await issueKey(server, hospital.id);
});
afterAll(() => server?.close());

async function settle(personId: string, key: string, claim: Record<string, unknown>, headers = bearer(hisKey)) {
  const res = await server.gql(SETTLE, { input: { personId, idempotencyKey: key, ...claim } }, headers);
  return ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement;
}

async function yearToDate(personId: string, year = 2024, headers = bearer(hisKey)) {
  const res = await server.gql(YEAR_TO_DATE, { id: personId, year }, headers);
  expect(res.body.errors).toBeUndefined();
  const p = res.body.data.insuredPerson;
  const counters = Object.fromEntries(p.yearToDate.counters.map((c: any) => [c.key, c.count ?? c.amount]));
  return { ...p.yearToDate, counters, balance: p.personalAccountBalance };
}

describe('employee stays in one year (LZ-E-IP-DED, LZ-E-IP-BANDS)', () => {
  let personId: string;
  const ids: string[] = [];
  const snapshots: any[] = [];

  it('registers an enterprise employee at the hospital and credits the personal account', async () => {
    personId = await createPerson(
      server,
      { name: '张三', idNumber: idNumber(1), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' },
      bearer(hisKey),
    );
    const res = await server.gql(
      `mutation($input: CreditPersonalAccountInput!) { creditPersonalAccount(input: $input) { person { personalAccountBalance } userErrors { code } } }`,
      { input: { personId, amount: '500.00' } },
      ADMIN,
    );
    expect(ok<any>(res, 'creditPersonalAccount').person.personalAccountBalance).toBe('500.00');
    snapshots.push(await yearToDate(personId));
  });

  it('1st stay: deductible 400 in full; 5,600 eligible at 94%; the account pays 500 of the 736 personal part', async () => {
    // CLASS_A 6,000 at the (二级) hospital of the key: 6,000 − 400 = 5,600 on band 0–10,000 at 94% = 5,264.
    const s = await settle(personId, 'stay-1', { visitType: 'INPATIENT', date: '2024-02-10', items: [item('6000.00')] });
    expect(s).toMatchObject({
      status: 'SETTLED', year: 2024, totalAmount: '6000.00', policyAmount: '6000.00', deductible: '400.00',
      basicPoolPayment: '5264.00', personalPayment: '736.00', personalAccountPayment: '500.00', cashPayment: '236.00',
    });
    ids.push(s.id);
    snapshots.push(await yearToDate(personId));
  });

  it('2nd stay: deductible 80% (320); the band position carries from 5,600 across the 10,000 boundary', async () => {
    // 10,000 − 320 = 9,680 eligible from 5,600 to 15,280: 4,400 × 94% + 5,280 × 96% = 4,136 + 5,068.80 = 9,204.80.
    const s = await settle(personId, 'stay-2', { visitType: 'INPATIENT', date: '2024-05-20', items: [item('10000.00')] });
    expect(s).toMatchObject({ deductible: '320.00', basicPoolPayment: '9204.80', personalPayment: '795.20', personalAccountPayment: '0.00', cashPayment: '795.20' });
    ids.push(s.id);
    snapshots.push(await yearToDate(personId));
  });

  it('3rd stay: deductible 60% (240); from 15,280 across the 20,000 boundary', async () => {
    // 10,000 − 240 = 9,760 eligible from 15,280 to 25,040: 4,720 × 96% + 5,040 × 98% = 4,531.20 + 4,939.20 = 9,470.40.
    const s = await settle(personId, 'stay-3', { visitType: 'INPATIENT', date: '2024-09-01', items: [item('10000.00')] });
    expect(s).toMatchObject({ deductible: '240.00', basicPoolPayment: '9470.40', personalPayment: '529.60' });
    ids.push(s.id);
    const ytd = await yearToDate(personId);
    // 5,264 + 9,204.80 + 9,470.40 = 23,939.20.
    expect(ytd).toMatchObject({ stays: 3, settlementCount: 3, basicPoolPayment: '23939.20', version: 3, balance: '0.00' });
    // 5,600 + 9,680 + 9,760 = 25,040 eligible on the band position.
    expect(ytd.counters['employee.stayEligible']).toBe('25040.00');
  });

  it('keeps the year apart: a stay in 2025 starts again at 100% deductible', async () => {
    const s = await settle(personId, 'stay-2025', { visitType: 'INPATIENT', date: '2025-01-05', items: [item('6000.00')] });
    expect(s).toMatchObject({ year: 2025, deductible: '400.00', basicPoolPayment: '5264.00' });
  });

  it('refuses to reverse an earlier stay while a later one of the year stands', async () => {
    const res = await server.gql(REVERSE, { input: { settlementId: ids[0], reason: '录入错误' } }, bearer(hisKey));
    expect(userError(res, 'reverseSettlement').code).toBe('LATER_SETTLEMENT_EXISTS');
  });

  it('reversing latest first restores the accumulators and the account exactly, step by step', async () => {
    for (let i = ids.length - 1; i >= 0; i--) {
      const res = await server.gql(REVERSE, { input: { settlementId: ids[i], reason: '冲正测试' } }, bearer(hisKey));
      expect(ok<any>(res, 'reverseSettlement').settlement).toMatchObject({ id: ids[i], status: 'REVERSED', reversalReason: '冲正测试' });
      const after = await yearToDate(personId);
      expect(after.counters).toEqual(snapshots[i].counters);
      expect(after.stays).toBe(snapshots[i].stays);
      expect(after.balance).toBe(snapshots[i].balance);
      expect(after.settlementCount).toBe(i);
    }
    expect((await yearToDate(personId)).balance).toBe('500.00');
  });

  it('a reversed settlement stays readable and cannot be reversed twice', async () => {
    const read = await server.gql(`query($id: ID!) { node(id: $id) { ... on SettlementRecord { status basicPoolPayment } } }`, { id: ids[2] }, bearer(hisKey));
    expect(read.body.data.node).toEqual({ status: 'REVERSED', basicPoolPayment: '9470.40' });
    const again = await server.gql(REVERSE, { input: { settlementId: ids[2], reason: 'again' } }, bearer(hisKey));
    expect(userError(again, 'reverseSettlement').code).toBe('ALREADY_REVERSED');
  });

  it('settles again after the reversals as the first stay of the year', async () => {
    const s = await settle(personId, 'stay-1-again', { visitType: 'INPATIENT', date: '2024-10-01', items: [item('6000.00')] });
    expect(s).toMatchObject({ deductible: '400.00', basicPoolPayment: '5264.00', personalAccountPayment: '500.00' });
  });
});

describe('employee general outpatient window (LZ-E-OP) across visits', () => {
  it('pays 65% of the share of each visit between 200 and 2,500 of the year\'s cumulative amount', async () => {
    const personId = await createPerson(server, {
      name: '李四', idNumber: idNumber(2), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2010-06-01',
    });
    const visit = (key: string, amount: string) =>
      settle(personId, key, { visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'PRIMARY', items: [item(amount)] }, ADMIN);
    // position 0 → 150: below 200, nothing.
    expect((await visit('op-1', '150.00')).basicPoolPayment).toBe('0.00');
    // 150 → 450: 250 in the window × 65% = 162.50.
    expect((await visit('op-2', '300.00')).basicPoolPayment).toBe('162.50');
    // 450 → 2,650: 2,050 in the window × 65% = 1,332.50.
    expect((await visit('op-3', '2200.00')).basicPoolPayment).toBe('1332.50');
    // 2,650 → 2,750: above the window, nothing.
    expect((await visit('op-4', '100.00')).basicPoolPayment).toBe('0.00');
    const ytd = await yearToDate(personId, 2024, ADMIN);
    expect(ytd.counters['employee.outpatientPolicy']).toBe('2750.00');
    expect(ytd.basicPoolPayment).toBe('1495.00');
  });
});

describe('resident stays: n-th stay deductible and the critical-illness base (LZ-R-IP, LZ-R-CRIT)', () => {
  it('accumulates the critical-illness base across stays and pays it on continuous bands above 5,000', async () => {
    const personId = await createPerson(server, { name: '王五', idNumber: idNumber(3), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2024-01-01' });
    const stay = (key: string, amount: string) =>
      settle(personId, key, { visitType: 'INPATIENT', date: '2024-04-01', institutionLevel: 'SECONDARY', items: [item(amount)] }, ADMIN);
    // 1st: 20,000 − 400 = 19,600 × 85% = 16,660; base 20,000 − 16,660 = 3,340 < 5,000: no critical illness.
    expect(await stay('r-1', '20000.00')).toMatchObject({ deductible: '400.00', basicPoolPayment: '16660.00', criticalIllnessPayment: '0.00' });
    // 2nd: deductible 320; 19,680 × 85% = 16,728; base 3,272 → 6,612: (6,612 − 5,000) × 60% = 967.20.
    expect(await stay('r-2', '20000.00')).toMatchObject({ deductible: '320.00', basicPoolPayment: '16728.00', criticalIllnessPayment: '967.20' });
    // 3rd: deductible 240; 29,760 × 85% = 25,296; base 4,704 → 11,316: 4,704 × 60% = 2,822.40.
    expect(await stay('r-3', '30000.00')).toMatchObject({ deductible: '240.00', basicPoolPayment: '25296.00', criticalIllnessPayment: '2822.40' });
    const ytd = await yearToDate(personId, 2024, ADMIN);
    expect(ytd.counters['critical.base']).toBe('11316.00');
    expect(ytd.counters['resident.stayPaid']).toBe('58684.00');
    expect(ytd.stays).toBe(3);
  });
});

describe('chronic outpatient with an approval (LZ-E-CHRONIC)', () => {
  it('settles an approved disease at 70% and counts it against the disease', async () => {
    const personId = await createPerson(server, {
      name: '赵六', idNumber: idNumber(4), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'PUBLIC_SECTOR', retired: true, enrolledSince: '1990-01-01',
    });
    const approve = await server.gql(
      `mutation($input: ApproveChronicDiseaseInput!) { approveChronicDisease(input: $input) { person { chronicApprovals { code name approvedOn validUntil } } userErrors { code } } }`,
      { input: { personId, code: 'LZ-EC-15', approvedOn: '2024-01-15' } },
      ADMIN,
    );
    // 癫痫: 待遇支付年限 2 years → valid through 2026-01-14.
    expect(ok<any>(approve, 'approveChronicDisease').person.chronicApprovals).toEqual([
      { code: 'LZ-EC-15', name: '癫痫', approvedOn: '2024-01-15', validUntil: '2026-01-14' },
    ]);
    // 1,000 × 70% = 700, under the 3,000 cap.
    const s = await settle(personId, 'chronic-1', { visitType: 'CHRONIC_OUTPATIENT', date: '2024-02-01', institutionLevel: 'SECONDARY', chronicDiseaseCodes: ['LZ-EC-15'], items: [item('1000.00')] }, ADMIN);
    expect(s).toMatchObject({ basicPoolPayment: '700.00', deductible: '0.00' });
    expect((await yearToDate(personId, 2024, ADMIN)).counters['chronic.paid:LZ-EC-15']).toBe('700.00');
  });
});
