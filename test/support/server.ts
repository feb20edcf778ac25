/**
 * Test support: a Node server on a fresh temporary libSQL file, and a GraphQL client for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNodeServer } from '../../src/node';

export interface TestServer {
  url: string;
  dbFile: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: { data?: T; errors?: any[] } }>;
  close(): Promise<void>;
}

export function tempDbFile(): { file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'medins-test-'));
  return { file: join(dir, 'test.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function gqlAt(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.json() };
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const tmp = tempDbFile();
  const server = await startNodeServer({ PORT: '0', DATABASE_URL: `file:${tmp.file}`, ...env });
  return {
    url: server.url,
    dbFile: tmp.file,
    gql: (query, variables, headers) => gqlAt(server.url, query, variables, headers),
    async close() {
      await server.close();
      tmp.cleanup();
    },
  };
}
