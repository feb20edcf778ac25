/**
 * The local Hrana-over-HTTP libSQL dev server (src/dev/hrana), exercised by the real
 * `@libsql/client/web` HTTP client and by Drizzle's libsql web driver, plus raw protocol
 * requests for what the client does not send (stored SQL by hand, describe, cursor, v3-only
 * features) and for malformed input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from '@libsql/client/web';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql/web';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHranaServer, type HranaServer } from '../src/dev/hrana/server';

let dir: string;
let server: HranaServer;
let client: Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hrana-'));
  server = await startHranaServer({ url: `file:${join(dir, 'dev.db')}` });
  client = createClient({ url: server.url, intMode: 'bigint' });
});

afterAll(async () => {
  client?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh table per test, so tests do not depend on each other. */
let tables = 0;
async function freshTable(columns: string): Promise<string> {
  const name = `t${++tables}`;
  await client.execute(`CREATE TABLE ${name} (${columns})`);
  return name;
}

async function pipeline(body: unknown, version: 'v2' | 'v3' = 'v3', headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/${version}/pipeline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
}

const text_ = (value: string) => ({ type: 'text', value });
const int = (value: number | bigint) => ({ type: 'integer', value: String(value) });

describe('execute over @libsql/client/web', () => {
  it('binds positional and named arguments (:, @, $ and bare names)', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, name TEXT, city TEXT');
    await client.execute({ sql: `INSERT INTO ${t} (name, city) VALUES (?, ?)`, args: ['张三', '北京'] });
    await client.execute({ sql: `INSERT INTO ${t} (name, city) VALUES (:name, @city)`, args: { name: '李四', city: '上海' } });
    await client.execute({ sql: `INSERT INTO ${t} (name, city) VALUES ($name, :city)`, args: { $name: '王五', ':city': '广州' } });

    const rs = await client.execute({ sql: `SELECT name, city FROM ${t} WHERE id >= :from ORDER BY id`, args: { from: 2 } });
    expect(rs.rows.map((r) => [r.name, r.city])).toEqual([
      ['李四', '上海'],
      ['王五', '广州'],
    ]);
    expect(rs.columns).toEqual(['name', 'city']);
    expect(rs.columnTypes).toEqual(['TEXT', 'TEXT']);
  });

  it('round-trips every value type exactly, integers beyond 2^53 as bigint', async () => {
    const t = await freshTable('i INTEGER, f REAL, s TEXT, b BLOB, n');
    const big = 9_007_199_254_740_993n; // 2^53 + 1: not representable as a double
    const blob = new Uint8Array([0, 1, 127, 128, 255]);
    await client.execute({ sql: `INSERT INTO ${t} VALUES (?, ?, ?, ?, ?)`, args: [big, 0.1, '医保结算 ✓', blob, null] });
    await client.execute({ sql: `INSERT INTO ${t} VALUES (?, ?, ?, ?, ?)`, args: [-(2n ** 63n), -1.5, '', new Uint8Array(), null] });
    await client.execute({ sql: `INSERT INTO ${t} VALUES (?, NULL, NULL, NULL, NULL)`, args: [2n ** 63n - 1n] });

    const rs = await client.execute(`SELECT i, f, s, b, n, typeof(i) ti, typeof(f) tf, typeof(s) ts, typeof(b) tb, typeof(n) tn FROM ${t} ORDER BY rowid`);
    const [first, second, third] = rs.rows;
    expect(first.i).toBe(big);
    expect(first.f).toBe(0.1);
    expect(first.s).toBe('医保结算 ✓');
    expect(new Uint8Array(first.b as ArrayBuffer)).toEqual(blob);
    expect(first.n).toBeNull();
    expect([first.ti, first.tf, first.ts, first.tb, first.tn]).toEqual(['integer', 'real', 'text', 'blob', 'null']);
    expect(second.i).toBe(-(2n ** 63n));
    expect(second.f).toBe(-1.5);
    expect(second.s).toBe('');
    expect((second.b as ArrayBuffer).byteLength).toBe(0);
    expect(third.i).toBe(2n ** 63n - 1n);
  });

  it('sends a JS number as a float, as the client encodes it; INTEGER affinity stores it as an integer', async () => {
    const t = await freshTable('i INTEGER, x');
    await client.execute({ sql: `INSERT INTO ${t} VALUES (?, ?)`, args: [42, 42] });
    const rs = await client.execute(`SELECT i, typeof(i) ti, x, typeof(x) tx FROM ${t}`);
    expect(rs.rows[0].ti).toBe('integer');
    expect(rs.rows[0].i).toBe(42n);
    expect(rs.rows[0].tx).toBe('real');
    expect(rs.rows[0].x).toBe(42);
  });

  it('reports rows affected and the last insert rowid (also beyond 2^53)', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v');
    const ins = await client.execute({ sql: `INSERT INTO ${t} (id, v) VALUES (?, 1), (?, 2)`, args: [10n, 9_007_199_254_740_993n] });
    expect(ins.rowsAffected).toBe(2);
    expect(ins.lastInsertRowid).toBe(9_007_199_254_740_993n);
    const upd = await client.execute(`UPDATE ${t} SET v = v + 1`);
    expect(upd.rowsAffected).toBe(2);
    const sel = await client.execute(`SELECT * FROM ${t}`);
    expect(sel.rowsAffected).toBe(0);
    const ret = await client.execute(`DELETE FROM ${t} WHERE id = 10 RETURNING v`);
    expect(ret.rowsAffected).toBe(1);
    expect(ret.rows[0].v).toBe(2n);
  });

  it('gives integers as numbers in the default intMode', async () => {
    const plain = createClient({ url: server.url });
    try {
      const rs = await plain.execute('SELECT 7 AS n, 2.5 AS f');
      expect(rs.rows[0].n).toBe(7);
      expect(rs.rows[0].f).toBe(2.5);
    } finally {
      plain.close();
    }
  });

  it('throws the SQLite error message and code', async () => {
    await expect(client.execute('SELECT * FROM no_such_table')).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
      message: expect.stringContaining('no such table: no_such_table'),
    });
    const t = await freshTable('id INTEGER PRIMARY KEY');
    await client.execute(`INSERT INTO ${t} VALUES (1)`);
    await expect(client.execute(`INSERT INTO ${t} VALUES (1)`)).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT',
      message: expect.stringContaining(`UNIQUE constraint failed: ${t}.id`),
    });
    await expect(client.execute({ sql: 'SELECT :a', args: { b: 1 } })).rejects.toMatchObject({ code: 'ARGS_INVALID' });
    await expect(client.execute('   ')).rejects.toMatchObject({ code: 'SQL_NO_STATEMENT' });
  });
});

describe('batches, transactions and isolation', () => {
  it('runs a write batch atomically: a failing statement rolls back the whole batch', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v TEXT');
    const ok = await client.batch(
      [
        { sql: `INSERT INTO ${t} VALUES (?, ?)`, args: [1, 'a'] },
        { sql: `INSERT INTO ${t} VALUES (?, ?)`, args: [2, 'b'] },
        `SELECT count(*) AS n FROM ${t}`,
      ],
      'write',
    );
    expect(ok[2].rows[0].n).toBe(2n);

    await expect(
      client.batch(
        [
          { sql: `INSERT INTO ${t} VALUES (?, ?)`, args: [3, 'c'] },
          { sql: `INSERT INTO ${t} VALUES (?, ?)`, args: [1, 'duplicate'] },
        ],
        'write',
      ),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    const rs = await client.execute(`SELECT id FROM ${t} ORDER BY id`);
    expect(rs.rows.map((r) => r.id)).toEqual([1n, 2n]);
  });

  it('keeps an interactive transaction across requests, invisible to others until commit', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v TEXT');
    const tx = await client.transaction('write');
    await tx.execute({ sql: `INSERT INTO ${t} VALUES (1, ?)`, args: ['in tx'] });
    await tx.execute({ sql: `INSERT INTO ${t} VALUES (2, ?)`, args: ['in tx'] });
    expect((await tx.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n).toBe(2n);
    expect((await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n).toBe(0n);
    await tx.commit();
    expect((await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n).toBe(2n);
  });

  it('rolls an interactive transaction back', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY');
    await client.execute(`INSERT INTO ${t} VALUES (1)`);
    const tx = await client.transaction('write');
    await tx.execute(`DELETE FROM ${t}`);
    await tx.execute(`INSERT INTO ${t} VALUES (2)`);
    await tx.rollback();
    const rs = await client.execute(`SELECT id FROM ${t}`);
    expect(rs.rows.map((r) => r.id)).toEqual([1n]);
  });

  it('keeps a transaction usable after one of its statements fails', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY');
    const tx = await client.transaction('write');
    await tx.execute(`INSERT INTO ${t} VALUES (1)`);
    await expect(tx.execute(`INSERT INTO ${t} VALUES (1)`)).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await tx.execute(`INSERT INTO ${t} VALUES (2)`);
    await tx.commit();
    expect((await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n).toBe(2n);
  });

  it('isolates two concurrent transactions: a reader sees only committed data', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v INTEGER');
    await client.execute(`INSERT INTO ${t} VALUES (1, 100)`);
    const writer = await client.transaction('write');
    const reader = await client.transaction('read');
    await writer.execute(`UPDATE ${t} SET v = 200 WHERE id = 1`);
    expect((await reader.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(100n);
    await writer.commit();
    // The reader's snapshot was taken at its first read: still 100 inside its transaction.
    expect((await reader.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(100n);
    await reader.commit();
    expect((await client.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(200n);
  });

  it('serializes 20 parallel read-modify-write transactions: the counter ends at exactly 20', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, n INTEGER NOT NULL');
    await client.execute(`INSERT INTO ${t} VALUES (1, 0)`);
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const tx = await client.transaction('write');
        try {
          const n = (await tx.execute(`SELECT n FROM ${t} WHERE id = 1`)).rows[0].n as bigint;
          await new Promise((r) => setTimeout(r, 2)); // let the others try their luck meanwhile
          await tx.execute({ sql: `UPDATE ${t} SET n = ? WHERE id = 1`, args: [n + 1n] });
          await tx.commit();
        } finally {
          tx.close();
        }
      }),
    );
    expect((await client.execute(`SELECT n FROM ${t}`)).rows[0].n).toBe(20n);
    expect((await client.execute('PRAGMA integrity_check')).rows[0][0]).toBe('ok');
  });

  it('makes executeMultiple wait for a transaction holding the write lock', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY');
    const tx = await client.transaction('write');
    await tx.execute(`INSERT INTO ${t} VALUES (1)`);
    const sequence = client.executeMultiple(`INSERT INTO ${t} VALUES (2); INSERT INTO ${t} VALUES (3);`);
    await new Promise((r) => setTimeout(r, 50));
    await tx.commit();
    await sequence;
    expect((await client.execute(`SELECT count(*) AS n FROM ${t}`)).rows[0].n).toBe(3n);
  });

  it('fails a deferred transaction whose read snapshot went stale with SQLITE_BUSY; it rolls back cleanly', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v INTEGER');
    await client.execute(`INSERT INTO ${t} VALUES (1, 0)`);
    const tx = await client.transaction('deferred');
    expect((await tx.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(0n);
    await client.execute(`UPDATE ${t} SET v = 1`);
    await expect(tx.execute(`UPDATE ${t} SET v = 2`)).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    await tx.rollback();
    await client.execute(`UPDATE ${t} SET v = v + 10`);
    expect((await client.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(11n);
  });

  it('runs executeMultiple (a sequence) and migrate', async () => {
    await client.executeMultiple(`
      CREATE TABLE seq_a (id INTEGER PRIMARY KEY, v TEXT);
      INSERT INTO seq_a (v) VALUES ('一'); INSERT INTO seq_a (v) VALUES ('二');
      -- a comment, and a trailing statement
      CREATE INDEX seq_a_v ON seq_a (v);
    `);
    expect((await client.execute('SELECT count(*) AS n FROM seq_a')).rows[0].n).toBe(2n);
    await expect(client.executeMultiple('INSERT INTO seq_a (v) VALUES (1); SELECT * FROM nope; INSERT INTO seq_a (v) VALUES (2)')).rejects.toThrow(
      /no such table: nope/,
    );
    expect((await client.execute('SELECT count(*) AS n FROM seq_a')).rows[0].n).toBe(3n); // stops at the failure

    await client.migrate(['CREATE TABLE mig_parent (id INTEGER PRIMARY KEY)', 'CREATE TABLE mig_child (p INTEGER REFERENCES mig_parent(id))']);
    const rs = await client.execute("SELECT name FROM sqlite_master WHERE name LIKE 'mig_%' ORDER BY name");
    expect(rs.rows.map((r) => r.name)).toEqual(['mig_child', 'mig_parent']);
  });
});

describe('Drizzle (drizzle-orm/libsql/web) over the dev server', () => {
  const institutions = sqliteTable('drizzle_institutions', {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    city: text('city').notNull(),
    beds: integer('beds'),
  });

  it('inserts, selects, updates, batches and runs transactions', async () => {
    const webClient = createClient({ url: server.url });
    const db = drizzle(webClient);
    try {
      await db.run(sql`CREATE TABLE drizzle_institutions (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, city TEXT NOT NULL, beds INTEGER)`);
      const inserted = await db.insert(institutions).values({ name: '北京协和医院', city: '北京', beds: 2000 }).returning();
      expect(inserted).toEqual([{ id: 1, name: '北京协和医院', city: '北京', beds: 2000 }]);

      await db.batch([
        db.insert(institutions).values({ name: '华山医院', city: '上海', beds: null }),
        db.update(institutions).set({ beds: 2200 }).where(eq(institutions.id, 1)),
      ]);
      await db.transaction(async (tx) => {
        await tx.insert(institutions).values({ name: '中山医院', city: '上海', beds: 1500 });
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.insert(institutions).values({ name: '不会提交', city: '广州' });
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');

      const rows = await db.select().from(institutions).where(eq(institutions.city, '上海')).orderBy(institutions.id);
      expect(rows).toEqual([
        { id: 2, name: '华山医院', city: '上海', beds: null },
        { id: 3, name: '中山医院', city: '上海', beds: 1500 },
      ]);
      const [first] = await db.select({ beds: institutions.beds }).from(institutions).where(eq(institutions.id, 1));
      expect(first.beds).toBe(2200);
      expect(await db.$count(institutions)).toBe(3);
    } finally {
      webClient.close();
    }
  });
});

describe('authentication', () => {
  it('requires the bearer token when one is set', async () => {
    const secured = await startHranaServer({ url: `file:${join(dir, 'auth.db')}`, authToken: 's3cret' });
    const anonymous = createClient({ url: secured.url });
    const wrong = createClient({ url: secured.url, authToken: 'wrong' });
    const right = createClient({ url: secured.url, authToken: 's3cret' });
    try {
      await expect(anonymous.execute('SELECT 1')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      await expect(wrong.execute('SELECT 1')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      expect((await right.execute('SELECT 1 AS one')).rows[0].one).toBe(1);
      const raw = await fetch(`${secured.url}/v2/pipeline`, { method: 'POST', body: '{}' });
      expect(raw.status).toBe(401);
    } finally {
      for (const c of [anonymous, wrong, right]) c.close();
      await secured.close();
    }
  });
});

describe('Hrana protocol, raw', () => {
  it('answers the version probes: JSON v2 and v3, no Protobuf', async () => {
    expect((await fetch(`${server.url}/v2`)).status).toBe(200);
    expect((await fetch(`${server.url}/v3`)).status).toBe(200);
    expect((await fetch(`${server.url}/v3-protobuf`)).status).toBe(404);
  });

  it('encodes values and results as the spec says', async () => {
    const { status, body } = await pipeline({
      baton: null,
      requests: [
        {
          type: 'execute',
          stmt: {
            sql: 'SELECT ? AS i, ? AS f, ? AS t, ? AS b, ? AS n',
            args: [int(-42), { type: 'float', value: 1.25 }, text_('元'), { type: 'blob', base64: 'AAH/' }, { type: 'null' }],
          },
        },
        { type: 'close' },
      ],
    });
    expect(status).toBe(200);
    expect(body.baton).toBeNull();
    expect(body.results[0]).toEqual({
      type: 'ok',
      response: {
        type: 'execute',
        result: {
          cols: ['i', 'f', 't', 'b', 'n'].map((name) => ({ name, decltype: null })),
          rows: [[int(-42), { type: 'float', value: 1.25 }, text_('元'), { type: 'blob', base64: 'AAH/' }, { type: 'null' }]],
          affected_row_count: 0,
          last_insert_rowid: '0',
        },
      },
    });
    expect(body.results[1]).toEqual({ type: 'ok', response: { type: 'close' } });
  });

  it('keeps a stream across requests by baton, and refuses a reused baton', async () => {
    const first = await pipeline({ baton: null, requests: [{ type: 'execute', stmt: { sql: 'BEGIN' } }, { type: 'get_autocommit' }] });
    expect(first.body.results[1].response).toEqual({ type: 'get_autocommit', is_autocommit: false });
    const baton = first.body.baton as string;
    expect(baton).toMatch(/^[\w-]{32}$/);

    const second = await pipeline({ baton, requests: [{ type: 'execute', stmt: { sql: 'ROLLBACK', want_rows: false } }, { type: 'get_autocommit' }] });
    expect(second.body.results[1].response.is_autocommit).toBe(true);
    expect(second.body.baton).not.toBe(baton);

    const reused = await pipeline({ baton, requests: [{ type: 'get_autocommit' }] });
    expect(reused.status).toBe(400);
    expect(reused.type).toBe('application/json');
    expect(reused.body.code).toBe('BATON_INVALID');
    await pipeline({ baton: second.body.baton, requests: [{ type: 'close' }] });
  });

  it('stores SQL texts per stream, and answers an unknown sql_id with an HTTP error', async () => {
    const { body } = await pipeline({
      baton: null,
      requests: [
        { type: 'store_sql', sql_id: 7, sql: 'SELECT ? * 2 AS twice' },
        { type: 'execute', stmt: { sql_id: 7, args: [int(21)] } },
        { type: 'close_sql', sql_id: 7 },
      ],
    });
    expect(body.results[1].response.result.rows).toEqual([[int(42)]]);
    const missing = await pipeline({ baton: body.baton, requests: [{ type: 'execute', stmt: { sql_id: 7 } }] });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toBe('SQL text 7 not found');
  });

  it('evaluates batch conditions: ok, error, not, and, or, is_autocommit', async () => {
    const step = (sql: string, condition?: unknown) => ({ condition, stmt: { sql } });
    const { body } = await pipeline({
      baton: null,
      requests: [
        {
          type: 'batch',
          batch: {
            steps: [
              step('SELECT 1'), // 0 ok
              step('SELECT * FROM nope'), // 1 error
              step('SELECT 2', { type: 'ok', step: 1 }), // 2 skipped
              step('SELECT 3', { type: 'error', step: 1 }), // 3 runs
              step('SELECT 4', { type: 'and', conds: [{ type: 'ok', step: 0 }, { type: 'not', cond: { type: 'ok', step: 2 } }] }), // 4 runs
              step('SELECT 5', { type: 'or', conds: [{ type: 'ok', step: 2 }, { type: 'error', step: 0 }] }), // 5 skipped
              step('SELECT 6', { type: 'is_autocommit' }), // 6 runs
            ],
          },
        },
        { type: 'close' },
      ],
    });
    const result = body.results[0].response.result;
    expect(result.step_results.map((r: { rows: unknown[][] } | null) => r && r.rows[0][0])).toEqual([int(1), null, null, int(3), int(4), null, int(6)]);
    expect(result.step_errors.map((e: { code: string } | null) => e && e.code)).toEqual([null, 'SQLITE_ERROR', null, null, null, null, null]);
  });

  it('describes a statement: parameters, columns, explain and read-only', async () => {
    await client.execute('CREATE TABLE described (id INTEGER PRIMARY KEY, name TEXT)');
    const { body } = await pipeline({
      baton: null,
      requests: [
        { type: 'describe', sql: 'SELECT id, name AS n FROM described WHERE id = :id AND name = ? OR id = ?5' },
        { type: 'describe', sql: 'UPDATE described SET name = @name' },
        { type: 'describe', sql: 'EXPLAIN SELECT 1' },
        { type: 'close' },
      ],
    });
    expect(body.results[0].response.result).toEqual({
      params: [{ name: ':id' }, { name: null }, { name: null }, { name: null }, { name: '?5' }],
      cols: [
        { name: 'id', decltype: 'INTEGER' },
        { name: 'n', decltype: 'TEXT' },
      ],
      is_explain: false,
      is_readonly: true,
    });
    expect(body.results[1].response.result).toMatchObject({ params: [{ name: '@name' }], cols: [], is_explain: false, is_readonly: false });
    expect(body.results[2].response.result).toMatchObject({ is_explain: true, is_readonly: true });
  });

  it('streams a batch through the v3 cursor endpoint', async () => {
    const res = await fetch(`${server.url}/v3/cursor`, {
      method: 'POST',
      body: JSON.stringify({ baton: null, batch: { steps: [{ stmt: { sql: 'SELECT 1 AS a UNION ALL SELECT 2' } }, { stmt: { sql: 'SELEC' } }] } }),
    });
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ baton: expect.any(String), base_url: null });
    expect(lines.slice(1).map((e) => e.type)).toEqual(['step_begin', 'row', 'row', 'step_end', 'step_error']);
    expect(lines[2]).toEqual({ type: 'row', row: [int(1)] });
    expect(lines[5]).toMatchObject({ type: 'step_error', step: 1, error: { code: 'SQLITE_ERROR' } });
    await pipeline({ baton: lines[0].baton, requests: [{ type: 'close' }] });
  });

  it('keeps the v3-only features off the v2 endpoint', async () => {
    const res = await pipeline({ baton: null, requests: [{ type: 'get_autocommit' }] }, 'v2');
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/only supported in protocol version hrana3/);
  });

  it('answers malformed input with a 400 JSON error and keeps serving', async () => {
    const bad: unknown[] = [
      'not json',
      '[]',
      { requests: 'nope' },
      { baton: null, requests: [{ type: 'launch_rockets' }] },
      { baton: null, requests: [{ type: 'execute', stmt: {} }] },
      { baton: null, requests: [{ type: 'execute', stmt: { sql: 'SELECT ?', args: [{ type: 'integer', value: '9223372036854775808' }] } }] },
      { baton: null, requests: [{ type: 'execute', stmt: { sql: 'SELECT ?', args: [{ type: 'integer', value: 1 }] } }] },
      { baton: null, requests: [{ type: 'execute', stmt: { sql: 'SELECT 1', sql_id: 1 } }] },
      { baton: null, requests: [{ type: 'batch', batch: { steps: [{ condition: { type: 'ok', step: 0 }, stmt: { sql: 'SELECT 1' } }] } }] },
      { baton: 'forged', requests: [] },
    ];
    for (const body of bad) {
      const res = await pipeline(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.type).toBe('application/json');
      expect(typeof res.body.message).toBe('string');
    }
    // Mixing positional and named arguments would abort the driver's own named binding; it is refused.
    const mixed = await pipeline({
      baton: null,
      requests: [{ type: 'execute', stmt: { sql: 'SELECT ?, :a', args: [int(1)], named_args: [{ name: 'a', value: int(2) }] } }, { type: 'close' }],
    });
    expect(mixed.body.results[0].error.code).toBe('ARGS_BOTH_POSITIONAL_AND_NAMED');
    const named = await pipeline({
      baton: null,
      requests: [{ type: 'execute', stmt: { sql: 'SELECT ?, :a', named_args: [{ name: 'a', value: int(2) }] } }, { type: 'close' }],
    });
    expect(named.body.results[0].response.result.rows).toEqual([[{ type: 'null' }, int(2)]]);

    expect((await fetch(`${server.url}/v3/nothing`, { method: 'POST' })).status).toBe(404);
    expect((await client.execute('SELECT 1 AS alive')).rows[0].alive).toBe(1n);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await fetch(`${server.url}/v3/pipeline`, { method: 'POST', body: 'x'.repeat(10 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('BODY_TOO_LARGE');
  });

  it('after a SQLITE_BUSY inside a transaction accepts only ROLLBACK, then commits normally again', async () => {
    const t = await freshTable('id INTEGER PRIMARY KEY, v INTEGER');
    await client.execute(`INSERT INTO ${t} VALUES (1, 0)`);
    const exec = (sql: string) => ({ type: 'execute', stmt: { sql } });
    const first = await pipeline({ baton: null, requests: [exec('BEGIN'), exec(`SELECT v FROM ${t}`)] });
    await client.execute(`UPDATE ${t} SET v = 1`); // the stream's snapshot is now stale
    const second = await pipeline({ baton: first.body.baton, requests: [exec(`UPDATE ${t} SET v = 2`), exec(`SELECT v FROM ${t}`), exec('ROLLBACK')] });
    expect(second.body.results.map((r: { type: string; error?: { code: string } }) => r.error?.code ?? r.type)).toEqual(['SQLITE_BUSY', 'SQLITE_BUSY', 'ok']);
    const third = await pipeline({ baton: second.body.baton, requests: [exec(`UPDATE ${t} SET v = 3`), { type: 'get_autocommit' }, { type: 'close' }] });
    expect(third.body.results[1].response.is_autocommit).toBe(true);
    expect((await client.execute(`SELECT v FROM ${t}`)).rows[0].v).toBe(3n); // committed, seen by another stream
  });

  it('commits autocommit writes after an EXPLAIN of a write on the same stream', async () => {
    const t = await freshTable('id INTEGER');
    const exec = (sql: string) => ({ type: 'execute', stmt: { sql } });
    const { body } = await pipeline({ baton: null, requests: [exec(`EXPLAIN INSERT INTO ${t} VALUES (1)`), exec(`INSERT INTO ${t} VALUES (2)`)] });
    expect(body.results.map((r: { type: string }) => r.type)).toEqual(['ok', 'ok']);
    expect((await client.execute(`SELECT id FROM ${t}`)).rows.map((r) => r.id)).toEqual([2n]);
    await pipeline({ baton: body.baton, requests: [{ type: 'close' }] });
  });

  it('gives up on a lock held too long with SQLITE_BUSY, and the stream keeps working', async () => {
    const impatient = await startHranaServer({ url: `file:${join(dir, 'busy.db')}`, busyTimeoutMs: 100 });
    const impatientClient = createClient({ url: impatient.url, intMode: 'bigint' });
    const post = async (body: unknown) => (await fetch(`${impatient.url}/v3/pipeline`, { method: 'POST', body: JSON.stringify(body) })).json();
    const exec = (sql: string) => ({ type: 'execute', stmt: { sql } });
    try {
      await impatientClient.execute('CREATE TABLE busy (id INTEGER)');
      const holder = await impatientClient.transaction('write');
      await holder.execute('INSERT INTO busy VALUES (1)');
      const blocked = await post({ baton: null, requests: [exec('INSERT INTO busy VALUES (2)')] });
      expect(blocked.results[0].error).toEqual({ message: 'SQLite error: database is locked', code: 'SQLITE_BUSY' });
      await holder.commit();
      const retried = await post({ baton: blocked.baton, requests: [exec('INSERT INTO busy VALUES (3)'), { type: 'close' }] });
      expect(retried.results[0].type).toBe('ok');
      expect((await impatientClient.execute('SELECT id FROM busy ORDER BY id')).rows.map((r) => r.id)).toEqual([1n, 3n]);
    } finally {
      impatientClient.close();
      await impatient.close();
    }
  });

  it('expires an idle stream and rolls back its transaction', async () => {
    const short = await startHranaServer({ url: `file:${join(dir, 'idle.db')}`, streamIdleMs: 100 });
    const shortClient = createClient({ url: short.url, intMode: 'bigint' });
    try {
      await shortClient.execute('CREATE TABLE idle (id INTEGER)');
      const tx = await shortClient.transaction('write');
      await tx.execute('INSERT INTO idle VALUES (1)');
      await new Promise((r) => setTimeout(r, 1_300));
      await expect(tx.execute('INSERT INTO idle VALUES (2)')).rejects.toMatchObject({ code: 'STREAM_EXPIRED' });
      tx.close();
      // The lock was released with the rollback: another writer gets through at once.
      await shortClient.execute('INSERT INTO idle VALUES (3)');
      expect((await shortClient.execute('SELECT id FROM idle')).rows.map((r) => r.id)).toEqual([3n]);
    } finally {
      shortClient.close();
      await short.close();
    }
  });
});
