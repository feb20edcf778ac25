/**
 * Directory benchmark: a page of 100 institutions with nested aliases and designations,
 * served in-process by the app on the embedded file, with the SQL statements it runs counted.
 */
import { createClient, type Client } from '@libsql/client';
import { createApp } from '../src/app';
import { openDrizzle } from '../src/db/client';
import { prepareDatabase } from '../src/db/open';
import { summarise, type Summary } from './stats';
import { tempDatabaseUrl } from './servers';

export const DIRECTORY_QUERY = `{ institutions(first: 100) { edges { cursor node { id code name aliases level city address designations designationDetails { designation restriction } } } pageInfo { hasNextPage endCursor } } }`;

/** Wraps a libSQL client so that every statement it runs is counted. */
export function countingClient(client: Client): { client: Client; count(): number; reset(): void } {
  let n = 0;
  const proxy = new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'execute') return (...args: unknown[]) => ((n += 1), (value as Function).apply(target, args));
      if (prop === 'batch') return (stmts: unknown[], ...rest: unknown[]) => ((n += stmts.length), (value as Function).call(target, stmts, ...rest));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { client: proxy, count: () => n, reset: () => (n = 0) };
}

export async function directoryBenchmark(runs: number, seconds: number): Promise<{ rps: Summary; statements: number; warmStatements: number; bytes: number }> {
  const raw = createClient({ url: tempDatabaseUrl() });
  const counting = countingClient(raw);
  const db = openDrizzle(counting.client);
  await prepareDatabase(db);
  const app = createApp({ config: {} });
  const request = () => new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: DIRECTORY_QUERY }) });
  counting.reset();
  const first = await app.fetch(request(), db);
  const bytes = (await first.text()).length;
  const statements = counting.count();
  // A warm request: the snapshot is in memory, only its version is confirmed (DIRECTORY_MAX_AGE_SECONDS=0 on the embedded file).
  counting.reset();
  await (await app.fetch(request(), db)).text();
  const warmStatements = counting.count();
  const rps: number[] = [];
  for (let r = 0; r < runs; r++) {
    let n = 0;
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      await (await app.fetch(request(), db)).text();
      n++;
    }
    rps.push(n / seconds);
  }
  raw.close();
  return { rps: summarise(rps), statements, warmStatements, bytes };
}
