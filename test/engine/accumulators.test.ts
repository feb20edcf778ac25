/** Accumulators: deltas add up across claims and subtract back on reversal. */
import { describe, expect, it } from 'vitest';
import { ACC, addAccumulators, settle, subtractAccumulators } from '../../src/engine';
import { A, employeeClaim, fen } from './helpers';

describe('accumulators', () => {
  it('add and subtract are inverse and pure', () => {
    const a = { stays: 1, [ACC.employeeStayEligible]: 500 };
    const d = { stays: 1, [ACC.chronicPaid('LZ-EC-01')]: 7 };
    const sum = addAccumulators(a, d);
    expect(sum).toEqual({ stays: 2, [ACC.employeeStayEligible]: 500, [ACC.chronicPaid('LZ-EC-01')]: 7 });
    expect(subtractAccumulators(sum, d)).toEqual(a);
    expect(a).toEqual({ stays: 1, [ACC.employeeStayEligible]: 500 });
  });

  it('are plain JSON', () => {
    const r = settle(employeeClaim({ items: [A(20_000)] }));
    expect(JSON.parse(JSON.stringify(r.accumulatorDelta))).toEqual(r.accumulatorDelta);
  });

  it('three stays of a year settle from the running totals', () => {
    const claim = employeeClaim({ items: [A(11_000)] });
    let year = {};
    const basics: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = settle(claim, year);
      basics.push(r.basicPoolPayment);
      year = addAccumulators(year, r.accumulatorDelta);
    }
    // stay 1: deductible 1,000, eligible 10,000 at 94% = 9,400
    // stay 2: deductible 800, eligible 10,200 on 10,000 → 20,200: 10,000 × 96% + 200 × 98% = 9,796
    // stay 3: deductible 600, eligible 10,400 on 20,200 at 98% = 10,192
    expect(basics).toEqual([fen(9_400), fen(9_796), fen(10_192)]);
    expect(year).toMatchObject({ [ACC.stays]: 3, [ACC.employeeStayEligible]: fen(30_600) });
  });
});
