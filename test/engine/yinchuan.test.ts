/**
 * Yinchuan cross-province outpatient chronic disease (pack yinchuan-2021, source 002 §一(二)2),
 * worked by hand: YC-SCOPE, YC-CHRONIC-XP (the 500 deductible carried across the year's visits
 * and diseases, 75% / 60%, the per-code caps of the catalogue), and what the pack refuses.
 */
import { describe, expect, it } from 'vitest';
import { ACC, addAccumulators, settle, type SettlementInput } from '../../src/engine';
import { A, B, S, errorOf, fen } from './helpers';

function claim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'YINCHUAN', scheme: 'EMPLOYEE', visitType: 'CHRONIC_OUTPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
    person: { employeeCategory: 'ENTERPRISE' }, chronicDiseaseCodes: ['M03900'],
    remote: { crossProvince: true, filing: 'LONG_TERM_RESIDENT' }, items: [A(800)], ...over,
  };
}

describe('YC-CHRONIC-XP', () => {
  it('employee hypertension: 500 a year, then 75%', () => {
    const r = settle(claim({ items: [A(600), B(200), S(50)] }));
    expect(r.policyAmount).toBe(fen(800));
    expect(r.deductible).toBe(fen(500));
    expect(r.basicPoolPayment).toBe(fen(225)); // 300 × 75%
    expect(r.personalPayment).toBe(fen(625));
    expect(r.policyPack).toBe('yinchuan-2021');
    expect(r.trace.map((t) => t.ruleId)).toEqual(['YC-SCOPE', 'YC-CHRONIC-XP']);
    expect(r.accumulatorDelta).toEqual({ [ACC.chronicDeductible]: fen(500), [ACC.chronicPaid('M03900')]: fen(225) });
  });

  it('the deductible is carried across visits: two visits of 800 settle as one of 1,600', () => {
    const first = settle(claim());
    const second = settle(claim(), addAccumulators({}, first.accumulatorDelta));
    expect([second.deductible, second.basicPoolPayment]).toEqual([0, fen(600)]);
    const once = settle(claim({ items: [A(1600)] }));
    expect(first.basicPoolPayment + second.basicPoolPayment).toBe(once.basicPoolPayment); // 1,100 × 75% = 825
    expect(once.basicPoolPayment).toBe(fen(825));
  });

  it('one deductible for all diseases: 300 borne for diabetes leaves 200 for cancer treatment', () => {
    const r = settle(claim({ chronicDiseaseCodes: ['M00500'], items: [A(1000)] }), { [ACC.chronicDeductible]: fen(300), [ACC.chronicPaid('M01600')]: fen(100) });
    expect([r.deductible, r.basicPoolPayment]).toEqual([fen(200), fen(600)]);
  });

  it('resident 60%, capped per code: hypertension 2,400, dialysis 20,000, anti-rejection 28,000', () => {
    const resident = (code: string, yuan: number) => claim({ scheme: 'RESIDENT', person: {}, chronicDiseaseCodes: [code], items: [A(yuan)] });
    const borne = { [ACC.chronicDeductible]: fen(500) };
    expect(settle(resident('M03900', 1000), borne).basicPoolPayment).toBe(fen(600));
    expect(settle(resident('M03900', 1000), { ...borne, [ACC.chronicPaid('M03900')]: fen(2300) }).basicPoolPayment).toBe(fen(100));
    // 39,500 × 60% = 23,700 over the 20,000 cap
    const dialysis = settle(resident('M07801', 40000));
    expect(dialysis.basicPoolPayment).toBe(fen(20000));
    expect(dialysis.lines[0].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(20000) });
    expect(settle(resident('M08304', 50000), { ...borne, [ACC.chronicPaid('M08304')]: fen(27000) }).basicPoolPayment).toBe(fen(1000));
  });

  it('employees have no cap for cancer, dialysis and anti-rejection', () => {
    expect(settle(claim({ chronicDiseaseCodes: ['M07801'], items: [A(40000)] })).basicPoolPayment).toBe(fen(29625)); // 39,500 × 75%
    expect(settle(claim({ chronicDiseaseCodes: ['M03900'], items: [A(1000)] }), { [ACC.chronicDeductible]: fen(500), [ACC.chronicPaid('M03900')]: fen(3400) }).basicPoolPayment).toBe(fen(100));
  });

  it('a claim without a filing (an estimate) is settled as filed', () => {
    expect(settle(claim({ remote: { crossProvince: true } })).basicPoolPayment).toBe(fen(225));
  });
});

describe('Yinchuan validation', () => {
  it('settles cross-province chronic outpatient only', () => {
    expect(errorOf(() => settle(claim({ visitType: 'INPATIENT' }))).code).toBe('VISIT_TYPE_NOT_OPEN');
    expect(errorOf(() => settle(claim({ remote: undefined })))).toMatchObject({ code: 'NOT_CROSS_PROVINCE', field: ['remote'] });
    expect(errorOf(() => settle(claim({ remote: { crossProvince: false, filing: 'LONG_TERM_RESIDENT' } })))).toMatchObject({ code: 'NOT_CROSS_PROVINCE', field: ['remote'] });
    expect(errorOf(() => settle(claim({ remote: { crossProvince: true, filing: 'EMERGENCY' } }))).field).toEqual(['remote', 'filing']);
    expect(errorOf(() => settle(claim({ institutionLevel: 'PHARMACY' }))).code).toBe('LEVEL_NOT_ALLOWED');
  });

  it('one or two pilot diseases of the scheme\'s table per claim', () => {
    expect(errorOf(() => settle(claim({ chronicDiseaseCodes: [] }))).code).toBe('MISSING_DISEASE_CODE');
    expect(errorOf(() => settle(claim({ chronicDiseaseCodes: ['M03900', 'M01600', 'M00500'] }))).code).toBe('TOO_MANY_DISEASES');
    expect(errorOf(() => settle(claim({ chronicDiseaseCodes: ['M03900', 'M03900'] }))).code).toBe('DUPLICATE_DISEASE');
    // two diseases: every item names its disease (002 §一(二)2 caps each disease)
    expect(errorOf(() => settle(claim({ chronicDiseaseCodes: ['M03900', 'M01600'] })))).toMatchObject({ code: 'MISSING_DISEASE_CODE', field: ['items', '0', 'diseaseCode'] });
    expect(errorOf(() => settle(claim({ chronicDiseaseCodes: ['LZ-EC-01'] }))).code).toBe('UNKNOWN_DISEASE_CODE');
    expect(errorOf(() => settle(claim({ chronicClass: 'A' })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['chronicClass'] });
    expect(errorOf(() => settle(claim({ majorDiseaseCode: 'LZ-MD-07' })))).toMatchObject({ code: 'DISEASE_NOT_APPLICABLE', field: ['majorDiseaseCode'] });
    expect(errorOf(() => settle(claim({ date: '2020-12-31' }))).code).toBe('NO_POLICY_PACK');
  });
});

describe('YC-CHRONIC-XP: two diseases on one bill (002 §一(二)2)', () => {
  const two = (over: Partial<SettlementInput> = {}) => claim({
    scheme: 'RESIDENT', person: {}, chronicDiseaseCodes: ['M03900', 'M00500'],
    items: [A(2000, { diseaseCode: 'M03900' }), A(10000, { diseaseCode: 'M00500' })], ...over,
  });

  it('each disease keeps its own cap; the 500 is borne once, by the disease named first', () => {
    // hypertension (2,000 − 500) × 60% = 900; cancer 10,000 × 60% = 6,000
    const r = settle(two());
    expect([r.policyAmount, r.deductible, r.basicPoolPayment]).toEqual([fen(12000), fen(500), fen(6900)]);
    expect(r.fundPaymentTotal + r.personalPayment).toBe(r.totalAmount);
    expect(r.accumulatorDelta).toEqual({ [ACC.chronicDeductible]: fen(500), [ACC.chronicPaid('M03900')]: fen(900), [ACC.chronicPaid('M00500')]: fen(6000) });
    // named the other way round: cancer (10,000 − 500) × 60% = 5,700, hypertension 1,200
    expect(settle(two({ chronicDiseaseCodes: ['M00500', 'M03900'] })).accumulatorDelta).toMatchObject({ [ACC.chronicPaid('M00500')]: fen(5700), [ACC.chronicPaid('M03900')]: fen(1200) });
  });

  it('the hypertension cap (2,400) binds its own items only', () => {
    // 2,000 paid before: 900 due, 400 left; cancer still 6,000
    const r = settle(two(), { [ACC.chronicPaid('M03900')]: fen(2000) });
    expect(r.basicPoolPayment).toBe(fen(6400));
    expect(r.lines.find((l) => l.boundBy)?.boundBy).toMatchObject({ amountFen: fen(2400) });
  });

  it('the deductible is once a year: 300 borne earlier, 200 now', () => {
    expect(settle(two(), { [ACC.chronicDeductible]: fen(300) }).accumulatorDelta).toMatchObject({ [ACC.chronicDeductible]: fen(200), [ACC.chronicPaid('M03900')]: fen(1080) });
    expect(settle(two(), { [ACC.chronicDeductible]: fen(500) }).basicPoolPayment).toBe(fen(7200));
  });

  it('employees: 75%, no cap for dialysis', () => {
    const r = settle(claim({ chronicDiseaseCodes: ['M03900', 'M07801'], items: [A(1000, { diseaseCode: 'M03900' }), A(100000, { diseaseCode: 'M07801' })] }));
    expect(r.basicPoolPayment).toBe(fen(375 + 75000)); // (1,000 − 500) × 75% + 100,000 × 75%
  });

  it('an item names a disease of the claim', () => {
    expect(errorOf(() => settle(two({ items: [A(100, { diseaseCode: 'M01600' })] })))).toMatchObject({ code: 'DISEASE_NOT_APPLICABLE', field: ['items', '0', 'diseaseCode'] });
    expect(errorOf(() => settle(claim({ items: [A(100, { diseaseCode: 'M01600' })] })))).toMatchObject({ code: 'DISEASE_NOT_APPLICABLE' });
    expect(settle(claim({ items: [A(800, { diseaseCode: 'M03900' })] })).basicPoolPayment).toBe(fen(225));
    expect(errorOf(() => settle({ ...claim(), city: 'JINING', visitType: 'OUTPATIENT', chronicDiseaseCodes: undefined, remote: undefined, items: [A(100, { diseaseCode: 'M03900' })] }))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['items', '0', 'diseaseCode'] });
  });
});
