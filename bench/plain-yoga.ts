/**
 * Plain graphql-yoga as the benchmark's baselines run it: same version as the project,
 * production, body limit off, no plugins of the project's. `plainYogaHello()` is the hello
 * server (one `hello` field) served on Node by bench/yoga-hello.ts and as a Worker by
 * bench/yoga-hello-worker.ts; bench/yoga-floor.ts uses the same options.
 */
import { createSchema, createYoga, type YogaServerOptions } from 'graphql-yoga';

export const PLAIN_OPTIONS = {
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  maxRequestBodySize: false,
} as const satisfies YogaServerOptions<object, object>;

export function plainYogaHello() {
  return createYoga({
    ...PLAIN_OPTIONS,
    schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  });
}
