/**
 * The trace is worded when it is read (src/engine/ledger.ts): a step's text functions run only
 * then, once, and the trace reads as an ordinary array of steps wherever it goes (index, length,
 * iteration, spread, JSON, deep equality).
 */
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/engine/ledger';
import { settle, type SettlementInput } from '../../src/engine';

const stay: SettlementInput = {
  city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', institutionLevel: 'TERTIARY_A', date: '2024-06-15',
  person: { employeeCategory: 'ENTERPRISE' }, items: [{ name: '床位费', category: 'CLASS_A', amountFen: 1_000_000 }],
};

describe('trace wording', () => {
  it('runs a step\'s text functions only when the trace is read, and once', () => {
    const ledger = new Ledger();
    let worded = 0;
    ledger.step('X-1', '§1', () => `en ${++worded}`, () => `zh ${++worded}`);
    ledger.step('X-2', '§2', 'plain', '平');
    const trace = ledger.trace;
    expect(worded).toBe(0);
    expect(trace.length).toBe(2);
    expect(worded).toBe(2);
    expect(trace[0]).toEqual({ ruleId: 'X-1', clause: '§1', message: 'en 1', messageZh: 'zh 2' });
    expect(trace[1]).toEqual({ ruleId: 'X-2', clause: '§2', message: 'plain', messageZh: '平' });
    expect(worded).toBe(2);
  });

  it('leaves messageZh out of a step that has none', () => {
    const ledger = new Ledger();
    ledger.step('X-1', '§1', () => 'only English');
    expect(Object.keys(ledger.trace[0])).toEqual(['ruleId', 'clause', 'message']);
  });

  it('gives a settlement\'s trace as an ordinary array', () => {
    const result = settle(stay);
    expect(Array.isArray(result.trace)).toBe(true);
    const copy = [...result.trace];
    expect(copy.length).toBe(result.trace.length);
    expect(copy.map((t) => t.ruleId)).toContain('LZ-E-IP-DED');
    // JSON (the records store it so) and a plain copy agree, and the same claim words the same.
    expect(JSON.parse(JSON.stringify(result.trace))).toEqual(copy);
    expect(JSON.parse(JSON.stringify(settle(stay)))).toEqual(JSON.parse(JSON.stringify(result)));
    expect({ ...result }.trace).toEqual(copy);
    // The deductible step, worded after the fact: the first stay at a 三级甲等 hospital, 1,000 yuan (000 §二(二)1(4)).
    expect(copy.find((t) => t.ruleId === 'LZ-E-IP-DED')).toEqual({
      ruleId: 'LZ-E-IP-DED', clause: '000 §二(二)1(4)',
      message: 'stay 1 of the year at TERTIARY_A: deductible 1000.00 yuan × 100%, applied 1000.00 yuan',
      messageZh: '本年度第1次住院（三级甲等）：起付线1000.00元 × 100%，实际1000.00元',
    });
  });
});
