/**
 * The app factory: builds the GraphQL over HTTP service from its dependencies (database,
 * clock, config), the same for the Node server and the Worker. `GET /health` answers 200
 * once the database is migrated and seeded.
 */
import { createYoga, type YogaServerOptions } from 'graphql-yoga';
import { resolveCaller } from './auth';
import type { AppConfig, Clock, Context } from './context';
import type { Database } from './db/client';
import { databaseHealth } from './db/health';
import { schema } from './schema';
import { createLoaders } from './schema/loaders';

export interface AppDeps {
  config: AppConfig;
  clock?: Clock;
  /** Renders the GraphiQL page; omitted = no GraphiQL. Must work offline (no CDN assets). */
  renderGraphiQL?: YogaServerOptions<ServerContext, Context>['renderGraphiQL'];
}

export interface App {
  /** Serves one request against `db` (the Worker opens one per request; Node shares one). */
  fetch(request: Request, db: Database): Promise<Response>;
}

interface ServerContext {
  db: Database;
}

const systemClock: Clock = { now: () => new Date() };

export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/__yoga_health',
    landingPage: false,
    graphiql: deps.renderGraphiQL ? { title: 'Medical insurance settlement (医保结算) API' } : false,
    renderGraphiQL: deps.renderGraphiQL,
    context: async ({ request, db }) => {
      const caller = await resolveCaller(db, deps.config, request.headers.get('authorization'));
      return {
        db,
        config: deps.config,
        clock,
        caller,
        requestId: crypto.randomUUID(),
        loaders: createLoaders(db),
      };
    },
  });

  return {
    async fetch(request, db) {
      const url = new URL(request.url);
      if (url.pathname === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
        const health = await databaseHealth(db);
        return Response.json(health, { status: health.ok ? 200 : 503 });
      }
      return yoga.fetch(request, { db });
    },
  };
}
