/**
 * The shared building block: bands on a cumulative position, a cost ceiling, a payment cap
 * and a threshold gap (annual deductible with top-up), as Lanzhou, Jining and Yinchuan use them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleBands, type Band } from '../../src/engine';

const EMPLOYEE_ACTIVE: Band[] = [
  { fromFen: 0, toFen: 1_000_000, rateBp: 9400 },
  { fromFen: 1_000_000, toFen: 2_000_000, rateBp: 9600 },
  { fromFen: 2_000_000, toFen: 6_000_000, rateBp: 9800 },
];

describe('settleBands', () => {
  it('pays each band of the position at its rate', () => {
    const s = settleBands({ positionFen: 0, amountFen: 2_800_000, bands: EMPLOYEE_ACTIVE, ceilingFen: 6_000_000 });
    expect(s.slices.map((x) => [x.baseFen, x.amountFen])).toEqual([[1_000_000, 940_000], [1_000_000, 960_000], [800_000, 784_000]]);
    expect(s.paidFen).toBe(2_684_000);
  });

  it('stops at a cost ceiling and reports the cost beyond it', () => {
    const s = settleBands({ positionFen: 5_000_000, amountFen: 2_000_000, bands: EMPLOYEE_ACTIVE, ceilingFen: 6_000_000 });
    expect(s.paidFen).toBe(980_000);
    expect(s.beyondCeilingFen).toBe(1_000_000);
    expect(s.slices[0].bound).toBe('COST_CEILING');
  });

  it('cuts at a payment cap and reports the cost the capped payment does not cover', () => {
    // cap 3,400 with 3,000 used: 400 left; 1,000 at 70% would be 700; 400 covers 571.43
    const s = settleBands({ positionFen: 0, amountFen: 100_000, bands: [{ fromFen: 0, toFen: null, rateBp: 7000 }], cap: { amountFen: 340_000, usedFen: 300_000 } });
    expect(s.paidFen).toBe(40_000);
    expect(s.coveredFen).toBe(57_143);
    expect(s.beyondCapFen).toBe(42_857);
    expect(s.slices[0].bound).toBe('PAYMENT_CAP');
  });

  it('treats a gap below the first band as an annual deductible with top-up (累计补差)', () => {
    // Jining-style: 300 annual deductible, first claim 200 (all deductible), second 500: 100 tops up, 400 paid at 60%
    const bands: Band[] = [{ fromFen: 30_000, toFen: null, rateBp: 6000 }];
    const first = settleBands({ positionFen: 0, amountFen: 20_000, bands });
    expect(first.belowFen).toBe(20_000);
    expect(first.paidFen).toBe(0);
    const second = settleBands({ positionFen: 20_000, amountFen: 50_000, bands });
    expect(second.belowFen).toBe(10_000);
    expect(second.paidFen).toBe(24_000);
  });

  it('pays nothing once the cap is used up', () => {
    const s = settleBands({ positionFen: 0, amountFen: 10_000, bands: [{ fromFen: 0, toFen: null, rateBp: 7000 }], cap: { amountFen: 13_000, usedFen: 13_000 } });
    expect(s.paidFen).toBe(0);
    expect(s.slices).toEqual([]);
    expect(s.beyondCapFen).toBe(10_000);
  });

  it('settles split claims like one claim of their sum (to a fen per band)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 8_000_000 }), fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 3_000_000 }),
      (position, a, b) => {
        const whole = settleBands({ positionFen: position, amountFen: a + b, bands: EMPLOYEE_ACTIVE, ceilingFen: 6_000_000 });
        const first = settleBands({ positionFen: position, amountFen: a, bands: EMPLOYEE_ACTIVE, ceilingFen: 6_000_000 });
        const second = settleBands({ positionFen: position + a, amountFen: b, bands: EMPLOYEE_ACTIVE, ceilingFen: 6_000_000 });
        expect(Math.abs(first.paidFen + second.paidFen - whole.paidFen)).toBeLessThanOrEqual(4);
        expect(first.beyondCeilingFen + second.beyondCeilingFen).toBe(whole.beyondCeilingFen);
      },
    ));
  });
});
