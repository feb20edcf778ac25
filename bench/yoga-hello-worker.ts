/**
 * The plain graphql-yoga hello server of bench/yoga-hello.ts as a Cloudflare Worker: the
 * floor under the workerd ÷ Node figure (the same Yoga, bundled by wrangler like the
 * project's Worker, run in workerd). Built and started by the benchmark (bench/servers.ts).
 */
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: false,
  maxRequestBodySize: false,
});

export default { fetch: (request: Request) => yoga.fetch(request) };
