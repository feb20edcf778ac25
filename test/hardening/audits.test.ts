/**
 * GraphQL over HTTP compliance: graphql-http's server audits against the running Node
 * server and against the built Worker in workerd (over the libSQL protocol, as in
 * test/worker.test.ts). Every MUST and every SHOULD passes on both. MAY audits are
 * reported; the only ones this server declines are the GET requests without a header that
 * forces a CORS preflight, which CSRF prevention refuses by design (SECURITY.md).
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { startWorkerStack, type WorkerStack } from '../support/worker-stack';

/** MAY audits refused on purpose: a GET with no preflight-forcing header (CSRF prevention). */
const DECLINED_MAY = new Set(['5A70', 'D6D5', '6A70']);

async function runAudits(url: string): Promise<AuditResult[]> {
  const results: AuditResult[] = [];
  for (const audit of serverAudits({ url: `${url}/graphql` })) results.push(await audit.fn());
  return results;
}

function expectCompliant(results: AuditResult[]) {
  const failures = results
    .filter((r) => r.status !== 'ok' && !(r.name.startsWith('MAY') && DECLINED_MAY.has(r.id)))
    .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
  expect(failures).toEqual([]);
  const mustAndShould = results.filter((r) => !r.name.startsWith('MAY'));
  expect(mustAndShould).toHaveLength(36);
  expect(mustAndShould.every((r) => r.status === 'ok')).toBe(true);
  const declined = results.filter((r) => r.status !== 'ok').map((r) => r.id);
  expect(new Set(declined)).toEqual(DECLINED_MAY);
}

describe('graphql-http server audits on the Node server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('passes every MUST and SHOULD audit', async () => {
    expectCompliant(await runAudits(server.url));
  });
});

describe('graphql-http server audits on the Worker in workerd', () => {
  let worker: WorkerStack;

  beforeAll(async () => {
    worker = await startWorkerStack({ token: 'audit-hrana-token' });
  });

  afterAll(() => worker?.close());

  it('passes every MUST and SHOULD audit', async () => {
    expectCompliant(await runAudits(worker.url));
  });

  it('rejects a depth-20 query, a 1,000-alias query and a 1 MB query at once, saying which limit', async () => {
    const post = (query: string) =>
      fetch(`${worker.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query }),
      });
    const deep = await post(`{ __schema { types { fields { type ${'{ ofType '.repeat(15)}{ name }${' }'.repeat(15)} } } } }`);
    expect(deep.status).toBe(400);
    expect((await deep.json()).errors[0].extensions).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', limit: 15, found: 20 });
    const aliases = await post(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect((await aliases.json()).errors[0].extensions).toMatchObject({ code: 'ALIAS_LIMIT_EXCEEDED', found: 1000 });
    const big = await post(`{ __typename }${' '.repeat(1_048_576)}`);
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });

  it('masks nothing it should not: an expected error keeps its code and the response has a request id', async () => {
    const res = await fetch(`${worker.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-key' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
