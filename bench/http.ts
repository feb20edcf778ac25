/**
 * HTTP load with autocannon: requests per second and p50/p99 latency of one GraphQL
 * request body at a given concurrency, repeated to give a spread.
 */
import autocannon from 'autocannon';
import { summarise, type Summary } from './stats';

export interface LoadResult {
  rps: Summary;
  p50: Summary;
  p99: Summary;
  errors: number;
}

export async function load(url: string, body: string, connections: number, runs: number, seconds: number): Promise<LoadResult> {
  const rps: number[] = [];
  const p50: number[] = [];
  const p99: number[] = [];
  let errors = 0;
  for (let i = 0; i < runs; i++) {
    const result = await autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration: seconds,
    });
    rps.push(result.requests.average);
    p50.push(result.latency.p50);
    p99.push(result.latency.p99);
    errors += result.errors + result.non2xx;
  }
  return { rps: summarise(rps), p50: summarise(p50), p99: summarise(p99), errors };
}
