/** Validation: every bad input is a typed SettlementError with a code and a field path. */
import { describe, expect, it } from 'vitest';
import { settle } from '../../src/engine';
import { A, B, employeeClaim, errorOf, fen, residentClaim } from './helpers';

describe('settle validation', () => {
  it.each([
    ['EMPTY_ITEMS', ['items'], () => settle(employeeClaim({ items: [] }))],
    ['INVALID_AMOUNT', ['items', '1', 'amount'], () => settle(employeeClaim({ items: [A(1), { name: 'x', category: 'CLASS_A', amountFen: -1 }] }))],
    ['INVALID_AMOUNT', ['items', '0', 'amount'], () => settle(employeeClaim({ items: [{ name: 'x', category: 'CLASS_A', amountFen: 1.5 }] }))],
    ['INVALID_AMOUNT', ['items', '0', 'amount'], () => settle(employeeClaim({ items: [{ name: 'x', category: 'CLASS_A', amountFen: 10_000_000_001 }] }))],
    ['INVALID_DATE', ['date'], () => settle(employeeClaim({ date: '2024-02-30' }))],
    ['INVALID_DATE', ['date'], () => settle(employeeClaim({ date: '2024-5-1' }))],
    ['INVALID_DATE', ['date'], () => settle(employeeClaim({ date: '2023-02-29' }))],
    ['MISSING_EMPLOYEE_CATEGORY', ['person', 'employeeCategory'], () => settle(employeeClaim({ person: {} }))],
    ['INVALID_ENROLLMENT_YEARS', ['person', 'consecutiveEnrollmentYears'], () => settle(residentClaim({ person: { consecutiveEnrollmentYears: 0 } }))],
    ['VISIT_TYPE_NOT_OPEN', ['visitType'], () => settle(employeeClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['DIABETES'] }))],
    ['LEVEL_NOT_ALLOWED', ['institutionLevel'], () => settle(employeeClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PHARMACY' }))],
    ['LEVEL_NOT_ALLOWED', ['institutionLevel'], () => settle(residentClaim({ visitType: 'OUTPATIENT', institutionLevel: 'TERTIARY_A' }))],
    ['LEVEL_NOT_ALLOWED', ['institutionLevel'], () => settle(employeeClaim({ visitType: 'DAY_SURGERY', institutionLevel: 'PRIMARY' }))],
    ['LEVEL_NOT_ALLOWED', ['institutionLevel'], () => settle(employeeClaim({ institutionLevel: 'PHARMACY' }))],
    ['LEVEL_NOT_ALLOWED', ['institutionLevel'], () => settle(residentClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'SECONDARY', tcmDayDiseaseCode: 'LZ-TCMD-01' }))],
    ['MISSING_DISEASE_CODE', ['chronicDiseaseCodes'], () => settle(employeeClaim({ visitType: 'CHRONIC_OUTPATIENT' }))],
    ['UNKNOWN_DISEASE_CODE', ['chronicDiseaseCodes', '0'], () => settle(employeeClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-RC-01'] }))],
    ['TOO_MANY_DISEASES', ['chronicDiseaseCodes'], () => settle(employeeClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-EC-01', 'LZ-EC-02', 'LZ-EC-03'] }))],
    ['DUPLICATE_DISEASE', ['chronicDiseaseCodes'], () => settle(employeeClaim({ visitType: 'CHRONIC_OUTPATIENT', chronicDiseaseCodes: ['LZ-EC-01', 'LZ-EC-01'] }))],
    ['UNKNOWN_DISEASE_CODE', ['majorDiseaseCode'], () => settle(residentClaim({ majorDiseaseCode: 'LZ-MD-99' }))],
    ['DISEASE_NOT_APPLICABLE', ['majorDiseaseCode'], () => settle(employeeClaim({ majorDiseaseCode: 'LZ-MD-07' }))],
    ['MISSING_DISEASE_CODE', ['twoDiseases'], () => settle(residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT' }))],
    ['TWO_DISEASE_EXCLUDED', ['twoDiseases', '0'], () => settle(residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION'], chronicDiseaseCodes: ['LZ-RC-10'] }))],
    ['TWO_DISEASE_EXCLUDED', ['twoDiseases', '1'], () => settle(residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION', 'DIABETES'], chronicDiseaseCodes: ['LZ-RC-09'] }))],
    ['MISSING_DISEASE_CODE', ['tcmDayDiseaseCode'], () => settle(residentClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY' }))],
    ['UNKNOWN_DISEASE_CODE', ['tcmDayDiseaseCode'], () => settle(residentClaim({ visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', tcmDayDiseaseCode: 'LZ-TCMD-07' }))],
    ['UNKNOWN_DISEASE_CODE', ['person', 'assistanceMajorDiseaseCode'], () => settle(residentClaim({ person: { assistanceCategory: 'ORPHAN', assistanceMajorDiseaseCode: 'LZ-AMD-36' } }))],
    ['INVALID_ACCUMULATOR', ['accumulators', 'stays'], () => settle(employeeClaim(), { stays: -1 })],
    ['ZERO_TOTAL', ['items'], () => settle(employeeClaim({ items: [A(0), B(0)] }))],
    ['INVALID_AMOUNT', ['items'], () => settle(employeeClaim({ items: [A(60_000_000), A(60_000_000)] }))],
    ['NO_POLICY_PACK', ['date'], () => settle(employeeClaim({ city: 'YINCHUAN', date: '2020-12-31' }))],
  ] as const)('%s at %j', (code, field, call) => {
    const e = errorOf(call);
    expect(e.code).toBe(code);
    expect(e.field).toEqual(field);
    expect(e.message.length).toBeGreaterThan(0);
  });

  it('the two-disease benefit is open to a person approved for an unrelated chronic disease', () => {
    const r = settle(residentClaim({ visitType: 'TWO_DISEASE_OUTPATIENT', twoDiseases: ['HYPERTENSION'], chronicDiseaseCodes: ['LZ-RC-09'] }));
    expect(r.basicPoolPayment).toBe(fen(400)); // 1,000 × 70% capped at 400
  });

  it('a leap day is a date', () => {
    expect(settle(employeeClaim({ date: '2024-02-29' })).accumulatorYear).toBe(2024);
  });

  it('a tertiary hospital of unknown grade settles a stay as grade A', () => {
    const r = settle(employeeClaim({ institutionLevel: 'TERTIARY' }));
    expect(r.deductible).toBe(fen(1_000));
  });
});
