/**
 * The Lanzhou fixes of issue 11 and the readings that stay open, worked by hand from source 000:
 * LZ-MA with 000 §五(七)1 (the basic-pool part lost to a cut for self-referred or unfiled care
 * is not assisted), LZ-REMOTE's self-referral cut (000 §六(二)5(2); 003 for 2023), and the
 * named reading parameters remoteCutReachesLargeAmount, tcmBonusInDaySurgery and
 * tcmBonusInTcmDayClinic, each settled both ways.
 */
import { describe, expect, it } from 'vitest';
import { settle, type SettlementInput } from '../../src/engine';
import { settleLanzhou } from '../../src/engine/lanzhou';
import { LANZHOU_2024 } from '../../src/policy';
import type { LanzhouParameters } from '../../src/policy';
import { A, employeeClaim, fen, residentClaim } from './helpers';

/** The 2024 pack with one reading flipped. */
function withReading(name: 'remoteCutReachesLargeAmount' | 'tcmBonusInDaySurgery' | 'tcmBonusInTcmDayClinic', value: boolean) {
  const parameters: LanzhouParameters = { ...LANZHOU_2024.parameters, [name]: { ...LANZHOU_2024.parameters[name], value } };
  return (input: SettlementInput) => settleLanzhou(input, { ...LANZHOU_2024, parameters }, {}, 2024);
}

describe('LZ-MA: the cut for care without filing or referral is not assisted (000 §五(七)1)', () => {
  const stay = (remote: object, yuan = 10_200) => employeeClaim({
    institutionLevel: 'PRIMARY', items: [A(yuan)], remote: remote as never,
    person: { employeeCategory: 'ENTERPRISE', assistanceCategory: 'EXTREME_POVERTY' },
  });

  it('self-referred: eligible 10,000 at 89% = 8,900; 500 lost to the cut is not assisted', () => {
    const r = settle(stay({ crossProvince: true, filing: 'SELF_REFERRAL' }));
    // policy 10,200 − basic 8,900 − lost (9,400 − 8,900) = 800 at 100%
    expect(r.basicPoolPayment).toBe(fen(8_900));
    expect(r.assistancePayment).toBe(fen(800));
    expect(r.personalPayment).toBe(fen(500));
    expect(r.trace.some((t) => t.ruleId === 'LZ-MA' && t.clause === '000 §五(七)1')).toBe(true);
  });

  it('unfiled cross-province stay: treated as self-referred, same result', () => {
    const r = settle(stay({ crossProvince: true }));
    expect(r.assistancePayment).toBe(fen(800));
    expect(r.personalPayment).toBe(fen(500));
  });

  it.each(['REFERRAL', 'EMERGENCY'] as const)('%s: the cut stays assisted', (filing) => {
    const r = settle(stay({ crossProvince: true, filing }));
    expect(r.basicPoolPayment).toBe(fen(8_900));
    expect(r.assistancePayment).toBe(fen(1_300)); // 10,200 − 8,900
    expect(r.personalPayment).toBe(0);
  });

  it('a commitment-only filer back home (20-point cut) stays assisted', () => {
    const r = settle(stay({ crossProvince: false, filing: 'LONG_TERM_RESIDENT', filedByCommitmentWithoutProof: true }));
    expect(r.basicPoolPayment).toBe(fen(7_400));
    expect(r.assistancePayment).toBe(fen(2_800));
  });

  it('across bands the loss is band by band: 10,000 × 5% + 5,000 × 5% = 750', () => {
    const r = settle(stay({ crossProvince: true, filing: 'SELF_REFERRAL' }, 15_200));
    // 10,000 × 89% + 5,000 × 91% = 8,900 + 4,550
    expect(r.basicPoolPayment).toBe(fen(13_450));
    expect(r.assistancePayment).toBe(fen(15_200 - 13_450 - 750));
    expect(r.personalPayment).toBe(fen(750));
  });

  it('applicants: the threshold counts only the assisted base', () => {
    const r = settle(employeeClaim({
      institutionLevel: 'PRIMARY', items: [A(10_200)], remote: { crossProvince: true, filing: 'SELF_REFERRAL' },
      person: { employeeCategory: 'ENTERPRISE', assistanceCategory: 'LOW_INCOME_MARGINAL' },
    }), { 'assistance.base': fen(1_500) });
    // base 800 on 1,500 → 2,300: 300 × 70%
    expect(r.assistancePayment).toBe(fen(210));
    expect(r.accumulatorDelta['assistance.base']).toBe(fen(800));
  });

  it('residents too: SECONDARY 85% − 5; the critical-illness base keeps the lost part', () => {
    const r = settle(residentClaim({
      items: [A(10_400)], remote: { crossProvince: true, filing: 'SELF_REFERRAL' }, person: { assistanceCategory: 'ORPHAN' },
    }));
    // eligible 10,000 × 80% = 8,000; critical base 2,400 under the poor threshold 2,500: 0;
    // assistance (10,400 − 8,000 − 500) × 100% = 1,900
    expect(r.basicPoolPayment).toBe(fen(8_000));
    expect(r.criticalIllnessPayment).toBe(0);
    expect(r.accumulatorDelta['critical.base']).toBe(fen(2_400));
    expect(r.assistancePayment).toBe(fen(1_900));
    expect(r.personalPayment).toBe(fen(500));
  });

  it('resident major-disease stay: no deductible, 75% − 5; 5% of 20,000 not assisted', () => {
    const r = settle(residentClaim({
      institutionLevel: 'TERTIARY_A', majorDiseaseCode: 'LZ-MD-01-1', items: [A(20_000)],
      remote: { crossProvince: true, filing: 'SELF_REFERRAL' }, person: { assistanceCategory: 'EXTREME_POVERTY' },
    }));
    expect(r.basicPoolPayment).toBe(fen(14_000)); // 20,000 × 70%
    // critical base 6,000, poor threshold 2,500: 3,500 × 65% = 2,275; assistance 20,000 − 14,000 − 1,000 − 2,275
    expect(r.criticalIllnessPayment).toBe(fen(2_275));
    expect(r.assistancePayment).toBe(fen(2_725));
    expect(r.personalPayment).toBe(fen(1_000));
  });
});

describe('LZ-REMOTE self-referral cut in 2023: reading selfReferralCutBp (5 as 000, 20 in 003)', () => {
  it('settles at 5 points and names the 003 alternative', () => {
    const r = settle(employeeClaim({ date: '2023-06-01', institutionLevel: 'PRIMARY', items: [A(10_200)], remote: { crossProvince: true, filing: 'SELF_REFERRAL' } }));
    expect(r.policyPack).toBe('lanzhou-2023');
    expect(r.basicPoolPayment).toBe(fen(8_900));
    const step = r.trace.find((t) => t.message.startsWith('reading selfReferralCutBp'));
    expect(step?.message).toMatch(/20 points as 003/);
  });
});

describe('reading remoteCutReachesLargeAmount (000 §六(二)5(2), §二(二)2)', () => {
  // TERTIARY_A, deductible 1,000, eligible 70,000 on referral: 10,000 × 89% + 10,000 × 91% + 40,000 × 93%
  const claim = employeeClaim({ items: [A(71_000)], remote: { crossProvince: true, filing: 'REFERRAL' } });

  it('false (the pack): 大额 keeps 95% on the 10,000 above the limit; the trace gives 90% as the alternative', () => {
    const r = settle(claim);
    expect(r.basicPoolPayment).toBe(fen(55_200));
    expect(r.largeAmountPayment).toBe(fen(9_500));
    expect(r.trace.find((t) => t.message.startsWith('reading remoteCutReachesLargeAmount'))?.message).toMatch(/90%: 9000\.00 yuan/);
  });

  it('true: 大额 at 90%', () => {
    const r = withReading('remoteCutReachesLargeAmount', true)(claim);
    expect(r.largeAmountPayment).toBe(fen(9_000));
  });

  it('no step without a cut', () => {
    const r = settle(employeeClaim({ items: [A(71_000)] }));
    expect(r.trace.some((t) => t.message.startsWith('reading remoteCutReachesLargeAmount'))).toBe(false);
  });
});

describe('reading tcmBonusInDaySurgery (000 §三(二)1(6), §三(二)1(7)①)', () => {
  // SECONDARY deductible 200 taken from regular items: regular 1,000 and TCM 1,000
  const claim = residentClaim({ visitType: 'DAY_SURGERY', items: [A(1_200), A(1_000, { tcm: true })] });

  it('false (the pack): every item 75% → 1,500; the trace gives 85% as the alternative', () => {
    const r = settle(claim);
    expect(r.basicPoolPayment).toBe(fen(1_500));
    expect(r.trace.find((t) => t.message.startsWith('reading tcmBonusInDaySurgery'))?.message).toMatch(/85% \(850\.00 yuan/);
  });

  it('true: TCM items 85% → 750 + 850', () => {
    expect(withReading('tcmBonusInDaySurgery', true)(claim).basicPoolPayment).toBe(fen(1_600));
  });
});

describe('reading tcmBonusInTcmDayClinic (000 §三(二)1(7)①②)', () => {
  const claim = residentClaim({
    visitType: 'TCM_DAY_CLINIC', institutionLevel: 'PRIMARY', tcmDayDiseaseCode: 'LZ-TCMD-03',
    items: [A(500), A(1_000, { tcm: true })],
  });

  it('false (the pack): 40% of 1,500 = 600; the trace gives 50% as the alternative', () => {
    const r = settle(claim);
    expect(r.basicPoolPayment).toBe(fen(600));
    expect(r.trace.find((t) => t.message.startsWith('reading tcmBonusInTcmDayClinic'))?.message).toMatch(/50% \(500\.00 yuan/);
  });

  it('true: 500 × 40% + 1,000 × 50% = 700, and the 800 cap still binds', () => {
    const pay = withReading('tcmBonusInTcmDayClinic', true);
    expect(pay(claim).basicPoolPayment).toBe(fen(700));
    const big = { ...claim, items: [A(2_000, { tcm: true })] };
    expect(pay(big).basicPoolPayment).toBe(fen(800));
  });
});
