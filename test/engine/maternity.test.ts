/**
 * Maternity insurance (生育保险) in the engine, Lanzhou (000 §二(一)1, §二(二)3, 附表3-1) and
 * Jining (004 §六). Every expected amount is worked by hand from the source text.
 */
import { describe, expect, it } from 'vitest';
import { maternityAllowance, settle, type SettlementInput, type SettlementResult } from '../../src/engine';
import type { MaternityAllowanceInput } from '../../src/engine/allowance';
import { A, B, errorOf, fen, S } from './helpers';

function lanzhou(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'MATERNITY_INPATIENT', date: '2024-06-10', institutionLevel: 'TERTIARY_A',
    person: { employeeCategory: 'ENTERPRISE' }, maternityProcedureCode: 'LZ-MAT-05', items: [A(3000), B(1000), S(200)], ...over,
  };
}

function jining(over: Partial<SettlementInput> = {}): SettlementInput {
  return { ...lanzhou(), city: 'JINING', maternityProcedureCode: 'JN-MAT-01', ...over };
}

const cross = { remote: { crossProvince: true } };

/** The invariants of every settlement: layers sum to the fund total, fund + person = total, nothing negative. */
function invariants(r: SettlementResult): void {
  const layers = r.basicPoolPayment + r.largeAmountPayment + r.criticalIllnessPayment + r.assistancePayment + r.secondaryAssistancePayment + r.maternityPayment;
  expect(layers).toBe(r.fundPaymentTotal);
  expect(r.fundPaymentTotal + r.personalPayment).toBe(r.totalAmount);
  expect(r.fullSelfPayAmount + r.preSelfPayAmount + r.policyAmount).toBe(r.totalAmount);
  expect(r.lines.reduce((s, l) => s + l.amountFen, 0)).toBe(r.fundPaymentTotal);
  for (const v of [r.maternityPayment, r.personalPayment, r.policyAmount, r.preSelfPayAmount]) expect(v).toBeGreaterThanOrEqual(0);
  expect(r.maternityPayment).toBeLessThanOrEqual(r.policyAmount);
}

function run(input: SettlementInput): SettlementResult {
  const r = settle(input);
  invariants(r);
  return r;
}

const rules = (r: SettlementResult) => r.trace.map((t) => t.ruleId);

describe('Lanzhou maternity: enrolment and waiting period (000 §二(一) 首次参保待遇享受等待期)', () => {
  const WAITING = '000 §二(一)1 (首次参保待遇享受等待期); §三(一)4(3)';
  it('a unit employee enrolled in May is covered from 1 June: a delivery on 10 June settles, one on 31 May is refused', () => {
    expect(run(lanzhou({ person: { employeeCategory: 'ENTERPRISE', enrolledSince: '2024-05-20' } })).maternityPayment).toBe(fen(4000));
    const e = errorOf(() => settle(lanzhou({ date: '2024-05-31', person: { employeeCategory: 'ENTERPRISE', enrolledSince: '2024-05-20' } })));
    expect(e).toMatchObject({ code: 'WAITING_PERIOD', clause: WAITING });
  });

  it('no claim before the enrolment; a category without the maternity benefit is told so, not made to wait', () => {
    expect(errorOf(() => settle(lanzhou({ person: { employeeCategory: 'ENTERPRISE', enrolledSince: '2024-06-11' } }))).code).toBe('NOT_ENROLLED');
    expect(errorOf(() => settle(lanzhou({ person: { employeeCategory: 'FLEXIBLE', enrolledSince: '2024-06-01' } }))).code).toBe('NO_MATERNITY_BENEFIT');
  });
});

describe('Lanzhou maternity stays (000 §二(二)3)', () => {
  it('LZ-MAT-IP: a delivery in Lanzhou: the person bears only the self-pay items (class B paid in full)', () => {
    // 正常产: 甲 3000 + 乙 1000 + 自费 200 = 4200; the fund pays 3000 + 1000 = 4000; the person 200.
    const r = run(lanzhou());
    expect(r).toMatchObject({
      totalAmount: fen(4200), fullSelfPayAmount: fen(200), preSelfPayAmount: 0, policyAmount: fen(4000), deductible: 0,
      basicPoolPayment: 0, maternityPayment: fen(4000), fundPaymentTotal: fen(4000), personalPayment: fen(200), policyPack: 'lanzhou-2024',
    });
    expect(r.lines).toEqual([expect.objectContaining({ ruleId: 'LZ-MAT-IP', layer: 'MATERNITY', baseFen: fen(4000), rateBp: 10_000, amountFen: fen(4000) })]);
    expect(rules(r)).toEqual(expect.arrayContaining(['LZ-MAT-ENTITLE', 'LZ-MAT-PROC', 'LZ-MAT-SCOPE', 'LZ-MAT-IP']));
    expect(r.accumulatorDelta).toEqual({});
  });

  it('LZ-MAT-IP: in the province (remote, not cross-province) as in Lanzhou, whatever the bill', () => {
    // 剖宫产 at a secondary hospital elsewhere in Gansu: 甲 9000 (above any 附表3-1 rate) paid in full.
    const r = run(lanzhou({ maternityProcedureCode: 'LZ-MAT-08', institutionLevel: 'SECONDARY', remote: { crossProvince: false }, items: [A(9000)] }));
    expect(r.maternityPayment).toBe(fen(9000));
    expect(r.personalPayment).toBe(0);
    expect(r.trace.find((t) => t.ruleId === 'LZ-MAT-IP')?.message).toContain('in-province');
  });

  it('LZ-MAT-OOP: out of the province, min(actual, the 附表3-1 rate of the level)', () => {
    // 剖宫产 at 三级: rate 4900; 甲 6000 + 乙 500 = 6500 in scope → 4900; the person 6800 − 4900 = 1900.
    const high = run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-08', items: [A(6000), B(500), S(300)] }));
    expect(high).toMatchObject({ maternityPayment: fen(4900), personalPayment: fen(1900), policyAmount: fen(6500) });
    expect(high.lines[0]).toMatchObject({ ruleId: 'LZ-MAT-OOP', boundBy: { kind: 'PAYMENT_CAP', amountFen: fen(4900) } });
    // 剖宫产 at 二级: rate 3900; 甲 3500 is below it → the actual 3500.
    const low = run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-08', institutionLevel: 'SECONDARY', items: [A(3500)] }));
    expect(low.maternityPayment).toBe(fen(3500));
    expect(low.lines[0].boundBy).toBeUndefined();
    // 正常产 at a 三级乙等 hospital: 2900; at an unrated (民营) one the 二级 column: 2200.
    expect(run(lanzhou({ ...cross, institutionLevel: 'TERTIARY_B', items: [A(5000)] })).maternityPayment).toBe(fen(2900));
    expect(run(lanzhou({ ...cross, institutionLevel: 'UNRATED', items: [A(5000)] })).maternityPayment).toBe(fen(2200));
    // 16周以上引产 (row 4) at 二级: 1900.
    expect(run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-04', institutionLevel: 'SECONDARY', items: [A(2500)] })).maternityPayment).toBe(fen(1900));
  });

  it('LZ-MAT-OOP: 剖宫产双胞胎 is the 剖宫产 rate plus 500 (三级) or 400 (二级) (附表3-1 row 10)', () => {
    expect(run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-10', institutionLevel: 'TERTIARY_B', items: [A(6000)] })).maternityPayment).toBe(fen(5400));
    expect(run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-10', institutionLevel: 'PRIMARY', items: [A(6000)] })).maternityPayment).toBe(fen(4300));
  });

  it('LZ-MAT-COMPLICATION: out of the province, a stay with a complication (合并症) is settled by item', () => {
    const r = run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-08', maternityComplication: true, items: [A(6000), B(500), S(300)] }));
    expect(r).toMatchObject({ maternityPayment: fen(6500), personalPayment: fen(300) });
    expect(r.lines[0]).toMatchObject({ ruleId: 'LZ-MAT-COMPLICATION' });
  });

  it('LZ-MAT-OOP: a family-planning stay 附表3-1 does not price (绝育术) is settled by item out of the province too', () => {
    const r = run(lanzhou({ ...cross, maternityProcedureCode: 'LZ-MAT-13', items: [A(2500), S(100)] }));
    expect(r).toMatchObject({ maternityPayment: fen(2500), personalPayment: fen(100) });
  });
});

describe('Lanzhou maternity outpatient (000 §二(二)3)', () => {
  const op = (code: string, items: SettlementInput['items']) => run(lanzhou({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: code, items }));

  it('LZ-MAT-OP: 人工流产 260, 放环/取环 200 by 病种定额: the fixed amount, or the actual cost below it', () => {
    expect(op('LZ-MAT-01', [A(300)])).toMatchObject({ maternityPayment: fen(260), personalPayment: fen(40) });
    expect(op('LZ-MAT-01', [A(200)])).toMatchObject({ maternityPayment: fen(200), personalPayment: 0 });
    expect(op('LZ-MAT-02', [A(150), B(100)])).toMatchObject({ maternityPayment: fen(200), personalPayment: fen(50) });
  });

  it('LZ-MAT-OP: 产前检查费 定额 1000 and 产前疾病筛查 160', () => {
    const antenatal = op('LZ-MAT-11', [A(1200), S(100)]);
    expect(antenatal).toMatchObject({ maternityPayment: fen(1000), personalPayment: fen(300) });
    expect(antenatal.lines[0]).toMatchObject({ ruleId: 'LZ-MAT-OP', boundBy: { amountFen: fen(1000) } });
    expect(op('LZ-MAT-12', [A(180)])).toMatchObject({ maternityPayment: fen(160), personalPayment: fen(20) });
  });

  it('the outpatient fixed amounts hold out of the province too', () => {
    expect(run(lanzhou({ ...cross, visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-01', items: [A(400)] })).maternityPayment).toBe(fen(260));
  });
});

describe('LZ-MAT-SPOUSE: a male employee\'s uninsured spouse, 50% of the woman\'s standard', () => {
  const spouse = { employeeCategory: 'ENTERPRISE' as const, maternityBeneficiary: 'UNINSURED_SPOUSE' as const };

  it('in Lanzhou: 50% of everything but the self-pay items', () => {
    // 4000 × 50% = 2000; the person 4200 − 2000 = 2200.
    const r = run(lanzhou({ person: spouse }));
    expect(r).toMatchObject({ maternityPayment: fen(2000), personalPayment: fen(2200) });
    expect(r.lines[0]).toMatchObject({ rateBp: 5_000, amountFen: fen(2000) });
    expect(rules(r)).toContain('LZ-MAT-SPOUSE');
  });

  it('out of the province: 50% of min(actual, fixed rate), rounded half-up once', () => {
    expect(run(lanzhou({ person: spouse, ...cross, maternityProcedureCode: 'LZ-MAT-08', items: [A(6500)] })).maternityPayment).toBe(fen(2450));
    // 3000.01 × 50% = 1500.005 → 1500.01.
    expect(run(lanzhou({ person: spouse, items: [A(3000.01)] })).maternityPayment).toBe(fen(1500.01));
  });

  it('the spouse has the delivery benefit only', () => {
    const e = errorOf(() => settle(lanzhou({ person: spouse, visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-11' })));
    expect(e).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['person', 'maternityBeneficiary'] });
  });
});

describe('LZ-MAT-ENTITLE: the 待遇享受类型 row (000 §二(一)1)', () => {
  it('public-sector and unemployed members have maternity medical benefits', () => {
    expect(run(lanzhou({ person: { employeeCategory: 'PUBLIC_SECTOR' } })).maternityPayment).toBe(fen(4000));
    expect(run(lanzhou({ person: { employeeCategory: 'UNEMPLOYED' } })).maternityPayment).toBe(fen(4000));
  });

  it('flexible workers and retirees have none; residents have no maternity visit types; no pharmacy', () => {
    expect(errorOf(() => settle(lanzhou({ person: { employeeCategory: 'FLEXIBLE' } })))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['person', 'employeeCategory'] });
    expect(errorOf(() => settle(lanzhou({ person: { employeeCategory: 'ENTERPRISE', retired: true } })))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['person', 'retired'] });
    expect(errorOf(() => settle(lanzhou({ scheme: 'RESIDENT', person: {} })))).toMatchObject({ code: 'VISIT_TYPE_NOT_OPEN' });
    expect(errorOf(() => settle(lanzhou({ institutionLevel: 'PHARMACY' })))).toMatchObject({ code: 'LEVEL_NOT_ALLOWED' });
  });
});

describe('LZ-MAT-PROC: every maternity claim names its procedure', () => {
  it('refuses a missing, unknown or misplaced procedure, and maternity inputs on other claims', () => {
    expect(errorOf(() => settle(lanzhou({ maternityProcedureCode: undefined })))).toMatchObject({ code: 'MISSING_PROCEDURE_CODE', field: ['maternityProcedureCode'] });
    expect(errorOf(() => settle(lanzhou({ maternityProcedureCode: 'LZ-MAT-99' })))).toMatchObject({ code: 'UNKNOWN_PROCEDURE_CODE' });
    expect(errorOf(() => settle(lanzhou({ maternityProcedureCode: 'JN-MAT-01' })))).toMatchObject({ code: 'UNKNOWN_PROCEDURE_CODE' });
    expect(errorOf(() => settle(lanzhou({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-05' })))).toMatchObject({ code: 'PROCEDURE_NOT_APPLICABLE' });
    expect(errorOf(() => settle(lanzhou({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'LZ-MAT-01', maternityComplication: true })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['maternityComplication'] });
    expect(errorOf(() => settle(lanzhou({ visitType: 'INPATIENT' })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['maternityProcedureCode'] });
  });

  it('an ordinary stay of a person recorded as claiming for a spouse is unaffected', () => {
    const r = run(lanzhou({ visitType: 'INPATIENT', maternityProcedureCode: undefined, person: { employeeCategory: 'ENTERPRISE', maternityBeneficiary: 'UNINSURED_SPOUSE' } }));
    expect(r.maternityPayment).toBe(0);
    expect(r.basicPoolPayment).toBeGreaterThan(0);
  });

  it('the 2023 pack carries the 2024 guide\'s maternity rules', () => {
    expect(run(lanzhou({ date: '2023-08-01' }))).toMatchObject({ policyPack: 'lanzhou-2023', maternityPayment: fen(4000) });
  });
});

describe('Jining employee maternity (004 §六4)', () => {
  it('JN-MAT-DELIVERY: a delivery\'s in-scope costs at zero burden (§六4(1))', () => {
    // 剖腹产: 甲 8000 + 乙 2000 (class B in scope in full) + 自费 500: the fund 10000, the person 500.
    const r = run(jining({ maternityProcedureCode: 'JN-MAT-02', items: [A(8000), B(2000), S(500)] }));
    expect(r).toMatchObject({ maternityPayment: fen(10_000), personalPayment: fen(500), basicPoolPayment: 0, deductible: 0, policyPack: 'jining-2024' });
    expect(r.lines[0]).toMatchObject({ ruleId: 'JN-MAT-DELIVERY', layer: 'MATERNITY' });
  });

  it('JN-MAT-FP: family-planning surgery and induced-abortion stays at min(actual, 限额) (§六4(3))', () => {
    // 8-12周妊娠住院流产 限额 1000: 1300 → 1000, 800 → 800.
    expect(run(jining({ maternityProcedureCode: 'JN-IL-02', items: [A(1300)] }))).toMatchObject({ maternityPayment: fen(1000), personalPayment: fen(300) });
    expect(run(jining({ maternityProcedureCode: 'JN-IL-02', items: [A(800)] })).maternityPayment).toBe(fen(800));
    // 放置宫内节育器 限额 150, in the outpatient department: 180 → 150.
    expect(run(jining({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'JN-FP-03', items: [A(180)] })).maternityPayment).toBe(fen(150));
    // 输卵管结扎术 限额 1200 in a stay: 1000 → 1000.
    expect(run(jining({ maternityProcedureCode: 'JN-FP-08', items: [A(1000)] })).maternityPayment).toBe(fen(1000));
    // A 住院 induced abortion is not an outpatient procedure.
    expect(errorOf(() => settle(jining({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'JN-IL-01' })))).toMatchObject({ code: 'PROCEDURE_NOT_APPLICABLE' });
  });

  it('JN-MAT-ANTENATAL: 产前检查费用定额补助 1600 (§六4(2))', () => {
    const r = run(jining({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'JN-MAT-04', items: [A(2000)] }));
    expect(r).toMatchObject({ maternityPayment: fen(1600), personalPayment: fen(400) });
    expect(r.lines[0]).toMatchObject({ ruleId: 'JN-MAT-ANTENATAL', boundBy: { amountFen: fen(1600) } });
    expect(run(jining({ visitType: 'MATERNITY_OUTPATIENT', maternityProcedureCode: 'JN-MAT-04', items: [A(1500)] })).maternityPayment).toBe(fen(1500));
  });

  it('JN-MAT-ENTITLE: employers\' members only; a spouse\'s claim is not computable; a complication is an INPATIENT claim', () => {
    expect(run(jining({ person: { employeeCategory: 'PUBLIC_SECTOR' } })).maternityPayment).toBe(fen(4000));
    expect(errorOf(() => settle(jining({ person: { employeeCategory: 'FLEXIBLE' } })))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
    expect(errorOf(() => settle(jining({ person: { employeeCategory: 'UNEMPLOYED' } })))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
    expect(errorOf(() => settle(jining({ person: { employeeCategory: 'ENTERPRISE', maternityBeneficiary: 'UNINSURED_SPOUSE' } })))).toMatchObject({ code: 'MATERNITY_NOT_COMPUTABLE' });
    expect(errorOf(() => settle(jining({ maternityComplication: true })))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE', field: ['maternityComplication'] });
    expect(errorOf(() => settle(jining({ maternityProcedureCode: 'LZ-MAT-05' })))).toMatchObject({ code: 'UNKNOWN_PROCEDURE_CODE' });
  });
});

describe('maternityAllowance: Lanzhou 生育津贴 and 护理假津贴 (LZ-MAT-ALLOW, 000 §二(二)3)', () => {
  const base: MaternityAllowanceInput = {
    city: 'LANZHOU', event: 'BIRTH', date: '2024-06-10', employeeCategory: 'ENTERPRISE', continuousContributionMonths: 13, averageMonthlyWageFen: fen(6000),
  };

  it('a birth: 180 days of the average monthly wage ÷ 30', () => {
    // 6000 ÷ 30 = 200 a day × 180 = 36000.
    expect(maternityAllowance(base)).toMatchObject({ days: 180, dailyAllowanceFen: fen(200), amountFen: fen(36_000), status: 'PAYABLE', policyPack: 'lanzhou-2024' });
  });

  it('from the 12 monthly wages: the amount is rounded once', () => {
    // 11 × 5000 + 5001 = 60001; 60001 × 180 ÷ (12 × 30) = 30000.50 (rounding the daily 166.67 first would give 30000.60).
    const r = maternityAllowance({ ...base, averageMonthlyWageFen: undefined, monthlyWagesFen: [...Array(11).fill(fen(5000)), fen(5001)] });
    expect(r).toMatchObject({ wageBasisFen: fen(5000.08), dailyAllowanceFen: fen(166.67), amountFen: fen(30_000.5) });
  });

  it('needs 13 months of unbroken contribution up to the birth month', () => {
    expect(maternityAllowance({ ...base, continuousContributionMonths: 12 })).toMatchObject({ status: 'NOT_ELIGIBLE', amountFen: 0, days: 180 });
  });

  it('a pregnancy loss: 15 days under 4 months, 42 from 4 to under 7, 90 from 7', () => {
    const loss = (months: number) => maternityAllowance({ ...base, event: 'PREGNANCY_LOSS', pregnancyMonths: months, averageMonthlyWageFen: fen(4500) });
    // 4500 ÷ 30 = 150 a day.
    expect(loss(3)).toMatchObject({ days: 15, amountFen: fen(2250) });
    expect(loss(4)).toMatchObject({ days: 42, amountFen: fen(6300) });
    expect(loss(6)).toMatchObject({ days: 42 });
    expect(loss(7)).toMatchObject({ days: 90, amountFen: fen(13_500) });
  });

  it('the father\'s nursing leave: 30 days', () => {
    expect(maternityAllowance({ ...base, event: 'NURSING_LEAVE', averageMonthlyWageFen: fen(7000) })).toMatchObject({ days: 30, amountFen: fen(7000) });
  });

  it('only the 9% payers (enterprise members) have the allowance', () => {
    expect(errorOf(() => maternityAllowance({ ...base, employeeCategory: 'PUBLIC_SECTOR' }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['employeeCategory'] });
    expect(errorOf(() => maternityAllowance({ ...base, employeeCategory: 'FLEXIBLE' }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
    expect(errorOf(() => maternityAllowance({ ...base, retired: true }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
  });

  it('refuses impossible inputs with a code', () => {
    expect(errorOf(() => maternityAllowance({ ...base, event: 'PREGNANCY_LOSS' }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT', field: ['pregnancyMonths'] });
    expect(errorOf(() => maternityAllowance({ ...base, pregnancyMonths: 3 }))).toMatchObject({ code: 'INPUT_NOT_APPLICABLE' });
    expect(errorOf(() => maternityAllowance({ ...base, monthlyWagesFen: [fen(1)] }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT' });
    expect(errorOf(() => maternityAllowance({ ...base, averageMonthlyWageFen: undefined, monthlyWagesFen: [fen(1)] }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT', field: ['monthlyWages'] });
    expect(errorOf(() => maternityAllowance({ ...base, averageMonthlyWageFen: undefined }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT' });
    expect(errorOf(() => maternityAllowance({ ...base, continuousContributionMonths: -1 }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT' });
    expect(errorOf(() => maternityAllowance({ ...base, babies: 0 }))).toMatchObject({ code: 'INVALID_ALLOWANCE_INPUT', field: ['babies'] });
    expect(errorOf(() => maternityAllowance({ ...base, date: '2024-02-30' }))).toMatchObject({ code: 'INVALID_DATE' });
    expect(errorOf(() => maternityAllowance({ ...base, city: 'YINCHUAN' }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
  });
});

describe('maternityAllowance: Jining 生育津贴 (JN-MAT-ALLOW, 004 §六3)', () => {
  const base: MaternityAllowanceInput = {
    city: 'JINING', event: 'BIRTH', date: '2024-06-10', employeeCategory: 'ENTERPRISE', continuousContributionMonths: 12, averageMonthlyWageFen: fen(6000),
  };

  it('98 days, +15 for a caesarean or difficult birth, +15 per further baby; the employer\'s wage ÷ 30 × days', () => {
    expect(maternityAllowance(base)).toMatchObject({ days: 98, amountFen: fen(19_600), status: 'PAYABLE', policyPack: 'jining-2024' });
    expect(maternityAllowance({ ...base, deliveryMode: 'CAESAREAN', babies: 2 })).toMatchObject({ days: 128, amountFen: fen(25_600) });
    expect(maternityAllowance({ ...base, deliveryMode: 'DIFFICULT', babies: 3, averageMonthlyWageFen: fen(4500) })).toMatchObject({ days: 143, amountFen: fen(21_450) });
    // 5000 × 98 ÷ 30 = 16333.333… → 16333.33.
    expect(maternityAllowance({ ...base, averageMonthlyWageFen: fen(5000) }).amountFen).toBe(fen(16_333.33));
  });

  it('a pregnancy loss: 15 days before 4 completed months, 42 from 4', () => {
    expect(maternityAllowance({ ...base, event: 'PREGNANCY_LOSS', pregnancyMonths: 3 })).toMatchObject({ days: 15, amountFen: fen(3000) });
    expect(maternityAllowance({ ...base, event: 'PREGNANCY_LOSS', pregnancyMonths: 4 })).toMatchObject({ days: 42, amountFen: fen(8400) });
  });

  it('under 12 months of contribution the allowance is paid later (补支), not refused', () => {
    expect(maternityAllowance({ ...base, continuousContributionMonths: 11 })).toMatchObject({ status: 'DEFERRED', amountFen: fen(19_600) });
  });

  it('no nursing-leave allowance in the handbook; flexible workers have none', () => {
    expect(errorOf(() => maternityAllowance({ ...base, event: 'NURSING_LEAVE' }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT', field: ['event'] });
    expect(errorOf(() => maternityAllowance({ ...base, employeeCategory: 'FLEXIBLE' }))).toMatchObject({ code: 'NO_MATERNITY_BENEFIT' });
  });
});
