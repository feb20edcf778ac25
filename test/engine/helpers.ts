/**
 * Test helpers: yuan → fen, fee items, and claim inputs with sensible defaults (an enterprise
 * employee's or a resident's claim in Lanzhou, 2024).
 */
import { SettlementError, type FeeItem, type SettlementInput } from '../../src/engine';

/** Yuan (at most two places, as written in the test) to fen. */
export function fen(yuan: number): number {
  return Math.round(yuan * 100);
}

export const A = (yuan: number, extra: Partial<FeeItem> = {}): FeeItem => ({ name: '甲类', category: 'CLASS_A', amountFen: fen(yuan), ...extra });
export const B = (yuan: number, extra: Partial<FeeItem> = {}): FeeItem => ({ name: '乙类', category: 'CLASS_B', amountFen: fen(yuan), ...extra });
export const S = (yuan: number, extra: Partial<FeeItem> = {}): FeeItem => ({ name: '自费', category: 'SELF_PAY', amountFen: fen(yuan), ...extra });

export function employeeClaim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'LANZHOU', scheme: 'EMPLOYEE', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A',
    person: { employeeCategory: 'ENTERPRISE' }, items: [A(1000)], ...over,
  };
}

export function residentClaim(over: Partial<SettlementInput> = {}): SettlementInput {
  return {
    city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY',
    person: {}, items: [A(1000)], ...over,
  };
}

/** The SettlementError a call throws; fails the test when it throws nothing else. */
export function errorOf(call: () => unknown): SettlementError {
  try {
    call();
  } catch (e) {
    if (e instanceof SettlementError) return e;
    throw e;
  }
  throw new Error('expected a SettlementError');
}
