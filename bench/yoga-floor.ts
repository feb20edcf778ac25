/**
 * The floor under the estimate figure: a plain graphql-yoga server (same version, production,
 * body limit off, queries compiled as the project compiles them) with the project's schema as
 * SDL, answering `estimateSettlement` from a constant: the README example's answer, worked out
 * once at start. It does what any server must do for that request (parse the larger body,
 * coerce the SettlementInput variables, execute and serialise the same response) and nothing
 * of the project's own (no engine, no plugins, no context). The benchmark compares its
 * estimate with its `{ __typename }`. Started by the benchmark as its own process:
 *   PORT=8898 npx tsx bench/yoga-floor.ts
 */
process.env.NODE_ENV ??= 'production';

const { createServer } = await import('node:http');
const { printSchema } = await import('graphql');
const { createSchema, createYoga } = await import('graphql-yoga');
const { PLAIN_OPTIONS } = await import('./plain-yoga');
const { createClient } = await import('@libsql/client');
const { schema } = await import('../src/schema');
const { useCompiledQueries } = await import('../src/http/jit');
const { createApp } = await import('../src/app');
const { openDrizzle } = await import('../src/db/client');
const { prepareDatabase } = await import('../src/db/open');
const { tempDatabaseUrl } = await import('./servers');
const { ESTIMATE } = await import('./bodies');

/** The README example's answer, from the project itself, once. */
async function readmeAnswer(): Promise<Record<string, unknown>> {
  const db = openDrizzle(createClient({ url: tempDatabaseUrl() }));
  await prepareDatabase(db);
  const request = new Request('http://floor/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: ESTIMATE });
  const { data } = (await (await createApp({ config: {} }).fetch(request, db)).json()) as { data: { estimateSettlement: Record<string, unknown> } };
  return { __typename: 'SettlementEstimate', ...data.estimateSettlement };
}

const answer = await readmeAnswer();
const yoga = createYoga({
  // Money and Date are plain strings here (an SDL scalar passes values through).
  schema: createSchema({ typeDefs: printSchema(schema), resolvers: { Query: { estimateSettlement: () => answer } } }),
  ...PLAIN_OPTIONS,
  plugins: [useCompiledQueries()],
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 8898), '127.0.0.1', () => console.log('ready'));

export {};
