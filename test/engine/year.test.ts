/**
 * settleInOrder (engine/year.ts): a year of claims settled one after another is the same as
 * settling each from the accumulators the ones before left; each later trace opens with what
 * they left (PRIOR-CLAIMS). Amounts from settlement-rules.md (Lanzhou 2024, employee).
 */
import { describe, expect, it } from 'vitest';
import { addAccumulators, ACC, settle } from '../../src/engine';
import { describeAccumulators, PRIOR_CLAIMS_RULE, settleInOrder } from '../../src/engine/year';
import { A, employeeClaim, errorOf } from './helpers';

describe('settleInOrder', () => {
  const stay1 = employeeClaim({ date: '2024-02-01', institutionLevel: 'SECONDARY', items: [A(6000)] });
  const stay2 = employeeClaim({ date: '2024-05-01', items: [A(20000)] });

  it('settles each claim from what the earlier ones left, as chained settle() calls do', () => {
    const { settlements, accumulators } = settleInOrder([stay1, stay2]);
    const first = settle(stay1);
    const second = settle(stay2, first.accumulatorDelta);
    expect(settlements[0]).toEqual(first);
    expect({ ...settlements[1], trace: settlements[1].trace.slice(1) }).toEqual(second);
    expect(accumulators).toEqual(addAccumulators(first.accumulatorDelta, second.accumulatorDelta));
    // Stay 2 at 三甲: 1,000 × 80% = 800; 19,200 from 5,600: 4,400 × 94% + 10,000 × 96% + 4,800 × 98% = 18,440.
    expect(settlements[1]).toMatchObject({ deductible: 80_000, basicPoolPayment: 1_844_000 });
    expect(accumulators[ACC.stays]).toBe(2);
  });

  it('opens every later trace with what the earlier claims left', () => {
    const { settlements } = settleInOrder([stay1, stay2]);
    expect(settlements[0].trace.some((t) => t.ruleId === PRIOR_CLAIMS_RULE)).toBe(false);
    expect(settlements[1].trace[0]).toEqual({
      ruleId: PRIOR_CLAIMS_RULE,
      clause: 'settlement-rules §0 年度累计',
      message: 'settled after 1 earlier claim of 2024, which left: stays so far (住院次数, n-th stay deductible) 1; '
        + 'employee stay band position (eligible amount of stays and day surgery) 5600.00 yuan; employee basic pool paid for stays 5264.00 yuan',
      messageZh: '在 2024 年度此前 1 笔费用之后结算，此前费用累计：本年度住院次数 1；'
        + '职工住院及日间手术累计进入分段的费用（分段位置） 5600.00 元；职工住院统筹基金已支付 5264.00 元',
    });
  });

  it('names per-code counters and any counter it does not know', () => {
    expect(describeAccumulators({ [ACC.chronicPaid('LZ-EC-09')]: 12_345, 'some.new': 7, [ACC.stays]: 0 })).toEqual([
      'chronic outpatient paid for LZ-EC-09 123.45 yuan',
      'some.new 7',
    ]);
    expect(describeAccumulators({ [ACC.chronicPaid('LZ-EC-09')]: 12_345 }, true)).toEqual(['门诊慢特病已支付（LZ-EC-09）123.45 元']);
  });

  it('hands a claim\'s refusal to onError with its index', () => {
    const bad = employeeClaim({ date: '2024-03-01', items: [A(0)] });
    const seen: number[] = [];
    const error = errorOf(() => settleInOrder([stay1, bad], {}, (i, e) => {
      seen.push(i);
      throw e;
    }));
    expect(error.code).toBe('ZERO_TOTAL');
    expect(seen).toEqual([1]);
  });
});
