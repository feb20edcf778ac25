/**
 * Group commit (issue 18, src/db/serialise-writes.ts): write batches waiting at the same
 * moment share one transaction, each inside its own savepoint: a failing batch is rolled back
 * alone and only its caller sees the error; the others are committed, once, on a real file.
 */
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupCommit, lockFreeWriter } from '../../src/db/serialise-writes';
import { tempDbFile } from '../support/server';

let tmp: ReturnType<typeof tempDbFile>;
let writer: ReturnType<typeof lockFreeWriter>;
let begins = 0;
const counted = () => ({ begin: () => ((begins += 1), writer.begin()) });
const rows = async (sql: string) => {
  const reader = createClient({ url: `file:${tmp.file}` });
  try {
    return (await reader.execute(sql)).rows.map((r) => Object.values(r));
  } finally {
    reader.close();
  }
};

beforeAll(async () => {
  tmp = tempDbFile();
  const setup = createClient({ url: `file:${tmp.file}` });
  await setup.executeMultiple('PRAGMA journal_mode = WAL; CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL);');
  setup.close();
  writer = lockFreeWriter(tmp.file);
});
afterAll(() => {
  writer?.close();
  tmp?.cleanup();
});

describe('group commit', () => {
  it('commits the batches that wait together in one transaction; a failing one rolls back alone', async () => {
    const write = groupCommit(counted());
    begins = 0;
    const outcomes = await Promise.allSettled([
      write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['a', 1] }, { sql: 'INSERT INTO t VALUES (?, ?)', args: ['b', 2] }]),
      // Its second statement breaks the primary key: its first must not stay either.
      write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['c', 3] }, { sql: 'INSERT INTO t VALUES (?, ?)', args: ['a', 9] }]),
      write([{ sql: 'UPDATE t SET v = v + 10 WHERE k = ?', args: ['a'] }]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE constraint failed: t\.k/);
    // The third batch saw the first one's row (same transaction, in order).
    expect((outcomes[2] as PromiseFulfilledResult<{ rowsAffected: number }[]>).value[0].rowsAffected).toBe(1);
    expect(begins).toBe(1);
    expect(await rows('SELECT k, v FROM t ORDER BY k')).toEqual([['a', 11], ['b', 2]]);
  });

  it('a batch that arrives after a group is formed goes into the next one', async () => {
    const write = groupCommit(counted());
    begins = 0;
    const first = write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['d', 4] }]);
    await first;
    await write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['e', 5] }]);
    expect(begins).toBe(2);
    expect(await rows(`SELECT k FROM t WHERE k IN ('d', 'e') ORDER BY k`)).toEqual([['d'], ['e']]);
  });

  it('when the transaction cannot start, every batch of the group fails and nothing is written', async () => {
    const write = groupCommit({ begin: () => Promise.reject(new Error('SQLITE_BUSY: database is locked')) });
    const outcomes = await Promise.allSettled([write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['f', 6] }]), write([{ sql: 'INSERT INTO t VALUES (?, ?)', args: ['g', 7] }])]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await rows(`SELECT k FROM t WHERE k IN ('f', 'g')`)).toEqual([]);
  });
});
