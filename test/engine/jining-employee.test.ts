/**
 * Jining employees (pack jining-2024, source 004 §二(一), §三3③, §四7), worked by hand from the
 * handbook: JN-SCOPE, JN-E-IP (n-th stay, tumour, mental illness, TCM hospital and items, the
 * 200,000 cap), JN-E-LARGE, JN-E-CRIT, JN-E-OP (top-up deductible 累计补差, caps, the 1,000
 * extension), JN-CHRONIC for employees, JN-REMOTE.
 */
import { describe, expect, it } from 'vitest';
import { ACC, addAccumulators, settle, type Accumulators, type SettlementInput } from '../../src/engine';
import { A, B, S, errorOf, fen } from './helpers';

function claim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'JINING', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
    person: { employeeCategory: 'ENTERPRISE' }, items: [A(1000)], ...over,
  };
}

const rules = (r: ReturnType<typeof settle>) => new Set(r.trace.map((t) => t.ruleId));

describe('JN-SCOPE', () => {
  it('class B counts in full, flagged as the pack default; self-pay is out', () => {
    const r = settle(claim({ items: [A(20000), B(10000), S(2000)] }));
    expect(r.totalAmount).toBe(fen(32000));
    expect(r.fullSelfPayAmount).toBe(fen(2000));
    expect(r.preSelfPayAmount).toBe(0);
    expect(r.policyAmount).toBe(fen(30000));
    expect(r.trace.find((t) => t.ruleId === 'JN-SCOPE')?.message).toMatch(/pack default, not in the source/);
    expect(r.policyPack).toBe('jining-2024');
  });
});

describe('JN-E-IP stays', () => {
  it('first stay at a tertiary hospital: 600 deductible, 85% (active)', () => {
    // 30,000 − 600 = 29,400 × 85% = 24,990; personal 32,000 − 24,990 = 7,010.
    const r = settle(claim({ items: [A(20000), B(10000), S(2000)] }));
    expect(r.deductible).toBe(fen(600));
    expect(r.basicPoolPayment).toBe(fen(24990));
    expect(r.personalPayment).toBe(fen(7010));
    // burden 30,000 − 24,990 = 5,010 is under the 20,000 threshold of JN-E-CRIT
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.accumulatorDelta).toEqual({ [ACC.stays]: 1, [ACC.employeeStayPaid]: fen(24990), [ACC.criticalBase]: fen(5010) });
    expect(rules(r)).toEqual(new Set(['JN-SCOPE', 'JN-E-IP', 'JN-E-CRIT']));
  });

  it('the second stay of the year pays half the deductible, from the third none', () => {
    // second, secondary: 500 × 50% = 250; 9,750 × 85% = 8,287.50
    const second = settle(claim({ institutionLevel: 'SECONDARY', items: [A(10000)] }), { [ACC.stays]: 1 });
    expect(second.deductible).toBe(fen(250));
    expect(second.basicPoolPayment).toBe(fen(8287.5));
    // third, primary: no deductible; 10,000 × 90% (active) = 9,000, retired 95% = 9,500
    const third = settle(claim({ institutionLevel: 'PRIMARY', items: [A(10000)] }), { [ACC.stays]: 2 });
    expect(third.deductible).toBe(0);
    expect(third.basicPoolPayment).toBe(fen(9000));
    const retired = settle(claim({ institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE', retired: true }, items: [A(10000)] }), { [ACC.stays]: 5 });
    expect(retired.basicPoolPayment).toBe(fen(9500));
  });

  it('a tertiary hospital of either grade is priced as 三级医院', () => {
    for (const level of ['TERTIARY', 'TERTIARY_B', 'TERTIARY_A'] as const) {
      expect(settle(claim({ institutionLevel: level, items: [A(10000)] })).basicPoolPayment).toBe(fen(7990)); // (10,000 − 600) × 85%
    }
  });

  it('a TCM hospital takes 100 off the deductible before the second-stay half', () => {
    // (600 − 100) × 50% = 250; 4,750 × 85% = 4,037.50
    const r = settle(claim({ tcmHospital: true, items: [A(5000)] }), { [ACC.stays]: 1 });
    expect(r.deductible).toBe(fen(250));
    expect(r.basicPoolPayment).toBe(fen(4037.5));
  });

  it('TCM items are paid 10 points more, at most 100%', () => {
    // retired, tertiary: deductible 600 from regular items: 9,400 × 90% = 8,460; TCM 2,000 × 100% = 2,000
    const r = settle(claim({ person: { employeeCategory: 'ENTERPRISE', retired: true }, items: [A(10000), B(2000, { tcm: true })] }));
    expect(r.basicPoolPayment).toBe(fen(10460));
    expect(r.lines.map((l) => [l.rateBp, l.amountFen])).toEqual([[9000, fen(8460)], [10000, fen(2000)]]);
    // retired at primary: 95% + 10 = 105% capped at 100%
    const primary = settle(claim({ institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE', retired: true }, items: [A(1000, { tcm: true })] }), { [ACC.stays]: 2 });
    expect(primary.basicPoolPayment).toBe(fen(1000));
  });

  it('a malignant tumour bears the deductible at its first stay of the year only', () => {
    // first tumour stay, second stay overall: 600 × 50% = 300; 9,700 × 85% = 8,245
    const first = settle(claim({ condition: 'MALIGNANT_TUMOUR', items: [A(10000)] }), { [ACC.stays]: 1 });
    expect(first.deductible).toBe(fen(300));
    expect(first.basicPoolPayment).toBe(fen(8245));
    expect(first.accumulatorDelta[ACC.tumourStays]).toBe(1);
    // the second tumour stay (the second stay overall): no deductible, 10,000 × 85%
    const again = settle(claim({ condition: 'MALIGNANT_TUMOUR', items: [A(10000)] }), { [ACC.stays]: 1, [ACC.tumourStays]: 1 });
    expect(again.deductible).toBe(0);
    expect(again.basicPoolPayment).toBe(fen(8500));
  });

  it('a mental illness stay has no deductible', () => {
    const r = settle(claim({ institutionLevel: 'SECONDARY', condition: 'MENTAL_ILLNESS', items: [A(10000)] }));
    expect(r.deductible).toBe(0);
    expect(r.basicPoolPayment).toBe(fen(8500));
  });
});

describe('JN-E-IP cap, JN-E-LARGE, JN-E-CRIT', () => {
  it('beyond the 200,000 payment cap large-amount insurance pays 90%, then critical illness 80% of the burden', () => {
    // 850 of the cap left covers 1,000 at 85%; large amount 19,000 × 90% = 17,100;
    // burden 20,000 − 850 − 17,100 = 2,050, all above 20,000 on the year's position: 80% = 1,640
    const acc: Accumulators = { [ACC.stays]: 2, [ACC.employeeStayPaid]: fen(199150), [ACC.criticalBase]: fen(30000) };
    const r = settle(claim({ items: [A(20000)] }), acc);
    expect(r.basicPoolPayment).toBe(fen(850));
    // the employee 大病 layer is paid by 职工大额医疗费用补助 (004 §二(一)4): 17,100 + 1,640 in largeAmountPayment
    expect(r.largeAmountPayment).toBe(fen(17100 + 1640));
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.lines.find((l) => l.ruleId === 'JN-E-CRIT')).toMatchObject({ layer: 'LARGE_AMOUNT', amountFen: fen(1640) });
    expect(r.personalPayment).toBe(fen(410));
    expect(r.lines.find((l) => l.ruleId === 'JN-E-IP')?.boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(200000) });
    expect(rules(r)).toContain('JN-E-LARGE');
  });

  it('large-amount insurance pays at most 500,000 a year', () => {
    const acc: Accumulators = { [ACC.stays]: 2, [ACC.employeeStayPaid]: fen(200000), [ACC.largeAmountPaid]: fen(499900) };
    const r = settle(claim({ items: [A(1000)] }), acc);
    expect(r.basicPoolPayment).toBe(0);
    expect(r.largeAmountPayment).toBe(fen(100));
    expect(r.personalPayment).toBe(fen(900));
  });

  it('critical illness pays 80% of the burden above 20,000 on the year\'s position', () => {
    // deductible 600, basic 9,400 × 85% = 7,990, burden 2,010 from 19,000 to 21,010: 1,010 × 80% = 808
    const r = settle(claim({ items: [A(10000)] }), { [ACC.criticalBase]: fen(19000) });
    expect(r.largeAmountPayment).toBe(fen(808));
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.lines.find((l) => l.ruleId === 'JN-E-CRIT')?.band).toEqual({ fromFen: fen(20000), toFen: fen(21010) });
    expect(r.accumulatorDelta[ACC.criticalPaid]).toBe(fen(808));
  });

  it('critical illness pays at most 400,000 a year', () => {
    const r = settle(claim({ items: [A(10000)] }), { [ACC.criticalBase]: fen(50000), [ACC.criticalPaid]: fen(399900) });
    expect(r.largeAmountPayment).toBe(fen(100));
  });
});

describe('JN-E-OP outpatient, 累计补差', () => {
  const op = (level: SettlementInput['institutionLevel'], yuan: number, retired = false) =>
    claim({ visitType: 'OUTPATIENT', institutionLevel: level, person: { employeeCategory: 'ENTERPRISE', retired }, items: [A(yuan)] });

  it('the deductible is topped up when a higher level is used, never charged twice', () => {
    // primary: 100 deductible, 50 × 80% = 40
    const v1 = settle(op('PRIMARY', 150));
    expect([v1.deductible, v1.basicPoolPayment]).toEqual([fen(100), fen(40)]);
    let acc = addAccumulators({}, v1.accumulatorDelta);
    // tertiary: top-up 300 − 100 = 200, then 300 × 60% = 180
    const v2 = settle(op('TERTIARY_A', 500), acc);
    expect([v2.deductible, v2.basicPoolPayment]).toEqual([fen(200), fen(180)]);
    acc = addAccumulators(acc, v2.accumulatorDelta);
    // back at primary: the year's 300 is borne, 100 × 80% = 80
    const v3 = settle(op('PRIMARY', 100), acc);
    expect([v3.deductible, v3.basicPoolPayment]).toEqual([0, fen(80)]);
    acc = addAccumulators(acc, v3.accumulatorDelta);
    expect(acc[ACC.employeeOutpatientDeductible]).toBe(fen(300));
    expect(acc[ACC.employeeOutpatientPaid]).toBe(fen(300));
  });

  it('primary then secondary tops up 100; retired rates 85 / 75 / 65%', () => {
    const r = settle(op('SECONDARY', 150), { [ACC.employeeOutpatientDeductible]: fen(100) });
    expect([r.deductible, r.basicPoolPayment]).toEqual([fen(100), fen(35)]); // 50 × 70%
    const retired = settle(op('TERTIARY', 1300, true), { [ACC.employeeOutpatientDeductible]: fen(300) });
    expect(retired.basicPoolPayment).toBe(fen(845)); // 1,300 × 65%
  });

  it('beyond the 4,500 retired cap large-amount insurance pays at the same rate', () => {
    // 85 of the cap left covers 100 at 85%; the other 900 × 85% = 765 from large amount
    const r = settle(op('PRIMARY', 1000, true), { [ACC.employeeOutpatientDeductible]: fen(300), [ACC.employeeOutpatientPaid]: fen(4415) });
    expect(r.basicPoolPayment).toBe(fen(85));
    expect(r.largeAmountPayment).toBe(fen(765));
    expect(r.personalPayment).toBe(fen(150));
    expect(r.lines.filter((l) => l.ruleId === 'JN-E-OP').map((l) => l.layer)).toEqual(['BASIC', 'LARGE_AMOUNT']);
    expect(r.accumulatorDelta[ACC.largeAmountOutpatientPaid]).toBe(fen(765));
  });

  it('the active cap is 3,500 and the extension pays at most 1,000 a year', () => {
    const r = settle(op('TERTIARY', 1000), {
      [ACC.employeeOutpatientDeductible]: fen(300), [ACC.employeeOutpatientPaid]: fen(3500), [ACC.largeAmountOutpatientPaid]: fen(950),
    });
    expect(r.basicPoolPayment).toBe(0);
    expect(r.largeAmountPayment).toBe(fen(50)); // 600 due, 50 left of 1,000
    expect(r.criticalIllnessPayment).toBe(0); // outpatient is outside JN-E-CRIT
  });
});

describe('JN-CHRONIC for employees', () => {
  const chronic = (cls: 'A' | 'B', yuan: number, over: Partial<SettlementInput> = {}) =>
    claim({ visitType: 'CHRONIC_OUTPATIENT', chronicClass: cls, items: [A(yuan)], ...over });

  it('class A: 1,000 deductible a year, carried across visits, then 85%', () => {
    const first = settle(chronic('A', 3000));
    expect([first.deductible, first.basicPoolPayment]).toEqual([fen(1000), fen(1700)]); // 2,000 × 85%
    const next = settle(chronic('A', 500), addAccumulators({}, first.accumulatorDelta));
    expect([next.deductible, next.basicPoolPayment]).toEqual([0, fen(425)]);
    expect(first.accumulatorDelta[ACC.employeeStayPaid]).toBe(fen(1700)); // shares the stay cap
  });

  it('class B 75%; 900 at a TCM institution, topped up to 1,000 elsewhere; none for uremia', () => {
    const tcm = settle(chronic('B', 1000, { tcmHospital: true }));
    expect([tcm.deductible, tcm.basicPoolPayment]).toEqual([fen(900), fen(75)]);
    const topUp = settle(chronic('A', 500), { [ACC.chronicDeductible]: fen(900) });
    expect([topUp.deductible, topUp.basicPoolPayment]).toEqual([fen(100), fen(340)]);
    const uremia = settle(chronic('A', 1000, { condition: 'UREMIA' }));
    expect([uremia.deductible, uremia.basicPoolPayment]).toEqual([0, fen(850)]);
  });

  it('the 200,000 cap is shared with stays, then large amount pays 90%', () => {
    const r = settle(chronic('A', 10000), { [ACC.chronicDeductible]: fen(1000), [ACC.employeeStayPaid]: fen(199150) });
    expect(r.basicPoolPayment).toBe(fen(850));
    expect(r.largeAmountPayment).toBe(fen(8100));
    expect(rules(r)).toEqual(new Set(['JN-SCOPE', 'JN-CHRONIC', 'JN-E-LARGE', 'JN-E-CRIT']));
  });
});

describe('JN-REMOTE for employees', () => {
  it('temporary care: the employee pre-pays 10% of the policy amount', () => {
    // 10,000 − 1,000 pre-paid = 9,000; − 600 = 8,400 × 85% = 7,140
    const r = settle(claim({ items: [A(10000)], remote: { crossProvince: true, filing: 'REFERRAL' } }));
    expect(r.preSelfPayAmount).toBe(fen(1000));
    expect(r.policyAmount).toBe(fen(9000));
    expect(r.basicPoolPayment).toBe(fen(7140));
    expect(rules(r)).toContain('JN-REMOTE');
    // general outpatient too: 900 − 100 = 800 × 80%
    const op = settle(claim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(1000)], remote: { crossProvince: false } }));
    expect(op.basicPoolPayment).toBe(fen(640));
  });

  it('long-term filers settle as at home; a commitment-only filer back home without proof is temporary', () => {
    const home = settle(claim({ items: [A(10000)], remote: { crossProvince: true, filing: 'RELOCATED_RETIREE' } }));
    expect(home.basicPoolPayment).toBe(fen(7990));
    const back = settle(claim({ items: [A(10000)], remote: { crossProvince: false, filing: 'LONG_TERM_RESIDENT', filedByCommitmentWithoutProof: true } }));
    expect(back.basicPoolPayment).toBe(fen(7140));
  });
});

describe('Jining employee validation', () => {
  it('refuses visit types and levels the handbook does not price', () => {
    expect(errorOf(() => settle(claim({ visitType: 'DAY_SURGERY' }))).code).toBe('VISIT_TYPE_NOT_OPEN');
    expect(errorOf(() => settle(claim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['DIABETES'] }))).code).toBe('VISIT_TYPE_NOT_OPEN');
    expect(errorOf(() => settle(claim({ visitType: 'OUTPATIENT', institutionLevel: 'PHARMACY' }))).code).toBe('LEVEL_NOT_ALLOWED');
    expect(errorOf(() => settle(claim({ institutionLevel: 'UNRATED' }))).field).toEqual(['institutionLevel']);
  });

  it('a chronic claim needs the class, not codes; a birth subsidy is not an employee benefit', () => {
    expect(errorOf(() => settle(claim({ visitType: 'CHRONIC_OUTPATIENT' }))).field).toEqual(['chronicClass']);
    expect(errorOf(() => settle(claim({ visitType: 'CHRONIC_OUTPATIENT', chronicClass: 'A', chronicDiseaseCodes: ['X'] }))).code).toBe('DISEASE_NOT_APPLICABLE');
    expect(errorOf(() => settle(claim({ childOrder: 1 })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['childOrder'] });
    expect(errorOf(() => settle(claim({ chronicClass: 'B' })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['chronicClass'] });
  });

  it('an employee accident settles by the ordinary rule, and the trace says so', () => {
    const r = settle(claim({ accident: true, items: [A(10000)] }));
    expect(r.basicPoolPayment).toBe(fen(7990));
    expect(rules(r)).toContain('JN-R-ACCIDENT');
  });
});
