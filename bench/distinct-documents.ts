/**
 * The distinct-documents attack of issue 16: N distinct ~32 KB anonymous documents made of
 * unknown field names, CONCURRENCY at a time, through app.fetch on one Node process. Prints the
 * growth of RSS and of the heap (after a full GC) and the operation cache's own byte count.
 * Run: NODE_ENV=production node --expose-gc --import tsx bench/distinct-documents.ts [documents] [concurrency] [rounds]
 */
import { createApp } from '../src/app';
import { openDatabase, prepareDatabase } from '../src/db/open';
import { tempDbFile } from '../test/support/server';
import { distinctDocument } from './attack-documents';

const total = Number(process.argv[2] ?? 600);
const concurrency = Number(process.argv[3] ?? 16);


const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const tmp = tempDbFile();
const { db, close } = await openDatabase(`file:${tmp.file}`);
await prepareDatabase(db);
const app = createApp({ config: { adminApiKey: 'k' }, log: { error: () => undefined } });
const send = (query: string) =>
  app.fetch(new Request('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }), db).then((r) => r.text().then(() => r.status));
await send('{ __typename }');
gc();
const before = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
const statuses = new Map<number, number>();
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
let next = 0;
let peakRss = 0;
const rounds = Number(process.argv[4] ?? 1);
for (let round = 1; round <= rounds; round++) {
  const started = performance.now();
  const end = next + total;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < end) {
        const status = await send(distinctDocument(next++));
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
    }),
  );
  const ms = performance.now() - started;
  gc();
  const after = { rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
  console.log(`round ${round}: ${total} documents of ${distinctDocument(0).length} bytes, ${concurrency} at a time, ${ms.toFixed(0)} ms; statuses ${JSON.stringify([...statuses])}`);
  console.log(`  RSS ${mb(before.rss)} -> ${mb(after.rss)} (+${mb(after.rss - before.rss)}, peak +${mb(peakRss - before.rss)}); heap ${mb(before.heap)} -> ${mb(after.heap)} (+${mb(after.heap - before.heap)}); document cache ${mb(app.documents.bytes)} in ${app.documents.size} documents`);
}
close();
tmp.cleanup();
