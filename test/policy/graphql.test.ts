/**
 * The policy packs and the what-if in GraphQL, executed on the schema: `policyPacks` lists
 * every pack with every parameter and its clause; `compareSettlement` settles one bill at each
 * level (or says why not) with the difference to the current level; the new claim inputs
 * reach the engine through `estimateSettlement`.
 */
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context';
import { JINING_2024 } from '../../src/policy';
import { schema } from '../../src/schema';

const ctx = { caller: { kind: 'PUBLIC' } } as unknown as Context;

async function run(source: string, variableValues?: Record<string, unknown>) {
  const result = await graphql({ schema, source, variableValues, contextValue: ctx });
  return result as { data?: any; errors?: readonly { message: string; extensions: Record<string, unknown> }[] };
}

describe('policyPacks', () => {
  it('lists every pack with its dates and every parameter with value, date, clause and description', async () => {
    const r = await run(`{ policyPacks { code city version effectiveFrom effectiveTo basis { zh en }
      parameters { name value effectiveFrom source description { zh en } reading } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.policyPacks.map((p: any) => [p.code, p.city, p.effectiveFrom, p.effectiveTo])).toEqual([
      ['lanzhou-2023', 'LANZHOU', '2023-01-01', '2023-12-31'],
      ['lanzhou-2024', 'LANZHOU', '2024-01-01', null],
      ['jining-2024', 'JINING', '2024-01-01', null],
      ['yinchuan-2021', 'YINCHUAN', '2021-01-01', null],
    ]);
    const jining = r.data.policyPacks[2];
    expect(jining.parameters).toHaveLength(Object.keys(JINING_2024.parameters).length);
    expect(jining.parameters.find((p: any) => p.name === 'employeeStayCapFen')).toMatchObject({
      value: '20000000', effectiveFrom: '2024-01-01', source: '004 §二(一)1注(4)',
    });
  });

  it('filters by city and reads one pack by code', async () => {
    const r = await run('{ policyPacks(city: YINCHUAN) { code } policyPack(code: "jining-2024") { version } none: policyPack(code: "x") { id } }');
    expect(r.data).toEqual({ policyPacks: [{ code: 'yinchuan-2021' }], policyPack: { version: '2024' }, none: null });
  });

  it('is a Node: an opaque global id that node(id:) reads back; the deprecated id argument still takes the code', async () => {
    const r = await run('{ policyPack(code: "yinchuan-2021") { id code } old: policyPack(id: "yinchuan-2021") { code } }');
    const id = r.data.policyPack.id;
    expect(id).not.toContain('yinchuan');
    expect(atob(id)).toBe('PolicyPack:yinchuan-2021');
    expect(r.data.old).toEqual({ code: 'yinchuan-2021' });
    const back = await run('query($id: ID!) { node(id: $id) { id ... on PolicyPack { code effectiveFrom } } }', { id });
    expect(back.data.node).toEqual({ id, code: 'yinchuan-2021', effectiveFrom: '2021-01-01' });
  });
});

const COMPARE = `query ($input: SettlementInput!, $levels: [InstitutionLevel!]) {
  compareSettlement(input: $input, levels: $levels) {
    level current personalPaymentDifference
    settlement { basicPoolPayment personalPayment policyPack }
    refusal { code field }
  }
}`;

describe('compareSettlement', () => {
  it('settles a Jining resident stay at each level, with the difference to the current level', async () => {
    const input = {
      city: 'JINING', scheme: 'RESIDENT', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY',
      person: {}, items: [{ name: '床位费', category: 'CLASS_A', amount: '10000.00' }],
    };
    const r = await run(COMPARE, { input, levels: ['PRIMARY', 'SECONDARY', 'TERTIARY_A', 'PHARMACY'] });
    expect(r.errors).toBeUndefined();
    // primary (10,000 − 100) × 85% = 8,415; secondary 9,600 × 75% = 7,200; tertiary 9,200 × 60% = 5,520
    expect(r.data.compareSettlement).toEqual([
      { level: 'PRIMARY', current: false, personalPaymentDifference: '-1215.00', settlement: { basicPoolPayment: '8415.00', personalPayment: '1585.00', policyPack: 'jining-2024' }, refusal: null },
      { level: 'SECONDARY', current: true, personalPaymentDifference: '0.00', settlement: { basicPoolPayment: '7200.00', personalPayment: '2800.00', policyPack: 'jining-2024' }, refusal: null },
      { level: 'TERTIARY_A', current: false, personalPaymentDifference: '1680.00', settlement: { basicPoolPayment: '5520.00', personalPayment: '4480.00', policyPack: 'jining-2024' }, refusal: null },
      { level: 'PHARMACY', current: false, personalPaymentDifference: null, settlement: null, refusal: { code: 'LEVEL_NOT_ALLOWED', field: ['input', 'institutionLevel'] } },
    ]);
  });

  it('without a level, compares every level and marks none current', async () => {
    const input = {
      city: 'JINING', scheme: 'EMPLOYEE', visitType: 'OUTPATIENT', date: '2024-05-01',
      person: { employeeCategory: 'ENTERPRISE' }, items: [{ name: '检查费', category: 'CLASS_A', amount: '400.00' }],
    };
    const r = await run(COMPARE, { input });
    const rows = r.data.compareSettlement;
    expect(rows.map((x: any) => x.level)).toEqual(['PRIMARY', 'SECONDARY', 'TERTIARY', 'TERTIARY_B', 'TERTIARY_A', 'PHARMACY', 'UNRATED']);
    expect(rows.every((x: any) => x.current === false && x.personalPaymentDifference === null)).toBe(true);
    // 300 × 80% = 240; 200 × 70% = 140; 100 × 60% = 60
    expect(rows.slice(0, 3).map((x: any) => x.settlement.basicPoolPayment)).toEqual(['240.00', '140.00', '60.00']);
  });

  it('a problem with the bill itself fails the query as estimateSettlement does', async () => {
    const input = {
      city: 'JINING', scheme: 'EMPLOYEE', visitType: 'DAY_SURGERY', date: '2024-05-01', institutionLevel: 'SECONDARY',
      person: { employeeCategory: 'ENTERPRISE' }, items: [{ name: 'x', category: 'CLASS_A', amount: '1.00' }],
    };
    const r = await run(COMPARE, { input });
    expect(r.errors?.[0].extensions.code).toBe('VISIT_TYPE_NOT_OPEN');
  });
});

describe('estimateSettlement with the Jining and Yinchuan inputs', () => {
  const ESTIMATE = 'query ($input: SettlementInput!) { estimateSettlement(input: $input) { basicPoolPayment deductible trace { ruleId } } }';

  it('childOrder, signedFamilyDoctor, accident, student, chronicClass and insulin reach the engine', async () => {
    const base = { city: 'JINING', scheme: 'RESIDENT', date: '2024-05-01', person: {} };
    const item = (amount: string) => [{ name: 'x', category: 'CLASS_A', amount }];
    const birth = await run(ESTIMATE, { input: { ...base, visitType: 'INPATIENT', institutionLevel: 'SECONDARY', childOrder: 'THIRD_OR_LATER', items: item('5000.00') } });
    expect(birth.data.estimateSettlement.basicPoolPayment).toBe('3000.00');
    const signed = await run(ESTIMATE, { input: { ...base, visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', signedFamilyDoctor: true, items: item('100.00') } });
    expect(signed.data.estimateSettlement.basicPoolPayment).toBe('60.00');
    const student = await run(ESTIMATE, { input: { ...base, person: { student: true }, visitType: 'OUTPATIENT', institutionLevel: 'TERTIARY_A', accident: true, items: item('100.00') } });
    expect(student.data.estimateSettlement.basicPoolPayment).toBe('80.00');
    const chronic = await run(ESTIMATE, { input: { ...base, visitType: 'CHRONIC_OUTPATIENT', institutionLevel: 'PRIMARY', chronicClass: 'B', tcmHospital: true, condition: 'TUBERCULOSIS', items: item('1400.00') } });
    expect(chronic.data.estimateSettlement).toMatchObject({ deductible: '400.00', basicPoolPayment: '650.00' }); // 1,000 × 65%
    const insulin = await run(ESTIMATE, { input: { ...base, visitType: 'TWO_DISEASE_OUTPATIENT', institutionLevel: 'SECONDARY', twoDiseases: ['DIABETES'], insulin: true, items: item('1000.00') } });
    expect(insulin.data.estimateSettlement.basicPoolPayment).toBe('600.00'); // 700 due, cap 600; at a secondary institution no general-outpatient overflow
  });

  it('a Yinchuan cross-province chronic visit', async () => {
    const r = await run(ESTIMATE, { input: {
      city: 'YINCHUAN', scheme: 'RESIDENT', visitType: 'CHRONIC_OUTPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
      person: {}, chronicDiseaseCodes: ['M01600'], remote: { crossProvince: true, filing: 'RELOCATED_RETIREE' },
      items: [{ name: '胰岛素', category: 'CLASS_B', amount: '1500.00' }],
    } });
    expect(r.data.estimateSettlement).toEqual({ basicPoolPayment: '600.00', deductible: '500.00', trace: [{ ruleId: 'YC-SCOPE' }, { ruleId: 'YC-CHRONIC-XP' }] });
  });
});
