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

/**
 * A trace text, or the function that words it. Steps word their amounts only when the trace is
 * read: an estimate that asks for the amounts alone formats none, and a settlement's cost is the
 * arithmetic. A function must read only values that no later step changes.
 */
export type TraceText = string | (() => string);

interface PendingStep {
  ruleId: string;
  clause: string;
  message: TraceText;
  messageZh?: TraceText;
}

function word(text: TraceText): string {
  return typeof text === 'string' ? text : text();
}

function worded({ ruleId, clause, message, messageZh }: PendingStep): TraceStep {
  return messageZh === undefined ? { ruleId, clause, message: word(message) } : { ruleId, clause, message: word(message), messageZh: word(messageZh) };
}

/**
 * An array of the steps that words them when it is first read in any way (an index, its
 * length, iteration, JSON, a spread): to its reader an ordinary array of TraceStep. Every
 * operation fills the array, then acts on it as it is. (A class, not closures: the build keeps
 * function names, and naming a closure on every settlement cost more than the wording saved.)
 */
class WordedOnRead implements ProxyHandler<TraceStep[]> {
  private filled = false;

  constructor(private readonly steps: readonly PendingStep[]) {}

  private fill(target: TraceStep[]): TraceStep[] {
    if (!this.filled) {
      this.filled = true;
      for (const step of this.steps) target.push(worded(step));
    }
    return target;
  }

  get(target: TraceStep[], key: string | symbol): unknown {
    return Reflect.get(this.fill(target), key);
  }

  set(target: TraceStep[], key: string | symbol, value: unknown): boolean {
    return Reflect.set(this.fill(target), key, value);
  }

  has(target: TraceStep[], key: string | symbol): boolean {
    return Reflect.has(this.fill(target), key);
  }

  ownKeys(target: TraceStep[]): (string | symbol)[] {
    return Reflect.ownKeys(this.fill(target));
  }

  getOwnPropertyDescriptor(target: TraceStep[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.fill(target), key);
  }

  defineProperty(target: TraceStep[], key: string | symbol, descriptor: PropertyDescriptor): boolean {
    return Reflect.defineProperty(this.fill(target), key, descriptor);
  }

  deleteProperty(target: TraceStep[], key: string | symbol): boolean {
    return Reflect.deleteProperty(this.fill(target), key);
  }
}

function wordedOnRead(steps: readonly PendingStep[]): TraceStep[] {
  return new Proxy<TraceStep[]>([], new WordedOnRead(steps));
}

export class Ledger {
  readonly lines: SettlementLine[] = [];
  readonly delta: Accumulators = {};
  readonly assumptions: Assumption[] = [];
  deductibleFen = 0;
  private readonly steps: PendingStep[] = [];

  /** A trace step in English and Chinese (结算过程说明); `messageZh` is required of every new step. */
  step(ruleId: string, clause: string, message: TraceText, messageZh?: TraceText): void {
    this.steps.push({ ruleId, clause, message, messageZh });
  }

  /**
   * The steps as the result's trace: an array worded on its first reading (wordedOnRead). The
   * ledger is done with by then: a settlement's result is built after its last step.
   */
  get trace(): TraceStep[] {
    return wordedOnRead(this.steps);
  }

  /** Records a reading the settlement rests on (once per kind), with a trace step under `ruleId`. */
  assume(ruleId: string, assumption: Assumption): void {
    if (this.assumptions.some((a) => a.kind === assumption.kind)) return;
    this.assumptions.push(assumption);
    this.step(ruleId, assumption.clause, () => `${assumption.message} (pack reading ${assumption.parameter})`, assumption.messageZh);
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
