/**
 * The Jining and Yinchuan packs as data: selection by city and date, every parameter dated
 * and cited in its own source, the readings the packs name, and the catalogue as the one
 * source of the Yinchuan caps.
 */
import { describe, expect, it } from 'vitest';
import { YINCHUAN_EMPLOYEE_CHRONIC, YINCHUAN_RESIDENT_CHRONIC } from '../../src/catalogue/diseases';
import { describePack, findPack, JINING_2024, POLICY_PACKS, selectPack, YINCHUAN_2021 } from '../../src/policy';

describe('pack selection', () => {
  it('each city has its pack in force', () => {
    expect(selectPack('JINING', '2024-01-01').id).toBe('jining-2024');
    expect(selectPack('JINING', '2027-12-31').id).toBe('jining-2024');
    expect(selectPack('YINCHUAN', '2021-01-01').id).toBe('yinchuan-2021');
    expect(selectPack('YINCHUAN', '2024-06-30').id).toBe('yinchuan-2021');
    expect(() => selectPack('JINING', '2023-12-31')).toThrowError(/earliest starts 2024-01-01/);
    expect(() => selectPack('YINCHUAN', '2020-12-31')).toThrowError(/earliest starts 2021-01-01/);
  });

  it('lists every pack once, findable by id', () => {
    expect(POLICY_PACKS.map((p) => p.id)).toEqual(['lanzhou-2023', 'lanzhou-2024', 'jining-2024', 'yinchuan-2021']);
    expect(findPack('yinchuan-2021')).toBe(YINCHUAN_2021);
    expect(findPack('jining-2023')).toBeUndefined();
  });
});

describe('describePack', () => {
  it.each([[JINING_2024, '004'], [YINCHUAN_2021, '002']] as const)('%s: every parameter is dated, cited in its source and described in both languages', (pack, document) => {
    const d = describePack(pack);
    expect(d).toMatchObject({ id: pack.id, city: pack.city, effectiveFrom: pack.effectiveFrom, effectiveTo: null });
    expect(d.parameters.map((p) => p.name)).toEqual(Object.keys(pack.parameters));
    for (const p of d.parameters) {
      expect(p.source.startsWith(`${document} §`)).toBe(true);
      expect(p.effectiveFrom).toBe(pack.effectiveFrom);
      expect(p.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.description.en.length).toBeGreaterThan(10);
      expect(JSON.parse(p.valueJson)).toEqual(p.value);
    }
  });

  it('the ambiguous readings are named parameters', () => {
    const reading = (name: string) => describePack(JINING_2024).parameters.find((p) => p.name === name)?.reading;
    expect(reading('policyShareBp')).toMatch(/Default not in the source/);
    expect(reading('employeeStayCapFen')).toMatch(/cap on payments/);
    expect(reading('employeeOutpatientDeductibleFen')).toMatch(/累计补差/);
    expect(reading('accidentStay')).toMatch(/60% of the level/);
    expect(reading('tcmHospitalStayReductionFen')).toMatch(/before the n-th stay share/);
    expect(reading('residentCritical')).toMatch(/absolute/);
    const yc = describePack(YINCHUAN_2021).parameters.find((p) => p.name === 'chronicDeductibleFen');
    expect(yc?.reading).toMatch(/carried across visits/);
  });
});

describe('hand-read values', () => {
  const j = JINING_2024.parameters;

  it('Jining stays, outpatient and critical illness as the handbook states them', () => {
    expect(j.employeeStayDeductibleFen.value).toEqual({ PRIMARY: 30_000, SECONDARY: 50_000, TERTIARY: 60_000 });
    expect(j.employeeStayDeductibleStepsBp.value).toEqual([10_000, 5_000, 0]);
    expect(j.employeeStayCapFen.value).toBe(20_000_000);
    expect(j.largeAmount.value).toEqual({ rateBp: 9_000, capFen: 50_000_000 });
    expect(j.employeeOutpatientCapFen.value).toEqual({ activeFen: 350_000, retiredFen: 450_000 });
    expect(j.residentStayRatesBp.value.TERTIARY).toEqual({ adultBp: 6_000, minorBp: 6_500 });
    expect(j.residentCritical.value.bands.map((b) => [b.fromFen, b.rateBp])).toEqual([[1_200_000, 6_000], [10_000_000, 6_500], [20_000_000, 7_000], [30_000_000, 7_500]]);
    expect(j.birthSubsidyFen.value).toEqual([180_000, 200_000, 300_000]);
  });

  it('Yinchuan caps are the catalogue rows', () => {
    const y = YINCHUAN_2021.parameters.chronicDiseases.value;
    expect(y.EMPLOYEE.map((d) => [d.code, d.annualLimitFen])).toEqual(YINCHUAN_EMPLOYEE_CHRONIC.map((d) => [d.code, d.annualLimitFen]));
    expect(y.RESIDENT.map((d) => [d.code, d.annualLimitFen])).toEqual(YINCHUAN_RESIDENT_CHRONIC.map((d) => [d.code, d.annualLimitFen]));
    expect(y.RESIDENT.find((d) => d.code === 'M03900')?.annualLimitFen).toBe(240_000);
    expect(y.EMPLOYEE.find((d) => d.code === 'M00500')?.annualLimitFen).toBeNull();
    expect(YINCHUAN_2021.parameters.chronicRatesBp.value).toEqual({ EMPLOYEE: 7_500, RESIDENT: 6_000 });
  });
});

describe('issue 12: readings and rules the engine cannot compute are in the packs', () => {
  const param = (pack: typeof JINING_2024 | typeof YINCHUAN_2021, name: string) => describePack(pack).parameters.find((p) => p.name === name);
  it('the 纯中医疗法 reading names both readings, and the 大病 field is documented', () => {
    expect(param(JINING_2024, 'pureTcmStay')?.reading).toMatch(/RATE_REPLACES_BONUS.*BONUS_ON_TOP/s);
    expect(param(JINING_2024, 'employeeCritical')?.reading).toMatch(/largeAmountPayment/);
  });
  it('every NC rule has a clause and a reason', () => {
    for (const pack of [JINING_2024, YINCHUAN_2021]) {
      const rules = param(pack, 'notComputable')!.value as { clause: string; rule: string; reason: string }[];
      expect(rules.length).toBeGreaterThan(2);
      for (const r of rules) {
        expect(r.clause).toMatch(/^00[24] §/);
        expect(r.reason.length).toBeGreaterThan(20);
      }
    }
  });
});
