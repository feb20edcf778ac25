/**
 * The Node server: opens the database (the embedded file `.data/medins.db` by default),
 * migrates and seeds it, and serves the API on PORT (default 8787) with GraphiQL and the
 * calculator page (/calculator).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createServerAdapter } from '@whatwg-node/server';
import { createApp } from './app';
import { calculatorPage } from './calculator/page';
import { directoryMaxAgeMs } from './directory/snapshot';
import { apiKeyMaxAgeMs } from './records/apiKeyCache';
import { readEnvConfig } from './config';
import { openDatabase, prepareDatabase } from './db/open';
import { readHttpConfig } from './http/config';
import { wantsGraphiQL } from './http/graphiql';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_TITLE } from './http/graphiql-example';
import { graphiqlServer } from './http/graphiql-node';

export async function startNodeServer(env: Record<string, string | undefined> = process.env) {
  const config = readEnvConfig(env);
  const http = readHttpConfig(env, (path) => readFileSync(path, 'utf8'));
  const { db, close } = await openDatabase(config.databaseUrl, config.databaseAuthToken);
  const seed = await prepareDatabase(db);
  const app = createApp({ config: { adminApiKey: config.adminApiKey, idNumberHashKey: config.idNumberHashKey }, renderGraphiQL, http, calculatorPage: calculatorPage(),
    directoryMaxAgeMs: directoryMaxAgeMs(env, !config.databaseUrl.startsWith('file:')),
    apiKeyMaxAgeMs: apiKeyMaxAgeMs(env, !config.databaseUrl.startsWith('file:')),
  });
  // GraphiQL's page: rendered and compressed once, served with its ETag (src/http/graphiql-node.ts).
  const graphiql = http.graphiql ? graphiqlServer(() => renderGraphiQL({ endpoint: '/graphql', title: GRAPHIQL_TITLE, defaultQuery: GRAPHIQL_DEFAULT_QUERY } as never) as string) : null;
  const server = createServer(
    createServerAdapter((request: Request) => (graphiql && wantsGraphiQL(request, new URL(request.url)) ? graphiql(request) : app.fetch(request, db))),
  );
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    seed,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      close();
    },
  };
}
