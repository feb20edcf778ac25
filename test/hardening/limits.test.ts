/**
 * Limits before execution: every hostile shape is refused at once (well under a second, not
 * a timeout) with the limit's code, the limit and what was found; legitimate queries at the
 * edge still run. The body limit is checked with a declared size, with a streamed body that
 * declares none (through app.fetch), and over a real socket on the Node server.
 */
import { request as httpRequest } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits';
import { MAX_ITEMS_PER_CLAIM } from '../../src/schema/settlement';
import { startTestServer, type TestServer } from '../support/server';
import { openDirectApp, type DirectApp } from './support';

let app: DirectApp;
beforeAll(async () => {
  app = await openDirectApp();
});
afterAll(() => app?.close());

/**
 * Sends a query and returns the first error, asserting a 400. How fast the refusal is, is
 * measured by the benchmark, not here: a wall-clock bound fails on a busy machine.
 */
async function rejected(query: string, variables?: Record<string, unknown>) {
  const res = await app.gql(query, variables);
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  return res.body.errors[0];
}

const nested = (levels: number) => `{ __schema { types { fields { type ${'{ ofType '.repeat(levels - 5)}{ name }${' }'.repeat(levels - 5)} } } } }`;

describe('operation limits', () => {
  it('refuses a depth-20 introspection query, saying the depth and by how much', async () => {
    const error = await rejected(nested(20));
    expect(error.extensions).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', limit: 15, found: 20 });
    expect(error.message).toBe('Query depth is 20; the limit is 15 (5 over).');
  });

  it('still runs GraphiQL\'s full introspection query (depth 15) and a query at the depth limit', async () => {
    const full = await app.gql(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    expect(full.status).toBe(200);
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data.__schema.queryType.name).toBe('Query');
    const edge = await app.gql(nested(15));
    expect(edge.status).toBe(200);
    expect(edge.body.errors).toBeUndefined();
  });

  it('refuses a 1,000-alias query at once', async () => {
    const error = await rejected(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(error.extensions).toMatchObject({ code: 'ALIAS_LIMIT_EXCEEDED', limit: 20, found: 1000 });
    expect(error.message).toBe('Number of aliases is 1000; the limit is 20 (980 over).');
  });

  it('refuses a 1 MB query document before parsing it', async () => {
    const query = `{ __typename }${' '.repeat(1_000_000 - 14)}`;
    const error = await rejected(query);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', limit: LIMITS.queryBytes, found: 1_000_000 });
  });

  it('counts the query document in UTF-8 bytes (Chinese text is 3 bytes a character)', async () => {
    const error = await rejected(`{ __typename } # ${'医'.repeat(11_000)}`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', found: 17 + 33_000 });
  });

  it('refuses a document of more than 4,000 tokens while parsing', async () => {
    const error = await rejected(`{ ${'a '.repeat(LIMITS.tokens)}}`);
    expect(error.extensions).toMatchObject({ code: 'TOKEN_LIMIT_EXCEEDED', limit: LIMITS.tokens });
  });

  it('refuses more than 20 directives', async () => {
    const error = await rejected(`{ __typename ${'@include(if: true) '.repeat(21)}}`);
    expect(error.extensions).toMatchObject({ code: 'DIRECTIVE_LIMIT_EXCEEDED', limit: 20, found: 21 });
  });

  it('refuses a query costing more than the cost limit, and runs a full page of 100 institutions', async () => {
    const page = `institutions(first: 100) { edges { cursor node { id code name aliases level city address designations designationDetails { designation restriction } } } pageInfo { hasNextPage endCursor } }`;
    const one = await app.gql(`{ ${page} }`);
    expect(one.status).toBe(200);
    expect(one.body.data.institutions.edges).toHaveLength(100);
    const error = await rejected(`{ ${Array.from({ length: 10 }, (_, i) => `p${i}: ${page}`).join(' ')} }`);
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: LIMITS.cost });
    expect(error.extensions.found).toBeGreaterThan(LIMITS.cost);
  });

  it('reports every limit a document breaks, not only the first', async () => {
    const res = await app.gql(`{ ${Array.from({ length: 21 }, (_, i) => `a${i}: __typename @skip(if: false)`).join(' ')} }`);
    const codes = res.body.errors.map((e: any) => e.extensions.code).sort();
    expect(codes).toEqual(['ALIAS_LIMIT_EXCEEDED', 'DIRECTIVE_LIMIT_EXCEEDED']);
  });

  it('gives graphql-js\'s overlapping-fields budget a clear message instead of "Validation aborted."', async () => {
    const error = await rejected(`{ institutions { edges { node { ${'designationDetails { designation } '.repeat(780)}} } } }`);
    expect(error.extensions.code).toBe('VALIDATION_BUDGET_EXCEEDED');
  });

  it('caps list arguments: first ≤ 100 and the fee items of a claim', async () => {
    const page = await app.gql('{ institutions(first: 101) { edges { cursor } } }');
    expect(page.body.errors[0].extensions).toMatchObject({ code: 'PAGE_SIZE_LIMIT', limit: 100 });
    const items = Array.from({ length: MAX_ITEMS_PER_CLAIM + 1 }, () => ({ name: 'x', category: 'CLASS_A', amount: '1.00' }));
    const input = { city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'OUTPATIENT', date: '2024-05-01', institutionLevel: 'PRIMARY', person: {}, items };
    const claim = await app.gql('query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount } }', { input });
    expect(claim.body.errors[0].extensions.code).toBe('TOO_MANY_ITEMS');
  });
});

describe('request body limit', () => {
  const bigBody = () => JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(LIMITS.bodyBytes) } });

  it('refuses a declared body over 1 MiB with 413 without parsing it', async () => {
    const body = bigBody();
    const res = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    const json = await res.json();
    expect(json.errors[0].extensions).toMatchObject({ code: 'REQUEST_TOO_LARGE', limit: LIMITS.bodyBytes, found: body.length });
    expect(json.errors[0].message).toContain(`the limit is ${LIMITS.bodyBytes}`);
  });

  it('refuses a streamed body with no length once it passes 1 MiB, without reading the rest', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(64 * 1024)}`);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 10 * LIMITS.bodyBytes) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const res = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(pulled).toBeLessThan(LIMITS.bodyBytes + 4 * chunk.byteLength);
  });

  it('refuses a Content-Length that is not a byte count', async () => {
    const res = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '12, 12' },
      body: '{"query":"{__typename}"}',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it(`takes a claim of ${MAX_ITEMS_PER_CLAIM} items with long Chinese names (the largest legitimate body)`, async () => {
    const items = Array.from({ length: MAX_ITEMS_PER_CLAIM }, (_, i) => ({ name: `注射用头孢曲松钠 1g×10支 批号${i}`, category: 'CLASS_B', amount: '12345.67', tcm: false, negotiatedDrug: false }));
    const input = { city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'INPATIENT', date: '2024-05-01', institutionLevel: 'TERTIARY_A', person: {}, items };
    const body = JSON.stringify({ query: 'query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount } }', variables: { input } });
    expect(new TextEncoder().encode(body).byteLength).toBeGreaterThan(400_000);
    const res = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(200);
    // 5,000 × 12,345.67 yuan = 61,728,350.00 yuan.
    expect((await res.json()).data.estimateSettlement.totalAmount).toBe('61728350.00');
  });
});

describe('request body limit over a socket (Node server, chunked, no Content-Length)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('answers 413 while the client is still sending', async () => {
    const url = new URL(`${server.url}/graphql`);
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      let stop = false;
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          stop = true;
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body: text, sent });
          });
        },
      );
      req.on('error', (error) => (stop ? undefined : reject(error)));
      req.write('{"query":"{ __typename }","variables":{"pad":"');
      const chunk = 'x'.repeat(64 * 1024);
      const pump = () => {
        while (!stop && sent < 20 * LIMITS.bodyBytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(sent).toBeLessThan(20 * LIMITS.bodyBytes);
  });
});
