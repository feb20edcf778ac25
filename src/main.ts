/**
 * `npm start`: runs the Node server (src/node.ts) as a production process. NODE_ENV
 * defaults to production before graphql is loaded (graphql-js's development checks cost
 * several times the work per field).
 */
process.env.NODE_ENV ??= 'production';

const { startNodeServer } = await import('./node');
try {
  const { url, seed } = await startNodeServer();
  console.log(`Catalogue ${seed.version}${seed.seeded ? ' seeded' : ''}.`);
  console.log(`GraphQL API on ${url}/graphql (GraphiQL in a browser), health on ${url}/health`);
} catch (error) {
  console.error('Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
}

export {};
