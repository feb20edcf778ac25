/**
 * priorClaims and estimateYear against the real thing: the same year of bills is settled for
 * real with settleClaim (a person on a temporary libSQL file) and estimated with priorClaims
 * (no key, nothing stored); every settlement, line and trace step, and the year's counters,
 * must agree: the n-th stay deductible, the band position, the outpatient window, the
 * large-amount layer and critical illness follow the earlier bills exactly. A few amounts are
 * also worked out by hand from settlement-rules.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIOR_CLAIMS_RULE } from '../../src/engine/year';
import { MAX_PRIOR_CLAIMS } from '../../src/schema/settlement';
import { ADMIN, createPerson, idNumbersFrom, item, ok, snapshot, startRecordsServer, YEAR_TO_DATE } from './support';

const idNumber = idNumbersFrom('62010219750505');

const SETTLEMENT_FIELDS = `totalAmount fullSelfPayAmount preSelfPayAmount policyAmount deductible basicPoolPayment largeAmountPayment
  criticalIllnessPayment assistancePayment secondaryAssistancePayment fundPaymentTotal personalPayment personalAccountPayment
  cashPayment policyPack year lines { ruleId clause layer base rate amount bandFrom bandTo boundBy { kind name amount } }
  trace { ruleId clause message }`;

const SETTLE = `mutation($input: SettleClaimInput!) { settleClaim(input: $input) {
  settlement { ${SETTLEMENT_FIELDS} } userErrors { code message field } } }`;
const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) { ${SETTLEMENT_FIELDS} } }`;
const ESTIMATE_YEAR = `query($input: SettlementInput!) { estimateYear(input: $input) {
  year priorClaimOrder settlements { ${SETTLEMENT_FIELDS} }
  totals { claimCount stays totalAmount deductible basicPoolPayment largeAmountPayment criticalIllnessPayment fundPaymentTotal personalPayment cashPayment }
  accumulators { key count amount } } }`;

type Bill = Record<string, unknown> & { date: string };

let server: Awaited<ReturnType<typeof startRecordsServer>>;
beforeAll(async () => {
  server = await startRecordsServer();
});
afterAll(() => server?.close());

/** Settles the bills for real, in date order, for a new person; returns each settlement and the year's counters. */
async function settleForReal(person: Record<string, unknown>, bills: Bill[], seq: number) {
  const personId = await createPerson(server, { name: '测试', idNumber: idNumber(seq), ...person });
  const settled = [];
  for (const [i, bill] of [...bills].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).entries()) {
    const res = await server.gql(SETTLE, { input: { personId, idempotencyKey: `bill-${i}`, usePersonalAccount: false, ...bill } }, ADMIN);
    settled.push(ok<{ settlement: any; userErrors: [] }>(res, 'settleClaim').settlement);
  }
  const year = Number(bills[0].date.slice(0, 4));
  const ytd = await server.gql(YEAR_TO_DATE, { id: personId, year }, ADMIN);
  expect(ytd.body.errors).toBeUndefined();
  return { settled, counters: ytd.body.data.insuredPerson.yearToDate.counters };
}

/** The trace without the PRIOR-CLAIMS step an estimate opens with. */
const withoutPrior = (s: any) => ({ ...s, trace: s.trace.filter((t: any) => t.ruleId !== PRIOR_CLAIMS_RULE) });

/**
 * Estimates the last bill (by date) with the others as priorClaims, given in the reverse order,
 * and checks that estimateSettlement, estimateYear and settleClaim agree on everything.
 */
async function expectSameAsSettleClaim(estimatePerson: Record<string, unknown>, base: Record<string, unknown>, recordPerson: Record<string, unknown>, bills: Bill[], seq: number) {
  const real = await settleForReal({ ...recordPerson, city: base.city, scheme: base.scheme }, bills, seq);
  const sorted = [...bills].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = sorted[sorted.length - 1];
  const priors = sorted.slice(0, -1).reverse();
  const input = { ...base, person: estimatePerson, ...last, priorClaims: priors };

  const before = await snapshot(server.dbFile);
  const single = await server.gql(ESTIMATE, { input });
  expect(single.body.errors).toBeUndefined();
  const year = await server.gql(ESTIMATE_YEAR, { input });
  expect(year.body.errors).toBeUndefined();
  expect(await snapshot(server.dbFile)).toEqual(before);

  const estimate = single.body.data.estimateSettlement;
  const y = year.body.data.estimateYear;
  expect(withoutPrior(estimate)).toEqual(real.settled[real.settled.length - 1]);
  expect(y.settlements.map(withoutPrior)).toEqual(real.settled);
  expect(y.settlements[y.settlements.length - 1]).toEqual(estimate);
  expect(y.priorClaimOrder).toEqual(priors.map((_, i) => priors.length - 1 - i));
  expect(y.accumulators).toEqual(real.counters);
  // Every settlement after the first says what the ones before it left.
  expect(y.settlements[0].trace.some((t: any) => t.ruleId === PRIOR_CLAIMS_RULE)).toBe(false);
  for (const [i, s] of y.settlements.entries()) {
    if (i === 0) continue;
    expect(s.trace[0]).toMatchObject({ ruleId: PRIOR_CLAIMS_RULE });
    expect(s.trace[0].message).toContain(`after ${i} earlier claim`);
  }
  const sum = (field: string) => real.settled.reduce((fen: number, s: any) => fen + Math.round(Number(s[field]) * 100), 0);
  for (const field of ['totalAmount', 'deductible', 'basicPoolPayment', 'largeAmountPayment', 'criticalIllnessPayment', 'fundPaymentTotal', 'personalPayment']) {
    expect(y.totals[field], field).toBe((sum(field) / 100).toFixed(2));
  }
  expect(y.totals.claimCount).toBe(bills.length);
  return { estimate, year: y, real };
}

describe('priorClaims settle as settleClaim would (the same year settled for real)', () => {
  it('Lanzhou employee: n-th stay deductible, band position, day surgery, outpatient window, large amount', async () => {
    const bills: Bill[] = [
      { visitType: 'INPATIENT', date: '2024-02-10', institutionLevel: 'TERTIARY_A', items: [item('20000.00'), item('3000.00', 'CLASS_B'), item('500.00', 'SELF_PAY')] },
      { visitType: 'OUTPATIENT', date: '2024-03-01', institutionLevel: 'PRIMARY', items: [item('1500.00')] },
      { visitType: 'OUTPATIENT', date: '2024-04-01', institutionLevel: 'SECONDARY', items: [item('2000.00')] },
      { visitType: 'INPATIENT', date: '2024-06-01', institutionLevel: 'SECONDARY', items: [item('30000.00')] },
      { visitType: 'DAY_SURGERY', date: '2024-07-01', institutionLevel: 'TERTIARY_A', items: [item('8000.00')] },
      { visitType: 'INPATIENT', date: '2024-09-01', institutionLevel: 'TERTIARY_A', items: [item('40000.00')] },
    ];
    const { year } = await expectSameAsSettleClaim(
      { employeeCategory: 'ENTERPRISE' },
      { city: 'LANZHOU', scheme: 'EMPLOYEE' },
      { employeeCategory: 'ENTERPRISE', enrolledSince: '2015-01-01' },
      bills,
      1,
    );
    const [stay1, op1, op2, stay2, day, stay3] = year.settlements;
    // Stay 1 at 三甲: deductible 1,000; policy 20,000 + 2,700 = 22,700; eligible 21,700 from 0.
    expect(stay1.deductible).toBe('1000.00');
    // Outpatient window 200–2,500 (LZ-E-OP): 1,500 leaves 1,300 eligible at 65% = 845; then 2,000
    // from position 1,500: 1,000 eligible at 60% = 600.
    expect(op1.basicPoolPayment).toBe('845.00');
    expect(op2.basicPoolPayment).toBe('600.00');
    // Stay 2 at 二级: 400 × 80% = 320; 29,680 eligible from 21,700 to 51,380 at 98% = 29,086.40.
    expect(stay2).toMatchObject({ deductible: '320.00', basicPoolPayment: '29086.40' });
    // Day surgery at 三甲: 700, never reduced, no stay counted; 7,300 from 51,380 to 58,680 at 98% = 7,154.
    expect(day).toMatchObject({ deductible: '700.00', basicPoolPayment: '7154.00' });
    // Stay 3 (the third stay): 1,000 × 60% = 600; 39,400 from 58,680: 1,320 × 98% = 1,293.60 basic,
    // the 38,080 above 60,000 × 95% = 36,176 large amount.
    expect(stay3).toMatchObject({ deductible: '600.00', basicPoolPayment: '1293.60', largeAmountPayment: '36176.00' });
    expect(year.totals.stays).toBe(3);
    // What the earlier bills left, in stay 2's trace: one stay, band position 21,700, outpatient window at 3,500.
    const left = stay2.trace[0].message;
    expect(left).toContain('after 3 earlier claims of 2024');
    expect(left).toContain('stays so far (住院次数, n-th stay deductible) 1;');
    expect(left).toContain('employee stay band position (eligible amount of stays and day surgery) 21700.00 yuan');
    expect(left).toContain('employee outpatient window position (policy amount so far) 3500.00 yuan');
  });

  it('Lanzhou resident: n-th stay, the resident outpatient cap and critical illness from the year\'s base', async () => {
    const bills: Bill[] = [
      { visitType: 'INPATIENT', date: '2024-03-05', institutionLevel: 'TERTIARY_A', items: [item('50000.00'), item('10000.00', 'CLASS_B')] },
      { visitType: 'OUTPATIENT', date: '2024-03-20', institutionLevel: 'PRIMARY', items: [item('150.00')] },
      { visitType: 'OUTPATIENT', date: '2024-04-20', institutionLevel: 'SECONDARY', items: [item('100.00')] },
      { visitType: 'INPATIENT', date: '2024-08-15', institutionLevel: 'SECONDARY', items: [item('30000.00')] },
    ];
    const { year } = await expectSameAsSettleClaim(
      { consecutiveEnrollmentYears: 1 },
      { city: 'LANZHOU', scheme: 'RESIDENT' },
      { enrolledSince: '2024-01-01' },
      bills,
      2,
    );
    const [, op1, op2, stay2] = year.settlements;
    // LZ-R-OP: 70%, at most 130 a year: 105 then the 25 left.
    expect(op1.basicPoolPayment).toBe('105.00');
    expect(op2.basicPoolPayment).toBe('25.00');
    // The second stay at 二级: deductible 400 × 80% = 320; and critical illness pays on it.
    expect(stay2.deductible).toBe('320.00');
    expect(Number(stay2.criticalIllnessPayment)).toBeGreaterThan(0);
  });

  it('Jining employee: outpatient deductible and pool, stays', async () => {
    const bills: Bill[] = [
      { visitType: 'OUTPATIENT', date: '2024-01-15', institutionLevel: 'PRIMARY', items: [item('600.00')] },
      { visitType: 'OUTPATIENT', date: '2024-02-15', institutionLevel: 'SECONDARY', items: [item('2500.00')] },
      { visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', items: [item('30000.00'), item('5000.00', 'CLASS_B')] },
      { visitType: 'INPATIENT', date: '2024-05-20', institutionLevel: 'SECONDARY', items: [item('20000.00')] },
      { visitType: 'OUTPATIENT', date: '2024-10-15', institutionLevel: 'TERTIARY_A', items: [item('3000.00')] },
    ];
    await expectSameAsSettleClaim(
      { employeeCategory: 'ENTERPRISE' },
      { city: 'JINING', scheme: 'EMPLOYEE' },
      { employeeCategory: 'ENTERPRISE', enrolledSince: '2012-01-01' },
      bills,
      3,
    );
  });
});

describe('priorClaims are checked like claims, and bounded', () => {
  const base = {
    city: 'LANZHOU', scheme: 'EMPLOYEE', person: { employeeCategory: 'ENTERPRISE' }, visitType: 'INPATIENT', date: '2024-06-01',
    institutionLevel: 'SECONDARY', items: [item('10000.00')],
  };
  const stay = { visitType: 'INPATIENT', date: '2024-02-01', institutionLevel: 'SECONDARY', items: [item('1000.00')] };

  async function refusal(priorClaims: unknown[], query = ESTIMATE) {
    const res = await server.gql(query, { input: { ...base, priorClaims } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toHaveLength(1);
    const { code, field } = res.body.errors![0].extensions;
    return { code, field, message: res.body.errors![0].message as string };
  }

  it('names the earlier bill by its index in priorClaims', async () => {
    expect(await refusal([stay, { ...stay, items: [item('0.00')] }])).toMatchObject({ code: 'ZERO_TOTAL', field: ['input', 'priorClaims', '1', 'items'] });
    expect(await refusal([{ ...stay, items: [] }])).toMatchObject({ code: 'EMPTY_ITEMS', field: ['input', 'priorClaims', '0', 'items'] });
    expect(await refusal([stay, stay, { ...stay, institutionLevel: null }])).toMatchObject({ code: 'MISSING_INSTITUTION', field: ['input', 'priorClaims', '2', 'institutionId'] });
    expect(await refusal([{ ...stay, institutionLevel: null, institutionId: 'SW5zdGl0dXRpb246OTk5OTk5' }])).toMatchObject({ code: 'UNKNOWN_INSTITUTION', field: ['input', 'priorClaims', '0', 'institutionId'] });
    expect(await refusal([{ ...stay, visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['DIABETES'] }])).toMatchObject({ field: ['input', 'priorClaims', '0', 'visitType'] });
    expect(await refusal([{ ...stay, items: [{ name: 'x'.repeat(201), category: 'CLASS_A', amount: '1.00' }] }])).toMatchObject({ code: 'ITEM_NAME_TOO_LONG', field: ['input', 'priorClaims', '0', 'items', '0', 'name'] });
    // The index is the one given, not the one settled: the later-dated bill 0 settles second.
    const late = await refusal([{ ...stay, date: '2024-05-01', items: [item('0.00')] }, stay], ESTIMATE_YEAR);
    expect(late).toMatchObject({ code: 'ZERO_TOTAL', field: ['input', 'priorClaims', '0', 'items'] });
    expect(late.message).toContain('priorClaims[0]');
  });

  it('takes earlier bills of the bill\'s year only, dated on or before it', async () => {
    expect(await refusal([{ ...stay, date: '2023-12-31' }])).toMatchObject({ code: 'PRIOR_CLAIM_OTHER_YEAR', field: ['input', 'priorClaims', '0', 'date'] });
    expect(await refusal([stay, { ...stay, date: '2024-06-02' }])).toMatchObject({ code: 'PRIOR_CLAIM_AFTER_BILL', field: ['input', 'priorClaims', '1', 'date'] });
    const sameDay = await server.gql(ESTIMATE, { input: { ...base, priorClaims: [{ ...stay, date: base.date }] } });
    expect(sameDay.body.data.estimateSettlement.deductible).toBe('320.00');
  });

  it(`refuses more than ${MAX_PRIOR_CLAIMS} earlier bills with a code, and takes ${MAX_PRIOR_CLAIMS}`, async () => {
    const outpatient = { visitType: 'OUTPATIENT', date: '2024-01-02', institutionLevel: 'PRIMARY', items: [item('10.00')] };
    expect(await refusal(Array(MAX_PRIOR_CLAIMS + 1).fill(outpatient))).toMatchObject({ code: 'TOO_MANY_PRIOR_CLAIMS', field: ['input', 'priorClaims'] });
    const res = await server.gql(ESTIMATE_YEAR, { input: { ...base, priorClaims: Array(MAX_PRIOR_CLAIMS).fill(outpatient) } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.estimateYear.totals.claimCount).toBe(MAX_PRIOR_CLAIMS + 1);
    // 100 × 10.00 = 1,000 of outpatient policy amount: the window opens at 200, 800 paid at 65% = 520; the stay
    // (first of the year at 二级): 9,600 × 94% = 9,024.
    expect(res.body.data.estimateYear.totals.basicPoolPayment).toBe('9544.00');
  });

  it('with no priorClaims (or an empty list) settles the bill as the first of the year', async () => {
    for (const priorClaims of [undefined, null, []]) {
      const res = await server.gql(ESTIMATE_YEAR, { input: { ...base, priorClaims } });
      const y = res.body.data.estimateYear;
      expect(y.settlements).toHaveLength(1);
      expect(y.settlements[0]).toMatchObject({ deductible: '400.00', basicPoolPayment: '9024.00' });
      expect(y.settlements[0].trace.some((t: any) => t.ruleId === PRIOR_CLAIMS_RULE)).toBe(false);
      expect(y.priorClaimOrder).toEqual([]);
    }
  });

  it('compareSettlement settles each level after the earlier bills too', async () => {
    const res = await server.gql(
      `query($input: SettlementInput!) { compareSettlement(input: $input, levels: [SECONDARY, TERTIARY_A]) { level settlement { deductible } } }`,
      { input: { ...base, priorClaims: [stay, stay] } },
    );
    expect(res.body.errors).toBeUndefined();
    // The third stay: 60% of 400 and of 1,000.
    expect(res.body.data.compareSettlement.map((c: any) => [c.level, c.settlement.deductible])).toEqual([['SECONDARY', '240.00'], ['TERTIARY_A', '600.00']]);
  });
});
