/**
 * One Hrana stream's own connection to the libSQL file (through the `libsql` driver): runs
 * statements, batches with conditions, sequences and describes, with the stream's own
 * transaction state. Dev/test infrastructure only: production talks to Turso.
 *
 * Waiting for another stream's write lock: the driver is synchronous and every stream lives in
 * this one process, so a blocking busy timeout would stall the very stream that holds the lock.
 * Connections fail at once on SQLITE_BUSY and the statement is retried asynchronously until
 * `busyTimeoutMs` runs out, always through the same prepared statement: SQLite leaves a
 * statement that failed with SQLITE_BUSY pending (resumable) until it is reset, and the driver
 * resets only by running it again. A pending write statement blocks this connection's COMMIT
 * and the commit of its autocommit writes, so when one is left behind the connection is
 * replaced: at once in autocommit, at the ROLLBACK the client must send inside a transaction.
 */
import Database from 'libsql';
import {
  encodeValue,
  StmtError,
  type BatchCond,
  type BatchResult,
  type ProtoError,
  type SqlValue,
  type StmtResult,
} from './protocol';

/** A statement with its SQL text resolved (stored `sql_id` already looked up). */
export interface ResolvedStmt {
  sql: string;
  args: SqlValue[];
  namedArgs: { name: string; value: SqlValue }[];
  wantRows: boolean;
}

export interface DescribeResult {
  params: { name: string | null }[];
  cols: { name: string; decltype: string | null }[];
  is_explain: boolean;
  is_readonly: boolean;
}

type Statement = ReturnType<Database.Database['prepare']>;

const EXPLAIN_PREFIX = /^\s*(?:(?:--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)\s*)*explain(?:\s+query\s+plan)?\b/i;
const PENDING_BUSY = 'SQLite error: a statement of this transaction failed with SQLITE_BUSY; roll the transaction back';
const ROLLBACK = /^\s*rollback(?:\s+transaction)?\s*;?\s*$/i;

/** A SQLite error; `pending` when SQLite left the statement pending (a SQLITE_BUSY family code). */
class SqliteStmtError extends StmtError {
  constructor(
    message: string,
    code: string,
    readonly retryable: boolean,
    readonly pending: boolean,
  ) {
    super(message, code);
  }
}

export class Connection {
  private db!: Database.Database;
  private totalChanges!: Statement;
  private afterStmt!: Statement;
  /** A statement failed with SQLITE_BUSY inside a transaction: only ROLLBACK may follow. */
  private pendingBusy = false;

  constructor(
    private readonly path: string,
    private readonly busyTimeoutMs: number,
  ) {
    this.open();
  }

  get isAutocommit(): boolean {
    return !this.db.inTransaction;
  }

  async execute(stmt: ResolvedStmt): Promise<StmtResult> {
    if (this.pendingBusy) {
      if (!ROLLBACK.test(stmt.sql)) {
        throw new StmtError(PENDING_BUSY, 'SQLITE_BUSY');
      }
      this.reopen();
      return { cols: [], rows: [], affected_row_count: 0, last_insert_rowid: null };
    }
    const { prepared, args } = this.sqlite(() => ({ prepared: this.db.prepare(stmt.sql), args: this.bindings(stmt) }));
    try {
      return await this.retryWhileBusy(() => this.sqlite(() => this.run(prepared, args, stmt)));
    } catch (e) {
      if (e instanceof SqliteStmtError && e.pending) {
        if (this.isAutocommit) this.reopen();
        else this.pendingBusy = true;
      }
      throw e;
    }
  }

  async batch(steps: { condition?: BatchCond; stmt: ResolvedStmt }[]): Promise<BatchResult> {
    const results: (StmtResult | null)[] = [];
    const errors: (ProtoError | null)[] = [];
    for (const step of steps) {
      if (step.condition && !this.holds(step.condition, results, errors)) {
        results.push(null);
        errors.push(null);
        continue;
      }
      try {
        results.push(await this.execute(step.stmt));
        errors.push(null);
      } catch (e) {
        if (!(e instanceof StmtError)) throw e;
        results.push(null);
        errors.push(e.toProto());
      }
    }
    return { step_results: results, step_errors: errors };
  }

  /**
   * Runs semicolon-separated statements with exec(), which may have run some of them before a
   * SQLITE_BUSY and so is not retried. In autocommit it first waits for the write lock (BEGIN
   * IMMEDIATE, then ROLLBACK); no other stream can take the lock between that ROLLBACK and
   * exec(), as this process runs JavaScript on one thread.
   */
  async sequence(sql: string): Promise<void> {
    if (this.pendingBusy) throw new StmtError(PENDING_BUSY, 'SQLITE_BUSY');
    if (this.isAutocommit) {
      await this.execute({ sql: 'BEGIN IMMEDIATE', args: [], namedArgs: [], wantRows: false });
      this.db.exec('ROLLBACK');
    }
    this.sqlite(() => this.db.exec(sql));
  }

  describe(sql: string): DescribeResult {
    return this.sqlite(() => {
      const cols = this.db.prepare(sql).columns();
      const isExplain = EXPLAIN_PREFIX.test(sql);
      const program = this.explain(sql);
      // As sqlite3_stmt_readonly(): an EXPLAIN, or no write transaction opened and no VACUUM.
      const writes = program.some(([, opcode, , p2]) => (opcode === 'Transaction' && p2 !== 0) || opcode === 'Vacuum');
      return {
        params: paramNames(program).map((name) => ({ name })),
        cols: cols.map((c) => ({ name: c.name, decltype: c.type })),
        is_explain: isExplain,
        is_readonly: isExplain || !writes,
      };
    });
  }

  /**
   * Rolls back a transaction left open, then closes. The driver's close() keeps the SQLite
   * connection (and its locks) alive until its prepared statements are garbage-collected, so
   * the rollback must be explicit to release the write lock now.
   */
  close(): void {
    try {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
    } catch {
      // Closing anyway: SQLite rolls back when the connection is finally released.
    }
    this.db.close();
  }

  private open(): void {
    this.db = new Database(this.path, { timeout: 0 });
    this.totalChanges = this.db.prepare('SELECT total_changes()').raw(true).safeIntegers(true);
    this.afterStmt = this.db.prepare('SELECT changes(), total_changes(), last_insert_rowid()').raw(true).safeIntegers(true);
    this.pendingBusy = false;
  }

  private reopen(): void {
    this.close();
    this.open();
  }

  /** One attempt; run() and all() reset the statement before running it. */
  private run(prepared: Statement, args: SqlValue[], stmt: ResolvedStmt): StmtResult {
    const before = (this.totalChanges.get([]) as bigint[])[0];
    let cols: StmtResult['cols'] = [];
    let rows: unknown[][] = [];
    if (prepared.reader) {
      prepared.raw(true).safeIntegers(true);
      cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type }));
      rows = prepared.all(args) as unknown[][];
      // An EXPLAIN of a write statement stays pending after its last row, like a SQLITE_BUSY
      // failure; get() resets it (an EXPLAIN runs nothing).
      if (EXPLAIN_PREFIX.test(stmt.sql)) prepared.get(args);
    } else {
      prepared.run(args);
    }
    const [changes, total, rowid] = this.afterStmt.get([]) as bigint[];
    return {
      cols,
      rows: stmt.wantRows ? rows.map((row) => row.map(encodeValue)) : [],
      affected_row_count: total > before ? Number(changes) : 0,
      last_insert_rowid: rowid.toString(),
    };
  }

  /**
   * Arguments as the positional array the driver binds. Named ones are placed at their
   * parameter's index (the driver's own named binding aborts the process when a statement
   * also has a nameless `?`); a name without its prefix matches `:name`, `@name` or `$name`.
   */
  private bindings(stmt: ResolvedStmt): SqlValue[] {
    if (stmt.namedArgs.length === 0) return stmt.args;
    if (stmt.args.length > 0) {
      throw new StmtError('Specifying both positional and named arguments is not supported', 'ARGS_BOTH_POSITIONAL_AND_NAMED');
    }
    const names = paramNames(this.explain(stmt.sql));
    const values: SqlValue[] = names.map(() => null);
    for (const { name, value } of stmt.namedArgs) {
      const candidates = /^[:@$]/.test(name) ? [name] : [':', '@', '$'].map((prefix) => prefix + name);
      const index = names.findIndex((n) => n !== null && candidates.includes(n));
      if (index < 0) throw new StmtError(`Arguments do not match SQL parameters: no parameter named ${name}`, 'ARGS_INVALID');
      values[index] = value;
    }
    return values;
  }

  /** The statement's bytecode (of the explained statement, for an EXPLAIN). */
  private explain(sql: string): unknown[][] {
    const stmt = this.db.prepare(`EXPLAIN ${sql.replace(EXPLAIN_PREFIX, '')}`).raw(true);
    const program = stmt.all([]) as unknown[][];
    stmt.get([]);
    return program;
  }

  private holds(cond: BatchCond, results: (StmtResult | null)[], errors: (ProtoError | null)[]): boolean {
    switch (cond.type) {
      case 'ok':
        return results[cond.step] != null;
      case 'error':
        return errors[cond.step] != null;
      case 'not':
        return !this.holds(cond.cond, results, errors);
      case 'and':
        return cond.conds.every((c) => this.holds(c, results, errors));
      case 'or':
        return cond.conds.some((c) => this.holds(c, results, errors));
      case 'is_autocommit':
        return this.isAutocommit;
    }
  }

  /** Runs driver calls, turning SQLite errors into statement errors as sqld reports them. */
  private sqlite<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      throw toStmtError(e);
    }
  }

  private async retryWhileBusy<T>(attempt: () => T): Promise<T> {
    const deadline = Date.now() + this.busyTimeoutMs;
    for (let delay = 1; ; delay = Math.min(delay * 2, 25)) {
      try {
        return attempt();
      } catch (e) {
        if (!(e instanceof SqliteStmtError && e.retryable) || Date.now() >= deadline) throw e;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Parameter names by index (null for a nameless `?`) from the bytecode's Variable opcodes. */
function paramNames(program: unknown[][]): (string | null)[] {
  const names: (string | null)[] = [];
  for (const [, opcode, p1, , , p4] of program) {
    if (opcode !== 'Variable') continue;
    const index = Number(p1);
    while (names.length < index) names.push(null);
    if (typeof p4 === 'string') names[index - 1] = p4;
  }
  return names;
}

function toStmtError(e: unknown): unknown {
  if (e instanceof StmtError || !(e instanceof Error)) return e;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  if (code === 'SQLITE_OK') return new StmtError('SQL string does not contain any statement', 'SQL_NO_STATEMENT');
  // sqld reports the primary result code (SQLITE_CONSTRAINT, not SQLITE_CONSTRAINT_PRIMARYKEY).
  const primary = /^SQLITE_[A-Z]+/.exec(code)![0];
  // Only a plain SQLITE_BUSY (a lock held by another connection) can clear by waiting;
  // SQLITE_BUSY_SNAPSHOT (a read snapshot gone stale) needs the transaction to restart.
  return new SqliteStmtError(`SQLite error: ${e.message}`, primary, code === 'SQLITE_BUSY', primary === 'SQLITE_BUSY');
}
