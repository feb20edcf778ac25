/**
 * Waiting for another process's write lock does not block the event loop (issue 16, item 3):
 * while a second process holds the embedded file's write lock, the server answers /health
 * and queries, a settleClaim waits for the lock without blocking them and settles once the
 * lock is released; a writer that gives up answers SQLITE_BUSY and its connection stays usable.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@libsql/client';
import { lockFreeWriter } from '../../src/db/serialise-writes';
import { tempDbFile } from '../support/server';
import { ADMIN, createPerson, idNumbersFrom, SETTLE, startRecordsServer } from './support';

const root = new URL('../..', import.meta.url).pathname;

/** A second process that takes the file's write lock and holds it until told to release it. */
async function holdWriteLock(dbFile: string): Promise<{ release(): Promise<void> }> {
  const script = `
    const Database = require('libsql');
    const db = new Database(${JSON.stringify(dbFile)}, { timeout: 5000 });
    db.exec('BEGIN IMMEDIATE');
    console.log('held');
    process.stdin.once('data', () => { db.exec('COMMIT'); console.log('released'); db.close(); process.exit(0); });
  `;
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', script], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const said = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => out.includes(word) && resolve();
      child.stdout.on('data', (d) => {
        out += d;
        check();
      });
      child.once('exit', (code) => (out.includes(word) ? resolve() : reject(new Error(`lock holder exited ${code}: ${err}`))));
      check();
    });
  await said('held');
  return {
    async release() {
      const released = said('released');
      child.stdin.write('go\n');
      await released;
    },
  };
}

describe('a server while another process holds the write lock', () => {
  let server: Awaited<ReturnType<typeof startRecordsServer>>;
  let personId: string;
  beforeAll(async () => {
    server = await startRecordsServer();
    personId = await createPerson(server, { name: '锁等待', idNumber: idNumbersFrom('62010219900101')(1), city: 'LANZHOU', scheme: 'RESIDENT', enrolledSince: '2020-01-01' });
  });
  afterAll(() => server?.close());

  it('answers /health and queries while a settleClaim waits for the lock, then settles it', async () => {
    const lock = await holdWriteLock(server.dbFile);
    let settled = false;
    const settling = server
      .gql(SETTLE, { input: { personId, idempotencyKey: 'during-lock', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'SECONDARY', items: [{ name: '床位费', category: 'CLASS_A', amount: '2000.00' }] } }, ADMIN)
      .finally(() => (settled = true));
    try {
      // Give the mutation time to reach the lock.
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const health = await fetch(`${server.url}/health`);
        expect(health.status).toBe(200);
        const query = await server.gql('{ institutions(first: 1) { edges { node { name } } } }');
        expect(query.status).toBe(200);
        expect(query.body.data.institutions.edges).toHaveLength(1);
        // The old driver wait blocked the event loop for 10 s a try; here nothing waits on it.
        expect(performance.now() - started).toBeLessThan(5000);
      }
      expect(settled).toBe(false);
    } finally {
      await lock.release();
    }
    const res = await settling;
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.settleClaim.userErrors).toEqual([]);
    expect(res.body.data.settleClaim.settlement.totalAmount).toBe('2000.00');
  }, 60_000);
});

describe('the lock-free writer', () => {
  it('gives up with SQLITE_BUSY after its wait, keeps the event loop turning meanwhile, and commits on the same connection afterwards', async () => {
    const tmp = tempDbFile();
    const setup = createClient({ url: `file:${tmp.file}` });
    await setup.execute('PRAGMA journal_mode = WAL');
    await setup.execute('CREATE TABLE t (x INTEGER)');
    setup.close();
    const writer = lockFreeWriter(tmp.file, 400);
    const lock = await holdWriteLock(tmp.file);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    try {
      await expect(writer.begin()).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
      expect(ticks).toBeGreaterThan(5);
    } finally {
      clearInterval(ticker);
      await lock.release();
    }
    for (let i = 1; i <= 3; i++) {
      const tx = await writer.begin();
      await tx.execute({ sql: 'INSERT INTO t VALUES (?)', args: [i] });
      await tx.commit();
    }
    const rolledBack = await writer.begin();
    await rolledBack.execute('INSERT INTO t VALUES (99)');
    await rolledBack.rollback();
    const check = createClient({ url: `file:${tmp.file}` });
    expect((await check.execute('SELECT group_concat(x) AS xs FROM t')).rows[0].xs).toBe('1,2,3');
    check.close();
    writer.close();
    tmp.cleanup();
  }, 60_000);
});
