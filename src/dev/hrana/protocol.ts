/**
 * Hrana-over-HTTP JSON structures (docs/HRANA_3_SPEC.md in tursodatabase/libsql) for the
 * dev/test libSQL server: the request bodies decoded and validated from untrusted JSON, the
 * values converted between their JSON form and what the `libsql` driver binds and returns,
 * and the two kinds of failure. Dev/test infrastructure only: production talks to Turso.
 */

/** A SQLite value as the `libsql` driver binds it (integers as bigint, blobs as bytes). */
export type SqlValue = null | bigint | number | string | Uint8Array;

/** The JSON `Value` structure. */
export type ProtoValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };

export interface Stmt {
  sql?: string;
  sqlId?: number;
  args: SqlValue[];
  namedArgs: { name: string; value: SqlValue }[];
  wantRows: boolean;
}

export type BatchCond =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: BatchCond }
  | { type: 'and' | 'or'; conds: BatchCond[] }
  | { type: 'is_autocommit' };

export interface BatchStep {
  condition?: BatchCond;
  stmt: Stmt;
}

export type StreamRequest =
  | { type: 'close' }
  | { type: 'execute'; stmt: Stmt }
  | { type: 'batch'; steps: BatchStep[] }
  | { type: 'sequence' | 'describe'; sql?: string; sqlId?: number }
  | { type: 'store_sql'; sqlId: number; sql: string }
  | { type: 'close_sql'; sqlId: number }
  | { type: 'get_autocommit' };

export interface StmtResult {
  cols: { name: string | null; decltype: string | null }[];
  rows: ProtoValue[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
}

export interface ProtoError {
  message: string;
  code: string;
}

export interface BatchResult {
  step_results: (StmtResult | null)[];
  step_errors: (ProtoError | null)[];
}

/** Hrana version of the endpoint a request came in on (`/v2/...` or `/v3/...`). */
export type Version = 2 | 3;

/**
 * A request a correct client never sends (malformed body, unknown stored SQL, reused baton...).
 * Answered with an HTTP error, which ends the stream.
 */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly code = 'PROTOCOL_ERROR',
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A statement that failed (SQL error, bad arguments): reported in the result, the stream goes on. */
export class StmtError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }

  toProto(): ProtoError {
    return { message: this.message, code: this.code };
  }
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function decodePipelineBody(body: unknown, version: Version): { baton: string | null; requests: StreamRequest[] } {
  const obj = object(body, 'pipeline body');
  return { baton: baton(obj.baton), requests: array(obj.requests, 'requests').map((r) => streamRequest(r, version)) };
}

export function decodeCursorBody(body: unknown, version: Version): { baton: string | null; steps: BatchStep[] } {
  const obj = object(body, 'cursor body');
  return { baton: baton(obj.baton), steps: batch(obj.batch, version) };
}

export function encodeValue(value: unknown): ProtoValue {
  if (value === null) return { type: 'null' };
  if (typeof value === 'bigint') return { type: 'integer', value: value.toString() };
  if (typeof value === 'number') return { type: 'float', value };
  if (typeof value === 'string') return { type: 'text', value };
  if (value instanceof ArrayBuffer) return { type: 'blob', base64: Buffer.from(value).toString('base64') };
  if (value instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(value).toString('base64') };
  throw new Error(`cannot encode a ${typeof value} as a Hrana value`);
}

function streamRequest(raw: unknown, version: Version): StreamRequest {
  const obj = object(raw, 'stream request');
  switch (obj.type) {
    case 'close':
      return { type: 'close' };
    case 'execute':
      return { type: 'execute', stmt: stmt(obj.stmt) };
    case 'batch':
      return { type: 'batch', steps: batch(obj.batch, version) };
    case 'sequence':
    case 'describe':
      return { type: obj.type, ...sqlOrSqlId(obj) };
    case 'store_sql':
      return { type: 'store_sql', sqlId: int32(obj.sql_id, 'sql_id'), sql: string(obj.sql, 'sql') };
    case 'close_sql':
      return { type: 'close_sql', sqlId: int32(obj.sql_id, 'sql_id') };
    case 'get_autocommit':
      requireV3(version, 'get_autocommit');
      return { type: 'get_autocommit' };
    default:
      throw new ProtocolError('StreamRequest type not recognized');
  }
}

function batch(raw: unknown, version: Version): BatchStep[] {
  const steps = array(object(raw, 'batch').steps, 'steps');
  return steps.map((rawStep, index) => {
    const step = object(rawStep, 'batch step');
    const condition = step.condition == null ? undefined : batchCond(step.condition, index, version);
    return { condition, stmt: stmt(step.stmt) };
  });
}

/** A condition of step `index` may only look at earlier steps. */
function batchCond(raw: unknown, index: number, version: Version): BatchCond {
  const obj = object(raw, 'batch condition');
  switch (obj.type) {
    case 'ok':
    case 'error': {
      const step = int32(obj.step, 'step');
      if (step < 0 || step >= index) throw new ProtocolError('Invalid reference to step in a batch condition');
      return { type: obj.type, step };
    }
    case 'not':
      return { type: 'not', cond: batchCond(obj.cond, index, version) };
    case 'and':
    case 'or':
      return { type: obj.type, conds: array(obj.conds, 'conds').map((c) => batchCond(c, index, version)) };
    case 'is_autocommit':
      requireV3(version, 'is_autocommit condition');
      return { type: 'is_autocommit' };
    default:
      throw new ProtocolError('BatchCond type not recognized');
  }
}

function stmt(raw: unknown): Stmt {
  const obj = object(raw, 'stmt');
  const args = obj.args == null ? [] : array(obj.args, 'args').map(value);
  const namedArgs =
    obj.named_args == null
      ? []
      : array(obj.named_args, 'named_args').map((rawArg) => {
          const arg = object(rawArg, 'named arg');
          return { name: string(arg.name, 'name'), value: value(arg.value) };
        });
  if (obj.want_rows != null && typeof obj.want_rows !== 'boolean') throw new ProtocolError('want_rows must be a boolean');
  return { ...sqlOrSqlId(obj), args, namedArgs, wantRows: obj.want_rows !== false };
}

function sqlOrSqlId(obj: Record<string, unknown>): { sql?: string; sqlId?: number } {
  const hasSql = obj.sql != null;
  const hasId = obj.sql_id != null;
  if (hasSql && hasId) throw new ProtocolError('Either `sql` or `sql_id` are required, but not both');
  if (hasSql) return { sql: string(obj.sql, 'sql') };
  if (hasId) return { sqlId: int32(obj.sql_id, 'sql_id') };
  throw new ProtocolError('Either `sql` or `sql_id` are required');
}

function value(raw: unknown): SqlValue {
  const obj = object(raw, 'value');
  switch (obj.type) {
    case 'null':
      return null;
    case 'integer': {
      const text = string(obj.value, 'integer value');
      if (!/^-?\d{1,19}$/.test(text)) throw new ProtocolError(`Invalid integer value ${JSON.stringify(text)}`);
      const n = BigInt(text);
      if (n < INT64_MIN || n > INT64_MAX) throw new ProtocolError(`Integer value ${text} is out of 64-bit range`);
      return n;
    }
    case 'float':
      if (typeof obj.value !== 'number') throw new ProtocolError('float value must be a number');
      return obj.value;
    case 'text':
      return string(obj.value, 'text value');
    case 'blob': {
      const b64 = string(obj.base64, 'blob base64');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new ProtocolError('blob base64 is not valid base64');
      return Buffer.from(b64, 'base64');
    }
    default:
      throw new ProtocolError('Value type not recognized');
  }
}

function baton(raw: unknown): string | null {
  return raw == null ? null : string(raw, 'baton');
}

function requireV3(version: Version, what: string): void {
  if (version < 3) throw new ProtocolError(`${what} is only supported in protocol version hrana3 and higher`);
}

function object(raw: unknown, what: string): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ProtocolError(`${what} must be a JSON object`);
  return raw as Record<string, unknown>;
}

function array(raw: unknown, what: string): unknown[] {
  if (!Array.isArray(raw)) throw new ProtocolError(`${what} must be a JSON array`);
  return raw;
}

function string(raw: unknown, what: string): string {
  if (typeof raw !== 'string') throw new ProtocolError(`${what} must be a string`);
  return raw;
}

function int32(raw: unknown, what: string): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < -(2 ** 31) || raw >= 2 ** 31) {
    throw new ProtocolError(`${what} must be a 32-bit integer`);
  }
  return raw;
}
