/** Money helpers: yuan strings to fen and back, half-up rate application, no floats. */
import { describe, expect, it } from 'vitest';
import { applyRate, divideByRate, formatFen, parseYuan } from '../../src/engine';
import { errorOf } from './helpers';

describe('parseYuan', () => {
  it('reads whole yuan, one and two decimal places', () => {
    expect(parseYuan('1234')).toBe(123400);
    expect(parseYuan('1234.5')).toBe(123450);
    expect(parseYuan('1234.05')).toBe(123405);
    expect(parseYuan('0.01')).toBe(1);
    expect(parseYuan('0')).toBe(0);
    expect(parseYuan('100000000.00')).toBe(10_000_000_000);
  });

  it.each(['', '-1', '1.234', '1e3', '1.', '.5', ' 1', '01', '+1', '1,000', 'NaN', '100000000.01', '1000000000'])(
    'rejects %j', (text) => {
      const e = errorOf(() => parseYuan(text, ['items', '0', 'amount']));
      expect(e.code).toBe('INVALID_AMOUNT');
      expect(e.field).toEqual(['items', '0', 'amount']);
    });
});

describe('formatFen', () => {
  it('prints yuan with exactly two places', () => {
    expect(formatFen(123450)).toBe('1234.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(-105)).toBe('-1.05');
    expect(formatFen(10_000_000_000)).toBe('100000000.00');
  });
});

describe('applyRate', () => {
  it('rounds half-up, away from zero', () => {
    expect(applyRate(5, 5000)).toBe(3);       // 2.5 fen → 3
    expect(applyRate(-5, 5000)).toBe(-3);
    expect(applyRate(14, 5000)).toBe(7);
    expect(applyRate(1, 4900)).toBe(0);       // 0.49 → 0
    expect(applyRate(2_285_700, 6500)).toBe(1_485_705);
    expect(applyRate(22_857, 6500)).toBe(14_857);  // 148.5705 yuan → 148.57
  });

  it('stays exact beyond 2^53 intermediate products', () => {
    // 90,000,000,000,000 fen × 99.99% = 89,991,000,000,000 fen exactly
    expect(applyRate(90_000_000_000_000, 9999)).toBe(89_991_000_000_000);
    expect(applyRate(90_000_000_000_001, 5000)).toBe(45_000_000_000_001);
  });

  it('divides by a rate half-up (the cost a capped payment covers)', () => {
    expect(divideByRate(40_000, 7000)).toBe(57_143); // 400 ÷ 70% = 571.428…
    expect(divideByRate(60_000, 7000)).toBe(85_714); // 600 ÷ 70% = 857.142…
  });
});
