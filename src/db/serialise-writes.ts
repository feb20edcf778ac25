/**
 * One writer at a time per process on an embedded libSQL file, and no waiting for the file's
 * write lock on the event loop.
 *
 * The embedded driver runs statements synchronously, and its busy timeout waits for a lock
 * held by another process synchronously too: a server would freeze (no `/health`, no query)
 * for as long as another process held the write lock. And a transaction that fails to get the
 * lock on a pooled connection leaves its BEGIN un-reset there, so that every later COMMIT on
 * that connection fails with "SQL statements in progress". So write transactions run on a
 * connection of their own with no busy timeout: `BEGIN IMMEDIATE` through `exec` (which resets
 * what it ran) either takes the lock at once or fails at once with SQLITE_BUSY, and is retried
 * after a short asynchronous sleep (up to WRITE_LOCK_WAIT_MS), while the event loop serves
 * everything else. This process's write transactions, batches and scripts queue here,
 * asynchronously, one at a time. Correctness never rests on this queue: settleClaim's
 * compare-and-set and retries (src/records) hold across processes and Workers. Write batches
 * (settleClaim's write) run the same way, as one transaction on that connection. Reads
 * (`execute`, and batches of SELECTs only, run as read transactions: settleClaim's read
 * batch) pass straight through: in WAL mode they never wait for a writer. Write batches that
 * wait at the same moment are committed together (groupCommit, below). Scripts and
 * migrations (start-up and seeding) keep the pooled connections' busy timeout.
 */
import { LibsqlError, type Client, type InStatement, type ResultSet, type Transaction, type TransactionMode } from '@libsql/client';
import { Sqlite3Transaction } from '@libsql/client/sqlite3';
import Database from 'libsql';

/** A batch that only reads: every statement a SELECT. */
function readsOnly(stmts: InStatement[]): boolean {
  return stmts.every((stmt) => /^\s*select\b/i.test(typeof stmt === 'string' ? stmt : Array.isArray(stmt) ? String(stmt[0]) : stmt.sql));
}

/** How long a write transaction waits for another process's write lock before SQLITE_BUSY. */
export const WRITE_LOCK_WAIT_MS = 10_000;
const MAX_SLEEP_MS = 25;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Write transactions on the file at `path` on a connection of their own: the lock is waited
 * for asynchronously. One transaction at a time (the caller queues them).
 */
export function lockFreeWriter(path: string, maxWaitMs = WRITE_LOCK_WAIT_MS) {
  let db: Database.Database | null = null;
  const release = (used: Database.Database) => {
    if (!used.open || !used.inTransaction) return;
    try {
      used.exec('ROLLBACK');
    } catch {
      // An unusable connection is dropped; the next transaction opens a fresh one.
      try {
        used.close();
      } catch {
        /* closing a broken connection */
      }
      if (db === used) db = null;
    }
  };
  return {
    async begin(): Promise<Transaction> {
      const deadline = Date.now() + maxWaitMs;
      for (let attempt = 0; ; attempt++) {
        if (!db || !db.open) db = new Database(path, { timeout: 0 });
        try {
          db.exec('BEGIN IMMEDIATE');
          return new Sqlite3Transaction(db, 'number', release);
        } catch (error) {
          if (!isBusy(error)) throw error;
          if (Date.now() >= deadline) {
            throw new LibsqlError(`SQLITE_BUSY: database is locked (another process held the write lock for ${maxWaitMs} ms)`, 'SQLITE_BUSY');
          }
          await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_SLEEP_MS, 2 ** attempt)));
        }
      }
    },
    close() {
      if (db?.open) db.close();
      db = null;
    },
  };
}


/** `client` with this process's writers queued; given the embedded file's path, write transactions
 *  also wait for other processes' locks asynchronously (see above). */
export function serialiseWrites(client: Client, path?: string): Client {
  const writer = path ? lockFreeWriter(path) : null;
  let tail: Promise<void> = Promise.resolve();
  /** Waits for this process's earlier writers; resolves with the function that lets the next one in. */
  const turn = async (): Promise<() => void> => {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = tail;
    tail = before.then(() => mine);
    await before;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  };
  const exclusive =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const done = await turn();
      try {
        return await fn(...args);
      } finally {
        done();
      }
    };

  const transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    const done = await turn();
    let tx: Transaction;
    try {
      tx = writer && mode !== 'read' ? await writer.begin() : await client.transaction(mode);
    } catch (error) {
      done();
      throw error;
    }
    const ending = new Set<PropertyKey>(['commit', 'rollback', 'close']);
    return new Proxy(tx, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (!ending.has(prop)) return value.bind(target);
        return (...args: unknown[]) => {
          try {
            const result = value.apply(target, args);
            return result instanceof Promise ? result.finally(done) : (done(), result);
          } catch (error) {
            done();
            throw error;
          }
        };
      },
    });
  };

  /** A write batch on a client without the lock-free writer: one transaction, queued. */
  const queuedBatch = exclusive((stmts: InStatement[], mode?: TransactionMode) => client.batch(stmts, mode));
  const batchWrite = writer ? groupCommit(writer, turn) : queuedBatch;
  const overrides: Partial<Record<keyof Client, unknown>> = {
    transaction,
    batch: (stmts: InStatement[], mode?: TransactionMode) =>
      mode === 'read' || (mode === undefined && readsOnly(stmts)) ? client.batch(stmts, 'read') : batchWrite(stmts, mode),
    executeMultiple: exclusive(client.executeMultiple.bind(client)),
    migrate: exclusive(client.migrate.bind(client)),
    close: () => {
      writer?.close();
      client.close();
    },
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop as keyof Client];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Group commit (issue 18): the write batches that wait for the writer at the same moment
 * (settleClaim's and reverseSettlement's writes) share one transaction and so one fsync.
 * Each keeps its own atomicity: it runs inside a savepoint of its own, and a batch that fails
 * (a lost compare-and-set, a unique index) rolls back to its savepoint only, and only its
 * caller gets the error. Nobody is answered before the COMMIT is durable; if the COMMIT fails,
 * every batch of the group fails and nothing of it is written. A kill -9 before the COMMIT
 * loses the group, whose callers were never answered.
 *
 * A batch arriving while the writer is busy waits for the next group; the group is formed one
 * event-loop turn (setImmediate) after its first batch arrives, so the requests read in the
 * same I/O phase share it.
 */
export function groupCommit(writer: Pick<ReturnType<typeof lockFreeWriter>, 'begin'>, turn: () => Promise<() => void> = async () => () => {}) {
  type Waiting = { stmts: InStatement[]; resolve: (r: ResultSet[]) => void; reject: (e: unknown) => void };
  let waiting: Waiting[] = [];
  const run = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    const done = await turn();
    const group = waiting;
    waiting = [];
    const outcomes: ({ ok: true; results: ResultSet[] } | { ok: false; error: unknown })[] = [];
    try {
      const tx = await writer.begin();
      try {
        for (const [i, item] of group.entries()) {
          await tx.execute(`SAVEPOINT group_${i}`);
          try {
            outcomes.push({ ok: true, results: await tx.batch(item.stmts) });
          } catch (error) {
            await tx.execute(`ROLLBACK TO group_${i}`);
            outcomes.push({ ok: false, error });
          }
          await tx.execute(`RELEASE group_${i}`);
        }
        await tx.commit();
      } finally {
        tx.close();
      }
    } catch (error) {
      for (const item of group) item.reject(error);
      return;
    } finally {
      done();
    }
    group.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) item.resolve(outcome.results);
      else item.reject(outcome.error);
    });
  };
  return (stmts: InStatement[], _mode?: TransactionMode): Promise<ResultSet[]> =>
    new Promise<ResultSet[]>((resolve, reject) => {
      waiting.push({ stmts, resolve, reject });
      if (waiting.length === 1) void run();
    });
}
