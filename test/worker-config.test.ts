/**
 * A Worker deployed without a usable DATABASE_URL says so at the first request, with a code,
 * on /graphql and /health alike: missing, still wrangler.toml's placeholder, or a file: URL.
 * Never a 500 "Unexpected error".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATABASE_URL_PLACEHOLDER } from '../src/db/database-url';
import worker from '../src/worker';

const shipped = /^DATABASE_URL\s*=\s*"([^"]*)"/m.exec(readFileSync(new URL('../wrangler.toml', import.meta.url), 'utf8'))?.[1];

async function ask(path: string, env: Record<string, unknown>) {
  const request = new Request(`http://worker${path}`, {
    method: path === '/graphql' ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body: path === '/graphql' ? JSON.stringify({ query: '{ viewer { kind } }' }) : undefined,
  });
  const res = await worker.fetch(request, env as never);
  return { status: res.status, body: (await res.json()) as { errors?: { message: string; extensions: { code: string } }[] } };
}

describe('the Worker without a usable DATABASE_URL', () => {
  it('wrangler.toml ships the placeholder', () => {
    expect(shipped).toBe(DATABASE_URL_PLACEHOLDER);
  });

  it.each([
    ['missing', undefined, /not set/],
    ['the placeholder of wrangler.toml', shipped, /still the placeholder/],
    ['a placeholder in angle brackets', 'libsql://<your-db>.turso.io', /still the placeholder/],
    ['a file: URL', 'file:.data/medins.db', /cannot open a file: database/],
  ])('%s: 503 DATABASE_NOT_CONFIGURED with what to do, on /graphql and /health', async (_name, url, message) => {
    for (const path of ['/graphql', '/health']) {
      const { status, body } = await ask(path, { DATABASE_URL: url });
      expect(status).toBe(503);
      expect(body.errors?.[0].extensions.code).toBe('DATABASE_NOT_CONFIGURED');
      expect(body.errors?.[0].message).toMatch(message);
    }
  });
});
