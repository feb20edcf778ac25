/**
 * The app factory: builds the GraphQL over HTTP service from its dependencies (database,
 * clock, config), the same for the Node server and the Worker. `GET /health` answers 200
 * once the database is migrated and seeded. The HTTP hardening (src/http: body and
 * operation limits, error masking with request ids, CORS, CSRF prevention, introspection
 * and GraphiQL switches, trusted documents) is assembled here; SECURITY.md describes it.
 */
import { createYoga, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import { resolveCaller, useKeyRequirement } from './auth';
import type { AppConfig, Caller, Clock, Context } from './context';
import type { Database } from './db/client';
import { databaseHealth } from './db/health';
import { useRequestBodyLimit } from './http/body-limit';
import { CORS, useCsrfPrevention } from './http/browser';
import { DEFAULT_HTTP_CONFIG, type HttpConfig } from './http/config';
import {
  consoleLogger, isClientGone, logUnexpected, maskError, REQUEST_ID_HEADER, UNEXPECTED_MESSAGE, useErrorHygiene, yogaLogger,
  type Logger, type RequestIdentity,
} from './http/errors';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_TITLE } from './http/graphiql-example';
import { useNoIntrospection } from './http/introspection';
import { createDocumentCache, NO_ERROR_CACHE, type DocumentCache } from './http/document-cache';
import { useCompiledQueries } from './http/jit';
import { LIMITS, useOperationLimits } from './http/limits';
import { staticPage } from './http/static-page';
import { TRUSTED_DOCUMENT_PARAMS, useTrustedDocuments } from './http/trusted-documents';
import { isCalculatorRequest } from './calculator/route';
import { schema } from './schema';
import { createLoaders } from './schema/loaders';
import { DirectoryCache, requestDirectory } from './directory/snapshot';
import { ApiKeyCache } from './records/apiKeyCache';

export interface AppDeps {
  config: AppConfig;
  clock?: Clock;
  /** Renders the GraphiQL page; omitted = no GraphiQL. Must work offline (no CDN assets). */
  renderGraphiQL?: YogaServerOptions<Record<string, never>, Context>['renderGraphiQL'];
  /** Introspection, GraphiQL and trusted documents (src/http/config.ts); default: open, no manifest. */
  http?: HttpConfig;
  /** Where unexpected errors are logged with their request id; default: JSON lines on stderr. */
  log?: Logger;
  /** The calculator page's HTML (src/calculator), served at GET /calculator; omitted = not served (the Worker serves it from its assets). */
  calculatorPage?: string;
  /** The byte budget of the parsed-document cache; default LIMITS.documentCacheBytes (the Worker: less). */
  documentCacheBytes?: number;
  /**
   * How long the in-memory directory is used without confirming its catalogue version
   * (src/directory/snapshot.ts); default 0: every request that reads it confirms it (one
   * statement). The Worker and a Node server on a libSQL server use REMOTE_MAX_AGE_MS.
   */
  directoryMaxAgeMs?: number;
  /**
   * How long an institution key found active is used without reading it again
   * (src/records/apiKeyCache.ts); default 0: read on every request.
   */
  apiKeyMaxAgeMs?: number;
}

export interface App {
  /** Serves one request against `db` (the Worker opens one per request; Node shares one). */
  fetch(request: Request, db: Database): Promise<Response>;
  /** The parsed-document cache (its size in bytes is what the memory tests read). */
  documents: DocumentCache;
}

/** What app.fetch knows of a request before Yoga sees it: its database and id. */
interface ServerContext extends RequestIdentity {
  db: Database;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * Each request's database and id, carried by the request itself rather than as a Yoga server
 * context (a server context is copied property by property onto every request's context,
 * @whatwg-node/server isolateObject) and under a symbol rather than in a WeakMap keyed by the
 * request (each entry of which the garbage collector must treat as an ephemeron).
 */
const IDENTITY = Symbol('request identity');
type Identified = Request & { [IDENTITY]?: ServerContext };

function identityOf(request: Request): ServerContext {
  return (request as Identified)[IDENTITY]!;
}

/**
 * Yoga is given no server context (undefined, which its typing does not allow for): given one,
 * even an empty object, @whatwg-node/server copies it property by property onto every request's
 * context (isolateObject).
 */
const NO_SERVER_CONTEXT = undefined as unknown as Record<string, never>;

const PUBLIC = Object.freeze({ caller: Object.freeze({ kind: 'PUBLIC' }) as Caller, fromMemory: false });

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const http = deps.http ?? DEFAULT_HTTP_CONFIG;
  const log = deps.log ?? consoleLogger;
  const graphiql = http.graphiql && deps.renderGraphiQL !== undefined;
  const documents = createDocumentCache(deps.documentCacheBytes ?? LIMITS.documentCacheBytes);
  const directoryCache = new DirectoryCache({ maxAgeMs: deps.directoryMaxAgeMs ?? 0 });
  const apiKeys = new ApiKeyCache({ maxAgeMs: deps.apiKeyMaxAgeMs ?? 0 });
  const plugins: Plugin<any, any, any>[] = [
    useCsrfPrevention(),
    useRequestBodyLimit(LIMITS.bodyBytes),
    ...(http.trustedDocuments ? [useTrustedDocuments(http.trustedDocuments, http.trustedDocumentsOnly)] : []),
    useOperationLimits(documents),
    ...(http.introspection ? [] : [useNoIntrospection()]),
    useKeyRequirement(),
    useErrorHygiene(log, (request) => identityOf(request).requestId),
    ...(http.compiledQueries ? [useCompiledQueries()] : []),
  ];
  const calculator = deps.calculatorPage === undefined ? undefined : staticPage(deps.calculatorPage);
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/__yoga_health',
    landingPage: false,
    graphiql: graphiql ? { title: GRAPHIQL_TITLE, defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    renderGraphiQL: graphiql ? deps.renderGraphiQL : undefined,
    cors: CORS,
    maskedErrors: { maskError },
    logging: yogaLogger,
    maxRequestBodySize: false,
    parserAndValidationCache: { documentCache: documents, errorCache: NO_ERROR_CACHE, validationCache: true },
    extraParamNames: http.trustedDocuments ? TRUSTED_DOCUMENT_PARAMS : undefined,
    plugins,
    context: ({ request }) => {
      const { db, requestId } = identityOf(request);
      const authorization = request.headers.get('authorization');
      // A request without a key is public at once (no promise to wait for).
      if (!authorization) return requestContext(db, requestId, PUBLIC);
      return resolveCaller(db, deps.config, authorization, apiKeys).then((found) => requestContext(db, requestId, found));
    },
  });

  function requestContext(db: Database, requestId: string, { caller, fromMemory }: { caller: Caller; fromMemory: boolean }): Context {
    const directory = requestDirectory(directoryCache, db);
    return {
      db,
      config: deps.config,
      clock,
      caller,
      requestId,
      loaders: createLoaders(() => directory.snapshot()),
      directory,
      apiKeys,
      callerFromMemory: fromMemory,
    };
  }

  return {
    documents,
    async fetch(request, db) {
      const requestId = crypto.randomUUID();
      try {
        const url = new URL(request.url);
        if (url.pathname === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
          const health = await databaseHealth(db);
          return Response.json(health, { status: health.ok ? 200 : 503, headers: { [REQUEST_ID_HEADER]: requestId } });
        }
        if (calculator && isCalculatorRequest(request, url)) return await calculator(request);
        (request as Identified)[IDENTITY] = { db, requestId } satisfies ServerContext;
        // handleRequest, not fetch: Yoga's fetch also races the answer against the request's
        // abort signal (an abort listener, a deferred promise and its callbacks per request:
        // about 3 µs, a twentieth of `{ __typename }` in process). The race never stopped the
        // work; a client that goes away gets nothing either way (test/hardening/disconnect.test.ts).
        const response = await yoga.handleRequest(request, NO_SERVER_CONTEXT);
        response.headers.set(REQUEST_ID_HEADER, requestId);
        return response;
      } catch (error) {
        // A client that disconnected (its body cut off, or gone before the answer) is not logged.
        if (isClientGone(request, error)) return new Response(null, { status: 499, headers: { [REQUEST_ID_HEADER]: requestId } });
        logUnexpected(log, requestId, error);
        return Response.json(
          { errors: [{ message: UNEXPECTED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] },
          {
            status: 500,
            headers: {
              [REQUEST_ID_HEADER]: requestId,
              'access-control-allow-origin': '*',
              'access-control-expose-headers': REQUEST_ID_HEADER,
            },
          },
        );
      }
    },
  };
}
