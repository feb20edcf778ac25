/**
 * Browsers and switches: CORS for third-party web apps (any origin, no credentials), CSRF
 * prevention (no GET or form post without a preflight-forcing header), introspection and
 * GraphiQL on by default and off by environment variable on the Node server, and trusted
 * documents (persisted operations) from a manifest file, optionally exclusive.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHttpConfig } from '../../src/http/config';
import { startTestServer, tempDbFile, type TestServer } from '../support/server';
import { ADMIN_KEY, openDirectApp, type DirectApp } from './support';

let app: DirectApp;
beforeAll(async () => {
  app = await openDirectApp();
});
afterAll(() => app?.close());

const ORIGIN = 'https://his.example-hospital.cn';

describe('CORS for third-party web apps', () => {
  it('answers a preflight from any origin, without credentials, allowing the API\'s headers', async () => {
    const res = await app.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const allowed = res.headers.get('access-control-allow-headers')!.split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization', 'x-graphql-client-name', 'x-graphql-yoga-csrf']));
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
  });

  it('lets the page read the response and its request id', async () => {
    const res = await app.fetch('/graphql', { method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
  });
});

describe('CSRF prevention', () => {
  const get = (headers: Record<string, string> = {}) => app.fetch(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers });

  it('refuses a GET without a preflight-forcing header, saying what to send', async () => {
    const res = await get();
    expect(res.status).toBe(403);
    const error = (await res.json()).errors[0];
    expect(error.extensions.code).toBe('CSRF_PREVENTION');
    expect(error.message).toContain('x-graphql-yoga-csrf');
  });

  it.each([['x-graphql-yoga-csrf', '1'], ['x-graphql-client-name', 'his'], ['apollo-require-preflight', 'true'], ['authorization', `Bearer ${ADMIN_KEY}`]])(
    'runs a GET carrying %s',
    async (name, value) => {
      const res = await get({ [name]: value });
      expect(res.status).toBe(200);
      expect((await res.json()).data.__typename).toBe('Query');
    },
  );

  it.each([
    ['text/plain', '{"query":"{ __typename }"}'],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--b--\r\n'],
  ])('refuses a %s form post (a simple request)', async (type, body) => {
    const res = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(403);
  });

  it('runs a JSON POST (it always preflights) and never a mutation by GET', async () => {
    expect((await app.gql('{ __typename }')).status).toBe(200);
    const res = await app.fetch(`/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(res.status).toBe(405);
  });
});

describe('introspection and GraphiQL switches', () => {
  it('are on by default', async () => {
    const res = await app.gql('{ __schema { queryType { name } } __type(name: "Settlement") { name } }');
    expect(res.body.data).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Settlement' } });
  });

  describe('GRAPHQL_INTROSPECTION=false and GRAPHIQL=false on the Node server', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ GRAPHQL_INTROSPECTION: 'false', GRAPHIQL: 'false' });
    });
    afterAll(() => server?.close());

    it('refuses __schema and __type, with a code, and still answers __typename', async () => {
      for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Settlement") { name } }', '{ institutions(first: 1) { edges { node { __type: __typename } } } __schema { types { name } } }']) {
        const { status, body } = await server.gql(query);
        expect(status).toBe(400);
        expect(body.errors?.[0].extensions.code).toBe('INTROSPECTION_DISABLED');
      }
      expect((await server.gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    });

    it('serves no GraphiQL page', async () => {
      const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await res.text()).not.toContain('renderYogaGraphiQL');
    });
  });
});

describe('trusted documents (persisted operations)', () => {
  const document = 'query Levels { institutions(first: 2) { edges { node { level } } } }';
  const id = createHash('sha256').update(document).digest('hex');
  let manifest: ReturnType<typeof tempDbFile>;
  beforeAll(() => {
    manifest = tempDbFile();
    writeFileSync(manifest.file, JSON.stringify({ [id]: document }));
  });
  afterAll(() => manifest?.cleanup());

  const post = (server: TestServer, body: unknown) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));

  describe('with a manifest (TRUSTED_DOCUMENTS_FILE)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ TRUSTED_DOCUMENTS_FILE: manifest.file });
    });
    afterAll(() => server?.close());

    it('runs a listed document by id, in either form, and still runs query text', async () => {
      const apollo = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
      expect(apollo.body.data.institutions.edges).toHaveLength(2);
      const documentId = await post(server, { documentId: `sha256:${id}` });
      expect(documentId.body.data.institutions.edges).toHaveLength(2);
      expect((await post(server, { query: '{ __typename }' })).body.data.__typename).toBe('Query');
    });

    it('refuses an unknown id', async () => {
      const res = await post(server, { documentId: 'sha256:' + '0'.repeat(64) });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('with TRUSTED_DOCUMENTS_ONLY=true', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ TRUSTED_DOCUMENTS_FILE: manifest.file, TRUSTED_DOCUMENTS_ONLY: 'true' });
    });
    afterAll(() => server?.close());

    it('runs only listed documents', async () => {
      expect((await post(server, { documentId: id })).body.data.institutions.edges).toHaveLength(2);
      const text = await post(server, { query: '{ __typename }' });
      expect(text.status).toBe(403);
      expect(text.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
      const none = await post(server, {});
      expect(none.status).toBe(400);
      expect(none.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ID_REQUIRED');
    });
  });
});

describe('reading the switches', () => {
  it('defaults to introspection and GraphiQL on, no manifest, compiled queries on', () => {
    expect(readHttpConfig({})).toEqual({ introspection: true, graphiql: true, trustedDocuments: null, trustedDocumentsOnly: false, compiledQueries: true });
    expect(readHttpConfig({ GRAPHQL_JIT: 'false' }).compiledQueries).toBe(false);
    expect(() => readHttpConfig({ GRAPHQL_JIT: 'maybe' })).toThrow(/GRAPHQL_JIT must be "true" or "false"/);
  });

  it('takes the manifest as JSON text or as an object (a Worker JSON binding)', () => {
    const id = 'a'.repeat(64);
    expect(readHttpConfig({ TRUSTED_DOCUMENTS: `{"${id}":"{ __typename }"}` }).trustedDocuments?.get(id)).toBe('{ __typename }');
    expect(readHttpConfig({ TRUSTED_DOCUMENTS: { [id]: '{ __typename }' } }).trustedDocuments?.size).toBe(1);
  });

  it.each([
    [{ GRAPHIQL: 'no' }, /GRAPHIQL must be "true" or "false"/],
    [{ TRUSTED_DOCUMENTS_ONLY: 'true' }, /needs a manifest/],
    [{ TRUSTED_DOCUMENTS: '{"abc":"{ __typename }"}' }, /not a lowercase sha256/],
    [{ TRUSTED_DOCUMENTS: '[1]' }, /must be a JSON object/],
    [{ TRUSTED_DOCUMENTS_FILE: '/x.json' }, /needs a file system/],
  ])('refuses %j at start-up', (env, message) => {
    expect(() => readHttpConfig(env)).toThrow(message);
  });
});
