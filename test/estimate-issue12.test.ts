/**
 * `estimateSettlement` over HTTP for the benefit lines of issue 12, hand-worked from the
 * sources: Jining 特药 (004 §二(二)7②), 罕见病 (§二(二)7③), 长期护理 (§七7-8), 纯中医疗法 stays
 * (§二(一)1注(2)), the employee 大病 layer in largeAmountPayment (§二(一)4), and Yinchuan's two
 * diseases on one bill (002 §一(二)2). Fund totals and the patient's part are checked exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';

const ESTIMATE = `query($input: SettlementInput!) { estimateSettlement(input: $input) {
  totalAmount policyAmount deductible basicPoolPayment largeAmountPayment criticalIllnessPayment
  fundPaymentTotal personalPayment lines { ruleId layer base rate amount } trace { ruleId clause } } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const item = (amount: string, extra: Record<string, unknown> = {}) => ({ name: '药品', category: 'CLASS_A', amount, ...extra });
const jining = (over: Record<string, unknown>) => ({
  city: 'JINING', scheme: 'RESIDENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', person: {}, ...over,
});
const employee = { scheme: 'EMPLOYEE', person: { employeeCategory: 'ENTERPRISE' } };

async function estimate(input: Record<string, unknown>) {
  const { body } = await server.gql(ESTIMATE, { input });
  return body;
}

describe('estimateSettlement, issue 12', () => {
  it('特药, resident: (30,000 − 20,000) × 80% = 8,000 by 居民大病保险', async () => {
    const body = await estimate(jining({ visitType: 'SPECIAL_DRUG', items: [item('30000.00')] }));
    expect(body.data.estimateSettlement).toMatchObject({
      deductible: '20000.00', basicPoolPayment: '0.00', criticalIllnessPayment: '8000.00', fundPaymentTotal: '8000.00', personalPayment: '22000.00',
    });
    expect(body.data.estimateSettlement.trace.some((t: any) => t.ruleId === 'JN-SPECIAL-DRUG' && t.clause.startsWith('004 §二'))).toBe(true);
  });

  it('特药, employee: 8,000 in largeAmountPayment (职工大额医疗费用补助)', async () => {
    const body = await estimate(jining({ visitType: 'SPECIAL_DRUG', ...employee, items: [item('30000.00')] }));
    expect(body.data.estimateSettlement).toMatchObject({ largeAmountPayment: '8000.00', criticalIllnessPayment: '0.00', fundPaymentTotal: '8000.00', personalPayment: '22000.00' });
  });

  it('罕见病: 500,000 → 380,000 × 80% + 100,000 × 85% = 389,000', async () => {
    const body = await estimate(jining({ visitType: 'RARE_DISEASE_DRUG', rareDisease: 'FABRY', items: [item('500000.00')] }));
    const s = body.data.estimateSettlement;
    expect(s).toMatchObject({ fundPaymentTotal: '389000.00', personalPayment: '111000.00', criticalIllnessPayment: '389000.00' });
    expect(s.lines.map((l: any) => [l.ruleId, l.rate, l.amount])).toEqual([['JN-RARE-DISEASE', '80.00', '304000.00'], ['JN-RARE-DISEASE', '85.00', '85000.00']]);
  });

  it('长期护理: employee medical care at a secondary hospital 85%; resident home care 30 a day', async () => {
    const medical = await estimate(jining({
      visitType: 'LONG_TERM_CARE', ...employee, institutionLevel: 'SECONDARY', longTermCare: { kind: 'MEDICAL_CARE', days: 30 }, items: [item('6000.00')],
    }));
    expect(medical.data.estimateSettlement).toMatchObject({ deductible: '0.00', fundPaymentTotal: '5100.00', personalPayment: '900.00' });
    const home = await estimate(jining({ visitType: 'LONG_TERM_CARE', institutionLevel: 'UNRATED', longTermCare: { kind: 'HOME_CARE', days: 30 }, items: [item('1500.00')] }));
    expect(home.data.estimateSettlement).toMatchObject({ fundPaymentTotal: '900.00', personalPayment: '600.00' });
    // grade 3 resident asking for medical care: institutional standard 70% of 6,000
    const grade3 = await estimate(jining({
      visitType: 'LONG_TERM_CARE', institutionLevel: 'TERTIARY', longTermCare: { kind: 'MEDICAL_CARE', days: 30, disabilityGrade: 3 }, items: [item('6000.00')],
    }));
    expect(grade3.data.estimateSettlement).toMatchObject({ fundPaymentTotal: '4200.00', personalPayment: '1800.00' });
  });

  it('长期护理 without its input, or with grade 1, is a coded error', async () => {
    const missing = await estimate(jining({ visitType: 'LONG_TERM_CARE', items: [item('100.00')] }));
    expect(missing.errors![0].extensions).toMatchObject({ code: 'MISSING_LONG_TERM_CARE' });
    const grade1 = await estimate(jining({ visitType: 'LONG_TERM_CARE', longTermCare: { kind: 'HOME_CARE', days: 3, disabilityGrade: 1 }, items: [item('100.00')] }));
    expect(grade1.errors![0].extensions).toMatchObject({ code: 'CARE_GRADE_NOT_ELIGIBLE', field: ['input', 'longTermCare', 'disabilityGrade'] });
  });

  it('纯中医疗法 stay, active employee at tertiary: (10,000 − 500) × 90% = 8,550', async () => {
    const body = await estimate(jining({ visitType: 'INPATIENT', ...employee, pureTcmTherapy: true, items: [item('10000.00')] }));
    expect(body.data.estimateSettlement).toMatchObject({ deductible: '500.00', basicPoolPayment: '8550.00', personalPayment: '1450.00' });
  });

  it('Yinchuan, two diseases on one bill: each item names its disease', async () => {
    const body = await estimate({
      city: 'YINCHUAN', scheme: 'RESIDENT', visitType: 'CHRONIC_OUTPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', person: {},
      chronicDiseaseCodes: ['M03900', 'M00500'], remote: { crossProvince: true, filing: 'LONG_TERM_RESIDENT' },
      items: [item('2000.00', { diseaseCode: 'M03900' }), item('10000.00', { diseaseCode: 'M00500' })],
    });
    expect(body.data.estimateSettlement).toMatchObject({ deductible: '500.00', fundPaymentTotal: '6900.00', personalPayment: '5100.00' });
  });
});
