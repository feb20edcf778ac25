/**
 * Jining benefit lines of issue 12, worked by hand from the handbook (source 004):
 * JN-SPECIAL-DRUG (特药, §二(一)5①, §二(二)7②), JN-RARE-DISEASE (罕见病, §二(一)5①, §二(二)7③),
 * JN-LTC (长期护理, §七7-8) and JN-E-IP-PURE-TCM (纯中医疗法 stays, §二(一)1注(2)), with the
 * employee 大病 layer reported in largeAmountPayment (§二(一)4).
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle, type SettlementInput, type SettlementResult } from '../../src/engine';
import { settleJining } from '../../src/engine/jining';
import { JINING_2024 } from '../../src/policy';
import { A, S, errorOf, fen } from './helpers';

function claim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'JINING', scheme: 'RESIDENT', visitType: 'SPECIAL_DRUG', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
    person: {}, items: [A(1000)], ...over,
  };
}
const employee = (over: Partial<SettlementInput> = {}) => claim({ scheme: 'EMPLOYEE', person: { employeeCategory: 'ENTERPRISE' }, ...over });
const rules = (r: SettlementResult) => new Set(r.trace.map((t) => t.ruleId));
/** Parts sum to the total; nothing negative. */
function balanced(r: SettlementResult): SettlementResult {
  expect(r.fundPaymentTotal).toBe(r.basicPoolPayment + r.largeAmountPayment + r.criticalIllnessPayment + r.assistancePayment + r.secondaryAssistancePayment);
  expect(r.fundPaymentTotal + r.personalPayment).toBe(r.totalAmount);
  expect(r.personalPayment).toBeGreaterThanOrEqual(0);
  return r;
}

describe('JN-SPECIAL-DRUG (004 §二(二)7②, §二(一)5①)', () => {
  it('resident: 20,000 deductible a year, 80% above it, paid by 居民大病保险', () => {
    // 30,000: 20,000 borne, 10,000 × 80% = 8,000
    const r = balanced(settle(claim({ items: [A(30000)] })));
    expect([r.policyAmount, r.deductible, r.basicPoolPayment, r.criticalIllnessPayment, r.personalPayment]).toEqual([fen(30000), fen(20000), 0, fen(8000), fen(22000)]);
    expect(r.lines).toEqual([expect.objectContaining({ ruleId: 'JN-SPECIAL-DRUG', layer: 'CRITICAL_ILLNESS', baseFen: fen(10000), rateBp: 8000, amountFen: fen(8000) })]);
    expect(r.accumulatorDelta).toEqual({ [ACC.specialDrugPolicy]: fen(30000), [ACC.specialDrugPaid]: fen(8000) });
    expect(rules(r)).toEqual(new Set(['JN-SCOPE', 'JN-SPECIAL-DRUG']));
  });

  it('employee: the same, paid by 职工大额医疗费用补助 (largeAmountPayment, §二(一)4)', () => {
    const r = balanced(settle(employee({ items: [A(30000)] })));
    expect([r.largeAmountPayment, r.criticalIllnessPayment, r.fundPaymentTotal]).toEqual([fen(8000), 0, fen(8000)]);
    expect(r.lines[0]).toMatchObject({ ruleId: 'JN-SPECIAL-DRUG', layer: 'LARGE_AMOUNT' });
  });

  it('the deductible is counted over the year: 15,000 earlier, then 10,000 pays 5,000 × 80%', () => {
    const r = settle(claim({ items: [A(10000)] }), { [ACC.specialDrugPolicy]: fen(15000) });
    expect([r.deductible, r.criticalIllnessPayment]).toEqual([fen(5000), fen(4000)]);
  });

  it('self-pay items are outside; at most 400,000 a year', () => {
    const r = settle(claim({ items: [A(25000), S(5000)] }));
    expect([r.policyAmount, r.criticalIllnessPayment, r.personalPayment]).toEqual([fen(25000), fen(4000), fen(26000)]);
    // 399,000 paid before: 8,000 due, 1,000 left
    const capped = settle(claim({ items: [A(10000)] }), { [ACC.specialDrugPolicy]: fen(600000), [ACC.specialDrugPaid]: fen(399000) });
    expect(capped.criticalIllnessPayment).toBe(fen(1000));
    expect(capped.lines[0].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(400000) });
  });

  it('does not enter the stay critical-illness layer; the level does not matter (a pharmacy too)', () => {
    const r = settle(claim({ items: [A(30000)] }), { [ACC.criticalBase]: fen(50000) });
    expect(r.accumulatorDelta[ACC.criticalBase]).toBeUndefined();
    expect(settle(claim({ institutionLevel: 'PHARMACY', items: [A(30000)] })).criticalIllnessPayment).toBe(fen(8000));
    expect(settle(claim({ institutionLevel: 'PRIMARY', items: [A(30000)] })).criticalIllnessPayment).toBe(fen(8000));
    expect(errorOf(() => settle(claim({ city: 'LANZHOU' }))).code).toBe('VISIT_TYPE_NOT_OPEN');
  });
});

describe('JN-RARE-DISEASE (004 §二(二)7③, §二(一)5①)', () => {
  const rare = (over: Partial<SettlementInput> = {}) => claim({ visitType: 'RARE_DISEASE_DRUG', rareDisease: 'GAUCHER', ...over });

  it('20,000 deductible, 80% to below 400,000, 85% from 400,000', () => {
    // 100,000: 80,000 × 80% = 64,000
    expect(balanced(settle(rare({ items: [A(100000)] }))).criticalIllnessPayment).toBe(fen(64000));
    // 500,000: 380,000 × 80% = 304,000 + 100,000 × 85% = 85,000 → 389,000
    const r = balanced(settle(rare({ items: [A(500000)] })));
    expect([r.deductible, r.criticalIllnessPayment, r.personalPayment]).toEqual([fen(20000), fen(389000), fen(111000)]);
    expect(r.lines.map((l) => [l.rateBp, l.baseFen, l.amountFen])).toEqual([[8000, fen(380000), fen(304000)], [8500, fen(100000), fen(85000)]]);
  });

  it('the bands sit on the year\'s cumulative cost: 380,000 earlier, then 40,000 → 16,000 + 17,000', () => {
    const r = settle(rare({ items: [A(40000)] }), { [ACC.rareDiseasePolicy]: fen(380000) });
    expect([r.deductible, r.criticalIllnessPayment]).toEqual([0, fen(33000)]);
  });

  it('at most 900,000 a year; employees\' in largeAmountPayment', () => {
    const r = settle(rare({ items: [A(10000)] }), { [ACC.rareDiseasePolicy]: fen(1500000), [ACC.rareDiseasePaid]: fen(899000) });
    expect(r.criticalIllnessPayment).toBe(fen(1000));
    const e = balanced(settle(employee({ visitType: 'RARE_DISEASE_DRUG', items: [A(100000)] })));
    expect([e.largeAmountPayment, e.criticalIllnessPayment]).toEqual([fen(64000), 0]);
  });

  it('the rare disease is a RARE_DISEASE_DRUG input only', () => {
    expect(errorOf(() => settle(claim({ rareDisease: 'POMPE' })))).toMatchObject({ code: 'DISEASE_NOT_APPLICABLE', field: ['rareDisease'] });
  });
});

describe('JN-LTC (004 §七7-8)', () => {
  const care = (over: Partial<SettlementInput> = {}, kind: 'MEDICAL_CARE' | 'INSTITUTIONAL_CARE' | 'HOME_CARE' = 'MEDICAL_CARE', days = 10, disabilityGrade?: number) =>
    claim({ visitType: 'LONG_TERM_CARE', longTermCare: { kind, days, ...(disabilityGrade === undefined ? {} : { disabilityGrade }) }, items: [A(5000)], ...over });
  const paid = (input: SettlementInput) => balanced(settle(input)).basicPoolPayment;

  it('employees: medical care 90 / 85 / 80% by hospital class, institutional 85%, home 90%, no deductible', () => {
    const e = (level: SettlementInput['institutionLevel'], kind: 'MEDICAL_CARE' | 'INSTITUTIONAL_CARE' | 'HOME_CARE' = 'MEDICAL_CARE') =>
      care({ scheme: 'EMPLOYEE', person: { employeeCategory: 'ENTERPRISE' }, institutionLevel: level }, kind);
    expect(paid(e('PRIMARY'))).toBe(fen(4500));
    expect(paid(e('SECONDARY'))).toBe(fen(4250));
    expect(paid(e('TERTIARY_A'))).toBe(fen(4000));
    expect(paid(e('UNRATED', 'INSTITUTIONAL_CARE'))).toBe(fen(4250));
    expect(paid(e('UNRATED', 'HOME_CARE'))).toBe(fen(4500));
    const r = settle(e('SECONDARY'));
    expect(r.deductible).toBe(0);
    expect(r.lines[0]).toMatchObject({ ruleId: 'JN-LTC', layer: 'BASIC', rateBp: 8500 });
    expect(r.accumulatorDelta).toEqual({ [ACC.longTermCarePaid]: fen(4250) });
  });

  it('residents: medical care 75 / 70 / 65%, institutional 70%, home care at most 30 yuan a day', () => {
    expect(paid(care({ institutionLevel: 'PRIMARY' }))).toBe(fen(3750));
    expect(paid(care({ institutionLevel: 'SECONDARY' }))).toBe(fen(3500));
    expect(paid(care({ institutionLevel: 'TERTIARY' }))).toBe(fen(3250));
    expect(paid(care({ institutionLevel: 'UNRATED' }, 'INSTITUTIONAL_CARE'))).toBe(fen(3500));
    // 10 days × 30 = 300 of the 5,000 bill; a bill of 200 is paid in full
    expect(paid(care({ institutionLevel: 'UNRATED' }, 'HOME_CARE'))).toBe(fen(300));
    expect(paid(care({ institutionLevel: 'UNRATED', items: [A(200)] }, 'HOME_CARE'))).toBe(fen(200));
    // self-pay items are outside the fund
    expect(paid(care({ institutionLevel: 'PRIMARY', items: [A(4000), S(1000)] }))).toBe(fen(3000));
  });

  it('the grade decides the standard: 2 → home care, 3 → medical care as institutional care (§七7)', () => {
    // resident grade 2, medical care at a tertiary hospital, 10 days: home standard, 300
    expect(paid(care({ institutionLevel: 'TERTIARY' }, 'MEDICAL_CARE', 10, 2))).toBe(fen(300));
    // employee grade 3, medical care at tertiary: institutional 85% = 4,250 (not 80%)
    const emp = { scheme: 'EMPLOYEE' as const, person: { employeeCategory: 'ENTERPRISE' as const }, institutionLevel: 'TERTIARY' as const };
    expect(paid(care(emp, 'MEDICAL_CARE', 10, 3))).toBe(fen(4250));
    expect(paid(care(emp, 'HOME_CARE', 10, 3))).toBe(fen(4500));
    expect(paid(care(emp, 'MEDICAL_CARE', 10, 4))).toBe(fen(4000));
    expect(paid(care(emp, 'MEDICAL_CARE', 10, 5))).toBe(fen(4000));
    expect(errorOf(() => settle(care({}, 'HOME_CARE', 10, 1)))).toMatchObject({ code: 'CARE_GRADE_NOT_ELIGIBLE', field: ['longTermCare', 'disabilityGrade'] });
  });

  it('refuses what does not fit', () => {
    expect(errorOf(() => settle(claim({ visitType: 'LONG_TERM_CARE' })))).toMatchObject({ code: 'MISSING_LONG_TERM_CARE' });
    expect(errorOf(() => settle(care({}, 'HOME_CARE', 0)))).toMatchObject({ code: 'INVALID_LONG_TERM_CARE', field: ['longTermCare', 'days'] });
    expect(errorOf(() => settle(care({}, 'HOME_CARE', 10, 6)))).toMatchObject({ code: 'INVALID_LONG_TERM_CARE', field: ['longTermCare', 'disabilityGrade'] });
    expect(errorOf(() => settle(care({ institutionLevel: 'UNRATED' })))).toMatchObject({ code: 'LEVEL_NOT_ALLOWED' });
    expect(errorOf(() => settle(claim({ longTermCare: { kind: 'HOME_CARE', days: 3 } })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['longTermCare'] });
    expect(errorOf(() => settle(care({ city: 'LANZHOU' })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['longTermCare'] });
  });
});

describe('JN-E-IP-PURE-TCM (004 §二(一)1注(2))', () => {
  const stay = (over: Partial<SettlementInput> = {}) => employee({ visitType: 'INPATIENT', pureTcmTherapy: true, items: [A(10000)], ...over });

  it('active employee: deductible 100 lower, 90% at any level', () => {
    // tertiary: (10,000 − 500) × 90% = 8,550 (without the flag: (10,000 − 600) × 85% = 7,990)
    const r = balanced(settle(stay()));
    expect([r.deductible, r.basicPoolPayment]).toEqual([fen(500), fen(8550)]);
    expect(rules(r)).toContain('JN-E-IP-PURE-TCM');
    expect(settle(stay({ pureTcmTherapy: false })).basicPoolPayment).toBe(fen(7990));
    // primary: (10,000 − 200) × 90% = 8,820
    expect(settle(stay({ institutionLevel: 'PRIMARY' })).basicPoolPayment).toBe(fen(8820));
  });

  it('retirees: 95% at primary, 90% at secondary and tertiary', () => {
    const retired = { employeeCategory: 'ENTERPRISE' as const, retired: true };
    expect(settle(stay({ person: retired, institutionLevel: 'PRIMARY' })).basicPoolPayment).toBe(fen(9310)); // 9,800 × 95%
    expect(settle(stay({ person: retired, institutionLevel: 'SECONDARY' })).basicPoolPayment).toBe(fen(8640)); // 9,600 × 90%
    expect(settle(stay({ person: retired, institutionLevel: 'TERTIARY' })).basicPoolPayment).toBe(fen(8550)); // 9,500 × 90%
  });

  it('one 100 off with a TCM hospital too; the n-th stay share after it', () => {
    expect(settle(stay({ tcmHospital: true })).deductible).toBe(fen(500));
    expect(settle(stay(), { [ACC.stays]: 1 }).deductible).toBe(fen(250)); // (600 − 100) × 50%
  });

  it('the +10 TCM rule: both readings (pureTcmStay.tcmBonus)', () => {
    // regular 5,000 and TCM items 5,000 at a tertiary hospital, deductible 500 from the regular items
    const input = stay({ items: [A(5000), A(5000, { tcm: true })] });
    // RATE_REPLACES_BONUS (the pack): 4,500 × 90% + 5,000 × 90% = 4,050 + 4,500 = 8,550
    expect(settle(input).basicPoolPayment).toBe(fen(8550));
    // BONUS_ON_TOP: 4,050 + 5,000 × 100% = 9,050
    const p = JINING_2024.parameters;
    const onTop = { ...JINING_2024, parameters: { ...p, pureTcmStay: { ...p.pureTcmStay, value: { ...p.pureTcmStay.value, tcmBonus: 'BONUS_ON_TOP' as const } } } };
    expect(settleJining(input, onTop, {}, 2024).basicPoolPayment).toBe(fen(9050));
  });

  it('is an employee stay rule', () => {
    expect(errorOf(() => settle(stay({ scheme: 'RESIDENT', person: {} })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['pureTcmTherapy'] });
    expect(errorOf(() => settle(stay({ visitType: 'OUTPATIENT' })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['pureTcmTherapy'] });
  });
});
