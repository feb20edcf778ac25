/**
 * The Cloudflare Worker entry. It reads a libSQL server (Turso in production) through
 * `@libsql/client/web`; it never migrates (run `npm run db:migrate` against the server).
 * A database client is opened per request, on the request's first use of the database, and
 * the per-request context is built afresh, so nothing about one request (caller, keys,
 * loaders) reaches another.
 * GraphiQL's page (precompressed, served with its ETag: src/http/graphiql.ts) and the
 * calculator's (/calculator) are static assets (built by `npm run build:worker`), keeping them
 * out of the script bundle.
 */
import { createClient, type Client } from '@libsql/client/web';
import { createApp, type App } from './app';
import { openDrizzle, type Database } from './db/client';
import { workerDatabaseUrlProblem } from './db/database-url';
import type { ErrorCode } from './error-codes';
import { directoryMaxAgeMs } from './directory/snapshot';
import { apiKeyMaxAgeMs } from './records/apiKeyCache';
import { HTTP_ENV_NAMES, readHttpConfig, type HttpConfig } from './http/config';
import { HTML_HEADERS } from './http/static-page';
import { CALCULATOR_ASSET, isCalculatorRequest } from './calculator/route';
import { chooseEncoding, ENCODING_SUFFIX, notModified, pageResponse, wantsGraphiQL } from './http/graphiql';
import { LIMITS } from './http/limits';

export interface Env {
  DATABASE_URL: string;
  DATABASE_AUTH_TOKEN?: string;
  ADMIN_API_KEY?: string;
  ID_NUMBER_HASH_KEY?: string;
  /** GRAPHQL_INTROSPECTION, GRAPHIQL, TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_ONLY: see src/http/config.ts. */
  [name: string]: unknown;
  ASSETS?: { fetch(request: Request): Promise<Response> };
}

let cached: { key: unknown[]; app: App; http: HttpConfig } | undefined;

function appFor(env: Env): { app: App; http: HttpConfig } {
  const key = [env.ADMIN_API_KEY, env.ID_NUMBER_HASH_KEY, env.DIRECTORY_MAX_AGE_SECONDS, env.API_KEY_MAX_AGE_SECONDS, ...HTTP_ENV_NAMES.map((name) => env[name])];
  if (!cached || cached.key.some((value, i) => value !== key[i])) {
    const http = readHttpConfig(env);
    cached = {
      key,
      http,
      app: createApp({
        config: { adminApiKey: env.ADMIN_API_KEY, idNumberHashKey: env.ID_NUMBER_HASH_KEY },
        http,
        documentCacheBytes: LIMITS.workerDocumentCacheBytes,
        // The directory snapshot lives as long as this isolate's app (src/directory/snapshot.ts).
        directoryMaxAgeMs: directoryMaxAgeMs(env, true),
        // Institution keys seen active, for the same isolate (src/records/apiKeyCache.ts).
        apiKeyMaxAgeMs: apiKeyMaxAgeMs(env, true),
      }),
    };
  }
  return cached;
}

/**
 * The request's database handle, opened on first use: a request that reads nothing (an
 * estimate by level, `{ __typename }`, a refused request) creates no libSQL client and no
 * Drizzle instance. A client is still never shared between requests.
 */
function lazyDatabase(env: Env): { db: Database; close(): void } {
  let client: Client | undefined;
  let db: Database | undefined;
  const open = (): Database => (db ??= openDrizzle((client = createClient({ url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }))));
  const handle = new Proxy({} as Database, {
    get(_target, property) {
      const real = open();
      const value = Reflect.get(real, property, real);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  return { db: handle, close: () => client?.close() };
}

/** GraphiQL's page from the static assets, precompressed at build (scripts/graphiql-page.ts). */
async function graphiqlPage(request: Request, url: URL, assets: NonNullable<Env['ASSETS']>): Promise<Response> {
  const asset = (name: string) => assets.fetch(new Request(new URL(`/${name}`, url)));
  const hashResponse = await asset('graphiql.etag');
  if (!hashResponse.ok) return new Response('GraphiQL is not built (npm run build:worker).', { status: 404 });
  const hash = (await hashResponse.text()).trim();
  const encoding = chooseEncoding(request.headers.get('accept-encoding'));
  const respond = (body: BodyInit | null, length?: number) =>
    // Served as HTML whatever the assets service says (workerd's disk service says
    // application/octet-stream); `manual`: the body is already in its encoding.
    pageResponse(request, { hash, encoding, body, length }, { encodeBody: 'manual' } as ResponseInit);
  if (notModified(request, hash)) return respond(null);
  const page = await asset(`graphiql.html${ENCODING_SUFFIX[encoding]}`);
  if (!page.ok) return new Response('GraphiQL is not built (npm run build:worker).', { status: 404 });
  const length = Number(page.headers.get('content-length') ?? NaN);
  if (request.method === 'HEAD') await page.body?.cancel();
  return respond(request.method === 'HEAD' ? null : page.body, Number.isFinite(length) ? length : undefined);
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const { app, http } = appFor(env);
    if (wantsGraphiQL(request, url) && env.ASSETS && http.graphiql) return graphiqlPage(request, url, env.ASSETS);
    if (env.ASSETS && isCalculatorRequest(request, url)) {
      // The calculator page, a static asset like GraphiQL's, served as HTML.
      const page = await env.ASSETS.fetch(new Request(new URL(CALCULATOR_ASSET, url), { method: request.method, headers: request.headers }));
      const headers = new Headers(page.headers);
      for (const [name, value] of Object.entries(HTML_HEADERS)) headers.set(name, value);
      return new Response(page.body, { status: page.status, headers });
    }
    const problem = workerDatabaseUrlProblem(env.DATABASE_URL);
    if (problem) {
      // A configuration mistake, said at the first request (and by /health), never an "Unexpected error".
      const code: ErrorCode = 'DATABASE_NOT_CONFIGURED';
      return Response.json({ errors: [{ message: problem, extensions: { code } }] }, { status: 503, headers: { 'access-control-allow-origin': '*' } });
    }
    const database = lazyDatabase(env);
    try {
      return await app.fetch(request, database.db);
    } finally {
      database.close();
    }
  },
};
