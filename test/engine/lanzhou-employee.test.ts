/**
 * Lanzhou employee rules (settlement-rules.md §1, 职工): stays, bands, ceiling, large amount,
 * day surgery, general outpatient window, chronic outpatient with overflow, negotiated drugs.
 * Every expected amount is worked out by hand from the sources (000, 001).
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle, type SettlementResult } from '../../src/engine';
import { A, B, S, employeeClaim, fen } from './helpers';

const ruleIds = (r: SettlementResult) => new Set(r.trace.map((t) => t.ruleId));

describe('worked example 1 (settlement-rules.md §4)', () => {
  it('enterprise, active, first stay at TERTIARY_A: basic 26,840.00, personal 5,160.00', () => {
    const r = settle(employeeClaim({ items: [A(20_000), B(10_000), S(2_000)] }));
    expect(r.totalAmount).toBe(fen(32_000));
    expect(r.fullSelfPayAmount).toBe(fen(2_000));
    expect(r.preSelfPayAmount).toBe(fen(1_000));
    expect(r.policyAmount).toBe(fen(29_000));
    expect(r.deductible).toBe(fen(1_000));
    expect(r.basicPoolPayment).toBe(fen(26_840));
    expect(r.personalPayment).toBe(fen(5_160));
    expect(r.cashPayment).toBe(fen(5_160));
    expect(r.personalAccountPayment).toBe(0);
    expect(r.lines.map((l) => [l.rateBp, l.baseFen, l.amountFen])).toEqual([
      [9400, fen(10_000), fen(9_400)], [9600, fen(10_000), fen(9_600)], [9800, fen(8_000), fen(7_840)],
    ]);
    expect(r.policyPack).toBe('lanzhou-2024');
    expect(r.accumulatorDelta).toMatchObject({ [ACC.stays]: 1, [ACC.employeeStayEligible]: fen(28_000) });
  });
});

describe('LZ-E-IP-DED: n-th stay of the year', () => {
  // TERTIARY_A deductible 1,000; class A 5,000, first band 94%
  it.each([
    [0, 1_000, 3_760],   // (5,000 − 1,000) × 94%
    [1, 800, 3_948],     // (5,000 − 800) × 94%
    [2, 600, 4_136],
    [3, 500, 4_230],
    [7, 500, 4_230],     // floor 50%
  ])('after %i stays the deductible is %i', (stays, deductible, basic) => {
    const r = settle(employeeClaim({ items: [A(5_000)] }), { [ACC.stays]: stays });
    expect(r.deductible).toBe(fen(deductible));
    expect(r.basicPoolPayment).toBe(fen(basic));
    expect(r.trace.find((t) => t.ruleId === 'LZ-E-IP-DED')?.clause).toBe('000 §二(二)1(4)');
  });

  it('uses the level deductible: PRIMARY 200, SECONDARY 400, TERTIARY_B 600', () => {
    expect(settle(employeeClaim({ institutionLevel: 'PRIMARY' })).deductible).toBe(fen(200));
    expect(settle(employeeClaim({ institutionLevel: 'SECONDARY' })).deductible).toBe(fen(400));
    expect(settle(employeeClaim({ institutionLevel: 'TERTIARY_B' })).deductible).toBe(fen(600));
  });

  it('never deducts more than the policy amount', () => {
    const r = settle(employeeClaim({ items: [A(300)] }));
    expect(r.deductible).toBe(fen(300));
    expect(r.basicPoolPayment).toBe(0);
    expect(r.personalPayment).toBe(fen(300));
  });
});

describe('LZ-E-IP-BANDS: band edges and positions', () => {
  const stay = (eligible: number) => employeeClaim({ institutionLevel: 'PRIMARY', items: [A(eligible + 200)] });

  it('eligible exactly 10,000 stays in the first band', () => {
    const r = settle(stay(10_000));
    expect(r.lines).toHaveLength(1);
    expect(r.basicPoolPayment).toBe(fen(9_400));
  });

  it('eligible exactly 20,000 fills two bands', () => {
    expect(settle(stay(20_000)).basicPoolPayment).toBe(fen(19_000)); // 9,400 + 9,600
  });

  it('eligible exactly 60,000 fills all three bands and nothing is left for large amount', () => {
    const r = settle(stay(60_000));
    expect(r.basicPoolPayment).toBe(fen(58_200)); // 9,400 + 9,600 + 40,000 × 98%
    expect(r.largeAmountPayment).toBe(0);
  });

  it('a claim crossing bands from a non-zero position (8,000 → 23,000)', () => {
    const acc = { [ACC.employeeStayEligible]: fen(8_000) };
    const r = settle(stay(15_000), acc);
    // 2,000 × 94% + 10,000 × 96% + 3,000 × 98% = 1,880 + 9,600 + 2,940
    expect(r.basicPoolPayment).toBe(fen(14_420));
    expect(r.lines.map((l) => l.band)).toEqual([
      { fromFen: fen(8_000), toFen: fen(10_000) }, { fromFen: fen(10_000), toFen: fen(20_000) }, { fromFen: fen(20_000), toFen: fen(23_000) },
    ]);
    const retired = settle({ ...stay(15_000), person: { employeeCategory: 'ENTERPRISE', retired: true } }, acc);
    // 2,000 × 95% + 10,000 × 97% + 3,000 × 99% = 1,900 + 9,700 + 2,970
    expect(retired.basicPoolPayment).toBe(fen(14_570));
  });
});

describe('LZ-E-IP-CEILING and LZ-E-LARGE', () => {
  const stay = (category: 'ENTERPRISE' | 'PUBLIC_SECTOR' | 'FLEXIBLE' | 'UNEMPLOYED') =>
    employeeClaim({ institutionLevel: 'PRIMARY', person: { employeeCategory: category }, items: [A(20_200)] });
  const acc = { [ACC.employeeStayEligible]: fen(50_000) };

  it('pays 98% up to 60,000 and large-amount 95% above it', () => {
    const r = settle(stay('ENTERPRISE'), acc);
    expect(r.basicPoolPayment).toBe(fen(9_800));   // 10,000 × 98%
    expect(r.largeAmountPayment).toBe(fen(9_500)); // 10,000 × 95%
    expect(r.personalPayment).toBe(fen(900));      // 200 deductible + 200 + 500
    const basicLine = r.lines.find((l) => l.ruleId === 'LZ-E-IP-BANDS');
    expect(basicLine?.boundBy).toEqual({ kind: 'COST_CEILING', name: expect.any(String), amountFen: fen(60_000) });
    expect(r.lines.find((l) => l.ruleId === 'LZ-E-LARGE')).toMatchObject({ layer: 'LARGE_AMOUNT', baseFen: fen(10_000), rateBp: 9500 });
  });

  it.each(['FLEXIBLE', 'UNEMPLOYED'] as const)('%s members have large-amount insurance too', (category) => {
    expect(settle(stay(category), acc).largeAmountPayment).toBe(fen(9_500));
  });

  it('PUBLIC_SECTOR members have no large-amount layer: the part above 60,000 stays personal', () => {
    const r = settle(stay('PUBLIC_SECTOR'), acc);
    expect(r.basicPoolPayment).toBe(fen(9_800));
    expect(r.largeAmountPayment).toBe(0);
    expect(r.personalPayment).toBe(fen(10_400));
    expect(r.trace.find((t) => t.ruleId === 'LZ-E-LARGE')?.message).toMatch(/PUBLIC_SECTOR/);
  });

  it('a position already beyond 60,000 goes wholly to large amount', () => {
    const r = settle(employeeClaim({ institutionLevel: 'PRIMARY', items: [A(1_200)] }), { [ACC.employeeStayEligible]: fen(70_000) });
    expect(r.basicPoolPayment).toBe(0);
    expect(r.largeAmountPayment).toBe(fen(950));
  });
});

describe('LZ-E-DAY: day surgery', () => {
  it('has its own deductible, is not a stay, and joins the stay bands', () => {
    const r = settle(employeeClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'TERTIARY_B', items: [A(3_500)] }), { [ACC.stays]: 2 });
    expect(r.deductible).toBe(fen(500));               // never reduced
    expect(r.basicPoolPayment).toBe(fen(2_820));       // 3,000 × 94%
    expect(r.accumulatorDelta[ACC.stays]).toBeUndefined();
    expect(r.accumulatorDelta[ACC.employeeStayEligible]).toBe(fen(3_000));
    expect(ruleIds(r)).toContain('LZ-E-DAY');
  });

  it('SECONDARY 200, TERTIARY_A 700', () => {
    expect(settle(employeeClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'SECONDARY' })).deductible).toBe(fen(200));
    expect(settle(employeeClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'TERTIARY_A' })).deductible).toBe(fen(700));
  });
});

describe('LZ-E-OP: general outpatient window 200-2,500', () => {
  const visit = (yuan: number, level: 'SECONDARY' | 'PRIMARY' | 'PHARMACY' | 'TERTIARY' = 'SECONDARY', person = {}) =>
    employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: level, items: [A(yuan)], person: { employeeCategory: 'ENTERPRISE', ...person } });

  it('two visits: the first fills the deductible, the second tops it up and hits the ceiling', () => {
    const first = settle(visit(150));
    expect(first.deductible).toBe(fen(150));
    expect(first.basicPoolPayment).toBe(0);
    expect(first.accumulatorDelta[ACC.employeeOutpatientPolicy]).toBe(fen(150));

    const second = settle(visit(2_600), first.accumulatorDelta);
    // position 150 → 2,750: 50 tops up the deductible, 2,300 in the window at 60%, 250 beyond 2,500
    expect(second.deductible).toBe(fen(50));
    expect(second.basicPoolPayment).toBe(fen(1_380));
    expect(second.lines[0]).toMatchObject({ baseFen: fen(2_300), rateBp: 6000, boundBy: { kind: 'COST_CEILING', amountFen: fen(2_500) } });
  });

  it('rates by level and status', () => {
    expect(settle(visit(1_000, 'PRIMARY')).basicPoolPayment).toBe(fen(520));                     // 800 × 65%
    expect(settle(visit(1_000, 'PRIMARY', { retired: true })).basicPoolPayment).toBe(fen(560));  // 800 × 70%
    expect(settle(visit(1_000, 'PHARMACY', { retired: true })).basicPoolPayment).toBe(fen(560));
    expect(settle(visit(1_000, 'TERTIARY')).basicPoolPayment).toBe(fen(440));                    // 800 × 55%
    expect(settle(visit(1_000, 'TERTIARY', { retired: true })).basicPoolPayment).toBe(fen(480)); // 800 × 60%
  });

  // 001 第十六条 "退休人员（含灵活就业退休人员）": every retired member takes the retired rate.
  it.each(['FLEXIBLE', 'UNEMPLOYED', 'PUBLIC_SECTOR', 'ENTERPRISE'] as const)('retired %s members take the retired rate, active ones the active rate', (category) => {
    // window 200-2,500: 1,000 → 800 eligible; PRIMARY 70% retired, 65% active
    expect(settle(visit(1_000, 'PRIMARY', { employeeCategory: category, retired: true })).basicPoolPayment).toBe(fen(560));
    expect(settle(visit(1_000, 'PRIMARY', { employeeCategory: category })).basicPoolPayment).toBe(fen(520));
    // SECONDARY 65% retired: 1,300 → 1,100 × 65% = 715
    expect(settle(visit(1_300, 'SECONDARY', { employeeCategory: category, retired: true })).basicPoolPayment).toBe(fen(715));
  });

  it('is not counted against the stay ceiling', () => {
    const r = settle(visit(1_000));
    expect(r.accumulatorDelta[ACC.employeeStayEligible]).toBeUndefined();
  });
});

describe('LZ-E-CHRONIC and LZ-E-CHRONIC-OVERFLOW', () => {
  const chronic = (codes: string[], items = [A(1_000)], level: 'PRIMARY' | 'TERTIARY_A' = 'PRIMARY') =>
    employeeClaim({ visitType: 'CHRONIC_OUTPATIENT', institutionLevel: level, chronicDiseaseCodes: codes, items });

  it('70% with no deductible under the disease cap (LZ-EC-09 原发性高血压（有合并症者）, 3,400)', () => {
    const r = settle(chronic(['LZ-EC-09']));
    expect(r.basicPoolPayment).toBe(fen(700));
    expect(r.deductible).toBe(0);
    expect(r.accumulatorDelta[ACC.chronicPaid('LZ-EC-09')]).toBe(fen(700));
  });

  it('dialysis 90% and anti-rejection 80%, no cap', () => {
    expect(settle(chronic(['LZ-EC-06'], [A(100_000)])).basicPoolPayment).toBe(fen(90_000));
    expect(settle(chronic(['LZ-EC-05'], [A(100_000)])).basicPoolPayment).toBe(fen(80_000));
  });

  it('cap reached mid-claim: the uncovered cost overflows to the outpatient window', () => {
    const r = settle(chronic(['LZ-EC-09']), { [ACC.chronicPaid('LZ-EC-09')]: fen(3_000) });
    // 400 left of the cap covers 400 ÷ 70% = 571.43; 428.57 overflows: 200 deductible, 228.57 × 65% = 148.57
    expect(r.lines.map((l) => [l.ruleId, l.baseFen, l.amountFen])).toEqual([
      ['LZ-E-CHRONIC', fen(571.43), fen(400)],
      ['LZ-E-OP', fen(228.57), fen(148.57)],
    ]);
    expect(r.basicPoolPayment).toBe(fen(548.57));
    expect(r.deductible).toBe(fen(200));
    expect(r.accumulatorDelta[ACC.employeeOutpatientPolicy]).toBe(fen(428.57));
    expect(ruleIds(r)).toContain('LZ-E-CHRONIC-OVERFLOW');
  });

  it('two diseases share the higher cap plus 500 (4,100 + 500 = 4,600)', () => {
    const acc = { [ACC.chronicPaid('LZ-EC-09')]: fen(3_000), [ACC.chronicPaid('LZ-EC-08')]: fen(1_000) };
    const r = settle(chronic(['LZ-EC-08', 'LZ-EC-09'], [A(2_000)], 'TERTIARY_A'), acc);
    // 600 left covers 857.14; 1,142.86 overflows: 200 deductible, 942.86 × 55% = 518.57
    expect(r.lines[0]).toMatchObject({ amountFen: fen(600), boundBy: { kind: 'PAYMENT_CAP', amountFen: fen(4_600) } });
    expect(r.basicPoolPayment).toBe(fen(1_118.57));
    expect(r.accumulatorDelta[ACC.chronicPaid('LZ-EC-08')]).toBe(fen(600));
  });

  it('no cap when either of two diseases has none', () => {
    const r = settle(chronic(['LZ-EC-09', 'LZ-EC-06'], [A(10_000)]), { [ACC.chronicPaid('LZ-EC-09')]: fen(3_400) });
    expect(r.basicPoolPayment).toBe(fen(7_000));
  });
});

describe('LZ-E-NEGO-OP', () => {
  it('67.5% of the drug amount, no deductible', () => {
    const r = settle(employeeClaim({ visitType: 'NEGOTIATED_DRUG_OUTPATIENT', institutionLevel: 'TERTIARY_A', items: [B(1_000, { negotiatedDrug: true })] }));
    expect(r.policyAmount).toBe(fen(900));
    expect(r.basicPoolPayment).toBe(fen(675));
    expect(r.deductible).toBe(0);
  });

  it('a negotiated drug in a general outpatient visit settles outside the window', () => {
    const r = settle(employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', items: [A(300), B(1_000, { negotiatedDrug: true })] }));
    // window: 200 deductible, 100 × 60% = 60; drug 675
    expect(r.basicPoolPayment).toBe(fen(735));
    expect(r.accumulatorDelta[ACC.employeeOutpatientPolicy]).toBe(fen(300));
    expect(ruleIds(r)).toContain('LZ-E-NEGO-OP');
  });
});

describe('LZ-NEGO-IP', () => {
  it('a negotiated drug in an employee stay: 28% pre-self-pay, the rest joins the policy amount', () => {
    const r = settle(employeeClaim({ institutionLevel: 'PRIMARY', items: [A(1_200), B(1_000, { negotiatedDrug: true })] }));
    expect(r.preSelfPayAmount).toBe(fen(280));
    expect(r.policyAmount).toBe(fen(1_920));
    expect(r.basicPoolPayment).toBe(fen(1_616.80)); // (1,920 − 200) × 94%
  });
});
