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

export async function load(url: string, body: string, connections: number, runs: number, seconds: number, serverPid?: number): Promise<LoadResult> {
  const rps: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  const cpu: number[] = [];
  const measureCpu = serverPid !== undefined && CPU_MEASURABLE;
  let errors = 0;
  // Warm-up, not measured: JIT compilation and first-request caches would otherwise dominate
  // the CPU per request of the first short run.
  await autocannon({ url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: 1 });
  for (let i = 0; i < runs; i++) {
    const cpuBefore = measureCpu ? treeCpuMicros(serverPid) : 0;
    const result = await autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration: seconds,
    });
    if (measureCpu && result.requests.total > 0) cpu.push((treeCpuMicros(serverPid) - cpuBefore) / result.requests.total);
    rps.push(result.requests.average);
    p50.push(result.latency.p50);
    p99.push(result.latency.p99);
    errors += result.errors + result.non2xx;
  }
  return { rps: summarise(rps), p50: summarise(p50), p99: summarise(p99), cpuPerRequest: cpu.length ? summarise(cpu) : undefined, errors };
}
