/**
 * The institution keys a process keeps in memory (src/records/apiKeyCache.ts): only active keys,
 * for at most the bound, at most `maxEntries`, forgotten at once on revocation here; on a real
 * libSQL file, with a clock the test moves.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAgeMsFromEnv } from '../../src/config';
import type { Database } from '../../src/db/client';
import { openDatabase, prepareDatabase } from '../../src/db/open';
import { institutionApiKeys } from '../../src/db/records';
import { ApiKeyCache, apiKeyMaxAgeMs } from '../../src/records/apiKeyCache';
import { apiKeyHash } from '../../src/records/crypto';
import { tempDbFile } from '../support/server';

let tmp: ReturnType<typeof tempDbFile>;
let db: Database;
let close: () => void;
let reads = 0;

beforeAll(async () => {
  tmp = tempDbFile();
  ({ db, close } = await openDatabase(`file:${tmp.file}`));
  await prepareDatabase(db);
});
afterAll(() => {
  close?.();
  tmp?.cleanup();
});

async function issue(key: string): Promise<number> {
  const [row] = await db.insert(institutionApiKeys)
    .values({ institutionId: 1, keyHash: await apiKeyHash(key), keyPrefix: key.slice(0, 10), label: 'test', createdAt: '2026-12-01T00:00:00Z' })
    .returning();
  return row.id;
}

/** The database, counting the key lookups that reach it. */
function counted(): Database {
  return new Proxy(db, {
    get(target, name, receiver) {
      if (name === 'select') reads += 1;
      return Reflect.get(target, name, receiver);
    },
  });
}

describe('ApiKeyCache', () => {
  it('holds an active key for the bound, then reads it again and sees it revoked', async () => {
    let now = 0;
    const cache = new ApiKeyCache({ maxAgeMs: 30_000, now: () => now });
    const id = await issue('mik_bound');
    reads = 0;
    expect(await cache.lookup(counted(), 'mik_bound')).toMatchObject({ row: { id }, cached: false });
    now = 29_999;
    expect(await cache.lookup(counted(), 'mik_bound')).toMatchObject({ row: { id }, cached: true });
    expect(reads).toBe(1);
    await db.update(institutionApiKeys).set({ revokedAt: '2026-12-01T00:01:00Z' }).where(eq(institutionApiKeys.id, id));
    expect(await cache.lookup(counted(), 'mik_bound')).toMatchObject({ row: { id }, cached: true }); // within the bound
    now = 30_000;
    expect(await cache.lookup(counted(), 'mik_bound')).toEqual({ row: undefined, cached: false });
    expect(reads).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('never keeps an unknown key, so random keys cannot fill it', async () => {
    const cache = new ApiKeyCache({ maxAgeMs: 30_000 });
    for (let i = 0; i < 50; i++) expect((await cache.lookup(db, `mik_random_${i}`)).row).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps at most maxEntries keys, the least recently used dropped first', async () => {
    const cache = new ApiKeyCache({ maxAgeMs: 30_000, maxEntries: 2 });
    for (const k of ['mik_a', 'mik_b', 'mik_c']) await issue(k);
    await cache.lookup(db, 'mik_a');
    await cache.lookup(db, 'mik_b');
    await cache.lookup(db, 'mik_a'); // a used last: b is the oldest
    await cache.lookup(db, 'mik_c');
    expect(cache.size).toBe(2);
    expect((await cache.lookup(db, 'mik_a')).cached).toBe(true);
    expect((await cache.lookup(db, 'mik_b')).cached).toBe(false);
  });

  it('forgets a key revoked through this process at once; bound 0 keeps nothing', async () => {
    const cache = new ApiKeyCache({ maxAgeMs: 30_000 });
    const id = await issue('mik_forget');
    await cache.lookup(db, 'mik_forget');
    cache.forget(id);
    expect((await cache.lookup(db, 'mik_forget')).cached).toBe(false);
    const none = new ApiKeyCache({ maxAgeMs: 0 });
    await none.lookup(db, 'mik_forget');
    expect(none.size).toBe(0);
  });

  it('API_KEY_MAX_AGE_SECONDS: 0 on the embedded file, 30 s on a libSQL server, whole seconds up to an hour', () => {
    expect(apiKeyMaxAgeMs({}, false)).toBe(0);
    expect(apiKeyMaxAgeMs({}, true)).toBe(30_000);
    expect(apiKeyMaxAgeMs({ API_KEY_MAX_AGE_SECONDS: '5' }, true)).toBe(5_000);
    expect(() => apiKeyMaxAgeMs({ API_KEY_MAX_AGE_SECONDS: '3601' }, true)).toThrow(/API_KEY_MAX_AGE_SECONDS must be a whole number of seconds from 0 to 3600/);
    expect(() => maxAgeMsFromEnv({ X: 'soon' }, 'X', false)).toThrow(/X must be/);
  });
});
