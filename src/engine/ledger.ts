/**
 * The running record of one settlement: payment lines, trace steps, the deductible borne and
 * the accumulator delta. Local to one settle() call, so the engine stays pure.
 */
import type { Accumulators } from './accumulators';
import type { BandSettlement } from './blocks/bands';
import type { Assumption, Layer, LineBound, SettlementLine, TraceStep } from './types';

/** Names and amounts of the bounds a band settlement may hit, for the lines. */
export interface Bounds {
  cap?: { name: string; amountFen: number };
  ceiling?: { name: string; amountFen: number };
}

export class Ledger {
  readonly lines: SettlementLine[] = [];
  readonly trace: TraceStep[] = [];
  readonly delta: Accumulators = {};
  readonly assumptions: Assumption[] = [];
  deductibleFen = 0;

  /** A trace step in English and Chinese (结算过程说明); `messageZh` is required of every new step. */
  step(ruleId: string, clause: string, message: string, messageZh?: string): void {
    this.trace.push(messageZh === undefined ? { ruleId, clause, message } : { ruleId, clause, message, messageZh });
  }

  /** Records a reading the settlement rests on (once per kind), with a trace step under `ruleId`. */
  assume(ruleId: string, assumption: Assumption): void {
    if (this.assumptions.some((a) => a.kind === assumption.kind)) return;
    this.assumptions.push(assumption);
    this.step(ruleId, assumption.clause, `${assumption.message} (pack reading ${assumption.parameter})`, assumption.messageZh);
  }

  count(key: string, amount: number): void {
    if (amount !== 0) this.delta[key] = (this.delta[key] ?? 0) + amount;
  }

  /** Adds a line per paid slice; returns the amount paid. */
  pay(ruleId: string, clause: string, layer: Layer, settled: BandSettlement, bounds: Bounds = {}, banded = false): number {
    for (const slice of settled.slices) {
      if (slice.amountFen === 0 && slice.bound === undefined) continue;
      const line: SettlementLine = { ruleId, clause, layer, baseFen: slice.baseFen, rateBp: slice.rateBp, amountFen: slice.amountFen };
      if (banded) line.band = { fromFen: slice.fromFen, toFen: slice.toFen };
      const bound = boundOf(slice.bound, bounds);
      if (bound) line.boundBy = bound;
      this.lines.push(line);
    }
    return settled.paidFen;
  }

  /** Adds one line for a single-rate amount. */
  payFlat(ruleId: string, clause: string, layer: Layer, baseFen: number, rateBp: number, amountFen: number, boundBy?: LineBound): number {
    this.lines.push({ ruleId, clause, layer, baseFen, rateBp, amountFen, ...(boundBy ? { boundBy } : {}) });
    return amountFen;
  }
}

function boundOf(kind: 'PAYMENT_CAP' | 'COST_CEILING' | undefined, bounds: Bounds): LineBound | undefined {
  if (kind === 'PAYMENT_CAP' && bounds.cap) return { kind, ...bounds.cap };
  if (kind === 'COST_CEILING' && bounds.ceiling) return { kind, ...bounds.ceiling };
  return undefined;
}
