/**
 * Acceptance of issue 13: every non-pharmacy Lanzhou institution of the directory prices an
 * employee stay estimate by institutionId, and every designated day-surgery hospital prices
 * day surgery. A hospital the sources rate 三级 without a grade settles as 三级甲等, one they
 * rate 民营 or not at all (UNRATED) as 三级甲等 too (the pack's readings), each with its
 * assumption on the result; graded ones settle at their own level with none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import {
  allInstitutions, DAY_SURGERY_BY_LEVEL, DAY_SURGERY_ITEMS, employeeEstimate, estimate, STAY_BY_LEVEL,
} from './support';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** The level a claim settles at, and the assumption it carries, for a directory level. */
const SETTLED_AS: Record<string, { level: string; assumption: string | null }> = {
  PRIMARY: { level: 'PRIMARY', assumption: null },
  SECONDARY: { level: 'SECONDARY', assumption: null },
  TERTIARY: { level: 'TERTIARY_A', assumption: 'GRADE_UNKNOWN' },
  TERTIARY_B: { level: 'TERTIARY_B', assumption: null },
  TERTIARY_A: { level: 'TERTIARY_A', assumption: null },
  UNRATED: { level: 'TERTIARY_A', assumption: 'LEVEL_UNKNOWN' },
};

describe('every Lanzhou institution prices a claim by institutionId', () => {
  it('an employee stay at each of the 78 non-pharmacy institutions', async () => {
    const all = await allInstitutions(server, { city: 'LANZHOU' });
    const hospitals = all.filter((i) => i.level !== 'PHARMACY');
    expect(hospitals).toHaveLength(78);
    expect(hospitals.filter((i) => i.level === 'UNRATED')).toHaveLength(32);
    for (const hospital of hospitals) {
      const body = await estimate(server, employeeEstimate({ institutionId: hospital.id }));
      expect(body.errors, `${hospital.code} ${hospital.name}`).toBeUndefined();
      const result = body.data!.estimateSettlement;
      const as = SETTLED_AS[hospital.level];
      expect(result, `${hospital.code} ${hospital.name} (${hospital.level})`).toMatchObject(STAY_BY_LEVEL[as.level]);
      expect(result.assumptions.map((a: any) => a.code)).toEqual(as.assumption ? [as.assumption] : []);
      if (as.assumption) expect(result.assumptions[0]).toMatchObject({ assumedLevel: 'TERTIARY_A' });
    }
  });

  it('day surgery at each of the 34 designated day-surgery hospitals (附表2-2), the two 民营 ones included', async () => {
    const designated = await allInstitutions(server, { city: 'LANZHOU', designation: 'DAY_SURGERY' });
    expect(designated).toHaveLength(34);
    expect(designated.filter((i) => i.level === 'UNRATED').map((i) => i.name)).toEqual(['甘肃创伤骨科医院', '兰州医博肛肠医院']);
    for (const hospital of designated) {
      const body = await estimate(server, employeeEstimate({ visitType: 'DAY_SURGERY', institutionId: hospital.id, daySurgeryDiseaseCode: 'LZ-DS-01', items: DAY_SURGERY_ITEMS }));
      expect(body.errors, `${hospital.code} ${hospital.name}`).toBeUndefined();
      const as = SETTLED_AS[hospital.level];
      expect(body.data!.estimateSettlement, `${hospital.code} ${hospital.name}`).toMatchObject(DAY_SURGERY_BY_LEVEL[as.level]);
    }
  });

  it('the assumption says what was assumed, with the pack parameter and clause a client can show', async () => {
    const [campus] = await allInstitutions(server, { search: '安宁医疗区' });
    const body = await estimate(server, employeeEstimate({ institutionId: campus.id }));
    expect(body.data!.estimateSettlement.assumptions).toEqual([{
      code: 'LEVEL_UNKNOWN',
      message: 'grade unknown: hospital of unknown level (民营或未定级) settled as 三级甲等',
      parameter: 'unratedHospitalLevel',
      clause: '000 §二(二)1(2)(4)(6), §三(二)1(4)(6), 附表2-2',
      assumedLevel: 'TERTIARY_A',
    }]);
    expect(body.data!.estimateSettlement.trace[0]).toMatchObject({ ruleId: 'LZ-LEVEL' });
    const [tertiary] = await allInstitutions(server, { search: '兰州市第一人民医院' });
    const graded = await estimate(server, employeeEstimate({ institutionId: tertiary.id }));
    expect(graded.data!.estimateSettlement.assumptions).toEqual([expect.objectContaining({
      code: 'GRADE_UNKNOWN', message: 'grade unknown: tertiary hospital (三级) settled as 三级甲等', parameter: 'ungradedTertiaryStayLevel',
    })]);
  });

  it('a visit type the assumed level is not open to is still refused: resident outpatient only at 一级/二级', async () => {
    const [campus] = await allInstitutions(server, { search: '安宁医疗区' });
    const body = await estimate(server, {
      city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'OUTPATIENT', date: '2024-05-01', person: {}, institutionId: campus.id,
      items: [{ name: '检查', category: 'CLASS_A', amount: '100.00' }],
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('LEVEL_NOT_ALLOWED');
  });
});
