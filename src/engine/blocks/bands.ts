/**
 * The rule building block shared by every layer: a claim's amount placed on a cumulative
 * annual position (分段累计), paid band by band, under an optional cost ceiling (on the
 * position) and an optional payment cap (on the year's payments). Gaps before the first band
 * are an annual deductible or threshold with top-up (累计补差): the part of the claim below it
 * pays nothing. A flat rate is one band from 0.
 */
import { applyRate, divideByRate } from '../money';

/** A band of the cumulative position: [fromFen, toFen) paid at rateBp (toFen null = open). */
export interface Band {
  fromFen: number;
  toFen: number | null;
  rateBp: number;
}

/** How an annual "最高支付限额" binds: on the cumulative cost position, or on the payments. */
export type Limit =
  | { kind: 'COST_CEILING'; positionFen: number }
  | { kind: 'PAYMENT_CAP'; amountFen: number };

export interface BandClaim {
  /** The year's cumulative position before this claim. */
  positionFen: number;
  /** The amount this claim adds to the position. */
  amountFen: number;
  bands: readonly Band[];
  /** Cost ceiling: positions at or above it are not paid. */
  ceilingFen?: number | null;
  /** Payment cap for the year and what earlier claims already used of it. */
  cap?: { amountFen: number; usedFen: number } | null;
}

export interface BandSlice {
  fromFen: number;
  toFen: number;
  /** Cost paid at rateBp (after a cap cut, the cost the capped payment covers). */
  baseFen: number;
  rateBp: number;
  amountFen: number;
  bound?: 'PAYMENT_CAP' | 'COST_CEILING';
}

export interface BandSettlement {
  slices: BandSlice[];
  paidFen: number;
  /** Cost of the claim the payments cover. */
  coveredFen: number;
  /** Cost of the claim below the first band (deductible / threshold part). */
  belowFen: number;
  /** Cost of the claim at or above the cost ceiling. */
  beyondCeilingFen: number;
  /** Cost of the claim left unpaid because the payment cap was reached. */
  beyondCapFen: number;
}

/** Settles one claim on the bands from the year's position. */
export function settleBands(claim: BandClaim): BandSettlement {
  const start = claim.positionFen;
  const end = start + claim.amountFen;
  const ceiling = claim.ceilingFen ?? Number.POSITIVE_INFINITY;
  let capLeft = claim.cap ? Math.max(0, claim.cap.amountFen - claim.cap.usedFen) : Number.POSITIVE_INFINITY;
  const firstFrom = claim.bands.length > 0 ? claim.bands[0].fromFen : Number.POSITIVE_INFINITY;

  const slices: BandSlice[] = [];
  let paidFen = 0;
  let coveredFen = 0;
  let beyondCapFen = 0;
  for (const band of claim.bands) {
    const bandTo = band.toFen ?? Number.POSITIVE_INFINITY;
    const lo = Math.max(start, band.fromFen);
    const hi = Math.min(end, bandTo, ceiling);
    if (hi <= lo) continue;
    const base = hi - lo;
    const atCeiling = end > ceiling && hi === ceiling;
    const raw = applyRate(base, band.rateBp);
    if (raw <= capLeft) {
      capLeft -= raw;
      paidFen += raw;
      coveredFen += base;
      slices.push({ fromFen: lo, toFen: hi, baseFen: base, rateBp: band.rateBp, amountFen: raw, ...(atCeiling ? { bound: 'COST_CEILING' as const } : {}) });
      continue;
    }
    const covered = capLeft > 0 ? Math.min(base, divideByRate(capLeft, band.rateBp)) : 0;
    beyondCapFen += base - covered;
    if (capLeft > 0) {
      slices.push({ fromFen: lo, toFen: lo + covered, baseFen: covered, rateBp: band.rateBp, amountFen: capLeft, bound: 'PAYMENT_CAP' });
      paidFen += capLeft;
      coveredFen += covered;
      capLeft = 0;
    }
  }
  const withinCeiling = Math.max(0, Math.min(end, ceiling) - Math.min(start, ceiling));
  const belowFen = Math.max(0, Math.min(end, firstFrom, ceiling) - start);
  return { slices, paidFen, coveredFen, belowFen, beyondCeilingFen: claim.amountFen - withinCeiling, beyondCapFen };
}

/** Bands with every rate moved by deltaBp, kept within [0, maxBp]. */
export function shiftBands(bands: readonly Band[], deltaBp: number, maxBp = 10_000): Band[] {
  return bands.map((b) => ({ ...b, rateBp: Math.min(maxBp, Math.max(0, b.rateBp + deltaBp)) }));
}

/** Bands given relative to a threshold, placed on the absolute position. */
export function bandsAbove(thresholdFen: number, relative: readonly Band[]): Band[] {
  return relative.map((b) => ({
    fromFen: b.fromFen + thresholdFen,
    toFen: b.toFen === null ? null : b.toFen + thresholdFen,
    rateBp: b.rateBp,
  }));
}

/** One flat rate from position 0. */
export function flatRate(rateBp: number): Band[] {
  return [{ fromFen: 0, toFen: null, rateBp }];
}
