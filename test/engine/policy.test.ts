/**
 * Policy packs: selection by service date, the earlier version, describePack, and the
 * catalogue as the one source of disease caps and limits.
 */
import { describe, expect, it } from 'vitest';
import { LANZHOU_EMPLOYEE_CHRONIC, LANZHOU_MAJOR_DISEASES, LANZHOU_RESIDENT_CHRONIC } from '../../src/catalogue/diseases';
import { describePack, selectPack, settle, SettlementError } from '../../src/engine';
import { LANZHOU_2023, LANZHOU_2024 } from '../../src/policy';
import { employeeClaim, errorOf } from './helpers';

describe('selectPack', () => {
  it('picks the pack in force on the service date', () => {
    expect(selectPack('LANZHOU', '2024-01-01').id).toBe('lanzhou-2024');
    expect(selectPack('LANZHOU', '2026-07-01').id).toBe('lanzhou-2024');
    expect(selectPack('LANZHOU', '2023-12-31').id).toBe('lanzhou-2023');
    expect(selectPack('LANZHOU', '2023-01-01').id).toBe('lanzhou-2023');
  });

  it('the retiree account credit is 90 a month in 2023 (001) and 120 in 2024 (000)', () => {
    expect(selectPack('LANZHOU', '2023-06-30').parameters.retireeAccountMonthlyCreditFen).toMatchObject({ value: 9_000, source: '001 第十六条', effectiveFrom: '2023-01-01' });
    expect(selectPack('LANZHOU', '2024-06-30').parameters.retireeAccountMonthlyCreditFen.value).toBe(12_000);
  });

  it('a date before any pack is NO_POLICY_PACK', () => {
    expect(() => selectPack('LANZHOU', '2022-12-31')).toThrowError(/earliest starts 2023-01-01/);
    const e = errorOf(() => settle(employeeClaim({ date: '2022-12-31' })));
    expect(e.code).toBe('NO_POLICY_PACK');
    expect(e.field).toEqual(['date']);
  });

  it('a date before a city\'s first pack is NO_POLICY_PACK', () => {
    expect(() => selectPack('JINING', '2023-12-31')).toThrowError(SettlementError);
    expect(() => selectPack('YINCHUAN', '2020-12-31')).toThrowError(SettlementError);
  });

  it('settle reports the pack it used', () => {
    expect(settle(employeeClaim({ date: '2023-05-01' })).policyPack).toBe('lanzhou-2023');
    expect(settle(employeeClaim({ date: '2024-05-01' })).policyPack).toBe('lanzhou-2024');
  });
});

describe('describePack', () => {
  it('lists every parameter with value, effective date and clause', () => {
    const d = describePack(LANZHOU_2024);
    expect(d).toMatchObject({ id: 'lanzhou-2024', city: 'LANZHOU', effectiveFrom: '2024-01-01', effectiveTo: null });
    expect(d.parameters.length).toBe(Object.keys(LANZHOU_2024.parameters).length);
    for (const p of d.parameters) {
      expect(p.source).toMatch(/^00[0-4]/);
      expect(p.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.description.zh.length).toBeGreaterThan(0);
      expect(p.description.en.length).toBeGreaterThan(0);
      expect(JSON.parse(p.valueJson)).toEqual(p.value);
    }
    const ceiling = d.parameters.find((p) => p.name === 'employeeStayLimit');
    expect(ceiling?.value).toEqual({ kind: 'COST_CEILING', positionFen: 6_000_000 });
    expect(ceiling?.reading).toMatch(/ceiling/);
  });

  it('the 2023 pack differs from 2024 only where a source dates it', () => {
    const a = describePack(LANZHOU_2023).parameters;
    const b = describePack(LANZHOU_2024).parameters;
    const changed = a.filter((p, i) => p.valueJson !== b[i].valueJson).map((p) => p.name);
    expect(changed).toEqual(['retireeAccountMonthlyCreditFen']);
  });
});

describe('catalogue-derived parameters', () => {
  const p = LANZHOU_2024.parameters;

  it('chronic caps and validity are the catalogue rows', () => {
    expect(p.employeeChronicDiseases.value).toHaveLength(36);
    expect(p.residentChronicDiseases.value).toHaveLength(45);
    p.employeeChronicDiseases.value.forEach((rule, i) => {
      expect(rule).toMatchObject({ code: LANZHOU_EMPLOYEE_CHRONIC[i].code, annualLimitFen: LANZHOU_EMPLOYEE_CHRONIC[i].annualLimitFen, validityYears: LANZHOU_EMPLOYEE_CHRONIC[i].validityYears });
    });
    p.residentChronicDiseases.value.forEach((rule, i) => expect(rule.annualLimitFen).toBe(LANZHOU_RESIDENT_CHRONIC[i].annualLimitFen));
  });

  it('special chronic rates are found by name', () => {
    const rate = (rules: typeof p.employeeChronicDiseases.value, name: string) => rules.find((r) => r.name === name)?.rateBp;
    expect(rate(p.employeeChronicDiseases.value, '慢性肾衰竭透析治疗')).toBe(9_000);
    expect(rate(p.employeeChronicDiseases.value, '器官移植抗排异治疗')).toBe(8_000);
    expect(rate(p.employeeChronicDiseases.value, '恶性肿瘤放疗')).toBe(7_000);
    expect(rate(p.residentChronicDiseases.value, '慢性肾衰竭透析治疗')).toBe(9_000);
    expect(rate(p.residentChronicDiseases.value, '器官移植抗排异治疗')).toBe(7_000);
  });

  it('major-disease limits are the catalogue rows', () => {
    expect(p.majorDiseases.value.map((d) => d.annualLimitFen)).toEqual(LANZHOU_MAJOR_DISEASES.map((d) => d.annualLimitFen));
  });

  it('two-disease caps 400 / 800 / 1,200', () => {
    expect(p.twoDiseaseLimits.value.map((l) => l.annualLimitFen).sort((x, y) => x - y)).toEqual([40_000, 80_000, 120_000]);
  });
});
