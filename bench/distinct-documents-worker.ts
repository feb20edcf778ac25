/**
 * The distinct-documents attack of issue 16 against the built Worker in workerd (run
 * `npm run build:worker` first): N distinct ~28 KB documents of unknown fields, CONCURRENCY at a
 * time. Prints workerd's resident memory (VmRSS, /proc) before, at its peak and after.
 * Run: npx tsx bench/distinct-documents-worker.ts [documents] [concurrency]
 */
import { readFileSync } from 'node:fs';
import { startWorkerStack } from '../test/support/worker-stack';
import { distinctDocument } from './attack-documents';

const total = Number(process.argv[2] ?? 600);
const concurrency = Number(process.argv[3] ?? 16);
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;
const stack = await startWorkerStack();
const workerdPid = stack.pid!;
const send = (query: string) =>
  fetch(`${stack.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.text().then(() => r.status));
await send('{ __typename }');
const before = rssOf(workerdPid);
let peak = before;
let next = 0;
const statuses = new Map<number, number>();
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const status = await send(distinctDocument(next++));
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      peak = Math.max(peak, rssOf(workerdPid));
    }
  }),
);
const after = rssOf(workerdPid);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`workerd: ${total} documents, ${concurrency} at a time, ${(performance.now() - started).toFixed(0)} ms; statuses ${JSON.stringify([...statuses])}`);
console.log(`  RSS ${mb(before)} -> ${mb(after)} (+${mb(after - before)}), peak +${mb(peak - before)}`);
await stack.close();
