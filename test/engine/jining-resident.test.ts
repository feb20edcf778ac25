/**
 * Jining residents (pack jining-2024, source 004 §二(二), §三3②, §四7), worked by hand from the
 * handbook: JN-R-OP, JN-R-ACCIDENT-OP, JN-R-TWO, JN-R-IP, JN-R-ACCIDENT, JN-R-BIRTH, JN-R-CRIT
 * (bands on the absolute cumulative burden), JN-CHRONIC for residents, JN-REMOTE.
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle, type SettlementInput } from '../../src/engine';
import { A, B, errorOf, fen } from './helpers';

function claim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'JINING', scheme: 'RESIDENT', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY',
    person: {}, items: [A(1000)], ...over,
  };
}

const rules = (r: ReturnType<typeof settle>) => new Set(r.trace.map((t) => t.ruleId));

describe('JN-R-OP general outpatient', () => {
  const op = (over: Partial<SettlementInput> = {}) => claim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(100)], ...over });

  it('no deductible; 60% when signed with a family doctor team, 50% otherwise', () => {
    expect(settle(op({ signedFamilyDoctor: true })).basicPoolPayment).toBe(fen(60));
    const unsigned = settle(op());
    expect(unsigned.basicPoolPayment).toBe(fen(50));
    expect(unsigned.deductible).toBe(0);
    expect(rules(unsigned)).toEqual(new Set(['JN-SCOPE', 'JN-R-OP']));
  });

  it('the pool pays at most 300 a year', () => {
    const r = settle(op({ signedFamilyDoctor: true }), { [ACC.residentOutpatientPaid]: fen(290) });
    expect(r.basicPoolPayment).toBe(fen(10));
    expect(r.lines[0].boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(300) });
  });

  it('at primary institutions only, except for remote care', () => {
    expect(errorOf(() => settle(op({ institutionLevel: 'SECONDARY' }))).code).toBe('LEVEL_NOT_ALLOWED');
    // remote general outpatient: any level, the local rate (no cut)
    const remote = settle(op({ institutionLevel: 'TERTIARY_A', remote: { crossProvince: true, filing: 'SELF_REFERRAL' } }));
    expect(remote.basicPoolPayment).toBe(fen(50));
  });
});

describe('JN-R-ACCIDENT-OP: students\' and minors\' accident outpatient', () => {
  const accident = (person: SettlementInput['person'], over: Partial<SettlementInput> = {}) =>
    claim({ visitType: 'OUTPATIENT', institutionLevel: 'TERTIARY_A', accident: true, person, items: [A(1000)], ...over });

  it('80% at any hospital, no deductible, at most 1,500 a year', () => {
    const r = settle(accident({ minor: true }));
    expect(r.basicPoolPayment).toBe(fen(800));
    expect(rules(r)).toContain('JN-R-ACCIDENT-OP');
    expect(settle(accident({ minor: true }), { [ACC.accidentOutpatientPaid]: fen(1000) }).basicPoolPayment).toBe(fen(500));
    expect(settle(accident({ student: true }, { institutionLevel: 'SECONDARY' })).basicPoolPayment).toBe(fen(800));
  });

  it('an adult who is not a student settles as general outpatient', () => {
    expect(errorOf(() => settle(accident({}))).code).toBe('LEVEL_NOT_ALLOWED');
    const r = settle(accident({}, { institutionLevel: 'PRIMARY' }));
    expect(r.basicPoolPayment).toBe(fen(300)); // 1,000 × 50% = 500, at most 300 a year
    expect(rules(r)).toEqual(new Set(['JN-SCOPE', 'JN-R-ACCIDENT-OP', 'JN-R-OP']));
  });
});

describe('JN-R-TWO two-disease outpatient', () => {
  const two = (over: Partial<SettlementInput> = {}) =>
    claim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION'], items: [A(200)], ...over });

  it('70%, no deductible, at secondary or below', () => {
    expect(settle(two()).basicPoolPayment).toBe(fen(140));
    expect(errorOf(() => settle(two({ institutionLevel: 'TERTIARY' }))).code).toBe('LEVEL_NOT_ALLOWED');
  });

  it('300 a year for one disease; beyond it general outpatient pays at a primary institution', () => {
    // 70 of the cap left covers 100; the other 100 is general outpatient at 50% = 50
    const primary = settle(two({ institutionLevel: 'PRIMARY' }), { [ACC.twoDiseasePaidAll]: fen(230) });
    expect(primary.basicPoolPayment).toBe(fen(120));
    expect(primary.lines.map((l) => [l.ruleId, l.amountFen])).toEqual([['JN-R-TWO', fen(70)], ['JN-R-OP', fen(50)]]);
    // at a secondary institution the rest stays personal
    expect(settle(two(), { [ACC.twoDiseasePaidAll]: fen(230) }).basicPoolPayment).toBe(fen(70));
  });

  it('600 for both diseases or for a diabetic on insulin', () => {
    const acc = { [ACC.twoDiseasePaidAll]: fen(300) };
    expect(settle(two({ twoDiseases: ['DIABETES'], insulin: true }), acc).basicPoolPayment).toBe(fen(140));
    expect(settle(two({ twoDiseases: ['HYPERTENSION', 'DIABETES'] }), acc).basicPoolPayment).toBe(fen(140));
    expect(settle(two({ twoDiseases: ['DIABETES'] }), acc).basicPoolPayment).toBe(0);
    expect(errorOf(() => settle(two({ insulin: true })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['insulin'] });
  });
});

describe('JN-R-IP stays', () => {
  it('adult at a secondary hospital: 400 every stay, 75%', () => {
    // 10,000 − 400 = 9,600 × 75% = 7,200; burden 2,800 is under 12,000
    const r = settle(claim({ items: [A(8000), B(2000)] }));
    expect([r.policyAmount, r.deductible, r.basicPoolPayment, r.criticalIllnessPayment]).toEqual([fen(10000), fen(400), fen(7200), 0]);
    const third = settle(claim({ items: [A(8000), B(2000)] }), { [ACC.stays]: 2 });
    expect(third.deductible).toBe(fen(400));
    expect(rules(r)).toEqual(new Set(['JN-SCOPE', 'JN-R-IP', 'JN-R-CRIT']));
  });

  it('a minor at a tertiary hospital: 800, 65%; primary 100, 90%', () => {
    expect(settle(claim({ institutionLevel: 'TERTIARY_B', person: { minor: true }, items: [A(10000)] })).basicPoolPayment).toBe(fen(5980));
    expect(settle(claim({ institutionLevel: 'PRIMARY', person: { minor: true }, items: [A(1100)] })).basicPoolPayment).toBe(fen(900));
  });

  it('the pool pays at most 150,000 a year; the TCM-hospital reduction is not a resident rule', () => {
    expect(settle(claim({ items: [A(10000)] }), { [ACC.residentStayPaid]: fen(149900) }).basicPoolPayment).toBe(fen(100));
    const tcm = settle(claim({ tcmHospital: true, items: [A(10000)] }));
    expect(tcm.deductible).toBe(fen(400));
  });
});

describe('JN-R-ACCIDENT stays', () => {
  it('60% of the level\'s rate, the deductible as usual', () => {
    // 9,600 × (75% × 60% = 45%) = 4,320
    const r = settle(claim({ accident: true, items: [A(10000)] }));
    expect(r.basicPoolPayment).toBe(fen(4320));
    expect(r.lines[0]).toMatchObject({ ruleId: 'JN-R-ACCIDENT', rateBp: 4500 });
    expect(r.accumulatorDelta).toMatchObject({ [ACC.accidentStayPaid]: fen(4320), [ACC.residentStayPaid]: fen(4320) });
  });

  it('at most 30,000 a year, and within the 150,000 stay cap', () => {
    expect(settle(claim({ accident: true, items: [A(10000)] }), { [ACC.accidentStayPaid]: fen(29900) }).basicPoolPayment).toBe(fen(100));
    const stayBound = settle(claim({ accident: true, items: [A(10000)] }), { [ACC.residentStayPaid]: fen(149950) });
    expect(stayBound.basicPoolPayment).toBe(fen(50));
    expect(stayBound.lines[0].boundBy?.amountFen).toBe(fen(150000));
  });
});

describe('JN-R-BIRTH', () => {
  it('pays the lower of the bill and the subsidy: 1,800 / 2,000 / 3,000', () => {
    const first = settle(claim({ childOrder: 1, items: [A(5000)] }));
    expect([first.deductible, first.basicPoolPayment]).toEqual([0, fen(1800)]);
    expect(first.criticalIllnessPayment).toBe(0); // burden 3,200
    expect(first.accumulatorDelta[ACC.criticalBase]).toBe(fen(3200));
    expect(settle(claim({ childOrder: 2, items: [A(1500)] })).basicPoolPayment).toBe(fen(1500));
    expect(settle(claim({ childOrder: 3, items: [A(5000)] })).basicPoolPayment).toBe(fen(3000));
    expect(settle(claim({ childOrder: 2, items: [A(5000)] }), { [ACC.residentStayPaid]: fen(150000) }).basicPoolPayment).toBe(fen(2000));
    expect(errorOf(() => settle(claim({ childOrder: 1, accident: true })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['accident'] });
  });
});

describe('JN-R-CRIT on the absolute cumulative burden', () => {
  it('bands 60 / 65% across 100,000 on the absolute position', () => {
    // tertiary adult: 49,200 × 60% = 29,520; burden 20,480 from 90,000 to 110,480:
    // 10,000 × 60% + 10,480 × 65% = 6,000 + 6,812 = 12,812 (bands relative to the threshold would give 12,288)
    const r = settle(claim({ institutionLevel: 'TERTIARY', items: [A(50000)] }), { [ACC.criticalBase]: fen(90000) });
    expect(r.basicPoolPayment).toBe(fen(29520));
    expect(r.criticalIllnessPayment).toBe(fen(12812));
    expect(r.personalPayment).toBe(fen(7668));
    expect(r.lines.filter((l) => l.ruleId === 'JN-R-CRIT').map((l) => [l.band, l.rateBp])).toEqual([
      [{ fromFen: fen(90000), toFen: fen(100000) }, 6000],
      [{ fromFen: fen(100000), toFen: fen(110480) }, 6500],
    ]);
  });

  it('from 12,000: the first 12,000 of the year is the threshold', () => {
    // 8,480 × 60% = 5,088
    expect(settle(claim({ institutionLevel: 'TERTIARY', items: [A(50000)] })).criticalIllnessPayment).toBe(fen(5088));
  });

  it('70% to 300,000, 75% above, at most 400,000 a year', () => {
    // tertiary adult A 50,000, burden 20,480 from 290,000: 10,000 × 70% + 10,480 × 75% = 7,000 + 7,860
    expect(settle(claim({ institutionLevel: 'TERTIARY', items: [A(50000)] }), { [ACC.criticalBase]: fen(290000) }).criticalIllnessPayment).toBe(fen(14860));
    expect(settle(claim({ institutionLevel: 'TERTIARY', items: [A(50000)] }), { [ACC.criticalBase]: fen(500000), [ACC.criticalPaid]: fen(399900) }).criticalIllnessPayment).toBe(fen(100));
  });

  it('general outpatient is outside the base', () => {
    const r = settle(claim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(100)] }), { [ACC.criticalBase]: fen(50000) });
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.accumulatorDelta[ACC.criticalBase]).toBeUndefined();
  });
});

describe('JN-CHRONIC for residents', () => {
  const chronic = (cls: 'A' | 'B', over: Partial<SettlementInput> = {}) =>
    claim({ visitType: 'CHRONIC_OUTPATIENT', chronicClass: cls, items: [A(1500)], ...over });
  const borne = { [ACC.chronicDeductible]: fen(500) };

  it('class A: 500 deductible a year, 70%', () => {
    const r = settle(chronic('A', { institutionLevel: 'TERTIARY', items: [A(2000)] }));
    expect([r.deductible, r.basicPoolPayment]).toEqual([fen(500), fen(1050)]);
    expect(r.accumulatorDelta).toMatchObject({ [ACC.chronicDeductible]: fen(500), [ACC.chronicPaid('JN-A')]: fen(1050), [ACC.criticalBase]: fen(950) });
  });

  it('class B by level 65 / 55 / 45%; tuberculosis and hepatitis 65 / 60 / 60%', () => {
    expect(settle(chronic('B', { institutionLevel: 'PRIMARY' }), borne).basicPoolPayment).toBe(fen(975));
    expect(settle(chronic('B', { institutionLevel: 'SECONDARY' }), borne).basicPoolPayment).toBe(fen(825));
    expect(settle(chronic('B', { institutionLevel: 'TERTIARY_A' }), borne).basicPoolPayment).toBe(fen(675));
    expect(settle(chronic('B', { institutionLevel: 'TERTIARY_A', condition: 'TUBERCULOSIS' }), borne).basicPoolPayment).toBe(fen(900));
    expect(settle(chronic('B', { institutionLevel: 'SECONDARY', condition: 'CHRONIC_HEPATITIS' }), borne).basicPoolPayment).toBe(fen(900));
  });

  it('400 at a TCM institution, topped up to 500 elsewhere; none for haemophilia', () => {
    expect(settle(chronic('A', { tcmHospital: true })).deductible).toBe(fen(400));
    const topUp = settle(chronic('A'), { [ACC.chronicDeductible]: fen(400) });
    expect([topUp.deductible, topUp.basicPoolPayment]).toEqual([fen(100), fen(980)]); // 1,400 × 70%
    expect(settle(chronic('A', { condition: 'HEMOPHILIA', items: [A(1000)] })).basicPoolPayment).toBe(fen(700));
  });

  it('caps: class B 6,000; class A 150,000 over both classes; drug-resistant TB under the stay cap', () => {
    expect(settle(chronic('B', { institutionLevel: 'PRIMARY' }), { ...borne, [ACC.chronicPaid('JN-B')]: fen(5900) }).basicPoolPayment).toBe(fen(100));
    const a = settle(chronic('A'), { ...borne, [ACC.chronicPaid('JN-A')]: fen(144500), [ACC.chronicPaid('JN-B')]: fen(5000) });
    expect(a.basicPoolPayment).toBe(fen(500));
    const mdr = settle(chronic('B', { institutionLevel: 'PRIMARY', condition: 'DRUG_RESISTANT_TUBERCULOSIS' }), { ...borne, [ACC.residentStayPaid]: fen(149900) });
    expect(mdr.basicPoolPayment).toBe(fen(100));
    expect(mdr.accumulatorDelta[ACC.residentStayPaid]).toBe(fen(100));
  });
});

describe('JN-REMOTE for residents', () => {
  it('temporary care: stay and chronic rates 10 points lower', () => {
    // 9,600 × (75% − 10%) = 6,240
    const stay = settle(claim({ items: [A(10000)], remote: { crossProvince: true, filing: 'SELF_REFERRAL' } }));
    expect(stay.basicPoolPayment).toBe(fen(6240));
    expect(stay.preSelfPayAmount).toBe(0);
    // in-province temporary care needs no filing and is cut too; accident: 45% − 10% = 35%
    expect(settle(claim({ accident: true, items: [A(10000)], remote: { crossProvince: false } })).basicPoolPayment).toBe(fen(3360));
    const chronic = settle(claim({ visitType: 'CHRONIC_OUTPATIENT', chronicClass: 'A', items: [A(1000)], remote: { crossProvince: true, filing: 'EMERGENCY' } }), { [ACC.chronicDeductible]: fen(500) });
    expect(chronic.basicPoolPayment).toBe(fen(600));
  });

  it('long-term filers settle as at home', () => {
    expect(settle(claim({ items: [A(10000)], remote: { crossProvince: true, filing: 'STATIONED_WORKER' } })).basicPoolPayment).toBe(fen(7200));
  });
});

describe('Jining resident validation', () => {
  it('refuses what the handbook does not have', () => {
    expect(errorOf(() => settle(claim({ visitType: 'TCM_DAY_CLINIC', tcmDayDiseaseCode: 'X' }))).code).toBe('VISIT_TYPE_NOT_OPEN');
    expect(errorOf(() => settle(claim({ majorDiseaseCode: 'LZ-MD-01' }))).field).toEqual(['majorDiseaseCode']);
    expect(errorOf(() => settle(claim({ visitType: 'TWO_DISEASE_OUTPATIENT' }))).code).toBe('MISSING_DISEASE_CODE');
    expect(errorOf(() => settle(claim({ date: '2023-12-31' }))).code).toBe('NO_POLICY_PACK');
  });
});
