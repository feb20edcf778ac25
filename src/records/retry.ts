/**
 * Bounded retries of a write transaction when another writer got there first: the database
 * is busy (another transaction holds the write lock) or a compare-and-set on an accumulator
 * version found it changed. Works across processes and Workers: no in-process lock.
 */
import { sqliteCode } from './errors';

/** Thrown inside a transaction when a compare-and-set lost the race; the transaction rolls back. */
export class WriteConflict extends Error {
  constructor(what: string) {
    super(`Write conflict on ${what}.`);
    this.name = 'WriteConflict';
  }
}

/** How long a write keeps retrying before it gives up: long enough to outlast a burst of writers
 *  for one person from many processes, short of a client's request time-out. */
export const MAX_WRITE_WAIT_MS = 30_000;
const MAX_BACKOFF_MS = 100;

function isRetryable(error: unknown): boolean {
  if (error instanceof WriteConflict) return true;
  const code = sqliteCode(error);
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** Runs `attempt` until it succeeds, fails for another reason, or MAX_WRITE_WAIT_MS has passed. */
export async function withWriteRetry<T>(attempt: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + MAX_WRITE_WAIT_MS;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || Date.now() >= giveUpAt) throw error;
      const ceiling = Math.min(MAX_BACKOFF_MS, 2 ** Math.min(n, 7));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
