/**
 * The Node server on the embedded default: it migrates and seeds a fresh file on start,
 * answers /health, GraphQL over HTTP, and GraphiQL with no network assets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ADMIN_API_KEY: 'test-admin-key' });
});
afterAll(() => server?.close());

describe('Node server', () => {
  it('answers /health with 200 once migrated and seeded', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.catalogueVersion).toMatch(/^[0-9a-f]{8}\.\d+$/);
  });

  it('answers a POST of { __typename }', async () => {
    const { status, body } = await server.gql('{ __typename }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves GraphiQL to a browser with every asset inlined (no CDN)', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    expect(html).toContain('renderYogaGraphiQL');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });

  it('reads the seeded directory', async () => {
    const { body } = await server.gql('{ institutions(first: 2) { edges { node { name city } } pageInfo { hasNextPage } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.institutions.edges).toHaveLength(2);
    expect(body.data.institutions.pageInfo.hasNextPage).toBe(true);
  });

  it('gives a code to an error about a malformed global id', async () => {
    const { body } = await server.gql('{ node(id: "garbage") { id } }');
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an unknown API key with 401 rather than treating it as public', async () => {
    const { status, body } = await server.gql('{ __typename }', undefined, { authorization: 'Bearer nope' });
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the administrator key', async () => {
    const { status, body } = await server.gql('{ __typename }', undefined, { authorization: 'Bearer test-admin-key' });
    expect(status).toBe(200);
    expect(body.data.__typename).toBe('Query');
  });
});
