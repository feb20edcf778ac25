/**
 * Retired cadres (离休干部, Scheme RETIRED_CADRE), worked by hand from 000 §七2:
 * LZ-RC-IP (stays 实报实销), LZ-RC-OP (quota 3,000 / 4,000, 结余归己, 超额次年报销),
 * LZ-RC-OP-PREFECTURE (地级: outpatient in full), LZ-RC-CHECKUP (1,100 / 1,530 after a year
 * without a stay) and LZ-RC-AWARD (1,000 for a year without a stay, outpatient within the quota).
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle, type SettlementInput } from '../../src/engine';
import { retiredCadreEntitlements } from '../../src/engine/lanzhou/retiredCadre';
import { LANZHOU_2024 } from '../../src/policy';
import { A, B, S, errorOf, fen } from './helpers';

const cadre = (over: Partial<SettlementInput> = {}): SettlementInput => ({
  city: 'LANZHOU', scheme: 'RETIRED_CADRE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
  person: {}, items: [A(1_000)], ...over,
});

describe('LZ-RC-IP: stays and day surgery, policy amount in full, no deductible (000 §七2(3))', () => {
  it('TERTIARY_A stay: 甲 20,000 + 乙 10,000 + 自费 2,000 → the fund pays the policy amount 29,000', () => {
    const r = settle(cadre({ items: [A(20_000), B(10_000), S(2_000)] }));
    expect(r.policyAmount).toBe(fen(29_000));
    expect(r.deductible).toBe(0);
    expect(r.basicPoolPayment).toBe(fen(29_000));
    expect(r.largeAmountPayment).toBe(0);
    expect(r.personalPayment).toBe(fen(3_000)); // 乙类 10% + 自费
    expect(r.accumulatorDelta[ACC.stays]).toBe(1);
    expect(r.lines.every((l) => l.ruleId === 'LZ-RC-IP')).toBe(true);
    expect(r.trace.find((t) => t.ruleId === 'LZ-RC-IP')?.clause).toBe('000 §七2');
  });

  it('the third stay of the year: still no deductible', () => {
    expect(settle(cadre({ items: [A(5_000)] }), { [ACC.stays]: 2 }).basicPoolPayment).toBe(fen(5_000));
  });

  it('day surgery: in full, not a stay', () => {
    const r = settle(cadre({ visitType: 'DAY_SURGERY', items: [A(8_000)] }));
    expect(r.basicPoolPayment).toBe(fen(8_000));
    expect(r.accumulatorDelta[ACC.stays]).toBeUndefined();
  });

  it('no medical assistance on top (their own fund)', () => {
    const r = settle(cadre({ items: [A(1_000), S(500)], person: { assistanceCategory: 'EXTREME_POVERTY' } }));
    expect(r.assistancePayment).toBe(0);
    expect(r.personalPayment).toBe(fen(500));
  });
});

describe('LZ-RC-OP: the outpatient quota (000 §七2(2))', () => {
  const op = (items = [A(2_000)], person = {}) => cadre({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', items, person });

  it('3,000 a year: a first visit of 2,000 is paid in full from the quota', () => {
    const r = settle(op());
    expect(r.basicPoolPayment).toBe(fen(2_000));
    expect(r.accumulatorDelta[ACC.retiredCadreOutpatientPaid]).toBe(fen(2_000));
    expect(r.accumulatorDelta[ACC.retiredCadreOutpatientExcess]).toBeUndefined();
  });

  it('with 2,000 used, a visit of 1,500 gets 1,000; 500 is personal now and reimbursed next year', () => {
    const r = settle(op([A(1_500)]), { [ACC.retiredCadreOutpatientPaid]: fen(2_000) });
    expect(r.basicPoolPayment).toBe(fen(1_000));
    expect(r.personalPayment).toBe(fen(500));
    expect(r.accumulatorDelta[ACC.retiredCadreOutpatientExcess]).toBe(fen(500));
    expect(r.lines[0].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(3_000) });
  });

  it('老红军 / 抗战时期: 4,000; with 3,000 used, 1,500 gets 1,000', () => {
    const r = settle(op([A(1_500)], { retiredCadreWartime: true }), { [ACC.retiredCadreOutpatientPaid]: fen(3_000) });
    expect(r.basicPoolPayment).toBe(fen(1_000));
    expect(r.accumulatorDelta[ACC.retiredCadreOutpatientExcess]).toBe(fen(500));
  });

  it('乙类 10% and self-pay stay personal; outpatient negotiated drugs count in the quota', () => {
    const r = settle(op([B(1_000), S(100), A(400, { negotiatedDrug: true })]));
    expect(r.policyAmount).toBe(fen(1_300));
    expect(r.basicPoolPayment).toBe(fen(1_300));
    expect(r.personalPayment).toBe(fen(200));
  });

  it('地级 cadres (LZ-RC-OP-PREFECTURE): outpatient policy amount in full, no quota', () => {
    const r = settle(op([A(5_000), B(1_000)], { retiredCadrePrefectureLevel: true }), { [ACC.retiredCadreOutpatientPaid]: fen(3_000) });
    expect(r.basicPoolPayment).toBe(fen(5_900));
    expect(r.lines[0].ruleId).toBe('LZ-RC-OP-PREFECTURE');
  });

  it('chronic outpatient is no visit type of theirs', () => {
    expect(errorOf(() => settle(cadre({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-EC-15'] }))).code).toBe('VISIT_TYPE_NOT_OPEN');
  });
});

describe('refusals', () => {
  it('Jining has no retired-cadre rules: SCHEME_NOT_AVAILABLE', () => {
    expect(errorOf(() => settle(cadre({ city: 'JINING', institutionLevel: 'SECONDARY' }))).code).toBe('SCHEME_NOT_AVAILABLE');
  });

  it('cadre flags on an employee: INPUT_NOT_APPLICABLE', () => {
    const e = errorOf(() => settle({ ...cadre(), scheme: 'EMPLOYEE', person: { employeeCategory: 'ENTERPRISE', retiredCadreWartime: true } }));
    expect(e.code).toBe('INPUT_NOT_APPLICABLE');
    expect(e.field).toEqual(['person', 'retiredCadreWartime']);
  });
});

describe('LZ-RC-CHECKUP and LZ-RC-AWARD (000 §七2(1)(4))', () => {
  const p = LANZHOU_2024.parameters;

  it('a woman with no stay last year: 1,530; no stay this year and 2,500 outpatient within 3,000: award 1,000', () => {
    const e = retiredCadreEntitlements(p, {}, 'FEMALE', 2024,
      { [ACC.retiredCadreOutpatientPaid]: fen(2_500), [ACC.retiredCadreOutpatientPolicy]: fen(2_500) },
      { [ACC.retiredCadreOutpatientExcess]: fen(300) });
    expect(e).toMatchObject({
      checkupSubsidyFen: fen(1_530), healthAwardFen: fen(1_000), outpatientQuotaFen: fen(3_000),
      outpatientQuotaUsedFen: fen(2_500), outpatientQuotaBalanceFen: fen(500), excessReimbursedFromPreviousYearFen: fen(300),
    });
  });

  it('a man: 1,100; a stay last year: none', () => {
    expect(retiredCadreEntitlements(p, {}, 'MALE', 2024, {}, {}).checkupSubsidyFen).toBe(fen(1_100));
    expect(retiredCadreEntitlements(p, {}, 'MALE', 2024, {}, { [ACC.stays]: 1 }).checkupSubsidyFen).toBe(0);
    expect(retiredCadreEntitlements(p, {}, null, 2024, {}, {}).checkupSubsidyFen).toBeNull();
  });

  it('no award after a stay this year, or outpatient above the quota (3,200 > 3,000; within 4,000 for 老红军)', () => {
    expect(retiredCadreEntitlements(p, {}, 'MALE', 2024, { [ACC.stays]: 1 }, {}).healthAwardFen).toBe(0);
    const over = { [ACC.retiredCadreOutpatientPaid]: fen(3_000), [ACC.retiredCadreOutpatientPolicy]: fen(3_200), [ACC.retiredCadreOutpatientExcess]: fen(200) };
    expect(retiredCadreEntitlements(p, {}, 'MALE', 2024, over, {})).toMatchObject({ healthAwardFen: 0, outpatientExcessFen: fen(200) });
    expect(retiredCadreEntitlements(p, { retiredCadreWartime: true }, 'MALE', 2024, over, {}).healthAwardFen).toBe(fen(1_000));
  });

  it('地级: no quota, outpatient paid in full', () => {
    expect(retiredCadreEntitlements(p, { retiredCadrePrefectureLevel: true }, 'MALE', 2024, {}, {}).outpatientQuotaFen).toBe(0);
  });
});

describe('the trace in Chinese names the same amounts', () => {
  const amounts = (text: string) => [...text.matchAll(/\d+\.\d{2}/g)].map((m) => m[0]);
  it.each<[string, SettlementInput]>([
    ['stay', cadre({ items: [A(20_000), B(10_000)] })],
    ['outpatient above the quota', cadre({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', items: [A(3_500)], person: { retiredCadreWartime: true } })],
    ['地级 outpatient', cadre({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', items: [A(3_500)], person: { retiredCadrePrefectureLevel: true } })],
  ])('%s', (_name, input) => {
    for (const step of settle(input).trace) {
      expect(step.messageZh, step.ruleId).toMatch(/\p{Script=Han}/u);
      expect(amounts(step.messageZh!), step.ruleId).toEqual(amounts(step.message));
    }
  });
});
