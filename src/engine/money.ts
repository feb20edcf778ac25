/**
 * Money helpers. Inside the engine money is integer fen (分); a rate is integer basis points
 * (1 bp = 0.01%, 10000 bp = 100%). A rate times an amount is rounded half-up (away from zero)
 * once. No floating point is used on any money path.
 */
import { SettlementError } from './errors';

/** 100,000,000 yuan in fen: the largest amount the API accepts for one item. */
export const MAX_AMOUNT_FEN = 10_000_000_000;
/** 100% in basis points. */
export const FULL_RATE_BP = 10_000;

const YUAN_PATTERN = /^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;

/**
 * Parses a yuan decimal string ("1234.5", "1234.50", "0.01") to fen. At most two decimal
 * places, no sign, no exponent, no spaces, at most MAX_AMOUNT_FEN.
 */
export function parseYuan(text: string, field: string[] = ['amount']): number {
  const match = YUAN_PATTERN.exec(text);
  if (!match) {
    throw new SettlementError('INVALID_AMOUNT', field, `"${text}" is not a yuan amount with at most two decimal places`);
  }
  const whole = match[1];
  if (whole.length > 9) {
    throw new SettlementError('INVALID_AMOUNT', field, `"${text}" exceeds 100,000,000 yuan`);
  }
  const cents = (match[2] ?? '').slice(1).padEnd(2, '0');
  const fen = Number(whole) * 100 + Number(cents);
  if (fen > MAX_AMOUNT_FEN) {
    throw new SettlementError('INVALID_AMOUNT', field, `"${text}" exceeds 100,000,000 yuan`);
  }
  return fen;
}

/** Formats fen as yuan with exactly two places: 123450 -> "1234.50", -5 -> "-0.05". */
export function formatFen(fen: number): string {
  assertInteger(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents < 10 ? '0' : ''}${cents}`;
}

/** fen × rate, rounded half-up (away from zero) to the fen. */
export function applyRate(fen: number, rateBp: number): number {
  assertInteger(fen);
  assertInteger(rateBp);
  return divideHalfUp(fen, rateBp, FULL_RATE_BP);
}

/** The cost whose share at `rateBp` is `paymentFen`: payment ÷ rate, rounded half-up. */
export function divideByRate(paymentFen: number, rateBp: number): number {
  assertInteger(paymentFen);
  assertInteger(rateBp);
  if (rateBp <= 0) throw new RangeError('divideByRate needs a positive rate');
  return divideHalfUp(paymentFen, FULL_RATE_BP, rateBp);
}

/** a × b ÷ c rounded half-up away from zero, exact (BigInt when a × b is not a safe integer). */
export function divideHalfUp(a: number, b: number, c: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    const abs = Math.abs(product);
    const q = Math.floor(abs / c);
    const r = abs - q * c;
    const rounded = r * 2 >= c ? q + 1 : q;
    return product < 0 ? -rounded : rounded;
  }
  const p = BigInt(a) * BigInt(b);
  const big = BigInt(c);
  const abs = p < 0n ? -p : p;
  const q = abs / big;
  const rounded = (abs % big) * 2n >= big ? q + 1n : q;
  return Number(p < 0n ? -rounded : rounded);
}

function assertInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${n} is not a safe integer`);
}
