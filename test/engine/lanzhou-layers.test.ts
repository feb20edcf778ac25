/**
 * The layers after the basic pool, and remote care: LZ-R-CRIT, LZ-R-CRIT-POOR, LZ-MA,
 * LZ-MA-APPLY, LZ-MA-2ND, LZ-REMOTE. Amounts worked out by hand from source 000 §三(二)2, §五, §六.
 */
import { describe, expect, it } from 'vitest';
import { ACC, settle } from '../../src/engine';
import type { AssistanceCategory } from '../../src/domain';
import { A, employeeClaim, residentClaim, fen } from './helpers';

describe('LZ-R-CRIT', () => {
  const bigStay = (category?: AssistanceCategory) =>
    residentClaim({ institutionLevel: 'TERTIARY_A', person: { assistanceCategory: category }, items: [A(50_000)] });

  it('bands above the 5,000 threshold', () => {
    const r = settle(bigStay());
    // basic (50,000 − 1,400) × 65% = 31,590; base 18,410; above 5,000: 10,000 × 60% + 3,410 × 65%
    expect(r.basicPoolPayment).toBe(fen(31_590));
    expect(r.criticalIllnessPayment).toBe(fen(8_216.50));
    expect(r.lines.filter((l) => l.ruleId === 'LZ-R-CRIT').map((l) => [l.baseFen, l.rateBp])).toEqual([[fen(10_000), 6000], [fen(3_410), 6500]]);
  });

  it('LZ-R-CRIT-POOR: threshold halved, bands +5, then 100% assistance leaves nothing personal', () => {
    const r = settle(bigStay('EXTREME_POVERTY'));
    // above 2,500: 10,000 × 65% + 5,910 × 70% = 6,500 + 4,137
    expect(r.criticalIllnessPayment).toBe(fen(10_637));
    expect(r.assistancePayment).toBe(fen(7_773)); // 50,000 − 31,590 − 10,637
    expect(r.personalPayment).toBe(0);
    expect(r.trace.some((t) => t.ruleId === 'LZ-R-CRIT-POOR')).toBe(true);
  });

  it.each(['ORPHAN', 'RURAL_LOW_INCOME_1_2', 'URBAN_LOW_INCOME_FULL', 'RURAL_LOW_INCOME_3_4', 'URBAN_LOW_INCOME_PARTIAL', 'RETURNED_TO_POVERTY'] as const)(
    '%s has the poor thresholds', (category) => {
      expect(settle(bigStay(category)).criticalIllnessPayment).toBe(fen(10_637));
    });

  it.each(['AT_RISK_OF_POVERTY', 'LIFTED_FROM_POVERTY', 'LOW_INCOME_MARGINAL'] as const)('%s has the ordinary thresholds', (category) => {
    expect(settle(bigStay(category)).criticalIllnessPayment).toBe(fen(8_216.50));
  });

  it('the base accumulates: a small claim above an earlier position pays', () => {
    const r = settle(residentClaim({ items: [A(8_000), A(1_800)] }), { [ACC.criticalBase]: fen(4_000) });
    // base 1,810 on 4,000 → 5,810: 810 × 60%
    expect(r.criticalIllnessPayment).toBe(fen(486));
  });

  it('above 100,000 over the threshold: 80% (poor 85%)', () => {
    const claim = residentClaim({ items: [A(8_000), A(1_800)] });
    expect(settle(claim, { [ACC.criticalBase]: fen(105_000) }).criticalIllnessPayment).toBe(fen(1_448));
    const poor = { ...claim, person: { assistanceCategory: 'EXTREME_POVERTY' as const } };
    expect(settle(poor, { [ACC.criticalBase]: fen(105_000) }).criticalIllnessPayment).toBe(fen(1_538.50));
  });

  it('does not apply to employees', () => {
    const r = settle(employeeClaim({ items: [A(100_000)] }));
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.accumulatorDelta[ACC.criticalBase]).toBeUndefined();
  });
});

describe('LZ-MA: direct assistance rates', () => {
  // employee PRIMARY stay: eligible 10,000 → basic 9,400; assistance base 800
  const stay = (category: AssistanceCategory, extra = {}) =>
    employeeClaim({ institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE', assistanceCategory: category, ...extra }, items: [A(10_200)] });

  it.each([
    ['EXTREME_POVERTY', 800], ['ORPHAN', 800],
    ['RURAL_LOW_INCOME_1_2', 720], ['URBAN_LOW_INCOME_FULL', 720], ['RETURNED_TO_POVERTY', 720],
    ['RURAL_LOW_INCOME_3_4', 600], ['URBAN_LOW_INCOME_PARTIAL', 600], ['AT_RISK_OF_POVERTY', 600],
    ['LIFTED_FROM_POVERTY', 480],
  ] as const)('%s is paid %i of 800', (category, paid) => {
    const r = settle(stay(category));
    expect(r.assistancePayment).toBe(fen(paid));
    expect(r.lines.find((l) => l.layer === 'ASSISTANCE')?.ruleId).toBe('LZ-MA');
  });

  it('annual limit 50,000 reached mid-claim', () => {
    const r = settle(stay('EXTREME_POVERTY'), { [ACC.assistancePaid]: fen(49_900) });
    expect(r.assistancePayment).toBe(fen(100));
    expect(r.lines.find((l) => l.layer === 'ASSISTANCE')?.boundBy).toMatchObject({ kind: 'PAYMENT_CAP', amountFen: fen(50_000) });
  });

  it('80,000 with a 附表7 disease', () => {
    const r = settle(stay('EXTREME_POVERTY', { assistanceMajorDiseaseCode: 'LZ-AMD-03' }), { [ACC.assistancePaid]: fen(49_900) });
    expect(r.assistancePayment).toBe(fen(800));
    expect(settle(stay('EXTREME_POVERTY', { assistanceMajorDiseaseCode: 'LZ-AMD-03' }), { [ACC.assistancePaid]: fen(79_500) }).assistancePayment).toBe(fen(500));
  });

  it('employee outpatient care is outside assistance', () => {
    const r = settle(employeeClaim({ visitType: 'OUTPATIENT', person: { employeeCategory: 'ENTERPRISE', assistanceCategory: 'ORPHAN' }, items: [A(1_000)] }));
    expect(r.assistancePayment).toBe(0);
  });
});

describe('LZ-MA-APPLY', () => {
  const stay = (category: AssistanceCategory) =>
    employeeClaim({ institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE', assistanceCategory: category }, items: [A(10_200)] });

  it('LOW_INCOME_MARGINAL: 70% above 2,000 a year', () => {
    expect(settle(stay('LOW_INCOME_MARGINAL')).assistancePayment).toBe(0);
    const r = settle(stay('LOW_INCOME_MARGINAL'), { [ACC.assistanceBase]: fen(1_500) });
    expect(r.assistancePayment).toBe(fen(210)); // 300 × 70%
    expect(r.lines.find((l) => l.layer === 'ASSISTANCE')?.ruleId).toBe('LZ-MA-APPLY');
  });

  it('ILLNESS_INDUCED_POVERTY: 70% above 5,000 a year', () => {
    expect(settle(stay('ILLNESS_INDUCED_POVERTY'), { [ACC.assistanceBase]: fen(4_800) }).assistancePayment).toBe(fen(420)); // 600 × 70%
  });

  it('shares the 50,000 limit', () => {
    expect(settle(stay('ILLNESS_INDUCED_POVERTY'), { [ACC.assistanceBase]: fen(10_000), [ACC.assistancePaid]: fen(49_800) }).assistancePayment).toBe(fen(200));
  });
});

describe('LZ-MA-2ND', () => {
  const stay = (category: AssistanceCategory, crossProvince = false) =>
    employeeClaim({
      institutionLevel: 'PRIMARY', person: { employeeCategory: 'ENTERPRISE', assistanceCategory: category }, items: [A(10_200)],
      ...(crossProvince ? { remote: { crossProvince: true, filing: 'RELOCATED_RETIREE' as const } } : {}),
    });

  it('60% of what is left above 6,000 a year', () => {
    // base 800, assistance 480, left 320 on 5,900 → 6,220: 220 × 60%
    const r = settle(stay('LIFTED_FROM_POVERTY'), { [ACC.secondaryBase]: fen(5_900) });
    expect(r.secondaryAssistancePayment).toBe(fen(132));
    expect(r.accumulatorDelta[ACC.secondaryBase]).toBe(fen(320));
  });

  it('outside the assistance limit', () => {
    const r = settle(stay('LIFTED_FROM_POVERTY'), { [ACC.secondaryBase]: fen(6_000), [ACC.assistancePaid]: fen(50_000) });
    expect(r.assistancePayment).toBe(0);
    expect(r.secondaryAssistancePayment).toBe(fen(480)); // 800 × 60%
  });

  it('not for cross-province care', () => {
    const r = settle(stay('LIFTED_FROM_POVERTY', true), { [ACC.secondaryBase]: fen(6_000) });
    expect(r.secondaryAssistancePayment).toBe(0);
    expect(r.accumulatorDelta[ACC.secondaryBase]).toBeUndefined();
  });

  it('nobody outside assistance gets it', () => {
    const r = settle(employeeClaim({ items: [A(100_000)] }), { [ACC.secondaryBase]: fen(6_000) });
    expect(r.secondaryAssistancePayment).toBe(0);
  });
});

describe('LZ-REMOTE', () => {
  const employeeStay = (remote: object) =>
    employeeClaim({ institutionLevel: 'PRIMARY', items: [A(10_200)], remote: remote as never });

  it.each([
    [{ crossProvince: true, filing: 'EMERGENCY' }, 8_900],
    [{ crossProvince: true, filing: 'REFERRAL' }, 8_900],
    [{ crossProvince: true, filing: 'SELF_REFERRAL' }, 8_900],
    [{ crossProvince: true, filing: 'RELOCATED_RETIREE' }, 9_400],
    [{ crossProvince: true, filing: 'LONG_TERM_RESIDENT' }, 9_400],
    [{ crossProvince: true, filing: 'STATIONED_WORKER' }, 9_400],
    [{ crossProvince: false, filing: 'REFERRAL' }, 9_400],
    [{ crossProvince: false }, 9_400],
    [{ crossProvince: false, filing: 'LONG_TERM_RESIDENT', filedByCommitmentWithoutProof: true }, 7_400],
    [{ crossProvince: false, filing: 'LONG_TERM_RESIDENT', filedByCommitmentWithoutProof: false }, 9_400],
  ])('%j: eligible 10,000 pays %i', (remote, basic) => {
    const r = settle(employeeStay(remote));
    expect(r.basicPoolPayment).toBe(fen(basic));
    expect(r.trace.find((t) => t.ruleId === 'LZ-REMOTE')?.clause).toMatch(/000 §六/);
  });

  it('cuts resident stay rates too, and not the critical-illness rates', () => {
    const r = settle(residentClaim({ items: [A(10_400)], remote: { crossProvince: true, filing: 'REFERRAL' } }));
    expect(r.basicPoolPayment).toBe(fen(8_000)); // 85% − 5
  });

  it('does not cut outpatient care', () => {
    const r = settle(employeeClaim({ visitType: 'OUTPATIENT', institutionLevel: 'PRIMARY', items: [A(1_000)], remote: { crossProvince: true, filing: 'EMERGENCY' } }));
    expect(r.basicPoolPayment).toBe(fen(520));
  });
});
