/**
 * HTTP load with autocannon: requests per second and p50/p99 latency of one GraphQL
 * request body at a given concurrency, repeated to give a spread; and, given the server's
 * process id, the server's CPU microseconds per request in each run.
 */
import autocannon from 'autocannon';
import { CPU_MEASURABLE, treeCpuMicros } from './cpu';
import { summarise, type Summary } from './stats';

export interface LoadResult {
  rps: Summary;
  p50: Summary;
  p99: Summary;
  /** Server CPU µs per request (user + system, the whole process tree); absent without a pid or /proc. */
  cpuPerRequest?: Summary;
  errors: number;
}

/** What one run of one body measured. */
interface Run {
  rps: number;
  p50: number;
  p99: number;
  cpu?: number;
  errors: number;
}

/** Not measured: JIT compilation and first-request caches would otherwise dominate the CPU per request of the first short run. */
async function warmUp(url: string, body: string, connections: number): Promise<void> {
  await autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: 1 });
}

async function oneRun(url: string, body: string, connections: number, seconds: number, serverPid?: number): Promise<Run> {
  const measureCpu = serverPid !== undefined && CPU_MEASURABLE;
  const cpuBefore = measureCpu ? treeCpuMicros(serverPid) : 0;
  const result = await autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: measureCpu && result.requests.total > 0 ? (treeCpuMicros(serverPid) - cpuBefore) / result.requests.total : undefined,
    errors: result.errors + result.non2xx,
  };
}

function summariseRuns(runs: Run[]): LoadResult {
  const cpu = runs.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
  return {
    rps: summarise(runs.map((r) => r.rps)),
    p50: summarise(runs.map((r) => r.p50)),
    p99: summarise(runs.map((r) => r.p99)),
    cpuPerRequest: cpu.length ? summarise(cpu) : undefined,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

export async function load(url: string, body: string, connections: number, runs: number, seconds: number, serverPid?: number): Promise<LoadResult> {
  await warmUp(url, body, connections);
  const measured: Run[] = [];
  for (let i = 0; i < runs; i++) measured.push(await oneRun(url, body, connections, seconds, serverPid));
  return summariseRuns(measured);
}

/** One side of a ratio: a body sent to a server at a concurrency. */
export interface Side {
  url: string;
  pid: number;
  body: string;
  connections: number;
}

export interface Paired {
  a: LoadResult;
  b: LoadResult;
  /** A's CPU per request ÷ B's, pair by pair. */
  cpuRatio?: Summary;
  /** A's requests/s ÷ B's, pair by pair. */
  rpsRatio: Summary;
}

/**
 * A ÷ B in interleaved pairs of runs (A B, B A, A B, …) after warming both up. Each pair meets
 * the shared machine as it is at that moment, so the median of the pairs' ratios holds
 * steadier than the ratio of two medians measured minutes apart.
 */
export async function paired(a: Side, b: Side, pairs: number, seconds: number): Promise<Paired> {
  await warmUp(a.url, a.body, a.connections);
  await warmUp(b.url, b.body, b.connections);
  const runsA: Run[] = [];
  const runsB: Run[] = [];
  for (let i = 0; i < pairs; i++) {
    // A then B, then B then A: whatever the first run of a pair meets, both sides meet as often.
    if (i % 2 === 0) runsA.push(await oneRun(a.url, a.body, a.connections, seconds, a.pid));
    runsB.push(await oneRun(b.url, b.body, b.connections, seconds, b.pid));
    if (i % 2 === 1) runsA.push(await oneRun(a.url, a.body, a.connections, seconds, a.pid));
  }
  const cpuRatios = runsA.flatMap((r, i) => (r.cpu !== undefined && runsB[i].cpu !== undefined ? [r.cpu / runsB[i].cpu!] : []));
  return {
    a: summariseRuns(runsA),
    b: summariseRuns(runsB),
    cpuRatio: cpuRatios.length ? summarise(cpuRatios) : undefined,
    rpsRatio: summarise(runsA.map((r, i) => r.rps / runsB[i].rps)),
  };
}
