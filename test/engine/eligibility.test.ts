/**
 * The eligibility checks (资格审核) of the engine: for each, the refusal (stable code, a message
 * naming the clause, the clause itself) and the claim next to it that passes, with amounts
 * worked out by hand from the sources (Lanzhou 000/001, Jining 004).
 */
import { describe, expect, it } from 'vitest';
import { settle, type SettlementInput } from '../../src/engine';
import type { InstitutionFacts } from '../../src/engine/types';
import { A, employeeClaim, errorOf, fen, residentClaim } from './helpers';

/** Expects a refusal with this code and clause; the message ends with the clause. */
function refused(input: SettlementInput, code: string, clause: string) {
  const e = errorOf(() => settle(input));
  expect(e.code).toBe(code);
  expect(e.clause).toBe(clause);
  expect(e.message.endsWith(`(${clause})`)).toBe(true);
  return e;
}

const ruleIds = (input: SettlementInput) => settle(input).trace.map((t) => t.ruleId);

const dayHospital: InstitutionFacts = { name: '兰州大学第一医院', designations: ['NEGOTIATED_DRUG', 'DAY_SURGERY', 'MATERNITY', 'REFERRAL'] };
const plainHospital: InstitutionFacts = { name: '某二级医院', designations: [] };
const tcmCentre: InstitutionFacts = { name: '团结新村街道社区卫生服务中心', designations: ['TCM_DAY_CLINIC'] };

describe('employees\' TCM day clinic settles as general outpatient (000 §二(二)1(2)备注2, 001 第八条)', () => {
  it('pays like general outpatient at the same level: 1,000 at a primary centre → 800 in the window × 65% = 520', () => {
    const day = settle(employeeClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', items: [A(1000)] }));
    const op = settle(employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(1000)] }));
    expect(day.basicPoolPayment).toBe(fen(520));
    expect(day.deductible).toBe(op.deductible);
    expect(day.basicPoolPayment).toBe(op.basicPoolPayment);
    expect(day.accumulatorDelta).toEqual(op.accumulatorDelta);
    expect(day.trace.map((t) => t.ruleId)).toContain('LZ-E-TCMDAY');
    expect(day.lines.map((l) => l.ruleId)).toEqual(['LZ-E-OP']);
  });

  it('by level alone it settles at the level\'s outpatient rate, the trace stating the centres: 1,000 at a secondary → 480', () => {
    const r = settle(employeeClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'SECONDARY', items: [A(1000)] }));
    expect(r.basicPoolPayment).toBe(fen(480));
    expect(r.trace.find((t) => t.ruleId === 'LZ-ELIG-DESIGNATION')?.message).toContain('中医药日间诊疗服务机构');
  });

  it('a retired employee with the disease code at a designated centre: 70% of the window', () => {
    const r = settle(employeeClaim({
      visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', institution: tcmCentre, tcmDayDiseaseCode: 'LZ-TCMD-01',
      person: { employeeCategory: 'ENTERPRISE', retired: true }, items: [A(600)],
    }));
    expect(r.basicPoolPayment).toBe(fen(280)); // (600 − 200) × 70%
  });

  it('refused at a known institution that is not a TCM day-clinic centre (附表5-2)', () => {
    const e = refused(employeeClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', institution: { name: '某社区卫生服务中心', designations: [] } }),
      'NOT_DESIGNATED', '000 §二(二)1(5)②, §二(二)1(6)②, §二(二)3, §三(二)1(7)②; 附表1-1, 1-2, 2-2, 3-2, 5-2');
    expect(e.field).toEqual(['institutionId']);
    expect(e.message).toContain('中医药日间诊疗服务机构');
  });
});

describe('waiting periods (000 §二(一)1, §三(一); 004 §一)', () => {
  const flexible = (date: string, over: Partial<SettlementInput> = {}) =>
    employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', date, person: { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-01-15' }, items: [A(1000)], ...over });

  it('a Lanzhou flexible worker contributing since 2024-01-15 is refused until 2024-07-01', () => {
    const e = refused(flexible('2024-06-30'), 'WAITING_PERIOD', '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)');
    expect(e.field).toEqual(['date']);
    expect(e.message).toContain('2024-07-01');
    expect(e.message).toContain('6 months');
  });

  it('…and paid from 2024-07-01: (1,000 − 200) × 60% = 480 at a secondary hospital', () => {
    const r = settle(flexible('2024-07-01'));
    expect(r.basicPoolPayment).toBe(fen(480));
    expect(r.trace.filter((t) => t.ruleId.includes('ELIG'))).toEqual([]); // a claim that passes leaves the trace as it was
  });

  it('a stay admitted in the waiting period is refused though discharged after it', () => {
    refused(flexible('2024-07-05', { visitType: 'INPATIENT', admissionDate: '2024-06-20', institutionLevel: 'SECONDARY' }),
      'WAITING_PERIOD', '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)');
  });

  it('an enterprise employee waits only until the next month', () => {
    const person = { employeeCategory: 'ENTERPRISE' as const, enrolledSince: '2024-01-15' };
    refused(employeeClaim({ date: '2024-01-31', person }), 'WAITING_PERIOD', '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)');
    expect(settle(employeeClaim({ date: '2024-02-01', person, items: [A(5000)] })).basicPoolPayment).toBe(fen(3760)); // (5,000 − 1,000) × 94%
  });

  it('a continuous transfer from the resident scheme has no wait', () => {
    const r = settle(employeeClaim({ date: '2024-01-20', items: [A(5000)], person: { employeeCategory: 'ENTERPRISE', enrolledSince: '2024-01-15', enrolmentRoute: 'SCHEME_TRANSFER' } }));
    expect(r.basicPoolPayment).toBe(fen(3760));
  });

  it('a service date before the enrolment is NOT_ENROLLED', () => {
    refused(employeeClaim({ date: '2024-01-10', person: { employeeCategory: 'ENTERPRISE', enrolledSince: '2024-01-15' } }), 'NOT_ENROLLED', '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)');
  });

  it('a Lanzhou resident enrolled mid-year is covered from the next 1 January; low-income people at once', () => {
    const clause = '000 §三(一)3, §三(一)4(1)-(5)';
    refused(residentClaim({ date: '2024-12-31', person: { enrolledSince: '2024-05-10' } }), 'WAITING_PERIOD', clause);
    expect(settle(residentClaim({ date: '2025-01-01', person: { enrolledSince: '2024-05-10' } })).basicPoolPayment).toBe(fen(510)); // (1,000 − 400) × 85%
    expect(settle(residentClaim({ date: '2024-06-01', person: { enrolledSince: '2024-05-10', assistanceCategory: 'ORPHAN' } })).basicPoolPayment).toBeGreaterThan(0);
    expect(settle(residentClaim({ date: '2024-05-01', person: { enrolledSince: '2024-01-01' } })).basicPoolPayment).toBe(fen(510));
  });

  it('a Lanzhou student enrolled in October is covered from that September; one enrolled in May from the next September', () => {
    const clause = '000 §三(一)3, §三(一)4(1)-(5)';
    expect(settle(residentClaim({ date: '2024-10-20', person: { enrolledSince: '2024-10-08', enrolmentRoute: 'STUDENT' } })).basicPoolPayment).toBeGreaterThan(0);
    refused(residentClaim({ date: '2024-08-31', person: { enrolledSince: '2024-05-08', enrolmentRoute: 'STUDENT' } }), 'WAITING_PERIOD', clause);
  });

  it('Jining: a flexible worker back after a gap of more than 3 months waits 3 months of contributions', () => {
    const jn = (date: string, gap: number) => employeeClaim({
      city: 'JINING', visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', date,
      person: { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-03-10', contributionGapMonths: gap }, items: [A(1000)],
    });
    const e = refused(jn('2024-05-31', 4), 'WAITING_PERIOD', '004 §一(一)10');
    expect(e.message).toContain('2024-06-01');
    expect(settle(jn('2024-06-01', 4)).basicPoolPayment).toBe(fen(720)); // (1,000 − 100) × 80%
    expect(settle(jn('2024-04-01', 3)).basicPoolPayment).toBe(fen(720)); // a gap of 3 months: the next month
    refused(jn('2024-03-31', 0), 'WAITING_PERIOD', '004 §一(一)10');
  });

  it('Jining: a resident paying late waits 3 months; the poor do not', () => {
    const jn = (date: string, person: SettlementInput['person']) => residentClaim({ city: 'JINING', date, person });
    refused(jn('2024-06-09', { enrolledSince: '2024-03-10' }), 'WAITING_PERIOD', '004 §一(二)6, §一(二)3');
    expect(settle(jn('2024-06-10', { enrolledSince: '2024-03-10' })).basicPoolPayment).toBeGreaterThan(0);
    expect(settle(jn('2024-03-20', { enrolledSince: '2024-03-10', assistanceCategory: 'EXTREME_POVERTY' })).basicPoolPayment).toBeGreaterThan(0);
  });
});

describe('no outpatient benefit during a stay or day surgery (001 第八条; 000 §二(二)1(3)④IV, §三(二)1(2)注; 004 §三3①)', () => {
  const stay = { admissionDate: '2024-03-01', dischargeDate: '2024-03-10', visitType: 'INPATIENT' as const };
  const LZ_PAUSE = '001 第八条; 000 §二(二)1(3)④IV, §三(二)1(2)注, §三(二)1(3)备注2';
  const op = (date: string, over: Partial<SettlementInput> = {}) =>
    employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', date, person: { employeeCategory: 'ENTERPRISE', stays: [stay] }, items: [A(1000)], ...over });

  it('an employee outpatient claim dated inside the stay is refused', () => {
    const e = refused(op('2024-03-05'), 'OUTPATIENT_DURING_STAY', LZ_PAUSE);
    expect(e.field).toEqual(['date']);
    expect(e.message).toContain('2024-03-01');
  });

  it('the admission day is inside; the discharge day and the day before admission are not', () => {
    refused(op('2024-03-01'), 'OUTPATIENT_DURING_STAY', LZ_PAUSE);
    expect(settle(op('2024-03-10')).basicPoolPayment).toBe(fen(480));
    expect(settle(op('2024-02-29')).basicPoolPayment).toBe(fen(480));
  });

  it('chronic outpatient and resident two-disease claims pause too; a same-day day surgery is its one day', () => {
    refused(op('2024-03-05', { visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-EC-09'] }), 'OUTPATIENT_DURING_STAY', LZ_PAUSE);
    refused(residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['DIABETES'], date: '2024-06-01', person: { stays: [{ admissionDate: '2024-06-01', dischargeDate: '2024-06-01', visitType: 'DAY_SURGERY' }] } }),
      'OUTPATIENT_DURING_STAY', LZ_PAUSE);
  });

  it('outpatient negotiated drugs do not pause (000 §二(二)1(5)③)', () => {
    const r = settle(op('2024-03-05', { visitType: 'NEGOTIATED_DRUG_OUTPATIENT', items: [A(1000, { negotiatedDrug: true })] }));
    expect(r.basicPoolPayment).toBe(fen(675)); // 67.5%
  });

  it('Jining: an employee\'s outpatient costs of the 3 days before admission merge into the stay', () => {
    const jn = (date: string) => employeeClaim({ city: 'JINING', visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', date, person: { employeeCategory: 'ENTERPRISE', stays: [stay] }, items: [A(1000)] });
    const e = refused(jn('2024-02-27'), 'OUTPATIENT_MERGES_INTO_STAY', '004 §二(一)3, §三3①');
    expect(e.message).toContain('3 days');
    expect(settle(jn('2024-02-26')).basicPoolPayment).toBe(fen(720));
    refused(jn('2024-03-02'), 'OUTPATIENT_DURING_STAY', '004 §二(一)3, §三3①');
  });

  it('a stay overlapping a stay on record is refused; one after it settles', () => {
    const person = { employeeCategory: 'ENTERPRISE' as const, stays: [stay] };
    refused(employeeClaim({ admissionDate: '2024-03-09', date: '2024-03-20', person }), 'OVERLAPPING_STAY', LZ_PAUSE);
    expect(settle(employeeClaim({ admissionDate: '2024-03-10', date: '2024-03-20', person, items: [A(5000)] })).basicPoolPayment).toBe(fen(3760));
  });

  it('a stay over outpatient claims already settled inside it is refused, naming them; Jining also the 3 days before', () => {
    const visits = [{ date: '2024-02-28', visitType: 'OUTPATIENT' as const, reference: 'settlement A' }, { date: '2024-03-05', visitType: 'OUTPATIENT' as const, reference: 'settlement B' }];
    const stayClaim = (city: 'LANZHOU' | 'JINING', outpatientVisits = visits) => employeeClaim({
      city, institutionLevel: city === 'JINING' ? 'TERTIARY' : 'TERTIARY_A', admissionDate: '2024-03-01', date: '2024-03-10', items: [A(5000)],
      person: { employeeCategory: 'ENTERPRISE', outpatientVisits },
    });
    const lz = refused(stayClaim('LANZHOU'), 'OUTPATIENT_SETTLED_DURING_STAY', LZ_PAUSE);
    expect(lz.message).toContain('OUTPATIENT on 2024-03-05 (settlement B)');
    expect(lz.message).not.toContain('settlement A');
    expect(settle(stayClaim('LANZHOU', [visits[0]])).basicPoolPayment).toBe(fen(3760));
    const jn = refused(stayClaim('JINING', [visits[0]]), 'OUTPATIENT_SETTLED_DURING_STAY', '004 §二(一)3, §三3①');
    expect(jn.message).toContain('within 3 days before');
  });

  it('admission after discharge, or an admission date on an outpatient claim, is bad input', () => {
    expect(errorOf(() => settle(employeeClaim({ admissionDate: '2024-05-02' }))).code).toBe('INVALID_DATE_RANGE');
    expect(errorOf(() => settle(op('2024-05-01', { admissionDate: '2024-05-01' }))).code).toBe('INPUT_NOT_APPLICABLE');
  });

  it('day surgery lasts at most 48 hours: longer is settled as a stay', () => {
    const day = (admissionDate: string) => employeeClaim({ visitType: 'DAY_SURGERY', admissionDate, date: '2024-05-04', items: [A(10000)] });
    refused(day('2024-05-01'), 'DAY_SURGERY_TOO_LONG', '000 §二(二)1(6), ③');
    expect(settle(day('2024-05-02')).deductible).toBe(fen(700));
  });
});

describe('designations when the institution is known (附表1-1, 1-2, 2-1, 2-2, 5-2)', () => {
  const DESIGNATED = '000 §二(二)1(5)②, §二(二)1(6)②, §二(二)3, §三(二)1(7)②; 附表1-1, 1-2, 2-2, 3-2, 5-2';
  const day = (over: Partial<SettlementInput> = {}) => employeeClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'TERTIARY_A', items: [A(10000)], ...over });

  it('day surgery at a designated hospital for a listed disease: deductible 700, 9,300 × 94% = 8,742', () => {
    const r = settle(day({ institution: dayHospital, daySurgeryDiseaseCode: 'LZ-DS-01' }));
    expect(r.basicPoolPayment).toBe(fen(8742));
    expect(r.trace.filter((t) => t.ruleId === 'LZ-ELIG-DESIGNATION').map((t) => t.message)).toEqual([
      '兰州大学第一医院 is a 日间手术定点医疗机构 (day surgery)', 'day-surgery disease LZ-DS-01 慢性扁桃体炎',
    ]);
  });

  it('refused at a hospital without the designation', () => {
    const e = refused(day({ institution: plainHospital, daySurgeryDiseaseCode: 'LZ-DS-01' }), 'NOT_DESIGNATED', DESIGNATED);
    expect(e.message).toContain('某二级医院 is not a 日间手术定点医疗机构');
  });

  it('a known institution without the designation is refused as such before the level check', () => {
    // A community centre is no day-surgery hospital: the reason is the designation, not only its level.
    refused(day({ institutionLevel: 'PRIMARY', institution: tcmCentre, daySurgeryDiseaseCode: 'LZ-DS-01' }), 'NOT_DESIGNATED', DESIGNATED);
    expect(errorOf(() => settle(day({ institutionLevel: 'PRIMARY', daySurgeryDiseaseCode: 'LZ-DS-01' }))).code).toBe('LEVEL_NOT_ALLOWED');
  });

  it('refused without a listed disease when the institution is known; an unknown code always', () => {
    refused(day({ institution: dayHospital }), 'MISSING_DISEASE_CODE', '000 §二(二)1(6), 附表2-1');
    refused(day({ daySurgeryDiseaseCode: 'LZ-DS-99' }), 'UNKNOWN_DISEASE_CODE', '000 §二(二)1(6), 附表2-1');
  });

  it('by level alone the trace states both requirements and the claim settles', () => {
    const r = settle(day());
    expect(r.basicPoolPayment).toBe(fen(8742));
    const steps = r.trace.filter((t) => t.ruleId === 'LZ-ELIG-DESIGNATION').map((t) => t.message);
    expect(steps).toEqual([
      'DAY_SURGERY is settled only at a 日间手术定点医疗机构 (day surgery): an estimate by level does not check it',
      'day surgery is settled only for the 49 diseases of 附表2-1: no disease code given, not checked',
    ]);
  });

  it('the two private hospitals of 附表2-2 settle day surgery under the unknown-grade reading (三级甲等, 700), stated as an assumption', () => {
    const r = settle(day({ institutionLevel: 'UNRATED', institution: { name: '甘肃创伤骨科医院', designations: ['DAY_SURGERY'] }, daySurgeryDiseaseCode: 'LZ-DS-01' }));
    expect(r.deductible).toBe(fen(700));
    expect(r.basicPoolPayment).toBe(fen(8742)); // (10,000 − 700) × 94%
    expect(r.assumptions.map((a) => [a.kind, a.assumedLevel])).toEqual([['LEVEL_UNKNOWN', 'TERTIARY_A']]);
  });

  it('outpatient negotiated drugs only at a designated institution or pharmacy, also on another outpatient visit', () => {
    const drug = A(1000, { negotiatedDrug: true });
    refused(employeeClaim({ visitType: 'NEGOTIATED_DRUG_OUTPATIENT', institutionLevel: 'SECONDARY', institution: plainHospital, items: [drug] }), 'NOT_DESIGNATED', DESIGNATED);
    const e = refused(employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', institution: plainHospital, items: [A(100), drug] }), 'NOT_DESIGNATED', DESIGNATED);
    expect(e.message).toContain('OUTPATIENT with negotiated drugs');
    expect(settle(employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'SECONDARY', institution: plainHospital, items: [A(1000)] })).basicPoolPayment).toBe(fen(480));
    const pharmacy = { name: '某指定零售药店', designations: ['NEGOTIATED_DRUG' as const] };
    expect(settle(employeeClaim({ visitType: 'NEGOTIATED_DRUG_OUTPATIENT', institutionLevel: 'PHARMACY', institution: pharmacy, items: [drug] })).basicPoolPayment).toBe(fen(675));
  });

  it('a day-surgery disease on another visit type is not applicable', () => {
    expect(errorOf(() => settle(employeeClaim({ daySurgeryDiseaseCode: 'LZ-DS-01' }))).code).toBe('DISEASE_NOT_APPLICABLE');
  });
});

describe('exclusions (000 §一(二)2; 004 §二3)', () => {
  it('a work injury is refused, naming the reason', () => {
    const e = refused(employeeClaim({ exclusionReason: 'WORK_INJURY' }), 'EXCLUDED_FROM_COVERAGE', '000 §一(二)2');
    expect(e.field).toEqual(['exclusionReason']);
    expect(e.message).toContain('工伤');
  });

  it.each(['THIRD_PARTY_LIABLE', 'PUBLIC_HEALTH', 'ABROAD', 'WELLNESS_OR_COSMETIC', 'UNLAWFUL_ACT', 'TRAFFIC_ACCIDENT', 'ALCOHOL_OR_DRUGS', 'FIGHT', 'SELF_HARM'] as const)(
    'Lanzhou refuses %s', (reason) => {
      refused(residentClaim({ exclusionReason: reason }), 'EXCLUDED_FROM_COVERAGE', '000 §一(二)2');
    },
  );

  it('Jining refuses the four of the law; a reason its source does not list settles with a trace step', () => {
    refused(employeeClaim({ city: 'JINING', institutionLevel: 'TERTIARY', exclusionReason: 'THIRD_PARTY_LIABLE' }), 'EXCLUDED_FROM_COVERAGE', '004 §二3 (社会保险法第三十条)');
    const r = settle(employeeClaim({ city: 'JINING', institutionLevel: 'TERTIARY', exclusionReason: 'TRAFFIC_ACCIDENT' }));
    expect(r.basicPoolPayment).toBeGreaterThan(0);
    expect(r.trace[0].ruleId).toBe('JN-ELIG-EXCLUSION');
  });

  it('a claim without a reason settles as before, with no eligibility step in its trace', () => {
    expect(ruleIds(employeeClaim()).filter((id) => id.includes('ELIG'))).toEqual([]);
  });
});

describe('cross-province chronic care (000 §六(二)4(1), 附表8-2)', () => {
  const chronic = (code: string, crossProvince: boolean) => employeeClaim({
    visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'SECONDARY', chronicDiseaseCodes: [code], items: [A(1000)],
    remote: { crossProvince, filing: 'LONG_TERM_RESIDENT' },
  });

  it('only the 5 national categories settle directly; others go to manual settlement with the 附表8-2 documents', () => {
    const e = refused(chronic('LZ-EC-15', true), 'MANUAL_SETTLEMENT_REQUIRED', '000 §六(二)4(1); 附表8-2'); // 癫痫
    expect(e.field).toEqual(['chronicDiseaseCodes', '0']);
    expect(e.message).toContain('诚信承诺书');
    expect(e.message).toContain('透析记录');
  });

  it('hypertension settles directly: 1,000 × 70% = 700', () => {
    expect(settle(chronic('LZ-EC-09', true)).basicPoolPayment).toBe(fen(700));
    expect(settle(chronic('LZ-EC-06', true)).basicPoolPayment).toBe(fen(900)); // dialysis 90%
  });

  it('in-province remote chronic care is not limited', () => {
    expect(settle(chronic('LZ-EC-15', false)).basicPoolPayment).toBe(fen(700));
  });
});

describe('students away from home (000 §六(二)5(4))', () => {
  const stay = (remote: SettlementInput['remote']) => residentClaim({ items: [A(10000)], remote });

  it('a self-referred cross-province stay loses 5 points; a student on vacation keeps the home rate', () => {
    expect(settle(stay({ crossProvince: true, filing: 'SELF_REFERRAL' })).basicPoolPayment).toBe(fen(7680)); // 9,600 × 80%
    const r = settle(stay({ crossProvince: true, filing: 'SELF_REFERRAL', studentAbsence: 'VACATION' }));
    expect(r.basicPoolPayment).toBe(fen(8160)); // 9,600 × 85%
    expect(r.trace.find((t) => t.ruleId === 'LZ-REMOTE')?.clause).toBe('000 §六(二)5(4)');
  });

  it('the reason does not apply to employees, to outpatient care, or in Jining', () => {
    const absence = { crossProvince: true, filing: 'SELF_REFERRAL' as const, studentAbsence: 'INTERNSHIP' as const };
    expect(errorOf(() => settle(employeeClaim({ remote: absence }))).code).toBe('INPUT_NOT_APPLICABLE');
    expect(errorOf(() => settle(residentClaim({ visitType: 'OUTPATIENT', remote: absence }))).code).toBe('INPUT_NOT_APPLICABLE');
    expect(errorOf(() => settle(residentClaim({ city: 'JINING', remote: absence }))).code).toBe('INPUT_NOT_APPLICABLE');
  });
});
