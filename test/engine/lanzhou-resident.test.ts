/**
 * Lanzhou resident rules (settlement-rules.md §1, 城乡居民): outpatient, chronic, two-disease,
 * stays with continuity and TCM bonuses, the stay cap, major diseases, day surgery, TCM day
 * clinic, negotiated drugs. Amounts worked out by hand from source 000.
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle } from '../../src/engine';
import { A, B, residentClaim, fen } from './helpers';

describe('worked example 2 (settlement-rules.md §4)', () => {
  it('first stay at SECONDARY, first year: basic 7,990.00, critical illness 0', () => {
    const r = settle(residentClaim({ items: [A(8_000), B(2_000)] }));
    expect(r.policyAmount).toBe(fen(9_800));
    expect(r.deductible).toBe(fen(400));
    expect(r.basicPoolPayment).toBe(fen(7_990));
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.accumulatorDelta[ACC.criticalBase]).toBe(fen(1_810));
    expect(r.personalPayment).toBe(fen(2_010));
  });
});

describe('LZ-R-OP', () => {
  const op = (items = [A(100)], level: 'PRIMARY' | 'SECONDARY' = 'PRIMARY') => residentClaim({ visitType: 'OUTPATIENT', institutionLevel: level, items });

  it('70%, no deductible', () => {
    expect(settle(op()).basicPoolPayment).toBe(fen(70));
  });

  it('TCM items at 80% and the 130 cap reached mid-claim', () => {
    const r = settle(op([A(100), A(100, { tcm: true })]));
    expect(r.lines.map((l) => [l.ruleId, l.rateBp, l.amountFen])).toEqual([['LZ-R-OP', 7000, fen(70)], ['LZ-R-TCM', 8000, fen(60)]]);
    expect(r.lines[1].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(130) });
    expect(r.basicPoolPayment).toBe(fen(130));
  });

  it('the cap is annual across visits', () => {
    expect(settle(op(), { [ACC.residentOutpatientPaid]: fen(120) }).basicPoolPayment).toBe(fen(10));
  });

  it('is outside critical illness and assistance', () => {
    const r = settle({ ...op([A(1_000)]), person: { assistanceCategory: 'EXTREME_POVERTY' } });
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.assistancePayment).toBe(0);
  });
});

describe('LZ-R-CHRONIC', () => {
  it('dialysis 90% within its 70,000 cap', () => {
    const r = settle(residentClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-RC-07'], items: [A(10_000)] }));
    expect(r.basicPoolPayment).toBe(fen(9_000));
  });

  it('70% capped at the disease limit, no outpatient overflow', () => {
    const r = settle(residentClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-RC-10'], items: [A(3_000)] }));
    expect(r.basicPoolPayment).toBe(fen(2_000)); // 2,100 capped at 2,000
    expect(r.lines).toHaveLength(1);
    expect(r.accumulatorDelta[ACC.criticalBase]).toBe(fen(1_000));
  });

  it('two diseases share the higher cap plus 500', () => {
    // LZ-RC-10 (2,000) + LZ-RC-09 (3,000): 3,500 shared, 3,400 used
    const acc = { [ACC.chronicPaid('LZ-RC-10')]: fen(2_000), [ACC.chronicPaid('LZ-RC-09')]: fen(1_400) };
    const r = settle(residentClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-RC-09', 'LZ-RC-10'], items: [A(1_000)] }), acc);
    expect(r.basicPoolPayment).toBe(fen(100));
  });
});

describe('LZ-R-TWO', () => {
  const two = (diseases: ('HYPERTENSION' | 'DIABETES')[], yuan = 1_000) =>
    residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: diseases, items: [A(yuan)] });

  it('hypertension 70% up to 400 a year', () => {
    expect(settle(two(['HYPERTENSION'])).basicPoolPayment).toBe(fen(400));
  });

  it('diabetes up to 800 a year', () => {
    expect(settle(two(['DIABETES'])).basicPoolPayment).toBe(fen(700));
    expect(settle(two(['DIABETES']), { [ACC.twoDiseasePaid('DIABETES')]: fen(700) }).basicPoolPayment).toBe(fen(100));
  });

  it('both together up to 1,200', () => {
    const acc = { [ACC.twoDiseasePaid('HYPERTENSION')]: fen(400), [ACC.twoDiseasePaid('DIABETES')]: fen(700) };
    const r = settle(two(['DIABETES', 'HYPERTENSION']), acc);
    expect(r.basicPoolPayment).toBe(fen(100));
    expect(r.lines[0].boundBy).toMatchObject({ amountFen: fen(1_200) });
  });

  it('counts the year\'s payments of either disease: after 1,200 on both, a diabetes-only claim pays nothing', () => {
    // The combined claim books its 1,200 under its first disease; the 800 diabetes cap is
    // then already reached by the year's two-disease payments (1,200 ≥ 800).
    const first = settle(two(['HYPERTENSION', 'DIABETES'], 2_000));
    expect(first.basicPoolPayment).toBe(fen(1_200));
    expect(settle(two(['DIABETES'], 2_000), first.accumulatorDelta).basicPoolPayment).toBe(0);
  });

  it('is in the assistance base but not the critical-illness base', () => {
    const r = settle({ ...two(['HYPERTENSION']), person: { assistanceCategory: 'EXTREME_POVERTY' } });
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.assistancePayment).toBe(fen(600));
  });
});

describe('LZ-R-DAY and LZ-R-TCM', () => {
  it('day surgery pays 75% on TCM items too (统一按照75%; the +10 is for stays and outpatient)', () => {
    // SECONDARY day-surgery deductible 200, taken from the regular items: (1,200 − 200) × 75% + 1,000 × 75% = 1,500.
    const r = settle(residentClaim({ visitType: 'DAY_SURGERY', items: [A(1_200), A(1_000, { tcm: true })] }));
    expect(r.deductible).toBe(fen(200));
    expect(r.basicPoolPayment).toBe(fen(1_500));
  });

  it('a stay pays the TCM items 10 points more', () => {
    // SECONDARY stay, deductible 400 from the regular items: (1,400 − 400) × 85% + 1,000 × 95% = 850 + 950 = 1,800.
    const r = settle(residentClaim({ items: [A(1_400), A(1_000, { tcm: true })] }));
    expect(r.basicPoolPayment).toBe(fen(1_800));
  });
});

describe('LZ-R-IP and LZ-R-IP-CONT', () => {
  const stay = (date: string, years: number) =>
    residentClaim({ date, person: { consecutiveEnrollmentYears: years }, items: [A(10_400)] });

  it.each([
    ['2024-05-01', 1, 8_500], // n = 1 → +0
    ['2024-05-01', 3, 8_600], // min(5, 2, 1) = +1
    ['2027-05-01', 10, 8_900], // min(5, 9, 4) = +4
    ['2030-05-01', 10, 9_000], // min(5, 9, 7) = +5
    ['2030-05-01', 2, 8_600], // min(5, 1, 7) = +1
  ])('%s, %i years enrolled: eligible 10,000 pays %i', (date, years, basic) => {
    expect(settle(stay(date, years)).basicPoolPayment).toBe(fen(basic));
  });

  it('n-th stay deductible reductions at TERTIARY_A (1,400)', () => {
    const claim = residentClaim({ institutionLevel: 'TERTIARY_A', items: [A(5_000)] });
    expect(settle(claim).deductible).toBe(fen(1_400));
    expect(settle(claim, { [ACC.stays]: 1 }).deductible).toBe(fen(1_120));
    expect(settle(claim, { [ACC.stays]: 2 }).deductible).toBe(fen(840));
    expect(settle(claim, { [ACC.stays]: 3 }).deductible).toBe(fen(700));
  });

  it('rates by level: PRIMARY 90%, TERTIARY_B 75%, TERTIARY_A 65%', () => {
    expect(settle(residentClaim({ institutionLevel: 'PRIMARY', items: [A(1_200)] })).basicPoolPayment).toBe(fen(900));
    expect(settle(residentClaim({ institutionLevel: 'TERTIARY_B', items: [A(1_600)] })).basicPoolPayment).toBe(fen(750));
    expect(settle(residentClaim({ institutionLevel: 'TERTIARY_A', items: [A(2_400)] })).basicPoolPayment).toBe(fen(650));
  });
});

describe('LZ-R-TCM', () => {
  it('+10 points on TCM items of a stay, the deductible taken from regular items first', () => {
    const r = settle(residentClaim({ items: [A(1_400), A(1_000, { tcm: true })] }));
    // SECONDARY: regular (1,400 − 400) × 85% = 850; TCM 1,000 × 95% = 950
    expect(r.basicPoolPayment).toBe(fen(1_800));
  });

  it('capped at 100%', () => {
    const r = settle(residentClaim({ date: '2030-05-01', institutionLevel: 'PRIMARY', person: { consecutiveEnrollmentYears: 6 }, items: [A(1_200), A(1_000, { tcm: true })] }));
    // PRIMARY 90% + 5 = 95%; TCM 105% → 100%: 1,000 × 95% + 1,000 × 100%
    expect(r.lines.map((l) => l.rateBp)).toEqual([9500, 10_000]);
    expect(r.basicPoolPayment).toBe(fen(1_950));
  });
});

describe('LZ-R-IP-CAP', () => {
  it('the pool pays at most 80,000 a year for stays and day surgery', () => {
    const r = settle(residentClaim({ institutionLevel: 'PRIMARY', items: [A(2_200)] }), { [ACC.residentStayPaid]: fen(79_000) });
    expect(r.basicPoolPayment).toBe(fen(1_000)); // 1,800 capped
    expect(r.lines[0].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(80_000) });
    expect(r.accumulatorDelta[ACC.residentStayPaid]).toBe(fen(1_000));
  });
});

describe('LZ-R-MAJOR', () => {
  const major = residentClaim({ institutionLevel: 'TERTIARY_A', majorDiseaseCode: 'LZ-MD-07', items: [A(10_000)] });

  it('no deductible, 75%, outside the stay cap', () => {
    const r = settle(major, { [ACC.residentStayPaid]: fen(80_000) });
    expect(r.deductible).toBe(0);
    expect(r.basicPoolPayment).toBe(fen(7_500));
    expect(r.accumulatorDelta).toMatchObject({ [ACC.majorPaid('LZ-MD-07')]: fen(7_500), [ACC.stays]: 1 });
  });

  it('the disease limit (血友病 3万元) caps the payment', () => {
    expect(settle(major, { [ACC.majorPaid('LZ-MD-07')]: fen(25_000) }).basicPoolPayment).toBe(fen(5_000));
  });

  it('no continuity bonus', () => {
    expect(settle({ ...major, date: '2030-01-01', person: { consecutiveEnrollmentYears: 9 } }).basicPoolPayment).toBe(fen(7_500));
  });
});

describe('LZ-R-DAY', () => {
  it('day-surgery deductible, 75%, counted against the stay cap, not a stay', () => {
    const r = settle(residentClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'TERTIARY_A', items: [A(2_700)] }));
    expect(r.deductible).toBe(fen(700));
    expect(r.basicPoolPayment).toBe(fen(1_500));
    expect(r.accumulatorDelta[ACC.residentStayPaid]).toBe(fen(1_500));
    expect(r.accumulatorDelta[ACC.stays]).toBeUndefined();
  });
});

describe('LZ-R-TCMDAY', () => {
  const day = residentClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', tcmDayDiseaseCode: 'LZ-TCMD-03', items: [A(1_000, { tcm: true })] });

  it('40%, 800 a year per disease', () => {
    expect(settle(day).basicPoolPayment).toBe(fen(400));
    expect(settle(day, { [ACC.tcmDayPaid('LZ-TCMD-03')]: fen(600) }).basicPoolPayment).toBe(fen(200));
    expect(settle(day, { [ACC.tcmDayPaid('LZ-TCMD-01')]: fen(800) }).basicPoolPayment).toBe(fen(400));
  });
});

describe('LZ-R-NEGO-OP and LZ-NEGO-IP', () => {
  it('outpatient negotiated drugs at 63% of the drug amount', () => {
    const r = settle(residentClaim({ visitType: 'NEGOTIATED_DRUG_OUTPATIENT', institutionLevel: 'TERTIARY_A', items: [B(1_000, { negotiatedDrug: true })] }));
    expect(r.basicPoolPayment).toBe(fen(630));
  });

  it('in a stay: 10% pre-self-pay', () => {
    const r = settle(residentClaim({ items: [A(400), B(1_000, { negotiatedDrug: true })] }));
    expect(r.preSelfPayAmount).toBe(fen(100));
    expect(r.basicPoolPayment).toBe(fen(765)); // (1,300 − 400) × 85%
  });
});
