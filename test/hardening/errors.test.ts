/**
 * Error hygiene: an unexpected failure (here a database that was never migrated, so every
 * query fails with an SQL error) reaches the caller as "Unexpected error." with code
 * INTERNAL_SERVER_ERROR and the request id of the `x-request-id` header, and nothing of the
 * original: no stack, no SQL, even with NODE_ENV=development. The original is logged under
 * the same request id. Expected errors keep their message and code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import type { Database } from '../../src/db/client';
import { openDatabase } from '../../src/db/open';
import type { Logger } from '../../src/http/errors';
import { tempDbFile } from '../support/server';
import { ADMIN_KEY, leaksIn, openDirectApp, type DirectApp } from './support';

describe('unexpected errors', () => {
  let tmp: ReturnType<typeof tempDbFile>;
  let db: Database;
  let close: () => void;
  const logged: Parameters<Logger['error']>[0][] = [];
  const app = createApp({ config: { adminApiKey: ADMIN_KEY }, log: { error: (e) => logged.push(e) } });

  beforeAll(async () => {
    tmp = tempDbFile();
    ({ db, close } = await openDatabase(`file:${tmp.file}`));
  });
  afterAll(() => {
    close?.();
    tmp?.cleanup();
  });

  async function post(query: string, headers: Record<string, string> = {}) {
    const res = await app.fetch(
      new Request('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query }),
      }),
      db,
    );
    const text = await res.text();
    return { res, text, body: JSON.parse(text) };
  }

  it('are masked, carry the request id, answer 500 when there is no data, and are logged with that id', async () => {
    const { res, text, body } = await post('{ institutions(first: 1) { edges { cursor } } }');
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      { message: 'Unexpected error.', locations: [{ line: 1, column: 3 }], path: ['institutions'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
    ]);
    expect(leaksIn(text)).toEqual([]);
    const entry = logged.find((e) => e.requestId === requestId);
    expect(`${entry?.message} ${entry?.cause}`).toMatch(/no such table/);
    expect(entry?.stack).toBeTruthy();
  });

  it('are logged without the bound parameters of the failed query (they may be personal data)', async () => {
    // A query whose statement carries a name (the directory's search no longer reaches SQL: it
    // reads the directory in memory).
    const { res } = await post(`mutation { identifyInsuredPerson(input: { name: "张三丰", idNumber: "620102198001010017", city: LANZHOU }) { person { id } userErrors { code } } }`,
      { authorization: `Bearer ${ADMIN_KEY}` });
    const entry = logged.find((e) => e.requestId === res.headers.get('x-request-id'));
    expect(entry?.message).toContain('params: [omitted]');
    expect(JSON.stringify(entry)).not.toContain('张三丰');
    // A write batch that fails (createInsuredPerson is one batch): its statements' values are not logged either.
    const write = await post(`mutation { createInsuredPerson(input: { name: "李四光", idNumber: "620102198001010017", city: LANZHOU, scheme: RESIDENT,
      enrolledSince: "2020-01-01" }) { person { id } userErrors { code } } }`, { authorization: `Bearer ${ADMIN_KEY}` });
    const batchEntry = logged.find((e) => e.requestId === write.res.headers.get('x-request-id'));
    expect(`${batchEntry?.message}`).toMatch(/no such table/);
    expect(JSON.stringify(batchEntry)).not.toContain('李四光');
  });

  it('leave partial data with 200 when a nullable field fails', async () => {
    const { res, body } = await post(`{ __typename insuredPerson(id: "${btoa('InsuredPerson:1')}") { name } }`, { authorization: `Bearer ${ADMIN_KEY}` });
    expect(res.status).toBe(200);
    expect(body.data).toEqual({ __typename: 'Query', insuredPerson: null });
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') });
  });

  it('show nothing of the original even with NODE_ENV=development', async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    try {
      const { text, body } = await post('{ institutions(first: 1) { edges { cursor } } }');
      expect(Object.keys(body.errors[0].extensions).sort()).toEqual(['code', 'requestId']);
      expect(leaksIn(text)).toEqual([]);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('that fail while building the context (an API key looked up in a broken database) are masked too', async () => {
    const { res, text, body } = await post('{ __typename }', { authorization: 'Bearer mik_some-institution-key' });
    expect(res.status).toBe(500);
    expect(body.errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') } });
    expect(leaksIn(text)).toEqual([]);
  });

  it('outside GraphQL are answered by the last-resort handler as JSON, masked and logged', async () => {
    const res = await app.fetch({ url: 'not a url' } as Request, db);
    expect(res.status).toBe(500);
    const requestId = res.headers.get('x-request-id');
    expect(await res.json()).toEqual({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
    expect(logged.some((e) => e.requestId === requestId && /URL/i.test(e.message))).toBe(true);
  });
});

describe('expected errors keep their code', () => {
  let app: DirectApp;
  beforeAll(async () => {
    app = await openDirectApp();
  });
  afterAll(() => app?.close());

  const estimate = 'query($input: SettlementInput!) { estimateSettlement(input: $input) { totalAmount } }';
  const input = { city: 'LANZHOU', scheme: 'RESIDENT', visitType: 'OUTPATIENT', date: '2024-05-01', institutionLevel: 'PRIMARY', person: {}, items: [{ name: '诊查费', category: 'CLASS_A', amount: '10.00' }] };

  it.each([
    ['a parse error', '{ __typename', undefined, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', '{ nope }', undefined, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a variable of the wrong type', estimate, { input: { ...input, city: 'BEIJING' } }, 400, 'BAD_USER_INPUT'],
    ['a malformed Money', estimate, { input: { ...input, items: [{ name: 'x', category: 'CLASS_A', amount: '1e5' }] } }, 400, 'INVALID_MONEY'],
    ['a malformed Date', estimate, { input: { ...input, date: '2024-02-30' } }, 400, 'INVALID_DATE'],
    ['an engine validation error', estimate, { input: { ...input, items: [] } }, 200, 'EMPTY_ITEMS'],
    ['a page too large', '{ institutions(first: 1000) { edges { cursor } } }', undefined, 200, 'PAGE_SIZE_LIMIT'],
  ])('%s', async (_what, query, variables, status, code) => {
    const res = await app.gql(query, variables as Record<string, unknown> | undefined);
    expect(res.status).toBe(status);
    expect(res.body.errors[0].extensions.code).toBe(code);
    expect(res.body.errors[0].extensions.requestId).toBeUndefined();
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(app.logged).toEqual([]);
  });

  it('an unknown key: 401 UNAUTHENTICATED', async () => {
    const res = await app.gql('{ __typename }', undefined, { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a mutation problem the caller can fix is a userError with a code, not a GraphQL error', async () => {
    const res = await app.gql(
      'mutation($input: SettleClaimInput!) { settleClaim(input: $input) { settlement { id } userErrors { field code message } } }',
      { input: { personId: btoa('InsuredPerson:424242'), idempotencyKey: 'k', visitType: 'OUTPATIENT', date: '2024-05-01', institutionLevel: 'PRIMARY', items: input.items } },
      { authorization: `Bearer ${ADMIN_KEY}` },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.settleClaim).toMatchObject({ settlement: null, userErrors: [{ code: 'PERSON_NOT_FOUND', field: ['input', 'personId'] }] });
  });

  it('every response carries its own request id, /health included', async () => {
    const a = await app.gql('{ __typename }');
    const b = await app.gql('{ __typename }');
    const health = await app.fetch('/health');
    const ids = [a.headers.get('x-request-id'), b.headers.get('x-request-id'), health.headers.get('x-request-id')];
    expect(new Set(ids).size).toBe(3);
  });
});
