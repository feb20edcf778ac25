/**
 * One writer at a time per process on an embedded libSQL file.
 *
 * The embedded driver runs statements synchronously. A transaction that finds the file's
 * write lock held by another transaction of this same process can neither wait (a busy
 * timeout would block the event loop, so the holder could never finish) nor fail cleanly
 * (the driver leaves the failed BEGIN un-reset on its pooled connection, and every later
 * COMMIT there fails with "SQL statements in progress"). So this process's write
 * transactions, batches and scripts queue here, asynchronously; only writers in other
 * processes are waited for, by the busy timeout. Correctness never rests on this queue:
 * settleClaim's compare-and-set and retries (src/records) hold across processes and Workers.
 * Reads (`execute`, and batches of SELECTs only, run as read transactions: settleClaim's read
 * batch) pass straight through: in WAL mode they never wait for a writer.
 */
import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client';

/** A batch that only reads: every statement a SELECT. */
function readsOnly(stmts: InStatement[]): boolean {
  return stmts.every((stmt) => /^\s*select\b/i.test(typeof stmt === 'string' ? stmt : Array.isArray(stmt) ? String(stmt[0]) : stmt.sql));
}


export function serialiseWrites(client: Client): Client {
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
      tx = await client.transaction(mode);
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

  const queuedBatch = exclusive(client.batch.bind(client));
  const overrides: Partial<Record<keyof Client, unknown>> = {
    transaction,
    batch: (stmts: InStatement[], mode?: TransactionMode) =>
      mode === 'read' || (mode === undefined && readsOnly(stmts)) ? client.batch(stmts, 'read') : queuedBatch(stmts, mode),
    executeMultiple: exclusive(client.executeMultiple.bind(client)),
    migrate: exclusive(client.migrate.bind(client)),
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop in overrides) return overrides[prop as keyof Client];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
