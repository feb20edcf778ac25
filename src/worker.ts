/**
 * The Cloudflare Worker entry. It reads a libSQL server (Turso in production) through
 * `@libsql/client/web`; it never migrates (run `npm run db:migrate` against the server).
 * A database client is opened per request and the per-request context is built afresh,
 * so nothing about one request (caller, keys, loaders) reaches another.
 * GraphiQL's page is a static asset (built by `npm run build:worker`), keeping it out of
 * the script bundle.
 */
import { createClient } from '@libsql/client/web';
import { createApp, type App } from './app';
import { openDrizzle } from './db/client';

export interface Env {
  DATABASE_URL: string;
  DATABASE_AUTH_TOKEN?: string;
  ADMIN_API_KEY?: string;
  ASSETS?: { fetch(request: Request): Promise<Response> };
}

let cached: { key: string; app: App } | undefined;

function appFor(env: Env): App {
  const key = env.ADMIN_API_KEY ?? '';
  if (cached?.key !== key) cached = { key, app: createApp({ config: { adminApiKey: env.ADMIN_API_KEY } }) };
  return cached.app;
}

function wantsGraphiQL(request: Request, url: URL): boolean {
  return request.method === 'GET' && url.pathname === '/graphql' && !url.searchParams.has('query') && (request.headers.get('accept') ?? '').includes('text/html');
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (wantsGraphiQL(request, url) && env.ASSETS) {
      return env.ASSETS.fetch(new Request(new URL('/graphiql.html', url)));
    }
    if (!env.DATABASE_URL) {
      return Response.json({ errors: [{ message: 'DATABASE_URL is not configured.' }] }, { status: 500 });
    }
    const client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN });
    try {
      return await appFor(env).fetch(request, openDrizzle(client));
    } finally {
      client.close();
    }
  },
};
