/**
 * A client that disconnects (its body cut off, declared or chunked, or gone before the
 * answer) is not logged as an unexpected error (issue 16, item 9); the server keeps serving.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Opens a POST, writes `partial`, then drops the connection. */
function abandon(headers: Record<string, string>, partial: string, endFirst = false): Promise<void> {
  const url = new URL(server.url);
  return new Promise<void>((resolve) => {
    const req = request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers } });
    req.on('error', () => resolve());
    if (endFirst) req.end(partial);
    else req.write(partial);
    setTimeout(() => {
      req.destroy();
      resolve();
    }, endFirst ? 2 : 200);
  });
}

describe('client disconnects', () => {
  it('logs nothing when a client drops its request mid-body or before the answer, and keeps serving', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await abandon({ 'content-length': '1000' }, '{"query":"{ __typ');
      await abandon({}, '{"query":"{ __typ');
      const body = JSON.stringify({ query: '{ institutions(first: 100) { edges { node { name aliases designations } } } }' });
      await abandon({ 'content-length': String(Buffer.byteLength(body)) }, body, true);
      // Let the server notice the closed sockets and finish those requests.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const after = await server.gql('{ __typename }');
      expect(after.status).toBe(200);
      expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });
});
