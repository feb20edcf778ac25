/**
 * The edge data path over a WAN (issue 15): the service against the libSQL dev server through a
 * proxy that delays every request by a round-trip time (25 and 100 ms: a near and a far Turso
 * primary), on Node and in workerd. Per operation, sequential requests after a warm-up: the
 * database round trips each made (counted at the proxy) and p50 / p99 of the response time.
 * `BENCH_ONLY=wan npm run bench` runs this section alone and prints it (BENCHMARKS.md untouched).
 */
import { createServer, request as httpRequest } from 'node:http';
import { startWorkerd } from '../scripts/workerd';
import { openDatabase, prepareDatabase } from '../src/db/open';
import { checkCharacter } from '../src/records/idNumber';
import { startHranaServer } from '../src/dev/hrana/server';
import { ESTIMATE } from './bodies';
import { startNodeProcess, tempDatabaseUrl } from './servers';

const ADMIN = 'bench-wan-admin';

/** A proxy that holds every request for `rttMs` before forwarding it, and counts them. */
async function startDelayProxy(target: string, rttMs: number) {
  const to = new URL(target);
  let n = 0;
  const server = createServer((req, res) => {
    n += 1;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () =>
      setTimeout(() => {
        const upstream = httpRequest({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        upstream.on('error', () => res.destroy());
        upstream.end(Buffer.concat(chunks));
      }, rttMs),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => n,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** `key`: the bearer token, if any. */
async function post(url: string, body: string, key?: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  const json = (await res.json()) as { data?: any; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface WanRow {
  runtime: string;
  rttMs: number;
  operation: string;
  roundTrips: number;
  p50: number;
  p99: number;
}

/** The operations, measured on a server at `url` whose database is behind `proxy`. */
async function measure(runtime: string, rttMs: number, url: string, proxy: { count(): number }, iterations: number): Promise<WanRow[]> {
  const estimate = JSON.parse(ESTIMATE) as { query: string; variables: { input: Record<string, unknown> } };
  const { institutions } = await post(url, JSON.stringify({ query: '{ institutions(first: 1, filter: { city: LANZHOU }) { edges { node { id } } } }' }));
  const institutionId: string = institutions.edges[0].node.id;
  const { institutionLevel: _level, ...byInstitution } = estimate.variables.input;
  const issued = await post(url, JSON.stringify({
    query: 'mutation($input: IssueInstitutionKeyInput!) { issueInstitutionKey(input: $input) { key userErrors { code message } } }',
    variables: { input: { institutionId, label: 'bench HIS' } },
  }), ADMIN);
  const hospital: string = issued.issueInstitutionKey.key;
  // Registered by the hospital's key: linked to it, so both the administrator and the hospital settle for it.
  const person = await post(url, JSON.stringify({
    query: 'mutation($input: CreateInsuredPersonInput!) { createInsuredPerson(input: $input) { person { id } userErrors { code message } } }',
    variables: { input: { name: '基准', idNumber: idNumber(runtime, rttMs), city: 'LANZHOU', scheme: 'EMPLOYEE', employeeCategory: 'ENTERPRISE', enrolledSince: '2020-01-01' } },
  }), hospital);
  const personId: string = person.createInsuredPerson.person.id;
  let seq = 0;
  const settle = (level: Record<string, string>) => JSON.stringify({
    query: 'mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id basicPoolPayment } userErrors { code message } } }',
    variables: {
      input: {
        personId, idempotencyKey: `wan-${runtime}-${rttMs}-${(seq += 1)}`, visitType: 'OUTPATIENT', date: '2024-03-01', ...level,
        items: [{ name: '诊查费', category: 'CLASS_A', amount: '150.00' }],
      },
    },
  });
  const operations: { name: string; body: () => string; key?: string }[] = [
    { name: 'estimate by level', body: () => ESTIMATE },
    { name: 'estimate by `institutionId`', body: () => JSON.stringify({ query: estimate.query, variables: { input: { ...byInstitution, institutionId } } }) },
    { name: '`chronicDiseases` catalogue', body: () => JSON.stringify({ query: '{ chronicDiseases(city: LANZHOU, scheme: EMPLOYEE) { code name annualLimit } }' }) },
    { name: '`settleClaim`, administrator key', key: ADMIN, body: () => settle({ institutionLevel: 'SECONDARY' }) },
    { name: '`settleClaim`, institution key', key: hospital, body: () => settle({}) },
  ];
  const rows: WanRow[] = [];
  for (const op of operations) {
    await post(url, op.body(), op.key); // warm
    const times: number[] = [];
    const before = proxy.count();
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      const data = await post(url, op.body(), op.key);
      times.push(performance.now() - t0);
      if (data.settleClaim?.userErrors?.length) throw new Error(JSON.stringify(data.settleClaim.userErrors));
    }
    times.sort((a, b) => a - b);
    rows.push({ runtime, rttMs, operation: op.name, roundTrips: (proxy.count() - before) / iterations, p50: percentile(times, 50), p99: percentile(times, 99) });
  }
  return rows;
}

function idNumber(runtime: string, rtt: number): string {
  const first17 = `62010219850101${String((runtime === 'Node' ? 100 : 200) + rtt).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** Runs both runtimes at both RTTs; `buildWorker` must have built dist/worker. */
export async function wanBenchmark(iterations: number, rtts: number[] = [25, 100]): Promise<WanRow[]> {
  const rows: WanRow[] = [];
  for (const rttMs of rtts) {
    const databaseUrl = tempDatabaseUrl();
    const { db, close } = await openDatabase(databaseUrl);
    await prepareDatabase(db);
    close();
    const hrana = await startHranaServer({ url: databaseUrl, port: 0 });
    const proxy = await startDelayProxy(hrana.url, rttMs);
    try {
      const node = await startNodeProcess({ DATABASE_URL: proxy.url, ADMIN_API_KEY: ADMIN });
      try {
        rows.push(...(await measure('Node', rttMs, node.url, proxy, iterations)));
      } finally {
        await node.close();
      }
      const worker = await startWorkerd({ databaseUrl: proxy.url, adminApiKey: ADMIN });
      try {
        rows.push(...(await measure('workerd', rttMs, worker.url, proxy, iterations)));
      } finally {
        await worker.close();
      }
    } finally {
      await proxy.close();
      await hrana.close();
    }
  }
  return rows;
}

export function wanTable(rows: WanRow[], iterations: number): string[] {
  return [
    `## The edge data path: libSQL server behind a delay proxy (issue 15)`,
    '',
    `Sequential requests after one warm-up, ${iterations} per operation; round trips counted at the proxy, per request.`,
    '',
    '| runtime | RTT ms | operation | round trips | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.runtime} | ${r.rttMs} | ${r.operation} | ${r.roundTrips.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} |`),
    '',
  ];
}
