/**
 * How the trace words amounts and rates, for every city's rules: money as "1234.50 yuan",
 * basis points as a percentage.
 */
import { formatFen } from './money';

/** "1234.50 yuan". */
export function yuan(fen: number): string {
  return `${formatFen(fen)} yuan`;
}

/** Basis points as a percentage: 9400 -> "94%", 6750 -> "67.5%". */
export function pct(bp: number): string {
  const whole = Math.floor(bp / 100);
  const rest = bp % 100;
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}
