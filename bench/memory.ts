/**
 * Memory of what a process or Worker isolate keeps between requests (issue 15): the directory
 * snapshot, the institution-key cache full, and the bound of the parsed-document cache. Heap
 * measured after a forced GC, before and after each is filled. Run: `npx tsx bench/memory.ts`
 * (npm run bench includes it).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createClient } from '@libsql/client';
import { openDrizzle } from '../src/db/client';
import { prepareDatabase } from '../src/db/open';
import { institutionApiKeys } from '../src/db/records';
import { readSnapshot } from '../src/directory/snapshot';
import { LIMITS } from '../src/http/limits';
import { ApiKeyCache } from '../src/records/apiKeyCache';
import { apiKeyHash } from '../src/records/crypto';
import { tempDatabaseUrl } from './servers';

// A forced GC without a command-line flag (npm run bench runs tsx plainly).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function memoryReport(): Promise<string[]> {
  const client = createClient({ url: tempDatabaseUrl() });
  const db = openDrizzle(client);
  await prepareDatabase(db);
  const keys = Array.from({ length: 1000 }, (_, i) => `mik_memory_${i}`);
  for (let i = 0; i < keys.length; i += 100) {
    await db.insert(institutionApiKeys).values(await Promise.all(keys.slice(i, i + 100).map(async (key) => ({
      institutionId: 1, keyHash: await apiKeyHash(key), keyPrefix: key.slice(0, 10), label: 'memory', createdAt: '2026-12-01T00:00:00Z',
    }))));
  }
  // Once first, thrown away: what the first use allocates for good (compiled code, the driver's
  // statement caches) is not the cache's own.
  await readSnapshot(db);
  const warm = new ApiKeyCache({ maxAgeMs: 60_000 });
  for (const key of keys) await warm.lookup(db, key);
  const start = heap();
  const snapshot = await readSnapshot(db);
  const withSnapshot = heap();
  const cache = new ApiKeyCache({ maxAgeMs: 60_000 });
  for (const key of keys) await cache.lookup(db, key);
  const withKeys = heap();
  client.close();
  const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KiB`;
  return [
    '## Memory kept between requests (issue 15)',
    '',
    `Heap after a forced GC (Node ${process.version}), before and after each is filled; a Worker isolate holds the same objects (limit 128 MB).`,
    '',
    '| what | held | heap |',
    '| --- | --- | --- |',
    `| directory snapshot (src/directory/snapshot.ts) | ${snapshot.institutions.size} institutions with their aliases, levels, designations and sources; ${snapshot.catalogueEntries.length} catalogue entries | ${kib(withSnapshot - start)} |`,
    `| institution keys (src/records/apiKeyCache.ts) | ${cache.size} keys, its bound | ${kib(withKeys - withSnapshot)} |`,
    `| parsed documents (src/http/document-cache.ts) | bounded by estimated bytes | at most ${kib(LIMITS.workerDocumentCacheBytes)} in the Worker, ${kib(LIMITS.documentCacheBytes)} on Node |`,
    '',
    `In a Worker isolate the three together stay under ${kib(withKeys - start + LIMITS.workerDocumentCacheBytes)}, well inside 128 MB.`,
  ];
}

if (process.argv[1]?.endsWith('bench/memory.ts')) console.log((await memoryReport()).join('\n'));
